import { namesSmsCode } from './sms-code-words.js';

/**
 * How one group of people signs in, when the documents give each group its own mechanism, in en, es,
 * pt, fr, de and it: "Volunteer sessions: opaque session token in an HttpOnly cookie", "Staff: Auth0
 * access tokens (JWT, RS256) in the Authorization header", "los voluntarios inician sesión con un
 * código SMS; el personal usa Auth0", "les bénévoles se connectent par code SMS ; le personnel utilise
 * Auth0", "Freiwillige melden sich per SMS-Code an; Mitarbeitende nutzen Auth0". The group is the
 * words before the colon or the clause's subject, as written; what it names is decided in derive.
 */
export interface PrincipalClause {
  /** The group as written, singular and lower-case ("volunteer", "staff", "personal"). */
  group: string;
  /** `session`: a server-side session in a cookie; `bearer`: a token in the Authorization header. */
  transport: 'cookie' | 'bearer' | null;
  /** The provider the clause names, as written ("Auth0"), when it names one. */
  provider: string | null;
  /** A one-time code by SMS is how the group signs in. */
  smsCode: boolean;
  /** A one-time link or code by e-mail is how the group signs in (no password, no provider). */
  method?: 'magic-link' | 'email-code';
  /** The group is a word for the staff (staff, personnel, employees …), not a role's name. */
  staff: boolean;
}

/** Words for a product's own staff, in the six languages: a group that is none of the roles by name. */
const STAFF =
  /^(?:staff|staff member|personnel|employee|team member|el personal|personal|empleado|pessoal|equipe|funcionário|personnel|employé|salarié|mitarbeitende|mitarbeiter|mitarbeiterin|belegschaft|personale|dipendente|medarbejder|medarbejdere|zaměstnanec|zaměstnanci)$/iu;

const SESSION_COOKIE =
  /(?<!\p{L})(?:session (?:token|cookie)s?|sessions?\b[^.;]{0,60}cookie|cookie[^.;]{0,40}sessions?|opaque (?:session )?tokens?|cookies? de sesi[oó]n|cookies? de sess[ãa]o|cookies? de session|sitzungs-?cookies?|cookie di sessione)(?!\p{L})/iu;
const BEARER =
  /(?<!\p{L})(?:authorization header|bearer tokens?|en-tête authorization|cabecera authorization|cabeçalho authorization|authorization-header|header authorization|access tokens?|jwts?)(?!\p{L})/iu;
const PROVIDER =
  /(?<!\p{L})(Auth0|Cognito|Clerk|Okta|Keycloak|Entra ID|Azure AD|Firebase Auth(?:entication)?|Supabase Auth|Kinde|WorkOS|Stytch|ZITADEL|FusionAuth|Logto|Descope|MitID|Criipto(?: Verify)?|Bank ?iD|BankID|Google Workspace)(?!\p{L})/u;
/**
 * A one-time link or code sent by e-mail, the group's way in: "sign in with a magic link sent by
 * e-mail", "mit einem Anmeldelink", "avec un lien magique", "con un enlace mágico", "com um link
 * mágico", "con un link magico", "met een inloglink", "med et login-link", "s odkazem e-mailem".
 */
const MAGIC_LINK =
  /(?<!\p{L})(?:magic[- ]?links?|sign[- ]in links?|login[- ]?links?|links? mágicos?|enlaces? mágicos?|liens? magiques?|anmelde-?links?|link magic[oi]|inloglinks?|magiske? links?)(?!\p{L})/iu;
const EMAIL_CODE =
  /(?<!\p{L})(?:(?:one[- ]time|sign[- ]in|login) codes? (?:by|via|sent (?:by|to|via)) e-?mail|c[oó]digos? (?:de un solo uso |de uso único )?(?:por|enviado por) e-?mail|codes? (?:à usage unique )?(?:par|envoyé par) e-?mail|einmalcodes? per e-?mail)(?!\p{L})/iu;
/** "No JWTs for volunteers": a mechanism refused for a group says nothing of what it uses. */
const REFUSED = /^(?:no|not|without|sin|sem|pas de|sans|kein\w*|nessun\w*|senza)\s/iu;

/** A clause that opens with its subject and a sign-in or use verb, in the six languages. */
const SUBJECT_VERB =
  /^(?:the |los |las |el |la |os |as |o |a |les |le |l['’]|die |der |das |i |gli |il |lo |els )?([\p{L}-]+(?: [\p{L}-]+)?(?:(?:,\s*|\s+(?:and|og|och|a|y|e|et|und|en)\s+)[\p{L}-]+(?: [\p{L}-]+)?){0,4})\s+(?:sign(?:s)? in|log(?:s)? in|authenticate|use|uses|inician sesi[oó]n|inicia sesi[oó]n|usan?|utilizan?|acceden|fazem login|entram|usam?|utilizam?|se connectent|se connecte|utilisent|utilise|s['’]authentifient|melden sich|meldet sich|nutzen|nutzt|verwenden|verwendet|accedono|accede|usano|utilizzano|logger ind|logger inn|loggar in|se přihlašují|se přihlašuje|inicien sessió|inicia sessió|fan servir|fa servir|utilitzen|utilitza)(?!\p{L})/iu;
/** "Volunteer sessions:", "Staff:", "Personal:" — a label before a colon, one or two words. */
const LABEL =
  /^([\p{L}-]+(?: [\p{L}-]+)?(?:(?:,\s*|\s+(?:and|og|och|a|y|e|et|und|en)\s+)[\p{L}-]+(?: [\p{L}-]+)?){0,4})\s*:\s*(.+)$/u;
const LEADING_ARTICLE = /^(?:the|los|las|el|la|os|as|o|a|les|le|die|der|das|i|gli|il|lo|els)\s+/iu;
/** "Visitors and berth holders", "Borgere, foreningsformænd og trænere": one group per name. */
const GROUP_LIST = /\s*,\s*|\s+(?:and|og|och|a|y|e|et|und|en)\s+/iu;
const LABEL_NOISE =
  /\s+(?:sessions?|auth(?:entication)?|sign[- ]in|login|sesi[oó]n(?:es)?|sess(?:ão|ões)|sitzungen?|anmeldung|connexion|accesso)$/iu;

const singular = (w: string) =>
  w
    .toLowerCase()
    .replace(/(?<=[^aeiou])ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');

/** "MitID via Criipto", "Bank iD přes Criipto": a sign-in method and the broker that issues its tokens. */
const BROKER = /^\s+(?:via|through|gennem|igennem|gjennom|genom|přes|über|par|por|tramite)\s+/iu;

function mechanism(text: string): Omit<PrincipalClause, 'group' | 'staff'> | null {
  if (REFUSED.test(text.trim())) return null;
  const first = PROVIDER.exec(text);
  const after = first ? text.slice(first.index + first[0].length) : '';
  const via = BROKER.exec(after);
  const broker = via ? new RegExp(`^${PROVIDER.source}`, 'u').exec(after.slice(via[0].length)) : null;
  const provider = first ? (broker ? `${first[1]} via ${broker[1]}` : first[1]!) : null;
  const cookie = SESSION_COOKIE.test(text);
  const bearer = BEARER.test(text) || provider !== null;
  const smsCode = namesSmsCode(text);
  // A link or code by e-mail names no transport: the group's token is whatever the API issues.
  const method = MAGIC_LINK.test(text) ? 'magic-link' : EMAIL_CODE.test(text) ? 'email-code' : null;
  if (!cookie && !bearer && !smsCode && !method) return null;
  return {
    transport: cookie ? 'cookie' : bearer ? 'bearer' : null,
    provider,
    smsCode,
    ...(method ? { method } : {}),
  };
}

/** The groups one sentence gives a mechanism each (clauses split at ";"). */
export function readPrincipalClauses(text: string): PrincipalClause[] {
  const out: PrincipalClause[] = [];
  for (const whole of text.split(/\s*;\s*/)) {
    // "Staff (dispatcher, driver, administrator) sign in through Keycloak": the roles in brackets
    // name the group's members; the group is the word before them.
    const clause = whole.replace(/\s*\([^()]*\)/gu, '');
    const label = LABEL.exec(clause.trim());
    const subject = label ? null : SUBJECT_VERB.exec(clause.trim());
    const rawGroup = label ? label[1]!.replace(LABEL_NOISE, '') : subject?.[1];
    if (!rawGroup) continue;
    const how = mechanism(label ? label[2]! : clause);
    if (!how) continue;
    for (const name of rawGroup.split(GROUP_LIST)) {
      const group = singular(name.replace(LABEL_NOISE, '').replace(LEADING_ARTICLE, ''));
      if (group.length > 1) out.push({ group, ...how, staff: STAFF.test(group) });
    }
  }
  return out;
}

/**
 * A sign-in stated without its subject, in a role's own row ("| Træner | … | Logger ind med MitID. |",
 * "| Občan | …, přihlášený přes Bank iD |", "| Citizen | …, signed in through Bank iD |"): the verb,
 * then the provider within a few words.
 */
const SIGN_IN_WITH =
  /(?<!\p{L})(?:signs? in|signed in|logs? in|logged in|authenticates?|logger ind|logger inn|loggar in|přihlášen\p{L}*|přihlašuje se|přihlásí se|meldet sich)\s+(?:with|via|through|using|med|gennem|igennem|gjennom|genom|přes|pomocí|mit|über)\s+(?:[\p{L}-]+\s+){0,2}?/iu;

/** The provider a role's own table row says it signs in with, or null. */
export function rowSignIn(text: string): { provider: string } | null {
  const m = SIGN_IN_WITH.exec(text);
  if (!m) return null;
  const how = mechanism(text.slice(m.index + m[0].length).split(/[.;|]/u)[0]!);
  return how?.provider ? { provider: how.provider } : null;
}
