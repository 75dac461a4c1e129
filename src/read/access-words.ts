/**
 * Who may call a route, as a route table's access column says it, in en, es, pt, fr, de, it, nl, pl, cs, sv, nb, da, fi, tr, hu, ru, ja, zh and vi. The
 * column is recognised by its header (`Who`, `Role`, `Auth`, `Access`, `Quién`, `Rol`, `Qui`, `Wer`,
 * `Rolle`, `Quem`…); its cell is `public` (no sign-in), `any` (every signed-in user) or role words.
 */
export const ACCESS_HEADER =
  /^(?:who|roles?|auth(?:entication|orization|z)?|access|allowed(?: roles)?|actors?|callers?|permissions?|caller|quién|quien|rol(?:es)?|acceso|autenticación|permisos|qui|rôles?|accès|authentification|droits|wer|rollen?|roll(?:er)?|vem|behörighet(?:er)?|åtkomst|tilgang|adgang|hvem|tilgangskontroll|zugriff|berechtigung(?:en)?|authentifizierung|quem|papel|pap[eé]is|perfil|perfis|acesso|autenticação|permissões|chi|ruol[oi]|accesso|autenticazione|permessi|wie|toegang|rechten|autorisatie|authenticatie|kto|rol[aey]|dostęp|uprawnienia|uwierzytelnianie|kdo|přístup|oprávnění|kim|yetki|erişim|jogosultság(?:ok)?|hozzáférés|szerepk[öo]r(?:ök)?|hitelesítés|кто|рол[ьи]|доступ|права|аутентификация|権限|ロール|利用者|認証|アクセス権?|角色|权限|역할|권한|quyền(?: truy cập| hạn)?|vai trò|ρόλοι|ρόλος|πρόσβαση|δικαιώματα|εξουσιοδότηση|ποιος|peran|akses|hak akses|siapa|autentikasi|kuka|rooli(?:t)?|käyttöoikeu(?:s|det)|oikeudet|pääsy|roluri|rolul|acces|cine|permisiuni|autentificare|ролі|хто|автентифікація|הרשאה|הרשאות|מי|תפקיד(?:ים)?|גישה|אימות|(?:ال)?صلاحي(?:ة|ات)|من|(?:ال)?دور|(?:ال)?أدوار|الوصول|المصادقة|ใคร(?:เรียก|ใช้)ได้|ผู้เรียก(?:ใช้)?|สิทธิ์(?:การเข้าถึง)?|บทบาท|การเข้าถึง)$/iu;

const PUBLIC =
  /^(?:public|anyone|everyone|everybody|anonymous|none|no auth(?:entication)?|unauthenticated|open|guest|visitor|público|publico|pública|cualquiera|anónimo|ninguna|sin autenticación|publique|anonyme|aucune|tout le monde|öffentlich|anonym|keine|jeder|alle|qualquer um|anônimo|nenhuma|sem autenticação|pubblic[oa]|chiunque|anonimo|nessuna|senza autenticazione|publiek|openbaar|iedereen|anoniem|geen|zonder inloggen|publiczn[yea]|każdy|anonimow[yea]|bez logowania|veřejn\p{L}*|kdokoli|kdokoliv|anonymní|bez přihlášení|nepřihlášen\p{L}*|verejn\p{L}*|ktokoľvek|anonymn\p{L}*|bez prihlásenia|neprihlásen\p{L}*|offentlig|vem som helst|hvem som helst|ikke innlogget|ingen innlogging|uten innlogging|ikke logget ind|nyilvános|bárki|vendég|látogató|bejelentkezés nélkül|nincs bejelentkezve|herkes|herkese açık|ziyaretçi|anonim|giriş gerekmez|публичн\p{L}*|公開|誰でも|認証不要|不要|なし|no (?:sign[- ]?in|log[- ]?in|login)(?: required| needed)?|(?:sign[- ]?in|log[- ]?in|login) not (?:required|needed)|公开|匿名|任何人|所有人|游客|访客|无需(?:登录|认证|鉴权)|免登录|不需要登录|无|công khai|không cần đăng nhập|khách|δημόσι(?:ο|α|ος)|ανοιχτό|χωρίς (?:σύνδεση|αυθεντικοποίηση)|επισκέπτ\p{L}*|publik|umum|siapa saja|tamu|tanpa (?:login|masuk)|tidak perlu (?:login|masuk)|—|-|julkinen|kuka tahansa|anonyymi|vierailija|vieras|ei kirjautumista|ilman kirjautumista|публічн\p{L}*|без автентифікації|без входу|будь-хто|oricine|fără autentificare|neautentificat|públic|pública|qualsevol|anònim|sense autenticació|sense iniciar sessió|ציבורי(?:ת)?|כולם|כל אחד|אנונימי(?:ת)?|(?:ללא|בלי) (?:התחברות|אימות)|عام(?:ة)?|الجميع|أي شخص|مجهول|(?:بدون|دون) (?:تسجيل(?: ال)?دخول|مصادقة)|สาธารณะ|ทุกคน|ไม่ต้อง(?:เข้าสู่ระบบ|ล็อกอิน)|ผู้เยี่ยมชม)$/iu;
const ANY =
  /^(?:any (?:signed[- ]in |authenticated |logged[- ]in )?(?:user|role)s?|authenticated(?: users?)?|signed[- ]in(?: users?)?|logged[- ]in(?: users?)?|all (?:roles|users)|users?|bearer|jwt|token|cualquier usuario(?: autenticado)?|autenticado|usuarios? autenticados?|todos los roles|utilisateur(?:s)? (?:authentifié|connecté)s?|authentifié|connecté|tous les rôles|angemeldet(?:e)?(?: nutzer| benutzer)?|authentifiziert|alle rollen|usuário(?:s)? autenticado(?:s)?|autenticado|todos os papéis|utent[ei] autenticat[oi]|autenticat[oi]|tutti i ruoli|ingelogde? (?:gebruikers?|leden)|ingelogd|elke gebruiker|alle rollen|iedere ingelogde gebruiker|zalogowan[yi](?: użytkownik(?:cy)?)?|każdy zalogowany|přihlášen\p{L}*(?: uživatel\p{L}*)?|každý přihlášený|všechny role|prihlásen\p{L}*(?: používate\p{L}*)?|každý prihlásený|všetky roly|inloggad(?:e)?(?: användare)?|alla roller|(?:alle )?innlogg(?:et|ede)(?: brukere?)?|(?:alle )?indlogg(?:et|ede)(?: brugere?)?|alle roller|giriş yapmış(?: kullanıcı(?:lar)?)?|oturum açmış(?: kullanıcı(?:lar)?)?|bejelentkezett(?: felhasználók?)?|minden szerepkör|bármely felhasználó|tüm roller|авторизованн\p{L}*|ログインユーザー|ログイン済み(?:ユーザー)?|認証済み(?:ユーザー)?|全ロール|全員|(?:所有|任意|任何)?(?:已)?登录用户|已登录|所有角色|(?:người dùng )?đã đăng nhập|mọi (?:vai trò|người dùng)|tất cả (?:vai trò|người dùng)|όλοι(?: οι (?:ρόλοι|χρήστες))?|συνδεδεμέν\p{L}*(?: χρήστ\p{L}*)?|κάθε συνδεδεμένος χρήστης|(?:semua )?pengguna (?:yang )?(?:sudah )?(?:masuk|login)|semua (?:peran|pengguna)|sudah (?:masuk|login)|kirjautun(?:ut|eet)(?: käyttäjä(?:t)?)?|kaikki kirjautuneet(?: käyttäjät)?|kaikki roolit|автентифікован\p{L}*(?: користувач\p{L}*)?|будь-який (?:автентифікований )?користувач|orice utilizator(?: autentificat)?|utilizatori? autentificați?|autentificat|qualsevol usuari(?: autenticat)?|usuaris autenticats|autenticat|tots els rols)$/iu;
/** The separators between several roles in one cell. */
const SPLIT =
  /\s*(?:,|;|、|，|・|\/|\+|&|\||\bor\b|\band\b|\bo\b|\by\b|\bou\b|\bet\b|\boder\b|\bund\b|\be\b|\ben\b|\blub\b|(?<!\p{L})(?:nebo|alebo|a|vagy|és)(?!\p{L})|\bi\b|\bveya\b|\bve\b|\beller\b|\boch\b|\bog\b|(?<!\p{L})(?:hoặc|và)(?!\p{L})|(?<!\p{L})(?:και|ή|atau|dan)(?!\p{L})|(?<!\p{L})(?:tai|ja)(?!\p{L}))\s*/iu;

/** The public words that are also role keys teams declare (`visitor`, `guest`): declaredRoleAccess. */
const VISITOR_WORD =
  /^(?:vierailija|vieras|visitors?|guests?|gast|gäste|besucher|invit[ée]s?|visiteurs?|invitados?|visitantes?|convidados?|ospit[ei]|visitator[ie]?|gasten|bezoekers?|gość|goście|host[eé]|návštěvník|gäst|gjest|vendég|látogató|ziyaretçi|misafir|khách|tamu|pengunjung|游客|访客|επισκέπτης|гость|гість|відвідувач)$/iu;

export interface StatedAccessCell {
  public: boolean;
  any: boolean;
  roles: string[];
  /** A parenthesis says a signature verifies the caller ("无需登录（验签）", "none (signed)"): a callback. */
  signed?: true;
  /** The roles of `roles` the cell limits to their own records ("Citizen (own)", "Občan (vlastní)"). */
  own?: string[];
  /** A public cell's one word as written (`visitor`, `guest`): a declared role of that key is meant. */
  word?: string;
}

/**
 * "(验签)", "(signed)", "(signature)", "(HMAC)", "(signiert)", "(firmado)", "(signé)", "(assinado)",
 * "(signerad)", "(imzalı)", "(podpis)", "(podpisem)", "(handtekening)", "(signert)", "(подпись)".
 */
const SIGNED =
  /[(（][^)）]*(?:验签|签名|署名|서명|(?<!\p{L})(?:sign(?:ed|ature)|hmac|signiert|signatur|firmad[oa]|firma|sign[ée]e?|assinad[oa]|assinatura|firmat[oa]|ondertekend|handtekening|signerad|signert|signeret|imza\p{L}*|podpis\p{L}*|подпис\p{L}*)|aláír\p{L}*)[^)）]*[)）]/iu;

/**
 * A cell that is only a signature word (its algorithm in brackets, already removed): "signature",
 * "HMAC signature", "signed", "aláírás", "Signatur", "podpis", "firma HMAC", "assinatura", "подпись".
 * A bare Czech or Polish "firma" is a company, never read here.
 */
const SIGNATURE_ONLY =
  /^(?:(?:webhook|hmac|provider|request)[- ])?(?:signature(?: (?:check|verification|verified))?|signed(?: request| call)?|hmac(?:[- ]sha-?\d+)?|aláírás(?:-?ellenőrzés)?|aláírt(?: kérés)?|signatur(?:prüfung)?|signiert|podpis(?:em)?|ověřen\p{L}* podpis\p{L}*|firma (?:hmac|verificada|digital)|firmad[oa]|signé|signature vérifiée|assinatura|assinado|firmato|handtekening|signerad|signert|signeret|imzalı|imza|подпись|подписан\p{L}*|验签|签名|署名|서명)$/iu;

/**
 * A bracket after a role that limits it to its own records: "Citizen (own)", "Member (own records)",
 * "Občan (vlastní)", "Kunde (eigene)", "Cliente (propri)", "Client (les siens)", "Klient (własne)".
 * The word of ownership may name what is owned ("Parent (own child)", "Lehrer (eigene Klasse)",
 * "Forelder (egne barn)"); Vietnamese puts it after the noun ("phụ huynh (con mình)", "(lớp của mình)").
 */
const OWN_QUALIFIER =
  /^(?:(?:only |just )?(?:their |his |her )?own|vlastn[íéý]|(?:jen|pouze|len|iba) vlastn[íéý]|svoje|svoj[eií]|eigene?[nrs]?|nur eigene?[nrs]?|propri[oaie]?|solo propri[oaie]?|propi[oa]s?|sus propi[oa]s|seus próprios|suas próprias|próprio|própria|les siens|ses propres|leurs propres|własn[eya]|tylko własne|eigen|alleen eigen|egna|egne|eget|egen|kendi|saját|csak saját|của (?:tôi|họ)|riêng|(?:μόνο )?(?:τα |τις |οι |η |το )?δικ(?:ή|ό|ά|ές|οί|ός)(?:\s+(?:του|της|τους|μου))?|(?:doar |numai )?(?:a|al|ale) (?:sa|său|sale|lor)|(?:doar |numai )?propri(?:e|i|ile|ul)|(?:лише |тільки )?власн\p{L}*|propis?|pròpi(?:a|es)|เจ้าของ|ของตนเอง)(?:\s+\p{L}+){0,2}$|^(?:vain )?om(?:a|at|ansa|iaan)(?:\s+\p{L}+){0,2}$|^\p{L}+(?:\s+\p{L}+)?\s+(?:của\s+)?mình$/iu;

/** One access cell read; null when the cell is empty. */
export function readAccessCell(cell: string): StatedAccessCell | null {
  const OWN = '\u0001';
  const text = cell
    // Emphasis marks go, but an underscore inside a word is part of a role id (`site_admin`).
    .replace(/[`*]|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    // A parenthesis qualifies the caller ("Student (the seller)", "学生用户（卖家本人）", "无需登录（验签）");
    // one that limits the caller to its own records ("Občan (vlastní)") is kept as a mark.
    .replace(/\(([^)]*)\)|（[^）]*）/g, (_, inner?: string) =>
      inner && OWN_QUALIFIER.test(inner.trim()) ? OWN : ' ',
    )
    .trim();
  if (text.length === 0 || text.length > 120) return null;
  // "Comgate (podpis)", "Stripe (signature)": the caller named is verified by its signature, as
  // "无需登录（验签）" says it without a name.
  // A bare "(firma)" beside a name is a company in Czech and Polish, a signature only in a public cell.
  const signed = SIGNED.test(cell) ? { signed: true as const } : {};
  const signedCaller = SIGNED.test(cell) && !/[(（]\s*firma\s*[)）]/iu.test(cell) ? signed : {};
  if (PUBLIC.test(text)) {
    // "visitor" is the anonymous caller unless the documents declare a role of that key
    // (declaredRoleAccess, once the roles are known).
    const word = VISITOR_WORD.test(text) ? { word: text.toLowerCase() } : {};
    return { public: true, any: false, roles: [], ...signed, ...word };
  }
  // "aláírás (HMAC-SHA384)", "signature (HMAC-SHA256)", "HMAC signature": the cell names how the
  // caller is verified, no role: no user signs in, the provider's signed call is the caller.
  if (SIGNATURE_ONLY.test(text)) return { public: true, any: false, roles: [], signed: true };
  if (ANY.test(text)) return { public: false, any: true, roles: [] };
  const parts = text.split(SPLIT).map((w) => w.trim().toLowerCase());
  const own = parts.filter((w) => w.includes(OWN)).map((w) => w.replaceAll(OWN, '').trim());
  const roles = parts.map((w) => w.replaceAll(OWN, '').trim()).filter((w) => w.length > 1 && !PUBLIC.test(w));
  if (roles.some((w) => ANY.test(w))) return { public: false, any: true, roles: [] };
  if (roles.length === 0) return null;
  return own.length > 0
    ? { public: false, any: false, roles, own, ...signedCaller }
    : { public: false, any: false, roles, ...signedCaller };
}

/**
 * A route table's public word that names a role the documents declare ("| POST | /reservations |
 * visitor |" where `visitor` is the key of the "Visiting skipper" persona) is that role: the cell
 * names who signs in, not the anonymous caller. A role described as not signed in stays public.
 */
export function declaredRoleAccess(
  cell: StatedAccessCell,
  roles: readonly { name: string; anonymous?: boolean }[],
): StatedAccessCell {
  if (!cell.public || !cell.word || cell.signed) return cell;
  const word = cell.word;
  const role = roles.find((r) => r.name.toLowerCase() === word);
  if (!role || role.anonymous) return cell;
  return { public: false, any: false, roles: [role.name] };
}

/**
 * A line that says the call a route receives is verified by a signature ("callback `GET
 * /payments/paytrail/callback` tarkistaa `signature`-parametrin (HMAC-SHA256)", "verifies the HMAC
 * signature", "ověří podpis"): said beside a receiving route, the caller is the provider's signed call.
 */
const SIGNATURE_WORD =
  /(?<!\p{L})(?:hmac|signature|signatur\p{L}*|allekirjoitu\p{L}*|podpis\p{L}*|assinatura|firma (?:hmac|digital)|подпис\p{L}*|aláírás\p{L}*|imza\p{L}*)(?!\p{L})|签名|验签|署名|서명/iu;
export const statesSignature = (line: string): boolean => SIGNATURE_WORD.test(line);
