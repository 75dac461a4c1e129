import pluralize from 'pluralize';
import type { Dimension, Measure } from '../../knowledge/durations.js';
import { REQUEST_RATE_CONTEXT, rateLimitSubject } from '../../knowledge/rate-limits.js';
import {
  clientSideCache,
  durationOfCache,
  KEY_CACHE_BEFORE,
  keptFor,
  mentionsCache,
} from '../../read/cache-words.js';
import { endsPeriod, periodActWord } from '../../read/period-words.js';

/**
 * A sentence about page sizes, in the languages read here: "page size", "se paginan de 25 en 25",
 * "paginação", "paginiert", "gepagineerd", "per pagina".
 */
const PAGINATION =
  /page size|per page|σελιδοποί|ανά σελίδα|page limit|pagination|paginat|paginaci|paginação|paginier|seitengröße|items? per|sivukoko|por página|por pagina|per pagina|paginazion|(?<!\p{L})(?:se )?pagin(?:an|am|ent|é|ées?|ad[oa]s?)(?!\p{L})|pagineer|gepagineerd|paginacj|stronicowan|na stronę|na stronie|пагинац|на страниц|ページング|ページネーション|ページ(?:あたり|ごと)|1ページ|paginare|paginat\p{L}*|pe pagină|pe pagina|עימוד|לעמודים|(?:בכל|לכל) עמוד|ترقيم الصفحات|(?:لكل|في كل) صفحة/iu;

/** "1ページ最大50件", "1 page": the number counts pages, not the items on one. */
const PAGE_COUNT = /^\d+\s*(?:ページ|pages?(?!\p{L}))/iu;

const MAXIMUM_BEFORE =
  /(?<!\p{L})(?:max(?:imum)?|up to|at most|no more than|enintään|máximo|até|jusqu['’]à|au plus|au maximum|hasta|como máximo|no máximo|höchstens|maximal|bis zu|fino a|al massimo|massimo|maksymalnie|najwyżej|co najwyżej|не более|максимум|μέγιστο|το πολύ)(?!\p{L})[^.;,\d]{0,20}$|(?:最大|上限)[^。、.;,\d]{0,6}$/iu;

/** Sign-in failures counted right after a number: "5 wrong attempts", "3 failed logins", "5 次". */
const ATTEMPTS_AFTER =
  /^\s*(?:(?:wrong|failed|invalid|incorrect|unsuccessful|bad|consecutive)\s+)*(?:(?:login|sign[- ]?in|password)\s+)?(?:attempts?|tries|times|failures|logins?)(?!\p{L})|^\s*[次回]/iu;
function countsAttempts(m: Measure, c: string, sentence: string): boolean {
  for (const text of [c, sentence]) {
    const i = text.indexOf(m.text);
    if (i >= 0 && ATTEMPTS_AFTER.test(text.slice(i + m.text.length))) return true;
  }
  return false;
}

/**
 * Whether a number reads as a hash cost: a cost word right before or after it ("cost 12", "12 rounds",
 * "facteur de coût 12", "工作因子12"), or the algorithm right before it ("bcrypt(12)", "`bcrypt`, 12").
 */
const COST_BEFORE =
  /(?:cost|rounds?|factor|faktor|co[uû]t|coste|custo|costo|kosten\p{L}*|kostnad|kustannu\p{L}*|költség|maliyet|因子|成本|コスト|비용)\W{0,4}$|(?:bcrypt|argon2\w*|scrypt|pbkdf2)[`'"]?\W{0,3}$/iu;
const COST_AFTER =
  /^\s*(?:salt\s*)?(?:rounds?|runden|rondas|tours|giri|rundor|runder|kierros\p{L}*|ラウンド|轮|라운드)(?!\p{L})/iu;
function namesCost(m: Measure, c: string, sentence: string): boolean {
  for (const text of [c, sentence]) {
    const i = text.indexOf(m.text);
    if (i < 0) continue;
    if (
      COST_BEFORE.test(text.slice(Math.max(0, i - 30), i)) ||
      COST_AFTER.test(text.slice(i + m.text.length))
    )
      return true;
  }
  return false;
}

/** Whether a page size reads as the maximum: the words right before the number, or right after it. */
function readsAsMaximum(m: Measure, c: string, sentence: string): boolean {
  // The context may stop before the number (the sentence up to it): read around it in the sentence.
  const whole = sentence.includes(m.text) ? sentence : c;
  const j = whole.lastIndexOf(m.text);
  const i = c.lastIndexOf(m.text);
  // The words before the number in the context, else in the sentence (a context that starts at the
  // number, "100 por página", has none).
  const before = [
    i >= 0 ? c.slice(Math.max(0, i - 40), i) : '',
    j >= 0 ? whole.slice(Math.max(0, j - 40), j) : '',
  ];
  return (
    m.comparator === '<=' ||
    before.some((b) => MAXIMUM_BEFORE.test(b)) ||
    // "200 au plus", "200 como máximo", "200 al massimo": the word after the number.
    /^[^\s,;.]+(?:\s+\p{L}+)?\s+(?:max(?:imum)?|au plus|au maximum|como máximo|no máximo|al massimo|höchstens)(?!\p{L})/iu.test(
      j >= 0 ? whole.slice(j) : '',
    )
  );
}

/**
 * Which `Quantity.key` a measured value belongs to, decided from the words around it (the clause
 * before the number first, then the clause after, then the table row label or heading). Rules are
 * ordered from specific to general: "refresh token ... 7 days" must not become a session timeout.
 * Keywords include the Finnish, Spanish and Portuguese words seen in real planning documents.
 * Anything no rule claims is dropped: an unclassified number is not a fact we can use.
 */

interface Rule {
  /** Fixed key, or a prefix that gets a `.subject` slug. */
  key: string;
  subject?: 'slug' | 'qualifier';
  dimensions: Dimension[];
  when: RegExp;
  /** A second pattern that claims the value too, under the rule's `test`. */
  also?: RegExp;
  unless?: RegExp;
  /** Extra condition on the measure itself (and the whole sentence, when the reader has one). */
  test?: (m: Measure, context: string, sentence: string) => boolean;
  /** Tried only after every specific rule failed on every context ("maximum 100 items per page" is a page size first). */
  generic?: boolean;
  /** Claims the value from the words right before and after the number, in place of `when`. */
  claims?: (m: Measure, before: string, after: string, context: string) => boolean;
}

/** Past a due date, in en, es, pt, fr and de. */
const OVERDUE =
  /(?<!\p{L})(?:overdue|past due|late by|vencid[oa]s?|de retraso|en mora|em atraso|atrasad[oa]s?|en retard|überfällig|verspätet)(?!\p{L})/iu;

const OVERDUE_ACTION =
  /(?<!\p{L})(?:remind|notif|e-?mail|send|sent|suspend|block|lock|charge|fee|escalat|recordatorio|recordar|avis|envi|suspend|bloque|cobr|rappel|relance|envoy|sperr|erinner|mahn|benachrichtig|sende|lembr|bloqu)/iu;

/** An age limit ("older than 90 days", "älter als", "de plus de"): a retention only beside a deletion. */
const AGE =
  /older than|cũ hơn|älter als|plus anciens? que|de plus de|más antigu[oa]s? que|con más de|mais antig[oa]s? (?:que|de)|com mais de/i;
const DELETION =
  /\b(?:delet|purg|remov|eras|clean)\w*|gelöscht|lösch\w*|entfernt|supprim\w*|effac\w*|elimin\w*|borra\w*|exclu[íi]\w*|apaga\w*|xóa|xoá/i;

/** The event a reminder precedes: "24 hours before the appointment", "vor dem Termin", "avant le rendez-vous". */
const REMINDER_EVENT =
  /(?<!\p{L})(?:before|prior to|ahead of|ennen|antes del?|antes da|antes do|vor|avant)\s+(?:(?:the|each|every|an?|la|el|o|a|cada|dem|der|den|jedem|jeder|jedes|le|les|chaque|l['’])\s*)?([\p{L}-]{3,})/iu;

/** A percentage of places filled, or "coverage" of something other than code (a staffing digest). */
const NOT_TEST_COVERAGE =
  /%\s*(?:capacity|full|occupied|booked|filled)|(?<!\p{L})(?:capacity|occupancy|auslastung|ocupaci[oó]n|ocupação|capacité|capacidad|capacidade|kapazität)|coverage (?:digest|report|map|area|gap|view|per)(?!\p{L})/iu;

const ACCESS_TOKEN =
  /access[- ]?tokens?|access JWTs?|\bJWTs?\b|pääsytoken|(?:token|JWT) de acceso|(?:token|JWT) de acesso|(?:jetons?|JWT) d[’']acc[eè]s|zugriffstoken|zugriffs-JWT|(?:token|JWT) di accesso|访问\s?(?:令牌|token)|erişim (?:belirte|token|jeton)|(?:tilgangs|adgangs)-?tokens?/gi;

/** The words after the last access-token word name a cache or the key set the number belongs to. */
function afterTokenCache(context: string): boolean {
  let end = -1;
  for (const t of context.matchAll(ACCESS_TOKEN)) end = (t.index ?? 0) + t[0].length;
  return end >= 0 && durationOfCache(context.slice(end));
}

/** "available 99.5 %", "disponible el 99,5 %", "zu 99,5 % verfügbar": the adjective right beside the share. */
const AVAILABLE_SHARE =
  /(?<!\p{L})(?:available|disponible|disponível|disponibile|tilgjengelig|tilgængelig)\s+(?:(?:at least|au moins|al menos|pelo menos|almeno|el|le|il|o|a|à|minst|mindst)\s+)*[<>≥]?\s*\d[\d.,]*\s*%|\d[\d.,]*\s*%\s*%?\s+(?:\p{L}+\s+){0,3}verfügbar|\d[\d.,]*\s*%\s+(?:available|disponible|disponível|disponibile)(?!\p{L})/iu;

/**
 * "O catálogo é guardado no Redis por 5 minutos": how long a cache keeps a copy, not how long the
 * data is kept.
 */
/** Whether a sentence under the nearest heading `section` is about a cache entry's lifetime. */
function heldInCache(section: string, sentence: string): boolean {
  return mentionsCache(section) && !DELETION.test(sentence);
}

const CACHE_COPY =
  /(?<!\p{L})(?:cach\p{L}*|redis|memcached?|in[- ]memory|em memória|en memoria|en mémoire|im speicher|in memoria)(?!\p{L})/iu;

const RULES: Rule[] = [
  {
    key: 'auth.refresh-token-ttl',
    dimensions: ['duration'],
    when: /refresh[- ]?tokens?|päivitystoken|token de (?:actualización|atualização|refresco)|jetons? de rafra[iî]chissement|aktualisierungstoken|刷新\s?(?:令牌|token)|yenileme (?:belirte|token|jeton)|(?:oppfrisknings|opfrisknings|fornyelses)-?tokens?|uusintatunnu|päivitystunnu|uusintatoken|token(?:-ul|-uri(?:le)?)? de reîmprospătare/i,
    // "If 24 hours proves too short, we could consider refresh tokens", "如果…可以考虑…实现Refresh
    // Token", "24小时有效期…不需要实现Token刷新（refresh token）机制": refresh tokens only considered
    // or denied, and the number is the access token's.
    unless:
      /(?:could|might|may) (?:later )?consider|可以考虑|可考虑|不需要|无需|検討してもよい|検討する余地|不要|使わない|(?<!\p{L})(?:no|without(?: a)?) refresh[- ]?tokens?|(?:do not|don't|will not|won't) (?:use|need|implement|issue) refresh[- ]?tokens?/iu,
  },
  {
    // "Login por e-mail com link mágico válido por 20 minutos": how long a sign-in link works.
    key: 'auth.sign-in-link-ttl',
    dimensions: ['duration'],
    when: /magic[- ]?links?|sign[- ]in links?|login links?|links? mágicos?|enlaces? mágicos?|liens? magiques?|lien de connexion|anmelde-?links?|link magic[oi]/i,
  },
  {
    key: 'auth.otp-ttl',
    dimensions: ['duration'],
    when: /\bOTPs?\b|one[- ]time (?:password|code|pin)|verification code|kertakäyttö|código de (?:verificación|verificação)|验证码|驗證碼|codis? d['’]un sol ús|códigos? de un solo uso|קוד(?:ים)? (?:אימות|חד[- ]פעמי(?:ים)?)|סיסמה חד[- ]פעמית|(?:رمز|رموز) (?:لمرة واحدة|التحقق)/i,
  },
  {
    key: 'auth.reset-token-ttl',
    dimensions: ['duration'],
    when: /(?:password[- ])?reset (?:links?|tokens?|emails?|codes?)|salasanan palautu|restablecimiento|redefinição/i,
  },
  {
    key: 'auth.verification-token-ttl',
    dimensions: ['duration'],
    when: /(?:email )?verification (?:links?|tokens?|emails?)|confirmation (?:links?|tokens?)|vahvistuslinkki/i,
  },
  {
    key: 'auth.invite-ttl',
    dimensions: ['duration'],
    when: /invit(?:e|ation)s?\b|kutsulinkki|invitaci|convite/i,
  },
  {
    key: 'auth.access-token-ttl',
    dimensions: ['duration'],
    when: /access[- ]?tokens?|access JWTs?|\bJWTs?\b[^.;]{0,40}(?:expir|lifetime|ttl|valid|expires|life)|(?:expir\w*|lifetime|ttl)[^.;]{0,20}\bJWTs?\b|^\s*JWT\b|pääsytoken|(?:token|JWT) de acceso|(?:token|JWT) de acesso|(?:jetons?|JWT) d[’']acc[eè]s|zugriffstoken|zugriffs-JWT|(?:token|JWT) di accesso|访问\s?(?:令牌|token)|erişim (?:belirte|token|jeton)|pääsytunnu|käyttöoikeustunnu|token(?:-ul|-uri(?:le)?)? de acces(?![a-zăâîșț])/i,
    // "JWT verification is fast (< 1 ms)" is a latency, not a lifetime: a lifetime is not an upper bound.
    // "access tokens (RS256, JWKS cached for 10 minutes)": the number is the key cache's, not the token's.
    test: (m, context) => m.comparator !== '<' && m.comparator !== '<=' && !afterTokenCache(context),
    unless: KEY_CACHE_BEFORE,
  },
  {
    key: 'auth.lockout-attempts',
    dimensions: ['count'],
    // "5 wrong attempts in a row lock the account for 30 minutes", "连续输错 5 次锁定 30 分钟".
    when: /lock(?:ed)?[- ]?out|lockout|account (?:is )?locked|lock(?:s|ed)? (?:the |their |an? )?(?:user(?:'s)? )?accounts?|failed (?:login |sign[- ]in )?attempts|bloque|lukit|hatalı giriş|başarısız giriş|kilitlen|锁定|鎖定|mislykkede (?:innloggings)?forsøk|mislykte forsøk|fejlede (?:login)?forsøg|låses|sperres|αποτυχημέν(?:ες|ων) (?:συνδέσ|προσπάθει)|κλειδών(?:εται|ει)|ננעל(?:ת|ים)?|נעילת (?:ה)?חשבון|ניסיונות (?:ה)?התחברות (?:ה)?כושלים|يُ?قفل|قفل الحساب|محاولات (?:دخول |تسجيل دخول )?فاشلة|ถูกล็อก|ล็อกบัญชี/i,
  },
  {
    key: 'auth.lockout-duration',
    dimensions: ['duration'],
    when: /lock(?:ed)?[- ]?out|lockout|account (?:is )?locked|lock(?:s|ed)? (?:the |their |an? )?(?:user(?:'s)? )?accounts?|bloque|lukit|锁定|鎖定|kilitlen|låses|sperres|spærres|κλειδών(?:εται|ει)|κλείδωμα|ננעל(?:ת|ים)?|נעילת (?:ה)?חשבון|يُ?قفل|قفل الحساب|ถูกล็อก|ล็อกบัญชี/i,
  },
  {
    // A period that ends in an act on the data ("nach 3 Jahren gelöscht", "inattivi da 24 mesi
    // vengono anonimizzati", "archivés après 2 ans"): a retention, before an idle period is taken
    // for a session timeout ("accounts inactive for 2 years are anonymised").
    key: 'retention',
    subject: 'slug',
    dimensions: ['duration'],
    when: /$^/,
    claims: (_m, before, after, context) => endsPeriod(before, after, context),
    // "Availability is stored in Redis for 60 seconds and invalidated on every booking": a cache.
    unless: CACHE_COPY,
  },
  {
    key: 'auth.session-timeout',
    dimensions: ['duration'],
    when: /sessions?\b|inactiv|idle|auto(?:matic)?(?:ally)?[- ]?(?:log(?:ged)? ?out|sign(?:ed)? ?out)|uloskirjau|inaktiivisuu|istunno|istunto|sesión|sessão|inactividad|inatividade|sitzung|sessie|inactiviteit|sessione|inattivit|munkamenet/i,
    unless: /sessions? (?:replay|recording)/i,
  },
  {
    key: 'auth.password-min-length',
    dimensions: ['count'],
    when: /passwords?|salasan|contraseña|senha|passphrase|mots? de passe|passw[oö]rt|kennw[oö]rt|şifre|parola|passord|adgangskode|kodeord|κωδικ(?:ός|οί|ού|ών)|συνθηματικ|kata sandi/i,
    test: (m, c) =>
      /characters?|chars?\b|merkki|caracteres|length|pituus|longitud|comprimento|karakter|tegn|χαρακτήρ|μήκος/i.test(
        `${m.text} ${c}`,
      ),
  },
  {
    key: 'auth.hash-cost',
    dimensions: ['count'],
    when: /bcrypt|cost factor|salt rounds|work factor/i,
    // bcrypt's cost is a log2 work factor between 4 and 31, and a number is the cost only where the
    // words say so: "5 wrong attempts" beside BCrypt counts sign-in failures, and "5 ครั้ง" (5 times)
    // in a Thai lockout sentence beside bcrypt is no cost either.
    test: (m, c, sentence) =>
      m.value >= 4 && m.value <= 31 && !countsAttempts(m, c, sentence) && namesCost(m, c, sentence),
  },
  {
    key: 'retention',
    subject: 'slug',
    dimensions: ['duration'],
    when: /retain|retention|kept for|keep for|stored for|store for|deleted after|purged? after|archived after|säilyt|conserva|conserv[ée]|retenc|retenç|guardad|mantid|aufbewahr|gespeichert für|gelöscht nach|slettes|lagres i|oppbevares|supprim[ée]e?s? après|хран[яи]тся|хранени|удаля\p{L}* через|przechowuj\p{L}*|przechowywan\p{L}*|usuwan\p{L}* po|uchováv\p{L}*|uchován\p{L}*|(?:vymaž|smaž)\p{L}*|(?:保存|保持|保管)(?=[しすさ])|được lưu(?: trữ)?|bị xóa sau|xóa sau|נשמר(?:ים|ות|ת)?|שמירת|נמחק(?:ים|ות|ת)? (?:אחרי|לאחר)|تُ?حفظ|يُ?حتفظ|الاحتفاظ|تُ?حذف بعد/iu,
    // "older than 90 days" is a retention only where the sentence deletes what is older.
    also: AGE,
    unless: CACHE_COPY,
    test: (_m, c, sentence) => !AGE.test(c) || DELETION.test(sentence || c),
  },
  {
    // "2 days overdue", "10 días de retraso", "überfällig": a notice after a due date, never a
    // reminder before an event.
    key: 'overdue-notice',
    subject: 'slug',
    dimensions: ['duration'],
    when: OVERDUE,
    // Only where the sentence asks for something to happen then ("… email the member", "… suspend").
    test: (_m, c, sentence) => OVERDUE_ACTION.test(sentence || c),
  },
  {
    key: 'reminder',
    subject: 'slug',
    dimensions: ['duration'],
    when: /remind|muistutu|muistuttaa|recordatorio|lembrete|erinnerung|erinnert|rappel|promemoria|nhắc/i,
    test: (_m, c, sentence) => !OVERDUE.test(sentence || c),
  },
  {
    key: 'rate-limit',
    subject: 'slug',
    dimensions: ['rate', 'count'],
    when: REQUEST_RATE_CONTEXT,
    test: (m, c) => m.dimension === 'rate' || /requests?|req\b|attempts?/i.test(`${m.text} ${c}`),
  },
  {
    key: 'pagination.max',
    dimensions: ['count'],
    when: PAGINATION,
    // Only the words right before the number make it a maximum: in "20 items per page by default,
    // at most 100" the 20 is the default and the 100 the maximum.
    test: (m, c, sentence) => !PAGE_COUNT.test(m.text) && readsAsMaximum(m, c, sentence),
  },
  {
    key: 'pagination.default',
    dimensions: ['count'],
    when: PAGINATION,
    // "de 25 en 25, con un máximo de 100": the maximum is no default.
    test: (m, c, sentence) => !PAGE_COUNT.test(m.text) && !readsAsMaximum(m, c, sentence),
  },
  {
    key: 'upload.max-size',
    dimensions: ['size'],
    when: /upload|attachments?|liite|anexo|adjunto|max(?:imum)? file size|file size limit/i,
  },
  { key: 'nfr.rpo', dimensions: ['duration'], when: /\bRPO\b|recovery point/i },
  { key: 'nfr.rto', dimensions: ['duration'], when: /\bRTO\b|recovery time/i },
  {
    key: 'nfr.availability',
    subject: 'qualifier',
    dimensions: ['percent'],
    when: /uptime|availability|saatavuus|käytettävyys|disponibilidad|disponibilidade|\bSLA\b|가용성|가동률|稼働率|可用性|erişilebilir|kullanılabilirlik|çalışma süresi|oppetid|tilgjengelighet|tilgængelighed|διαθεσιμότητα|dostupnos\p{L}*|dostępnoś\p{L}*/iu,
    // "The service is available 99.5 % of each month", "est disponible 99,5 %", "zu 99,5 % verfügbar":
    // an adjective beside a share close to 100 % is the availability target too.
    also: AVAILABLE_SHARE,
    test: (m, c) => !AVAILABLE_SHARE.test(c) || (m.value >= 90 && m.value <= 100),
  },
  {
    key: 'nfr.success-rate',
    subject: 'qualifier',
    dimensions: ['percent'],
    when: /success|reliab|luotettav|onnistun|fiabil|confiab|error rate|virheprosentti/i,
    // "Alerts: error rate above 2 % for 5 minutes" is an alert's threshold (extract/alerts.ts), not a target.
    unless:
      /(?<!\p{L})(?:alerts?|alerting|alarms?|alertas?|alertes?|alarme|alarmierung|avvisi|allarmi)\s*[:：]/iu,
  },
  {
    key: 'nfr.test-coverage',
    dimensions: ['percent'],
    when: /coverage|kattavuus|cobertura/i,
    // "a coverage digest listing shifts below 50 % capacity" measures places filled, not tests.
    test: (_m, c, sentence) => !NOT_TEST_COVERAGE.test(sentence || c),
  },
  {
    key: 'nfr.concurrent-users',
    subject: 'qualifier',
    dimensions: ['count'],
    when: /concurrent|simultaneous|samanaikai|concurrentes|simultáne|simultâne/i,
    test: (m, c) => /users?|käyttäj|usuari|sessions?|connections?|clients?/i.test(`${m.text} ${c}`),
  },
  {
    key: 'nfr.throughput',
    dimensions: ['rate', 'count'],
    when: /throughput|\brps\b|requests per second|req\/s|\btps\b|transactions per second|läpäisy/i,
  },
  {
    key: 'cache.ttl',
    subject: 'slug',
    dimensions: ['duration'],
    // "stored in Redis for 60 seconds and invalidated on every booking" is a cache's lifetime too.
    when: /\bcache[sd]?\b|caching|välimuist|caché|(?<!\p{L})(?:stored|kept|held|guardad[oa]s?|armazenad[oa]s?|almacenad[oa]s?|mantid[oa]s?|stockée?s?|conservée?s?) (?:in|no|na|em|en|dans) (?:redis|memcached|valkey)(?!\p{L})|(?<!\p{L})(?:in|im) (?:redis|memcached|valkey) (?:gespeichert|gehalten)(?!\p{L})|(?<!\p{L})(?:desa|desen|guarda|guarden|emmagatzema|emmagatzemen|manté|mantenen) a (?:redis|memcached|valkey)(?!\p{L})|memòria cau/iu,
    // A lifetime, never a bound ("discovery latency < 2s" through an LRU cache, "cache initialization
    // under 5 seconds"), nor the lifetime of a cache in the browser ("React Query … gcTime 30 min").
    test: (m, c, sentence) =>
      m.comparator !== '<' && m.comparator !== '<=' && !clientSideCache(sentence || c),
  },
  {
    key: 'sync',
    subject: 'slug',
    dimensions: ['duration'],
    when: /\bpoll(?:s|ing|ed)?\b|auto[- ]?(?:refresh|updat)|refresh(?:es)? every|refresh interval|\bsync(?:s|ing|ed|hroni[sz]\w*)?\b|synkron|sincroniz/i,
  },
  {
    key: 'schedule',
    subject: 'slug',
    dimensions: ['duration'],
    when: /\bevery\b|\bcron\b|scheduled|runs? (?:daily|nightly|hourly|weekly)|joka |cada |(?:toutes|tous) les \d|\balle \d/i,
    // "vastaa alle 300 ms:ssa" (Finnish "alle" is "under", German "alle" is "every") is a latency:
    // no job repeats work within a second ("@every 10s" still does). An "every" that governs another
    // word is no period of this number: "torns lliures de cada dia en franges de 20 minuts" (the
    // free slots of every day, in 20-minute slots) shows slots, it runs nothing every 20 minutes.
    test: (m, c) =>
      m.value >= 1 && (SCHEDULE_WORD.test(c) || EVERY_BEFORE.test(c.slice(0, c.lastIndexOf(m.text)))),
  },
  {
    key: 'nfr.latency',
    subject: 'slug',
    dimensions: ['duration'],
    when: /response|latenc|\bloads?\b|loading|load time|render|generation|\bp9[59]\b|vasteaika|latenssi|respuesta|resposta|lataus|latausaika|tiempo de carga|tempo de carga|search|lookup|\bquer(?:y|ies)\b|\bhaku|haun|vastaus|yanıt|gecikme|svartid|responstid|\bsvare\b|απαντά|απόκριση|αναζήτηση|odozv\p{L}*|odezv\p{L}*|czas odpowiedzi|percentil/iu,
    test: (m) => m.comparator === '<' || m.comparator === '<=' || m.value <= 10,
  },
  {
    key: 'limit',
    subject: 'slug',
    dimensions: ['count'],
    when: /\b(?:limit|max(?:imum)?|up to|at most)\b|enintään|máximo|hasta|até|tối đa|không quá|nhiều nhất/i,
    test: (m) => m.comparator === '<=',
    generic: true,
  },
];

/** Words that make a duration a job's period wherever it stands in the clause. */
const SCHEDULE_WORD = /\bcron\b|scheduled|runs? (?:daily|nightly|hourly|weekly)/i;
/** An "every" right before the number it governs ("every 10 minutes", "cada 10 minuts", "joka 15"). */
const EVERY_BEFORE = /(?:\bevery|\beach|(?<!\p{L})cada|(?<!\p{L})joka|(?:toutes|tous) les|\balle)\s+$/iu;

/** The heading names under which latency numbers are targets even without a comparator. */
const PERFORMANCE_HEADING =
  /performance|suorituskyky|rendimiento|desempenho|latency|response time|nfr|non-functional|επιδόσεις|μη λειτουργικές/i;

export interface Classified {
  key: string;
  /** Latency is reported in ms, everything else in the measure's unit. */
  value: number;
  unit: string;
}

/**
 * The key for one measure, given the clause before it, the clause after it, and a label (table row
 * label or heading). Returns null when no rule claims it.
 */
export function classify(
  m: Measure,
  around: {
    before: string;
    after: string;
    label?: string;
    heading?: string;
    /** The nearest heading alone: "## Cache" makes "the list is kept for 24 hours" a cache lifetime. */
    section?: string;
    prefix?: string;
    sentence?: string;
  },
): Classified | null {
  // Under a cache heading a period that deletes nothing is an entry's lifetime ("## Cache … The list of
  // schools is kept for 24 hours"), never a table's retention that a purge job would act on.
  const underCache = heldInCache(
    around.section ?? '',
    around.sentence || `${around.before}${m.text}${around.after}`,
  );
  // Nearest words first: the clause before the number, the clause after it, the row label, then the
  // whole sentence up to the number ("Uptime ≥99% (MVP), ≥99.9% (production)"). The heading is too
  // far from the number to name it; it only licenses latency targets below.
  const contexts = [
    `${around.before}${m.text}`,
    `${m.text}${around.after}`,
    around.label ?? '',
    around.prefix ?? '',
  ];
  for (const pass of [false, true])
    for (const context of contexts) {
      if (!context.trim()) continue;
      for (const rule of RULES) {
        if (Boolean(rule.generic) !== pass) continue;
        if (!rule.dimensions.includes(m.dimension)) continue;
        const beforeContext = context === contexts[0];
        const claimed =
          (beforeContext || context === contexts[1]) &&
          rule.claims?.(
            m,
            beforeContext ? around.before : '',
            beforeContext ? '' : around.after,
            around.sentence || context,
          );
        if (rule.key === 'retention' && underCache) continue;
        const held = rule.key === 'cache.ttl' && underCache && keptFor(context);
        if (
          !(claimed || held || rule.when.test(context) || rule.also?.test(context)) ||
          rule.unless?.test(context)
        )
          continue;
        if (rule.test && !rule.test(m, context, around.sentence ?? '')) continue;
        if (
          rule.key === 'nfr.latency' &&
          m.comparator === undefined &&
          !PERFORMANCE_HEADING.test(around.heading ?? '')
        )
          continue;
        let key = rule.key;
        if (rule.subject === 'slug') {
          // A reminder is named by the event it precedes: "24 hours before the appointment".
          const event = rule.key === 'reminder' ? REMINDER_EVENT.exec(around.after)?.[1] : undefined;
          // A context after the number ("90 Tage aufbewahrt") may hold no subject: the words before
          // the number in the same sentence name it ("Protokolle werden 90 Tage aufbewahrt").
          // "Delete checkpoints older than 90 days" names its data right before the age, whatever
          // the row or line label says ("Auto-cleanup").
          const aged = rule.key === 'retention' && AGE.test(context) ? subjectOf('', context, AGE) : '';
          // A period claimed by its act names its data before the number ("Kundendaten werden 3
          // Jahre nach dem letzten Auftrag gelöscht"), never by the event it counts from.
          const prefix = around.prefix ?? '';
          const act = claimed ? periodActWord(prefix) : null;
          const claimedSubject = claimed
            ? (act ? subjectOf('', prefix.slice(0, prefix.indexOf(act)), /$^/) : '') ||
              subjectOf('', prefix, /$^/)
            : '';
          // "Anonyme Katalogsuche: 30 Anfragen pro Minute", "Authenticated users: 120 requests per
          // minute": a general limit keyed by who it counts, the key the endpoint classes know.
          const caller =
            rule.key === 'rate-limit'
              ? // …or after it: "60 żądań na minutę na adres IP dla niezalogowanych", "60 per minute for guests".
                rateLimitSubject(
                  `${around.label ?? ''} ${around.prefix ?? ''} ${around.before} ${around.after}`,
                )
              : null;
          // "Dane osobowe … przechowujemy 5 lat …, a wnioski odrzucone — 12 miesięcy", "logs are kept 30
          // days and backups 7 days": a second period whose own clause leaves the verb out names its
          // own data there, not the first period's.
          const prefix0 = around.prefix ?? '';
          const earlier = prefix0.slice(0, Math.max(0, prefix0.length - around.before.length));
          const gapped =
            rule.key === 'retention' && context !== contexts[0] && /\d/.test(earlier)
              ? subjectOf('', around.before, /$^/)
              : '';
          const subject =
            caller ||
            claimedSubject ||
            gapped ||
            (event ? pluralize.singular(event.toLowerCase()) : '') ||
            aged ||
            subjectOf(around.label ?? '', context, rule.when) ||
            subjectOf('', around.prefix ?? '', /$^/) ||
            'general';
          key = `${rule.key}.${subject}`;
        } else if (rule.subject === 'qualifier') {
          // "99% (MVP), 99.9% (production)": the words right after a number qualify it first.
          const q =
            qualifierOf(around.after.slice(0, 24)) ??
            qualifierOf(`${around.prefix ?? ''} ${around.before} ${around.label ?? ''}`);
          if (q) key = `${rule.key}.${q}`;
        }
        if (key.startsWith('nfr.latency'))
          return { key, value: Math.round(m.value * 1000 * 1000) / 1000, unit: 'ms' };
        return { key, value: m.value, unit: m.unit };
      }
    }
  return null;
}

const STOP = new Set(
  `a an the of for all any is are be been being must should shall will can may to in on at by per each and or with
  within under less than more over up from after before into its their our your this that these those it as not no
  time target targets limit limits maximum max minimum min value period duration about approx approximately only least
  retention retained retain kept keep stored store deleted delete purged purge archived days hours minutes seconds years
  months weeks configurable default default: e.g via every cron scheduled runs run remind reminder reminders sent send
  limite limites limiti limitation limitations begrenzung ratenlimit ratenlimits drosselung throttling
  go goes out rate limited limiting requests request cache cached ttl poll polling sync interval intervals refresh
  auto automatically updates update updating complete completes load loads loading response second
  seconds sekunti sekuntia minuutti minuuttia tunti tuntia segundo segundos minuto minutos
  de del la las los el se en es son debe deben y o un una por para con al da do das dos em um uma sao e ou
  ja tai on ovat ei kun jos olla tulee
  night nightly daily am pm older than
  der die das dem den des ein eine einer eines und oder nach vor fur mit von zu um bei werden wird sind ist nicht
  als alter tage tagen stunden wochen monate monaten jahre jahren minuten sekunden jede jeden jeder nacht taglich
  uhr geloscht entfernt aufbewahrt gespeichert
  les le un une et ou apres avant pour avec sont est etre plus anciens ancien ancienne anciennes que jours heures
  semaines mois ans chaque nuit supprimes supprimees supprime supprimee conserves conservees effaces
  dias horas semanas meses anos noche noite cada eliminados eliminadas borrados borradas antiguos antiguas
  excluidos excluidas apagados apagadas antigos antigas mais os as los eliminan elimina borran borra excluem exclui
  apagam apaga suprimen
  il lo gli di dei degli delle della dello dal dalla dai per che sono viene vengono essere dopo prima ogni
  mesi anni giorni ore settimane minuti dati
  na do od po za przez dla oraz lub sa jest ze nie lat lata latach dni dniach miesiecy godzin tygodni potem
  przechowujemy przechowywane przechowywany przechowywana usuwane usuwany anonimizowane`.split(/\s+/),
);

/** A short slug naming what a value applies to: the row label, or the words before the keyword. */
export function subjectOf(label: string, context: string, keyword: RegExp): string {
  const fromLabel = slugWords(label).slice(0, 3);
  if (fromLabel.length > 0) return fromLabel.map(singular).join('-');
  const before = context.slice(0, Math.max(0, context.search(keyword)));
  // The subject is in the nearest clause that names something: in "Every night at 2 am, audit logs
  // older than 90 days" it is "audit logs", in "Audit-Logs gelöscht, die älter als" it is before the comma.
  const clauses = (before || context).split(/[,;:]/);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const words = slugWords(clauses[i]!).slice(-3);
    if (words.length > 0) return words.map(singular).join('-');
  }
  return '';
}

export function slugWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      // Vietnamese "đ" has no decomposition: "đăng ký" is "dang ky", not "ang ky".
      .replace(/đ/g, 'd')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\([^)]*\)/g, ' ')
      // Cyrillic and Greek words stay: a Russian retention names its data in Russian. Japanese
      // writes no spaces: its kanji and katakana nouns stay and the kana particles between them
      // ("予約履歴は13か月保存し") part them.
      .split(/[^a-z0-9\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Katakana}\u30fc]+/u)
      .filter(
        (w) =>
          w.length > 1 &&
          !STOP.has(w) &&
          !/^\d+$/.test(w) &&
          !/^(?:n?fr|us|rn?f|req|uc)\d/.test(w) &&
          // "5年間", "13か月": an amount, not a name.
          !/^\d+[\p{Script=Han}\p{Script=Katakana}]/u.test(w),
      )
  );
}

const singulars = new Map<string, string>();
/** pluralize runs a few hundred rules per word: memoised, since the same words recur. */
function singular(w: string): string {
  let s = singulars.get(w);
  if (s === undefined) {
    s = pluralize.singular(w);
    singulars.set(w, s);
  }
  return s;
}

/** Phase or environment a target applies to (`MVP ≥99%` vs `production ≥99.9%`): not a conflict. */
function qualifierOf(context: string): string | null {
  if (/\b(?:mvp|pilot|pilotti|beta|poc)\b/i.test(context)) return 'mvp';
  if (/\b(?:production|prod|tuotanto|producción|produção|GA)\b/i.test(context)) return 'production';
  const months = /\b(\d+)\s*(?:kk|months?|meses|kuukau\w*)\b/i.exec(context);
  if (months) return `at-${months[1]}-months`;
  const phase = /\bphase\s*(\d+)\b/i.exec(context);
  if (phase) return `phase-${phase[1]}`;
  return null;
}
