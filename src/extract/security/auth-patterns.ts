import { findMeasures } from '../../knowledge/durations.js';
import { findTechnologies } from '../../knowledge/technologies.js';
import { fromSource } from '../../model/origin.js';
import type { AuthStrategyKind, SecurityFact } from '../../model/security-facts.js';
import { lastAnd } from '../../read/and-words.js';
import { durationOfCache, KEY_CACHE_BEFORE } from '../../read/cache-words.js';
import { readText } from '../../read/index.js';
import { readPrincipalClauses, rowSignIn } from '../../read/principal-words.js';
import { inProviderSection } from '../../read/provider-words.js';
import { signInIdentifier } from '../../read/sign-in-identifier-words.js';
import { namesSmsCode } from '../../read/sms-code-words.js';
import { clauseTermStatus } from '../../read/status.js';
import { statedTenantColumn } from '../../read/tenant-words.js';
import { namesTokens, tokenIssuer } from '../../read/token-issuer-words.js';
import { refreshTokenStore } from '../../read/token-store-words.js';
import { isFutureWording } from '../mentions/status.js';
import { isDeferred, isSetAside, REJECTED, type TextUnit } from './units.js';

/**
 * Authentication facts in one text unit. Each reader is a small pattern over one sentence, table
 * row or code line; the fact keeps the unit's line and text as its source.
 */
type Read = (u: TextUnit, file: string) => SecurityFact[];

const origin = (u: TextUnit, file: string) => fromSource(file, u.line, u.text.slice(0, 160));

/** External identity providers and auth libraries; `strategy` is what choosing it means. */
const PROVIDERS: { name: string; re: RegExp; strategy: AuthStrategyKind }[] = [
  { name: 'Auth0', re: /\bauth0\b/i, strategy: 'oauth-provider' },
  { name: 'Amazon Cognito', re: /\bcognito\b/i, strategy: 'oauth-provider' },
  { name: 'Clerk', re: /\bclerk\b/i, strategy: 'oauth-provider' },
  { name: 'Okta', re: /\bokta\b/i, strategy: 'oauth-provider' },
  { name: 'Keycloak', re: /\bkeycloak\b/i, strategy: 'oauth-provider' },
  {
    name: 'Microsoft Entra ID',
    // Azure AD B2C is another product (the customer-identity service), listed below under its own name.
    re: /\b(azure ad|azure active directory|entra id)\b(?! b2c)/i,
    strategy: 'oauth-provider',
  },
  { name: 'Firebase Authentication', re: /\bfirebase auth(entication)?\b/i, strategy: 'oauth-provider' },
  { name: 'Supabase Auth', re: /\bsupabase auth\b/i, strategy: 'oauth-provider' },
  { name: 'Kinde', re: /\bkinde\b/i, strategy: 'oauth-provider' },
  { name: 'WorkOS', re: /\bworkos\b/i, strategy: 'oauth-provider' },
  { name: 'Stytch', re: /\bstytch\b/i, strategy: 'oauth-provider' },
  { name: 'NextAuth.js', re: /\b(next-?auth(\.js)?|auth\.js)\b/i, strategy: 'session' },
  { name: 'Payload CMS auth', re: /\bpayload( cms)? (auth|rbac|authentication)\b/i, strategy: 'jwt' },
  { name: 'Better Auth', re: /\bbetter[- ]auth\b/i, strategy: 'session' },
  { name: 'Lucia', re: /\blucia( auth)?\b/i, strategy: 'session' },
  { name: 'ZITADEL', re: /\bzitadel\b/i, strategy: 'oauth-provider' },
  { name: 'Authentik', re: /\bauthentik\b/i, strategy: 'oauth-provider' },
  { name: 'FusionAuth', re: /\bfusionauth\b/i, strategy: 'oauth-provider' },
  { name: 'Ory', re: /\bory (?:kratos|hydra|network)\b/i, strategy: 'oauth-provider' },
  { name: 'Logto', re: /\blogto\b/i, strategy: 'oauth-provider' },
  { name: 'Descope', re: /\bdescope\b/i, strategy: 'oauth-provider' },
  { name: 'OneLogin', re: /\bonelogin\b/i, strategy: 'oauth-provider' },
  {
    name: 'Azure AD B2C',
    re: /\b(azure ad b2c|azure active directory b2c|entra external id)\b/i,
    strategy: 'oauth-provider',
  },
  { name: 'Kakao Login', re: /\bkakao ?login\b|(?<!\p{L})카카오 ?로그인/iu, strategy: 'oauth-provider' },
];

/**
 * A sign-in delegated to a party the catalogue does not know: an OpenID Connect / OAuth 2 / SAML / SSO
 * word and "via / über / con / avec / com <Name>" in the same sentence ("Anmeldung über Authelia
 * (OIDC)", "login through Acme SSO"). The name is carried as written; the API then serves no login.
 */
const DELEGATION = /\b(?:OIDC|OpenID(?:[ -]Connect)?|OAuth ?2(?:\.\d)?|SAML|SSO|PKCE)\b/;
const VIA_NAME =
  /(?:^|[\s(])(?:via|through|with|using|über|mit|durch|con|mediante|a trav[ée]s de|avec|par|com|por|pelo|pela)\s+(?:the |der |die |dem |el |la |le |l'|o |a )?(?:(?:identity )?providers? (?:like|such as)\s+|anbietern? wie\s+|proveedores como\s+|fournisseurs comme\s+|provedores como\s+)?([A-Z][\w.-]*[A-Za-z0-9](?:[ -][A-Z][\w.-]*[A-Za-z0-9])?(?:(?:, | or | and | oder | und | o | y | ou | et )[A-Z][\w.-]*[A-Za-z0-9])*)/g;
/** Protocol words and the words around them, never a provider's name. */
const NOT_A_PROVIDER =
  /^(?:OIDC|OpenID|OpenID Connect|OAuth|OAuth2|SAML|SSO|PKCE|JWT|JWTs|JWKS|API|REST|HTTPS?|TLS|Bearer|Authorization|Authorisation|Access|Refresh|Token|Tokens|Cookie|Cookies|E-Mail|Email|Client|Clients|Redirect|Identity|Provider|Providers|User|Users|Credentials|Secret|Password|Passwords|Code|Magic)$/;

function delegatedProvider(text: string): string | null {
  if (!DELEGATION.test(text)) return null;
  for (const m of text.matchAll(VIA_NAME)) {
    // The name is the party that signs users in: a protocol word beside it ("über ZITADEL (OIDC") or
    // a sign-in word before it ("Users sign in through Authelia"); "validates the cost via a BigQuery
    // Dry Run" in a sentence that mentions OIDC tokens elsewhere is neither.
    const at = m.index ?? 0;
    const near = text.slice(Math.max(0, at - 12), at + m[0].length + 24);
    if (!DELEGATION.test(near) && !SIGN_IN.test(text.slice(0, at))) continue;
    // "via providers like Google, GitHub" names two: both are carried, as written.
    const names = m[1]!
      .split(/, | or | and | oder | und | o | y | ou | et /)
      .map((n) => n.replace(/[.-]+$/, ''))
      .filter((n) => !NOT_A_PROVIDER.test(n) && !n.split(/[ -]/).some((w) => NOT_A_PROVIDER.test(w)));
    const known = (n: string) => n.split(/[ -]/).some((w) => findTechnologies(w).length > 0);
    if (names.length > 0 && !names.some(known)) return names.join(', ');
  }
  return null;
}

/** Sign-in words in en, es, pt, fr, de. */
const SIGN_IN =
  /sign(?:s|ing)?[- ]?in|log(?:s|ging)?[- ]?in\b|login|anmeld|einlogg|connexion|se connect|inicio de sesi|inici(?:a|an|ar) sesi|acceso|autentica|authentifi|authenticat/i;

const AUTH_CONTEXT = /auth|login|log in|sign[- ]?in|session|token|kirjau|credential|identity|sso|oauth/i;

/** Server-side session wording in es, pt, fr, de (read only beside an authentication word). */
const SESSION_ELSEWHERE =
  /(?:^|[^\p{L}])(?:sesi[oó]n(?:es)? (?:web|de servidor|del servidor|con cookies?)|cookies? de sesi[oó]n|sess(?:ão|ões) (?:web|de servidor|no servidor)|cookies? de sess[ãa]o|sessions? (?:web|côté serveur|serveur)|cookies? de session|(?:server)?sitzungs?(?:[- ]?cookies?|basiert)|serverseitige sitzungen?|sessiecookies?|sessies? (?:op|aan) de server(?:zijde)?|sesj\p{L}*(?: spa)? \((?:ciasteczk|cookie)\p{L}*\)|sesj\p{L}* po stronie serwera|ciasteczk\p{L}* sesyjn\p{L}*)(?![\p{L}])/iu;
const AUTH_CONTEXT_ELSEWHERE =
  /auth|login|로그인|인증|connexion|iniciar sesi|inicio de sesi|contraseña|mot de passe|senha|passwort|anmeld|identifica|identifiz|inlog|wachtwoord|uwierzytelni|logowani|hasł|аутентификац|авторизац|вход|парол|автентифікац|вхід|токен/i;

const strategyAndProvider: Read = (u, file) => {
  if (REJECTED.test(u.text) || isSetAside(u)) return [];
  const out: SecurityFact[] = [];
  const found = PROVIDERS.filter((p) => {
    const m = p.re.exec(u.text);
    return m !== null && !isSetAside(u, m.index, m[0].length);
  });
  // A line naming two providers (`NextAuth/Clerk`, `Auth0 or Cognito`) lists alternatives, not a choice.
  const inAuth =
    AUTH_CONTEXT.test(u.text) ||
    AUTH_CONTEXT_ELSEWHERE.test(u.text) ||
    u.headingPath.some((h) => AUTH_CONTEXT.test(h) || AUTH_CONTEXT_ELSEWHERE.test(h));
  if (found.length === 1 && inAuth)
    out.push({
      kind: 'identity-provider',
      value: found[0]!.name,
      text: u.text,
      origin: origin(u, file),
      ...(found[0]!.strategy === 'oauth-provider' ? { delegated: true } : {}),
    });
  else if (found.length === 0 && inAuth) {
    const named = delegatedProvider(u.text);
    if (named)
      out.push({
        kind: 'identity-provider',
        value: named,
        text: u.text,
        origin: origin(u, file),
        delegated: true,
        unlisted: true,
      });
  }
  // A word of its own: "007-accountbox-web-jwt" (a branch or feature slug) and `jwt.ts` state nothing.
  // "JWT-based", "JWT-pääsytunnuksen", "JWT-Token": the name written in capitals before a hyphen is one.
  const jwt = /(?<![\w./-])JWT(?:'?s)?(?![\w/])|json web tokens?/i.exec(u.text);
  const hyphened = jwt !== null && u.text[jwt.index + jwt[0].length] === '-';
  if (
    jwt &&
    (!hyphened || jwt[0].startsWith('JWT')) &&
    // "no JWT", "keine eigenen JWT", "inga egna JWT", "sans JWT", "sin JWT": a negated mention states none.
    !/(?<!\p{L})(?:no|not|without|kein\p{L}*|ohne|sin|sem|sans|pas de|senza|geen|zonder|inga|ingen|utan|ej|bez|без|не)\s+(?:\p{L}+\s+)?JWTs?(?!\p{L})/iu.test(
      u.text,
    ) &&
    clauseTermStatus(u.text, jwt.index, jwt[0].length) === null
  )
    out.push({ kind: 'strategy', value: 'jwt', text: u.text, origin: origin(u, file) });
  if (
    /\b(session[- ]based|server[- ]side sessions?|sessions?[- ]?cookies?|cookie[- ]based sessions?|express-session|stateful sessions?|spa (?:sessions?|cookies?)(?: \(cookies?\))?|sessions? \(cookies?\)|cookie sessions?)\b/i.test(
      u.text,
    )
  )
    out.push({ kind: 'strategy', value: 'session', text: u.text, origin: origin(u, file) });
  else if (
    SESSION_ELSEWHERE.test(u.text) &&
    (AUTH_CONTEXT_ELSEWHERE.test(u.text) || u.headingPath.some((h) => AUTH_CONTEXT_ELSEWHERE.test(h)))
  )
    out.push({ kind: 'strategy', value: 'session', text: u.text, origin: origin(u, file) });
  // "le personnel par Keycloak (jetons Bearer OIDC)": the provider's bearer tokens are the API's
  // credential, verified per request, whatever session another audience keeps.
  if (/(?<!\p{L})bearer(?!\p{L})/iu.test(u.text) && /(?<!\p{L})(?:oidc|openid|oauth)/iu.test(u.text))
    out.push({ kind: 'strategy', value: 'oauth-provider', text: u.text, origin: origin(u, file) });
  if (
    /\b(api[- ]keys? (auth|authentication)|authenticat\w* (with|via|using|by) (an? )?api[- ]keys?|x-api-key)\b/i.test(
      u.text,
    )
  )
    out.push({ kind: 'strategy', value: 'api-key', text: u.text, origin: origin(u, file) });
  // A strategy the same sentence rules out ("~~JWT Bearer Token~~: over-engineered, API keys
  // suffice") is not stated.
  return out.some((f) => f.kind === 'strategy') && ruledOut(u.text)
    ? out.filter((f) => f.kind !== 'strategy')
    : out;
};

/** True when the sentence's own words rule out every technology it names (struck through, "instead of"). */
function ruledOut(text: string): boolean {
  const terms = readText(text).terms.filter((t) => t.kind === 'technology');
  return terms.length > 0 && terms.every((t) => t.status === 'rejected' || t.status === 'superseded');
}

/** A JWS signing algorithm (RFC 7518 §3.1) as written: `RS256`, `ES384`, `PS256`, `EdDSA`, `HS256`. */
const JWS_ALGORITHM = /(?<![\w-])((?:RS|ES|PS|HS)(?:256|384|512)|EdDSA)(?![\w-])/;
/** The provider's published keys: "JWKS", "JSON Web Key Set", `jwks_uri`, `/.well-known/jwks.json`. */
const JWKS = /(?<![\w])(?:JWKS|jwks_uri|jwks\.json|JSON Web Key Sets?)(?![\w])/i;
/** A token or signature word beside the algorithm: "JWT RS256", "firmati RS256", "signed with ES256". */
const TOKEN_WORD =
  /jwt|token|jeton|signa|firm|assinad|sign|verif|valid|prüf|überprüf|comprob|vérif|alg\b|algorithm|algoritm|algorithme/i;

/**
 * How the API verifies a token, as stated: "il backend verifica il token di accesso (JWT RS256) con
 * le chiavi JWKS del realm", "tokens are RS256-signed and checked against the IdP's JWKS". The
 * algorithm and the key set are what a team must configure; a default would be a guess.
 */
const tokenVerification: Read = (u, file) => {
  if (REJECTED.test(u.text)) return [];
  const algorithm = JWS_ALGORITHM.exec(u.text)?.[1] ?? null;
  const jwks = JWKS.test(u.text);
  if (!jwks && !(algorithm && TOKEN_WORD.test(u.text))) return [];
  return [{ kind: 'token-verification', algorithm, jwks, text: u.text, origin: origin(u, file) }];
};

const hashing: Read = (u, file) => {
  const m = /\b(argon2id|argon2i|argon2|bcrypt|scrypt|pbkdf2)\b/i.exec(u.text);
  if (!m || (REJECTED.test(u.text) && !/password/i.test(u.text))) return [];
  const cost =
    /\b(\d{1,2})\s*(salt\s*)?(rounds|cost|work factor)\b/i.exec(u.text)?.[1] ??
    /\b(rounds|cost|work factor|saltRounds)\s*(of|=|:)?\s*(\d{1,2})\b/i.exec(u.text)?.[3] ??
    null;
  return [
    {
      kind: 'hashing',
      algorithm: m[1]!.toLowerCase(),
      cost: cost === null ? null : Number(cost),
      text: u.text,
      origin: origin(u, file),
    },
  ];
};

/** Token words: "refresh de 14 dias", "jeton de rafraîchissement", "yenileme belirteci", "JWT". */
const TOKEN_KEYS: [RegExp, 'access' | 'refresh' | 'session'][] = [
  // "refresh de 14 dias", "Refresh 7day", "token de atualização", "jeton de rafraîchissement",
  // "Aktualisierungstoken"; the verb ("refresh 1 minute before expiry") names no token.
  [
    /refresh[- ]?tokens?|refresh(?=\s*(?:de|of|do|da|di|:|=)\s|\s*\d+\s*-?\s*(?:d|days?|dias?|días?|jours?|tagen?|giorni|weeks?|semanas?)\b)|tokens? de (?:atualiza[çc][ãa]o|renova[çc][ãa]o|actualizaci[óo]n|refresco)|jetons? de rafra[îi]chissement|aktualisierungs-?tokens?|token di aggiornamento|yenileme (?:belirte|token|jeton)|obnovovac\S* token\S*|(?:oppfrisknings|opfrisknings|fornyelses)-?tokens?|frissítő token\S*|리프레시\s?토큰|갱신\s?토큰|リフレッシュトークン|刷新\s?(?:令牌|token)|uusintatunnu\S*|uusintatoken\S*|päivitystunnu\S*|tokens? de refresc/g,
    'refresh',
  ],
  [
    /session (timeout|expir\w*|lifetime|length|duration)|idle timeout|inactivity|istunto|uloskirjau|inaktiivi|会话(?:超时|有效期|时长)/g,
    'session',
  ],
  [
    /access[- ]?tokens?|\bjwts?\b|bearer tokens?|id tokens?|tokens? de (?:acesso|acceso)|jetons? d['’]acc[eè]s|zugriffs-?tokens?|token di accesso|erişim (?:belirte|token|jeton)|přístupov\S* token\S*|(?:tilgangs|adgangs)-?tokens?|hozzáférési token\S*|액세스\s?토큰|접근\s?토큰|アクセストークン|访问\s?(?:令牌|token)|訪問令牌|存取權杖|pääsytunnu\S*|pääsytoken\S*|tokens? d['’]accés/g,
    'access',
  ],
];

/** Which token a phrase talks about, by the nearest keyword before a position. */
function tokenAt(text: string, index: number): 'access' | 'refresh' | 'session' | null {
  const before = text.slice(0, index).toLowerCase();
  let best: { at: number; token: 'access' | 'refresh' | 'session' } | null = null;
  for (const [re, token] of TOKEN_KEYS)
    for (const m of before.matchAll(re)) if (!best || m.index >= best.at) best = { at: m.index, token };
  return best?.token ?? null;
}

/**
 * Which token a measured lifetime belongs to. The words since the previous value (after an "and"
 * between the two) name it first; when they name none, the words after it up to the next value or
 * "and": Turkish puts the noun after the number ("15 dakika geçerli bir erişim belirteci ve 14 gün
 * geçerli bir yenileme belirteci"), as English does after "for" ("15 minutes for access tokens and
 * 14 days for refresh tokens"). Else the nearest token word anywhere before it, as before.
 */
function tokenNear(
  text: string,
  m: { index: number; text: string },
  previous: { index: number; text: string } | undefined,
  next: { index: number } | undefined,
): 'access' | 'refresh' | 'session' | null {
  let from = previous ? previous.index + previous.text.length : 0;
  const joined = lastAnd(text.slice(from, m.index));
  if (joined) from += joined.index + joined.length;
  const own = tokenAt(text.slice(from, m.index), m.index - from);
  if (own) return own;
  // "… refresh tokens 30 minutes; a staff session lasts at most 10 hours", "a munkatársak
  // munkamenete legfeljebb 10 óráig tart": the clause of the value names a session, not a token.
  // "Session metadata: 5-minute TTL" is a cache's lifetime, no session's.
  const end = text.slice(m.index).search(/[;.](?:\s|$)/);
  const clause = text.slice(from, end < 0 ? text.length : m.index + end);
  if (
    SESSION_SUBJECT.test(text.slice(from, m.index)) &&
    SESSION_LASTS.test(clause) &&
    !NOT_SESSION_LENGTH.test(clause)
  )
    return 'session';
  const tail = text.slice(m.index + m.text.length, next ? next.index : text.length);
  const and = next ? lastAnd(tail) : null;
  // Only its own clause: "24小时过期太频繁,可以考虑…实现Refresh Token" names no lifetime of a refresh token.
  const after = (and ? tail.slice(0, and.index) : tail).split(/[,，;；。(（]|\.\s/)[0]!;
  return firstToken(after) ?? tokenAt(text, m.index);
}

/** A session as the subject of a clause, in the languages read (a session limit, not a token's). */
const SESSION_SUBJECT =
  /(?<!\p{L})(?:sessions?|munkamenet\p{L}*|sitzung(?:en)?|sesi(?:ón|ones)|sess(?:ão|ões)|sessione|sessie|relace|istun\p{L}*|sesja|сесси\p{L}*)(?!\p{L})/iu;

/**
 * A verb of how long the session lasts: "lasts", "expires", "tart", "dauert", "gilt", "dura"; without
 * one ("session recovery after reconnect within 60 seconds") the number is no session's length.
 */
const SESSION_LASTS =
  /(?<!\p{L})(?:lasts?|expires?|ends?|times? out|(?:is )?valid|tart|lejár\p{L}*|érvényes|dauert|gilt|endet|läuft|dura|expira|caduca|dure|expire|scade|duurt|verloopt|trwa|wygasa|trvá|vyprší|varar|går ut|varer|utløper)(?!\p{L})/iu;

/** A session's data or cache entry, whose lifetime is no session limit. */
const NOT_SESSION_LENGTH =
  /(?<!\p{L})(?:ttl|cach\p{L}*|metadata|data|daten|adat\p{L}*|store|stored|redis)(?!\p{L})/iu;

/** The token the first token word of a text names, or null. */
function firstToken(text: string): 'access' | 'refresh' | 'session' | null {
  let best: { at: number; token: 'access' | 'refresh' | 'session' } | null = null;
  for (const [re, token] of TOKEN_KEYS)
    for (const w of text.toLowerCase().matchAll(re))
      if (!best || w.index < best.at) best = { at: w.index, token };
  return best?.token ?? null;
}

/** Where the last token word before a position ends (0 when none). */
function tokenWordEnd(text: string, index: number): number {
  let end = 0;
  for (const m of text.slice(0, index).matchAll(/tokens?|\bjwts?\b|sessions?/gi)) end = m.index + m[0].length;
  return end;
}

const lifetimes: Read = (u, file) => {
  if (/reset|verif|otp|one[- ]time|invit|magic link|remember/i.test(u.text)) return [];
  // "POST /oauth/token — obtém o token de acesso (validade de 1 hora)" in the PSP's section: its token.
  if (inProviderSection(u.headingPath)) return [];
  if (
    !/token|jwt|session|expir|uloskirjau|inaktiivi|토큰|세션|トークン|令牌|会话/i.test(u.text) &&
    !u.header?.some((h) => /lifetime|expir|ttl/i.test(h))
  )
    return [];
  const out: SecurityFact[] = [];
  const measures = findMeasures(u.text);
  for (const [i, m] of measures.entries()) {
    if (m.dimension !== 'duration' || m.value < 1) continue;
    const token = tokenNear(u.text, m, measures[i - 1], measures[i + 1]);
    // "access tokens (RS256, JWKS cached for 10 minutes)": a cache's duration, not the token's.
    if (token && durationOfCache(u.text.slice(tokenWordEnd(u.text, m.index), m.index))) continue;
    if (token && !KEY_CACHE_BEFORE.test(u.text.slice(0, m.index)))
      out.push({ kind: 'token-lifetime', token, seconds: m.value, text: u.text, origin: origin(u, file) });
  }
  return out;
};

/** Refresh tokens kept in a key-value store that expires its keys (read/token-store-words.ts). */
const refreshStore: Read = (u, file) => {
  if (isDeferred(u)) return [];
  const r = refreshTokenStore(u.text, u.header && u.cells ? { header: u.header, cells: u.cells } : undefined);
  return r ? [{ kind: 'refresh-store', ...r, text: u.text, origin: origin(u, file) }] : [];
};

/** Refresh tokens named in any language the lifetimes are read in ("token de refresc", "uusintatunnus"). */
const REFRESH_TOKEN = new RegExp(TOKEN_KEYS[0]![0].source, 'i');

const refreshTokens: Read = (u, file) => {
  if (!REFRESH_TOKEN.test(u.text)) return [];
  if (
    /\b(no|none|without|not used|n\/a)\b[^.|]{0,20}refresh|refresh[- ]?tokens?\s*(\||:|—|-)\s*(none|no|not|n\/a)/i.test(
      u.text,
    )
  )
    return [{ kind: 'no-refresh-token', text: u.text, origin: origin(u, file) }];
  if (isDeferred(u)) return [];
  return [{ kind: 'refresh-token', text: u.text, origin: origin(u, file) }];
};

/**
 * The client has no cookies: "mini programs have no cookies", "the app does not support cookies",
 * 「小程序无 Cookie」, 「小程序不支持 Cookie」. A bearer header is then the only way a token travels; so
 * it is where the documents require it in every language ("require the `Authorization: Bearer <JWT>`
 * header", "memerlukan header `Authorization: Bearer <JWT>`").
 */
const NO_COOKIES =
  /(?<!\p{L})(?:(?:has|have) no cookies|(?:does|do) not (?:support|keep|send|store) cookies|no cookie support|cookie-?less)(?!\p{L})|(?:不支持|无|没有|不能使用)\s*cookies?(?!\p{L})|(?<![\p{L}-])Authorization:\s*Bearer(?!\p{L})/iu;
const noCookies: Read = (u, file) =>
  NO_COOKIES.test(u.text) ? [{ kind: 'no-cookies', text: u.text, origin: origin(u, file) }] : [];

/** A cookie, in the languages read: "cookie", "Cookie", "쿠키" (ko), "クッキー" (ja), "куки" (ru). */
const COOKIE = /cookie|쿠키|クッキー|куки/i;
const ACCESS_TOKEN = new RegExp(TOKEN_KEYS[2]![0].source, 'i');

const storage: Read = (u, file) => {
  if (
    !/cookie|쿠키|クッキー|куки|localStorage|sessionStorage/i.test(u.text) ||
    !/token|jwt|session|auth|cookie|토큰|トークン|令牌|токен/i.test(u.text)
  )
    return [];
  // Anti-pattern lists (`JWT token in localStorage — httpOnly cookie only`) name the store to avoid.
  const attributes: string[] = [];
  if (/http-?only/i.test(u.text)) attributes.push('HttpOnly');
  if (/\bsecure\b/i.test(u.text)) attributes.push('Secure');
  const same = /SameSite\s*=?\s*(Strict|Lax|None)/i.exec(u.text);
  if (same) attributes.push(`SameSite=${same[1]![0]!.toUpperCase()}${same[1]!.slice(1).toLowerCase()}`);
  if (!COOKIE.test(u.text) || attributes.length === 0) return [];
  // "The API issues an access token (JWT, 30 min) and a refresh token. The refresh token travels in an
  // HttpOnly cookie": the token is the one the cookie's own sentence names, else any the unit names.
  const own = u.text.split(/(?<=[.!?;；。])\s+|(?<=[。；])/u).filter((c) => COOKIE.test(c));
  const names = (re: RegExp, words: RegExp) => own.some((c) => re.test(c) || words.test(c));
  const ownRefresh = names(REFRESH_TOKEN, /refresh/i);
  const ownAccess = names(ACCESS_TOKEN, /access|jwt/i);
  const refresh =
    ownRefresh || ownAccess ? ownRefresh : REFRESH_TOKEN.test(u.text) || /refresh/i.test(u.text);
  const access =
    ownRefresh || ownAccess ? ownAccess : ACCESS_TOKEN.test(u.text) || /access|jwt/i.test(u.text);
  const token = refresh && !access ? 'refresh' : access && !refresh ? 'access' : 'any';
  return [
    { kind: 'token-storage', token, value: 'cookie', attributes, text: u.text, origin: origin(u, file) },
  ];
};

/**
 * Social and federated login methods, among them the bank and national identities citizens sign in
 * with ("Bank iD" in Czech documents, Norway's and Sweden's "BankID", Denmark's "MitID", "Vipps
 * Login"), which an identity provider may federate ("Vipps Login via Auth0", "Bank iD via Keycloak").
 */
const SOCIAL =
  /\b(google|github|apple|facebook|microsoft|linkedin|twitter|discord|gitlab|bank ?id|mitid|vipps[- ]log[- ]?in)\b/gi;

/**
 * A sign-in sentence in the languages read: "přihlásí se přes Bank iD", "innlogging", "logg inn",
 * "logger ind med MitID" (da), "loggar in med BankID" (sv), "inician sesión con", "login via", "inloggen met".
 */
const SIGN_IN_CONTEXT =
  /oauth|social|sign[- ]?in (?:with|via|through|using)|log[- ]?in (?:with|via|through|using|con|com|mit|met)|sso|kirjau|-tili|account login|connexion|anmeld|přihl|innlogg|logg(?:e)? inn|logge?r? ind|log ind|indlogning|logind|logga(?:r)? in|inloggning|sosial|inici\w*(?: de)? sesi[oó]n|inici\w*(?: de)? sessão|inloggen|accesso (?:con|tramite)|(?<!\p{L})(?:masuk|login|log masuk) (?:dengan|lewat|melalui|menggunakan)|σύνδεση με|autentificare(?:a)? cu|conectare(?:a)? cu|(?<!\p{L})(?:google|github|apple|facebook|microsoft) (?:sign[- ]?in|log[- ]?in|login)(?!\p{L})/iu;

function socialName(written: string): string {
  const w = written.toLowerCase().replace(/[- ]+/g, ' ');
  if (w === 'bank id') return 'Bank iD';
  if (w === 'bankid') return 'BankID';
  if (w === 'mitid') return 'MitID';
  if (w.startsWith('vipps')) return 'Vipps Login';
  const value = w[0]!.toUpperCase() + w.slice(1);
  return value === 'Github'
    ? 'GitHub'
    : value === 'Gitlab'
      ? 'GitLab'
      : value === 'Linkedin'
        ? 'LinkedIn'
        : value;
}

const socialProviders: Read = (u, file) => {
  if (!SIGN_IN_CONTEXT.test(u.text)) return [];
  const status = isDeferred(u) ? 'future' : 'chosen';
  const seen = new Set<string>();
  const out: SecurityFact[] = [];
  for (const m of u.text.matchAll(SOCIAL)) {
    const name = socialName(m[1]!);
    // "BankID ble utsatt til en senere versjon": the name's own clause defers it (any lexicon).
    const start = Math.max(0, ...['. ', '; ', '! ', '? '].map((d) => u.text.lastIndexOf(d, m.index) + 1));
    const ends = ['. ', '; ', '! ', '? '].map((d) => u.text.indexOf(d, m.index)).filter((i) => i >= 0);
    const sentence = u.text.slice(start, ends.length > 0 ? Math.min(...ends) : u.text.length);
    const later = isFutureWording(sentence);
    const own = isSetAside(u, m.index, m[0].length) || later ? 'future' : status;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({
      kind: 'social-provider',
      value: name,
      status: own,
      ...(later && !isSetAside(u, m.index, m[0].length) ? { deferred: true as const } : {}),
      text: u.text,
      origin: origin(u, file),
    });
  }
  return out;
};

/**
 * Sign-in without a password, in en, es, pt, fr, de and it: "magic link", "passwordless", "link
 * mágico", "enlace mágico", "lien magique", "Anmeldelink", "link magico", "sem senha", "sin
 * contraseña", "sans mot de passe", "ohne Passwort", "senza password", or a one-time code sent by
 * e-mail to sign in. Not where the sentence refuses or defers it.
 */
const MAGIC_LINK =
  /(?<!\p{L})(?:magic[- ]?links?|sign[- ]in links?|login links?|links? mágicos?|enlaces? mágicos?|liens? magiques?|lien de connexion|anmelde-?links?|login-?links?|link magic[oi]|inloglinks?)(?!\p{L})/iu;
const NO_PASSWORD =
  /(?<!\p{L})(?:passwordless|password-?less|sem senha|sin contraseña|sans mot de passe|ohne passwort|senza password|zonder wachtwoord|wachtwoordloos)(?!\p{L})/iu;
const VIA_PROVIDER =
  /(?<!\p{L})(?:oauth|openid|oidc|sso|saml|identity providers?|idps?|social login|external providers?)(?!\p{L})/iu;
const EMAIL_CODE =
  /(?<!\p{L})(?:(?:one[- ]time|sign[- ]in|login|6-digit) codes? (?:by|via|sent (?:by|to|via)) e-?mail|código (?:de acesso |de acceso |único )?(?:por|enviado (?:por|ao|al)) e-?mail|code (?:à usage unique |de connexion )?(?:par|envoyé par) e-?mail|einmalcode per e-?mail|codice (?:monouso )?(?:via|per) e-?mail)(?!\p{L})/iu;

/**
 * A one-time code sent to the phone number as the way in, through SMS or a messaging app: "Sign-in
 * with phone number + OTP", "verifying the phone number with an OTP code sent through Zalo ZNS",
 * "Anmeldung mit Handynummer und Einmalcode", "numéro de téléphone + code OTP", "número de teléfono
 * y código OTP", "đăng nhập bằng số điện thoại + OTP".
 */
const PHONE_CODE =
  /(?<!\p{L})(?:(?:phone|mobile|cell)(?: phone)?(?: numbers?)?|telefonnummer|handynummer|mobilnummer|numéro de (?:téléphone|portable|mobile)|número de (?:teléfono|telefone|celular|móvil)|numero di (?:telefono|cellulare)|telefoonnummer|số điện thoại)\s*(?:\+|&|and|with|und|mit|et|avec|y|con|e|com|en|met|và|bằng)\s*(?:(?:an?|a|un|une|einem?|uno?|mã)\s+)?(?:OTPs?|one[- ]time (?:codes?|passwords?|passcodes?)|verification codes?|einmalcodes?|einmalpassw\p{L}*|codes? (?:OTP|à usage unique)|c[oó]digos? (?:OTP|de un solo uso|de verificaci[oó]n|de verificação)|codice (?:OTP|monouso)|eenmalige code|mã (?:OTP|xác (?:minh|thực)))(?!\p{L})|(?<!\p{L})(?:OTPs?|one[- ]time codes?|verification codes?)(?: codes?)? (?:sent |delivered )?(?:by|via|through|over) (?:WhatsApp|Zalo(?: ZNS)?|Telegram|Viber|LINE|KakaoTalk|Signal)(?!\p{L})/iu;

/**
 * A stated "no passwords" that is not a rule about storing or logging them: "Passwords: not used",
 * "passwords are not used", "no passwords are needed", "sign-in without a password", "Passwörter:
 * keine", "mots de passe : non utilisés", "contraseñas: no se usan", "Mật khẩu: không dùng".
 */
const NO_PASSWORDS =
  /(?<!\p{L})(?:passwords?|passwörter|passwort|mots? de passe|contraseñas?|senhas?|wachtwoorden?|mật khẩu)\s*[:：]\s*(?:not used|none|n\/a|keine|nicht verwendet|non utilisés?|aucun|no se usan|ninguna|não (?:são )?usad[oa]s|geen|không (?:dùng|sử dụng))(?!\p{L})|(?<!\p{L})passwords? (?:are|is) (?:not used|never used)(?!\p{L})|(?<!\p{L})no passwords? (?:are |is )?(?:used|needed|required)(?!\p{L})|(?<!\p{L})(?:sign[- ]?in|log[- ]?in|login) without (?:a )?passwords?(?!\p{L})|(?<!\p{L})không (?:dùng|sử dụng) mật khẩu(?!\p{L})/iu;

const SECOND_FACTOR =
  /(?<!\p{L})(?:MFA|2FA|two[- ]factor|multi[- ]factor|second factor|doble factor|dois fatores|double authentification|deux facteurs|zwei-?faktor|2-faktor|due fattori)(?!\p{L})/iu;
const SIGN_IN_ELSEWHERE = /acced|accesso|entrar|identifi|sessió/i;

const passwordless: Read = (u, file) => {
  const link = MAGIC_LINK.test(u.text);
  const code = !link && EMAIL_CODE.test(u.text);
  const sms =
    !link &&
    !code &&
    namesSmsCode(u.text) &&
    !SECOND_FACTOR.test(u.text) &&
    (SIGN_IN.test(u.text) || SIGN_IN_ELSEWHERE.test(u.text));
  const phone = !link && !code && !sms && isPhoneCode(u.text);
  if (
    (!link && !code && !sms && !phone && !NO_PASSWORD.test(u.text) && !NO_PASSWORDS.test(u.text)) ||
    isDeferred(u) ||
    REJECTED.test(u.text) ||
    isSetAside(u)
  )
    return [];
  // "Els socis inicien sessió amb el seu NIF i un codi…": the code goes with the identifier named.
  const identifier = link ? null : signInIdentifier(u.text);
  return [
    {
      kind: 'passwordless',
      ...(identifier ? { identifier } : {}),
      method: link
        ? 'magic-link'
        : code
          ? 'email-code'
          : sms
            ? 'sms-code'
            : phone
              ? 'phone-code'
              : VIA_PROVIDER.test(u.text)
                ? 'provider'
                : 'unstated',
      text: u.text,
      origin: origin(u, file),
    },
  ];
};

/** A code to the phone that is the way in, not a second factor after a password. */
function isPhoneCode(text: string): boolean {
  return PHONE_CODE.test(text) && !SECOND_FACTOR.test(text);
}

const mfa: Read = (u, file) => {
  // A route path (`POST /v1/auth/otp`) names an endpoint, not a stated mechanism.
  const m =
    /(?<![/\w-])(MFA|2FA|two[- ]factor( authentication)?|multi[- ]factor( authentication)?|TOTP|OTP[- ]based login|OTP login|one[- ]time password|OTP)(?![/\w-])/i.exec(
      u.text,
    );
  if (!m || !/auth|login|log in|sign|verif|password|security/i.test(`${u.text} ${u.headingPath.join(' ')}`))
    return [];
  // "Sign-in with phone number + OTP": the one-time code is the only factor, read as passwordless
  // (tested only on the few units that name a factor: the phone pattern is long).
  if (isPhoneCode(u.text)) return [];
  return [
    {
      kind: 'mfa',
      value: m[1]!,
      status: isDeferred(u) ? 'future' : 'chosen',
      text: u.text,
      origin: origin(u, file),
    },
  ];
};

const jwtClaims: Read = (u, file) => {
  const m = /(jwt|token)\s*(payload|claims)[^{]{0,20}(\{[^}]*\})/i.exec(u.text);
  if (!m) return [];
  const claims = m[3]!
    .slice(1, -1)
    .split(/[,;]/)
    .map((c) => c.trim().split(/[:\s]/)[0]!.replace(/["'`]/g, ''))
    .filter((c) => /^[A-Za-z_][\w]*$/.test(c));
  return claims.length > 0 ? [{ kind: 'jwt-claims', claims, text: u.text, origin: origin(u, file) }] : [];
};

/**
 * The claim the roles come from, in en, es, pt, fr and de: "roles come from the token claim
 * `urn:acme:roles`", "Rollen kommen aus dem Token-Claim `groups`", "los roles vienen del claim
 * `roles`", "les rôles viennent du claim `roles`", "os papéis vêm da claim `roles`", or the name
 * before the word ("the `https://acme.io/roles` claim"). A name counts only with `:`, `/`, `.` or `_`
 * in it, or as a usual role claim name (roles, groups, permissions, scope): "Role/claim checks" is none.
 */
const ROLE_WORD =
  /(?<!\p{L})(?:roles?|rollen?|rôles?|papéis|papel|perfis|perfiles|permissions|berechtigungen)(?!\p{L})/iu;
const CLAIM_AFTER =
  /(?<!\p{L})claim(?!\p{L})\s*[:=]?\s*[`"'„“]?([A-Za-z][\w-]*[.:/_][\w.:/-]{1,100}?|roles?|groups?|permissions|scopes?|authorities|rollen|gruppen|grupos|groupes)[`"'“”]?(?=[\s,;)]|[:.](?:\s|$)|$)/iu;
const CLAIM_BEFORE =
  /(?:[`"'„“]([A-Za-z][\w.:/-]{1,100})[`"'“”]|(?<![\w.:/-])([A-Za-z][\w-]*[.:/_][\w.:/-]{1,100}))\s*(?:-\s*)?(?:token[- ])?claim(?!\p{L})/iu;
const NOT_A_CLAIM =
  /^(?:the|a|an|des|der|die|das|dem|den|de|del|la|le|les|el|o|os|a|as|du|do|da|von|of|in|im|is|que|which|named|called|heißt|mit|with)$/i;

/**
 * The role's place in the token named in brackets after it, without the word "claim": "El rol va dins
 * del JWT (`rol`)" (ca), "The role travels in the JWT (`user_role`)", "Le rôle est dans le jeton
 * (`role`)", "Die Rolle steht im Token (`rolle`)", "Il ruolo è nel JWT (`ruolo`)".
 */
const ROLE_IN_TOKEN =
  /(?<!\p{L})(?:roles?|rols?|rôles?|rolle|ruol[oi]|papel|rol[ae])(?!\p{L})[^.;:]{0,40}?(?<!\p{L})(?:jwts?|tokens?|jetons?|токен\p{L}*)\s*\(\s*[`"']?([A-Za-z_][\w.:/-]{0,60})[`"']?\s*\)/iu;
/** Words in brackets after a token that say what it is, not a claim's name. */
const TOKEN_KIND = /^(?:opaque|jwt|jws|jwe|bearer|stateless|signed|rs\d+|hs\d+|es\d+|eddsa)$/i;

const roleClaim: Read = (u, file) => {
  if (!/claim/i.test(u.text)) {
    const found = ROLE_IN_TOKEN.exec(u.text)?.[1];
    const named = found && !TOKEN_KIND.test(found) && !NOT_A_CLAIM.test(found) ? found : undefined;
    return named ? [{ kind: 'role-claim', claim: named, text: u.text, origin: origin(u, file) }] : [];
  }
  if (!ROLE_WORD.test(u.text)) return [];
  const before = CLAIM_BEFORE.exec(u.text);
  const claim = (before ? (before[1] ?? before[2]) : CLAIM_AFTER.exec(u.text)?.[1])?.replace(/[.:]+$/, '');
  if (!claim || NOT_A_CLAIM.test(claim)) return [];
  return [{ kind: 'role-claim', claim, text: u.text, origin: origin(u, file) }];
};

/**
 * The audience the API's tokens are issued for: "audience `https://api.shiftshare.org`", "aud =
 * api://acme", "audiencia `https://…`", "Audience: acme-api". A value in quotes or with `:`, `/` or
 * `.` in it; a plain word ("the audience of the report") is none.
 */
const AUDIENCE =
  /(?<!\p{L})(?:audiences?|audiencias?|aud)(?!\p{L})\s*(?:[:=]|is|es|est|ist|é)?\s*(?:[`"'„“]([^`"'“”\s]{3,200})[`"'“”]|((?:https?|api):\/\/[^\s,;)`]+|[a-z][\w-]*\.[\w.-]+))/iu;

const audience: Read = (u, file) => {
  const m = AUDIENCE.exec(u.text);
  const value = (m?.[1] ?? m?.[2])?.replace(/[.;:,]+$/, '');
  return value ? [{ kind: 'jwt-audience', audience: value, text: u.text, origin: origin(u, file) }] : [];
};

const passwordPolicy: Read = (u, file) => {
  if (
    !/password|passphrase|salasana|mot de passe|passwort|contraseña|kata sandi/i.test(
      `${u.text} ${u.header?.join(' ') ?? ''}`,
    )
  )
    return [];
  const min =
    /\b(?:min(?:imum|imal)?|at least|paling sedikit)\s*(?:length\s*(?:of|:)?\s*)?(\d{1,3})\s*(?:characters|chars|merkkiä|karakter)?/i.exec(
      u.text,
    )?.[1] ??
    /\b(\d{1,3})\+?\s*(?:characters|chars|merkkiä|karakter)\s*(?:minimum|min)?\b/i.exec(u.text)?.[1] ??
    null;
  const requires: ('uppercase' | 'lowercase' | 'number' | 'symbol')[] = [];
  if (/upper[- ]?case|capital/i.test(u.text)) requires.push('uppercase');
  if (/lower[- ]?case/i.test(u.text)) requires.push('lowercase');
  if (/\b(number|digit|numeric)\b/i.test(u.text)) requires.push('number');
  if (/special character|symbol|punctuation/i.test(u.text)) requires.push('symbol');
  if (min === null && requires.length === 0) return [];
  return [
    {
      kind: 'password-policy',
      minLength: min === null ? null : Number(min),
      requires,
      text: u.text,
      origin: origin(u, file),
    },
  ];
};

/**
 * A lockout sentence: "locked out after 5 failed attempts", "Viisi epäonnistunutta kirjautumista
 * lukitsee tilin", "Cinc intents fallits bloquegen el compte", "5 intentos fallidos bloquean la
 * cuenta", "le compte est verrouillé", "das Konto wird gesperrt", "l'account viene bloccato".
 */
const LOCKOUT = new RegExp(
  [
    String.raw`\b(lock(ed)?[- ]?out|lockout|account lock|failed (login |sign-in )?attempts|brute[- ]force|gagal (?:masuk|login)|terkunci)\b`,
    String.raw`lukitsee tilin|tili lukitaan|epäonnistunut(?:ta)? kirjautumis\p{L}*`,
    String.raw`(?<!\p{L})(?:bloqu(?:eja|egen|ejarà|eig)|bloque(?:a|an|ará)|bloqueia(?:m)?|verrouill\p{L}*|sperr\p{L}*|blocc(?:a|ano|ato|ata))\s+(?:el |la |a |le |l['’]|das |den )?(?:compte|cuenta|conta|account|konto|benutzerkonto)(?!\p{L})`,
    // Thai: "ใส่รหัสผ่านผิด 5 ครั้ง บัญชีจะถูกล็อก 15 นาที" (five wrong passwords lock the account).
    String.raw`ถูกล็อก|ล็อกบัญชี`,
    String.raw`(?<!\p{L})(?:intents? (?:d['’]inici de sessió )?fallits|intentos? (?:de (?:inicio de sesión|acceso) )?fallidos|tentativas? (?:de login )?falhad\p{L}*|tentatives? (?:de connexion )?échouées|fehlgeschlagene (?:anmelde)?versuche|tentativi (?:di accesso )?falliti)(?!\p{L})`,
  ].join('|'),
  'iu',
);

const lockout: Read = (u, file) => {
  if (!LOCKOUT.test(u.text)) return [];
  return [{ kind: 'lockout', text: u.text, origin: origin(u, file) }];
};

const administration: Read = (u, file) => {
  if (isDeferred(u)) return [];
  if (
    !/\b(administrators?|administration|admin (panel|dashboard|console|area|interface|users?|role|accounts?|portal)|user management|manage (user|staff|member)s?|back[- ]office)\b/i.test(
      u.text,
    )
  )
    return [];
  return [{ kind: 'administration', text: u.text, origin: origin(u, file) }];
};

/** Groups that authenticate differently ("Volunteer sessions: … cookie"; "Staff: Auth0 access tokens"). */
const principalAuth: Read = (u, file) => {
  // A role's own row ("| Træner | … Logger ind med MitID. |"): the row's first cell is the group.
  if (u.source === 'table' && u.cells && u.cells.length > 1 && !isDeferred(u)) {
    const said = rowSignIn(u.cells.slice(1).join(' | '));
    const group = u.cells[0]!.trim();
    if (!said || group.length < 2 || group.length > 60) return [];
    return [
      {
        kind: 'principal-auth' as const,
        group: group.toLowerCase(),
        transport: 'bearer' as const,
        provider: said.provider,
        smsCode: false,
        staff: false,
        text: u.text,
        origin: origin(u, file),
      },
    ];
  }
  if (u.source !== 'prose' || isDeferred(u) || isSetAside(u)) return [];
  return readPrincipalClauses(u.text).map((c) => ({
    kind: 'principal-auth' as const,
    ...c,
    text: u.text,
    origin: origin(u, file),
  }));
};

const issuer: Read = (u, file) => {
  // Every unit passes here: the provider patterns run only on one that names tokens.
  if (!namesTokens(u.text) || isDeferred(u) || REJECTED.test(u.text)) return [];
  const named = PROVIDERS.flatMap((p) => {
    const m = p.re.exec(u.text);
    return m ? [p.name, m[0]] : [];
  });
  const value = tokenIssuer(u.text, named);
  return value ? [{ kind: 'token-issuer', value, text: u.text, origin: origin(u, file) }] : [];
};

const tenantColumn: Read = (u, file) => {
  // "… never from the request body" refuses where the tenant comes from, not the column.
  if (isDeferred(u)) return [];
  const column = statedTenantColumn(u.text);
  return column ? [{ kind: 'tenant-column', column, text: u.text, origin: origin(u, file) }] : [];
};

/** Readers for every text unit; code lines only feed the token and hashing readers. */
export const PROSE_READERS: Read[] = [
  strategyAndProvider,
  tokenVerification,
  hashing,
  lifetimes,
  refreshTokens,
  refreshStore,
  storage,
  noCookies,
  socialProviders,
  passwordless,
  mfa,
  jwtClaims,
  passwordPolicy,
  lockout,
  administration,
  roleClaim,
  audience,
  tenantColumn,
  principalAuth,
  issuer,
];
export const CODE_READERS: Read[] = [hashing, lifetimes, refreshTokens, storage, jwtClaims];
