import { caseFoldedRegExp } from '../knowledge/case-fold.js';
/**
 * Headings of sections that describe other systems' APIs ("External APIs", BMAD's architecture
 * template; "APIs externas", "Services externes", "Externe Schnittstellen", "Integrações externas",
 * "API esterne"): what such a section lists is called by us, not served.
 */
export const PROVIDER_HEADING =
  /external (?:apis?|services|systems|integrations?)|third[- ]party|apis? externas?|servicios externos|integraciones externas|apis? externes?|services externes|int[ée]grations? externes?|externe (?:apis?|dienste|schnittstellen|systeme)|drittanbieter|servi[çc]os externos|integra[çc][õo]es externas|api esterne|servizi esterni|sistemi esterni|integrazioni esterne|terze parti|externa (?:tjänster|system|api:?er|integrationer)|tredjepart\w*|zewnętrzne (?:api|usługi|systemy|integracje)|integracje zewnętrzne|usługi zewnętrzne|внешние (?:api|сервисы|системы|интеграции)|сторонние (?:сервисы|системы|api)|外部連携|外部サービス|第三方服务|外部服务|외부 연동|외부 서비스|การเชื่อมต่อภายนอก|บริการภายนอก/i;

/**
 * A plain "Integrations" heading ("## Integrações", "## Integraciones", "## 8. Intégrations"): its
 * sub-headings are providers only when their body states the provider's base URL (a sub-heading
 * about a channel, "### Notificações push", names no service of its own).
 */
export const INTEGRATIONS_HEADING =
  /^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:integrations?|integra[çc](?:ão|ões|ao|oes)|integraci(?:ón|ones)|int[ée]grations?|integrationen|schnittstellen|integrazioni|integraties|koppelingen|integrationer|integracj[ae]|entegrasyonlar|dış (?:servisler|hizmetler|entegrasyonlar)|интеграци[ия])\s*$/i;
/**
 * Whether a heading path is inside a third party's own section: a sub-heading of "External APIs" or
 * of a plain "Integrations" heading, or a heading that names its service ("## Intégration Mollie").
 * What such a section says about tokens, limits and routes is the provider's, never ours.
 */
export function inProviderSection(headingPath: readonly string[]): boolean {
  return headingPath.some(
    (h, i) =>
      (i > 0 &&
        (PROVIDER_HEADING.test(headingPath[i - 1]!) || INTEGRATIONS_HEADING.test(headingPath[i - 1]!))) ||
      integrationHeadingName(h) !== null,
  );
}

/** A provider section's line that states where its API lives: a URL or a "Base URL" label. */
export const PROVIDER_ADDRESS =
  /https?:\/\/|\bbase[- ]?urls?\b|\burl (?:de )?base\b|\burl base\b|\bbasis-?url\b/i;

/** A list item that introduces a provider's own endpoints ("Key Endpoints Used:", "Endpoint usati:"). */
export const PROVIDER_LEAD =
  /^\W*(?:key )?endpoints? (?:used|called|we call|consumed)|^\W*base urls?\b|^\W*url de base\b|^\W*endpoints? utilizad|^\W*endpoints? utilis[ée]s?|^\W*points? d['’]acc[eè]s (?:utilis|appel)[ée]s|^\W*puntos? de acceso (?:utilizad|usad)os|^\W*pontos? de acesso (?:utilizad|usad)os|^\W*punti di accesso (?:usat|utilizzat)i|^\W*(?:verwendete|genutzte|aufgerufene)[rn]? endpunkte?\b|^\W*gebruikte endpoints?\b|^\W*endpoints? usad|^\W*endpoints? (?:usat[oi]|utilizzat[oi]|chiamat[oi])/i;

const INTEGRATION_NOUN =
  '(?:int[ée]gration|integraci[oó]n|integra[çc][ãa]o|integrazione|anbindung|integratie|koppeling)';
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,2})`;
const NOUN_FIRST = caseFoldedRegExp(
  String.raw`^${INTEGRATION_NOUN}\s+(?:(?:with|of|to|avec|de|du|con|com|mit|an|di|met|van)\s+)?(?:l['’]|(?:la|le|el|o|a|das|die|den|the|het|de)\s+)?${NAME}$`,
  'iu',
);
const NAME_FIRST = new RegExp(
  String.raw`^${NAME}(?:\s+|-)(?:[Ii]ntegration|[Aa]nbindung|[Ii]ntegratie|[Kk]oppeling)$`,
  'u',
);
/** Words that make "Integration X" a kind of work, not a service ("Integration Tests", "Intégration continue"). */
const NOT_SERVICE =
  /^(?:tests?|testing|testen|continu\w*|continuous|strategy|strat[ée]gie|patterns?|points?|layer|couche|overview|flows?|guide|architecture|api|apis|services?)$/i;

/**
 * A heading that names one service the project integrates with: "Intégration Mollie", "Stripe
 * Integration", "Integración con Redsys", "Anbindung an DATEV", "Integrazione PagoPA",
 * "Mollie-Anbindung". Its section describes that service (its base URL, the endpoints we call), not
 * our API. Returns the name as written, or null.
 */
export function integrationHeadingName(heading: string): string | null {
  const text = heading
    .replace(/^[\d.)\s]+/, '')
    .replace(/[*_`]/g, '')
    .trim();
  if (text.length > 80) return null;
  const m = NOUN_FIRST.exec(text) ?? NAME_FIRST.exec(text);
  const name = m?.[1]?.trim();
  if (!name || NOT_SERVICE.test(name)) return null;
  // The noun itself capitalised ("Integration Testing") is caught above; a name must not be the noun.
  return caseFoldedRegExp(`^${INTEGRATION_NOUN}$`, 'iu').test(name) ? null : name;
}

/** What a provider's sub-section states about the service: its URL, its routes, its credentials. */
export const PROVIDER_DETAIL =
  /https?:\/\/|\b(?:GET|POST|PUT|PATCH|DELETE)\s+`?\/|\bbase urls?\b|\bendpoints?\b|\bendpunkte?\b|\bapi[- ]keys?\b|\bwebhooks?\b|\brate limits?\b|^[\s*_-]*(?:purpose|scopo|zweck|prop[oó]sito|objectif|finalidade|objetivo)[\s*_]*:/im;

/** The labels of a provider section's lines, in en, es, pt, fr, de and it ("Rate Limits:", "Limite:"). */
const DETAIL_LABELS: [aspect: 'base-url' | 'auth' | 'rate-limit' | 'endpoints' | 'purpose', label: RegExp][] =
  [
    [
      'purpose',
      /^(?:purpose|used for|scopo|zweck|verwendungszweck|prop[oó]sito|objectif|finalit[ée]|finalidade|objetivo|uso|usage)$/i,
    ],
    ['base-url', /^(?:base urls?(?:\(s\))?|api base|url base|url de base|basis-?url|endpoint base)$/i],
    [
      'auth',
      /^(?:auth(?:entication)?|authori[sz]ation|autenticazione|autenticaci[oó]n|autentica[cç][aã]o|authentification|authentifizierung|credenziali|credentials)$/i,
    ],
    [
      'rate-limit',
      /^(?:rate[- ]limits?|limits?|quotas?|limite|limiti|l[ií]mites?(?: de (?:taxa|tasa))?|limites d'appels|ratenlimits?|drosselung)$/i,
    ],
    [
      'endpoints',
      /^(?:(?:key )?endpoints?(?: used| called| consumed)?|endpoints? (?:utilizad[oa]s?|usad[oa]s?|utilis[ée]e?s?|usat[oi]|utilizzat[oi]|chiamat[oi])|points? d['’]acc[eè]s (?:utilis|appel)[ée]s|puntos? de acceso (?:utilizad|usad)os|pontos? de acesso (?:utilizad|usad)os|punti di accesso (?:usat|utilizzat)i|(?:verwendete|genutzte|aufgerufene)[rn]? endpunkte?|gebruikte endpoints?)$/i,
    ],
  ];

/**
 * A labelled line of a provider's section: `Base URL: https://…`, `**Rate Limits:** 30/min`,
 * `Endpoint usati: POST /upload, GET /status`. The text after the label (empty for a lead whose
 * items follow: `- **Key Endpoints Used:**`), or null.
 */
export function providerDetail(
  line: string,
): { aspect: (typeof DETAIL_LABELS)[number][0]; text: string } | null {
  if (line.length > 600) return null;
  const m = /^[\s*_-]*([^:]{2,40}?)[\s*_]*:[\s*_]*(.*)$/.exec(line);
  if (!m) return null;
  const label = m[1]!.replace(/[*_`]/g, '').trim();
  const hit = DETAIL_LABELS.find(([, re]) => re.test(label));
  const text = m[2]!.replace(/\*\*/g, '').trim();
  return hit ? { aspect: hit[0], text } : null;
}

/**
 * Whether a sentence about a provider talks about the events it sends back: webhooks, callbacks,
 * bounces, delivery status, read receipts (en, es, pt, fr, de, it). Derive gives such a chosen
 * provider a webhook receiver (derive/integrations.ts reads `IntegrationMention.events`).
 */
const EVENT_WORDS =
  /webhook|callback|bounce|delivery status|delivered|read receipt|estado de entrega|status de entrega|statut de livraison|zustellstatus|stato di consegna|accusé de lecture|lesebestätigung|confirmação de leitura|conferma di lettura/i;

export function talksOfProviderEvents(text: string): boolean {
  return EVENT_WORDS.test(text);
}

/**
 * The first column of a table of integrations, in en, es, pt, fr, de and it: "Integration", "External
 * service", "Provider", "Integração", "Proveedor", "Fournisseur", "Anbieter", "Fornitore". A plain
 * "Service" column in another language ("Serviço", "Servicio", "Dienst", "Servizio") lists
 * integrations only under a heading that says so ("## Integrações"): elsewhere it may list the
 * project's own services (the English "Service" column has always been read as integrations).
 */
const INTEGRATION_COLUMN =
  /^(?:integrations?|external (?:services?|systems?|apis?)|third[- ]party(?: services?)?|providers?|services?|integraatio\w*|palvelu\w*|integra[çc](?:ão|ões)|integraci(?:ón|ones)|intégrations?|integrazion[ei]|proveedor(?:es)?|provedor(?:es)?|fornecedor(?:es)?|fournisseurs?|anbieter|dienstleister|fornitor[ei]|servi[çc]os? externos?|servicios? externos?|services? externes?|externe[rn]? dienste?|servizi esterni|外部サービス|連携(?:先|サービス)|外部服务|第三方服务|외부 서비스|연동 서비스)$/i;
/**
 * A "System" column ("| System | Formål | Protokol |" under "## Integrationer"): the other systems
 * the project talks to, read as integrations only under a heading that says so, like "Service".
 */
const SYSTEM_COLUMN =
  /^(?:systems?|systeme?|syst[èe]mes?|sistemas?|sistem[ia]|systemen|systemer|järjestelmä\p{L}*|systém\p{L}*|system[ya]?|rendszer\p{L}*|систем[аи]|システム|系统|시스템)$/iu;
const SERVICE_COLUMN = /^(?:servi[çc]os?|servicios?|dienste?|servizi|servizio|сервис|サービス|服务|서비스)$/i;
/** A heading that names integrations or other systems, in the six languages. */
const INTEGRATION_HEADING =
  /integrat|integra[çc]|integraci|intégration|integrazion|external (?:service|api|system)|third[- ]party|provider|proveedor|provedor|fournisseur|anbieter|fornitor|schnittstelle|servi[çc]os externos|servicios externos|services externes|externe dienste|servizi esterni|integraatio|ulkoi|rajapinta|интеграц|外部連携|連携|外部サービス|集成|第三方|외부 연동|연동|เชื่อมต่อภายนอก|บริการภายนอก/i;

/** Whether a table whose first column is headed `first`, under `headingPath`, lists integrations. */
export function isIntegrationColumn(first: string, headingPath: readonly string[]): boolean {
  const head = first.trim();
  if (INTEGRATION_COLUMN.test(head)) return true;
  return (
    (SERVICE_COLUMN.test(head) || SYSTEM_COLUMN.test(head)) && INTEGRATION_HEADING.test(headingPath.join(' '))
  );
}

/**
 * The column of an integrations table that says what each service is for: "Purpose", "Use", "Used
 * for", "Uso", "Finalidade", "Propósito", "Finalidad", "Usage", "Utilisation", "Rôle", "Zweck",
 * "Verwendung", "Nutzung", "Scopo", "Utilizzo"; else a "Description" column. -1 when none.
 */
const PURPOSE_COLUMN =
  /^(?:purpose|use|used for|usage|role|what for|uso|usos|finalidade|finalidad|prop[óo]sito|para (?:qu[ée]|que)|utilisation|utilisé pour|r[ôo]le|objectif|but|zweck|verwendung|nutzung|einsatz|wof[üu]r|scopo|utilizzo|finalit[àa]|a cosa serve|назначение|用途|目的|作用|용도|목적)$/i;
const DESCRIPTION_COLUMN =
  /^(?:description|descripci[óo]n|descri[çc][ãa]o|beschreibung|descrizione|описание|説明|概要|说明|描述|설명)$/i;

/** The purpose column in da, nb, sv, nl, pl, cs, tr, id, ro, uk, el, hu, fi, vi ("Formål", "Syfte", "Doel"). */
const PURPOSE_COLUMN_MORE =
  /^(?:form[åa]l|anvendelse|bruk|syfte|ändamål|användning|doel|gebruik|cel|przeznaczenie|účel|použití|amaç|kullanım|tujuan|kegunaan|scop|utilizare|призначення|σκοπός|χρήση|cél|felhasználás|käyttötarkoitus|tarkoitus|mục đích)$/iu;

export function purposeColumn(header: readonly string[]): number {
  const purpose = header.findIndex(
    (h, i) => i > 0 && (PURPOSE_COLUMN.test(h.trim()) || PURPOSE_COLUMN_MORE.test(h.trim())),
  );
  return purpose >= 0 ? purpose : header.findIndex((h, i) => i > 0 && DESCRIPTION_COLUMN.test(h.trim()));
}

/**
 * A sentence that says our API only checks the provider's tokens ("the API only validates Auth0 access
 * tokens", "la API solo valida los tokens", "l'API ne fait que valider les jetons", "die API prüft nur
 * die Tokens", "a API apenas valida os tokens", "l'API valida solo i token"): sign-in itself happens
 * elsewhere, so the only endpoint it calls is the key set.
 */
const VERIFIES_ONLY =
  /\bonly (?:validates|verifies|checks)\b[^.;]{0,60}\btokens?\b|\bsolo (?:valida|verifica|comprueba)\b[^.;]{0,60}\btokens?\b|\bapenas (?:valida|verifica)\b[^.;]{0,60}\btokens?\b|ne fait que (?:valider|vérifier)\b[^.;]{0,60}\b(?:jetons?|tokens?)\b|\b(?:valide|vérifie) uniquement\b[^.;]{0,60}\b(?:jetons?|tokens?)\b|\b(?:prüft|validiert|verifiziert) nur\b[^.;]{0,60}tokens?\b|\bvalida solo\b[^.;]{0,60}\btoken\b/i;

export function onlyVerifiesTokens(text: string): boolean {
  return VERIFIES_ONLY.test(text);
}

/**
 * "kort og MobilePay sker gennem Nets Easy", "MobilePay via Nets Easy", "Swish genom Stripe", "Pix
 * através do Mercado Pago": after a payment method's name, the service that carries it. The words
 * between stay inside the clause (no stop, colon or bracket); the carrier is one to three capitalised
 * words ("Nets Easy", not the "(Nexi)" after it).
 */
const CARRIER =
  /^[^.;:()]{0,30}?(?<!\p{L})(?:via|through|gennem|igennem|igjennom|gjennom|genom|über|durch|par|pelo|pela|tramite|mediante|a trav[ée]s de|atrav[ée]s d[oa])\s+(?:(?:the|der|die|dem|la|le|el|o|a)\s+)?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2})/u;

/** The name of the service that carries the payment method named just before `after`, or null. */
export function carrierAfter(after: string): string | null {
  return CARRIER.exec(after)?.[1]?.replace(/[.&-]+$/, '') ?? null;
}

/**
 * An integrations table's name cell that says through what the service is reached ("Digital Post
 * (e-Boks) via Serviceplatformen", "SdI tramite Aruba"): the service is the name before the
 * instrument word; the rest says how it is reached. The name as written when it says nothing of that.
 */
const REACHED_THROUGH =
  /^(.{2,60}?)\s+(?:via|through|gennem|igennem|gjennom|genom|über|durch|par|pelo|pela|tramite|mediante|a trav[ée]s de|atrav[ée]s d[oa])\s+\p{Lu}/u;

export function serviceBeforeCarrier(name: string): string {
  return REACHED_THROUGH.exec(name)?.[1]?.trim() ?? name;
}

/**
 * A sentence that states how a provider's callback is verified: a verifying verb and a signature
 * ("Backend memverifikasi `signature_key` = SHA-512(…)", "The webhook's HMAC-SHA256 signature is
 * checked", "Die Signatur wird geprüft", "Ověřujeme podpis"). The sentence is quoted as the stated scheme.
 */
const VERIFY_WORD =
  /(?<!\p{L})(?:verif\p{L}*|memverifikasi|diverifikasi|valid\p{L}*|check\p{L}*|prüf\p{L}*|überprüf\p{L}*|vérifi\p{L}*|comprueb\p{L}*|comprov\p{L}*|ověř\p{L}*|kontrol\p{L}*|sprawdz\p{L}*|weryfik\p{L}*|controle\p{L}*|ellenőr\p{L}*|провер\p{L}*|перевір\p{L}*|επαληθε\p{L}*|kiểm tra|xác minh|doğrula\p{L}*|検証|验证|검증)/iu;
const SIGNATURE_WORD =
  /(?<!\p{L})(?:signature[\p{L}\p{N}_]*|signatur\p{L}*|signé\p{L}*|firma\p{L}*|assinatura\p{L}*|podpis\p{L}*|handtekening\p{L}*|aláírás\p{L}*|подпис\p{L}*|υπογραφ\p{L}*|tanda tangan|chữ ký|imza\p{L}*|hmac(?:-?[\p{L}\p{N}])*|sha-?(?:256|384|512))|署名|签名|서명/iu;

/**
 * A message authentication code, the signature of a shared secret: "verificata con il MAC calcolato
 * con la chiave segreta" (it), "message authentication code", "code d'authentification de message",
 * "código de autenticación de mensajes". "MAC" only in capitals: "Mac" is a computer.
 */
const MAC_WORD =
  /(?<![\p{L}\p{N}])(?<!(?:indirizzo|adresse|dirección|endereço|Adresse) )MACs?(?![\p{L}\p{N}])(?!\s+(?:address|addresses|adres|Adresse))/u;
const MAC_PHRASE =
  /(?<!\p{L})(?:message authentication codes?|codice di autenticazione del messaggio|codes? d['’]authentification de message|c[oó]digos? de autentica(?:ci[oó]n|ção) de mensage(?:m|ns|s)?|Nachrichtenauthentifizierungscodes?)(?!\p{L})/iu;

export function statesCallbackSignature(sentence: string): boolean {
  return (
    sentence.length <= 400 &&
    VERIFY_WORD.test(sentence) &&
    (SIGNATURE_WORD.test(sentence) || MAC_WORD.test(sentence) || MAC_PHRASE.test(sentence))
  );
}
