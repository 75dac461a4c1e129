import { caseFoldedRegExp } from './case-fold.js';
import { durationFactor } from './durations.js';

/**
 * How documents state a request limit of one operation ("login: 5 attempts per 15 minutes",
 * "POST /auth/login limited to 10/min", "máximo 5 intentos cada 15 minutos", "10 requêtes par
 * minute", "höchstens 5 Versuche pro 15 Minuten"), the auth actions they name in words, and the words
 * that make a limit someone else's (a provider's quota is not our API's limit). en, es, pt, fr, de.
 */

const COUNT_WORDS =
  'requests?|reqs?|calls?|attempts?|tries|logins?|hits|peticiones|solicitudes|intentos|llamadas|requisições|requisicoes|tentativas|chamadas|pedidos|requêtes|requetes|tentatives|appels|anfragen|versuche|aufrufe|zugriffe';
const SEPARATORS =
  '\\s*/\\s*|\\s+(?:per|an?|every|each|in|within|cada|por|en|em|a cada|par|toutes les|tous les|pro|je|alle|innerhalb von)\\s+';
const WINDOWS: [RegExp, number][] = [
  [/^(?:s|secs?|seconds?|segundos?|secondes?|sekunden?|sek)$/i, 1],
  [/^(?:m|mins?|minutes?|minutos?|minuten?)$/i, 60],
  [/^(?:h|hrs?|hours?|horas?|heures?|stunden?|std)$/i, 3600],
  [/^(?:d|days?|días?|dias?|jours?|tage?n?|tag)$/i, 86400],
];
const WINDOW_WORDS =
  's|secs?|seconds?|segundos?|secondes?|sekunden?|sek|m|mins?|minutes?|minutos?|minuten?|h|hrs?|hours?|horas?|heures?|stunden?|std|d|days?|días?|dias?|jours?|tage?n?|tag';

const RATE = caseFoldedRegExp(
  `(?<![\\w.])(?<n>\\d{1,6})\\s*(?:(?<unit>${COUNT_WORDS})\\b)?(?:${SEPARATORS})(?:(?<m>\\d{1,4})\\s*)?(?<w>${WINDOW_WORDS})\\b`,
  'iu',
);

/** A word that says the number is a limit when no count word does ("limited to 10/min"). */
export const LIMIT_WORDS =
  /(?<![\p{L}\p{N}])(?:rate[- ]?limit\w*|throttl\w*|limit\w*|max(?:imum)?|at most|no more than|up to|límite|limitad[oa]s?|máximo|como máximo|limite|limitad[oa]s?|no máximo|limité(?:e|s)?|au plus|au maximum|begrenzt|höchstens|maximal|drosselung)(?![\p{L}\p{N}])/iu;

export interface StatedRate {
  requests: number;
  windowSeconds: number;
  /** As written (`5 attempts per 15 minutes`). */
  text: string;
  /** Whether a count word said what is counted (`attempts`); else the sentence must say "limit". */
  counted: boolean;
}

/**
 * Japanese writes the window first: "1分間に10回まで", "15分間に5回", "1時間あたり100リクエスト". The
 * count word ("回" times, "件", "リクエスト") says what is counted.
 */
const JA_RATE =
  /(?<![\d.])(?<m>\d{1,4})\s*(?<w>秒|分|時間|日)間?(?:に|あたり|で|ごとに)\s*(?<n>\d{1,6})\s*(?:回|件|リクエスト)/u;
const JA_WINDOWS: Record<string, number> = { 秒: 1, 分: 60, 時間: 3600, 日: 86400 };

/**
 * Thai writes the count, then "คำขอ" (requests) or "ครั้ง" (times), then "ต่อ" (per) glued to the
 * window: "10 คำขอต่อนาที" (10 requests per minute), "100 ครั้งต่อ 1 ชั่วโมง".
 */
const TH_RATE =
  /(?<![\d.])(?<n>\d{1,6})\s*(?:คำขอ|ครั้ง|requests?)\s*(?:ต่อ|\/)\s*(?:(?<m>\d{1,4})\s*)?(?<w>วินาที|นาที|ชั่วโมง|วัน)/u;

export function readRate(text: string): StatedRate | null {
  const th = TH_RATE.exec(text);
  if (th?.groups) {
    const requests = Number(th.groups.n);
    // The Thai units are the duration reader's own.
    const windowSeconds = (durationFactor(th.groups.w!) ?? 0) * Number(th.groups.m ?? 1);
    if (requests > 0 && windowSeconds > 0) return { requests, windowSeconds, text: th[0], counted: true };
  }
  const ja = JA_RATE.exec(text);
  if (ja?.groups) {
    const requests = Number(ja.groups.n);
    const windowSeconds = JA_WINDOWS[ja.groups.w!]! * Number(ja.groups.m);
    if (requests > 0 && windowSeconds > 0) return { requests, windowSeconds, text: ja[0], counted: true };
  }
  const m = RATE.exec(text);
  if (!m?.groups) return null;
  const factor = WINDOWS.find(([re]) => re.test(m.groups!.w!))?.[1];
  if (!factor) return null;
  // A bare "5 m" is metres as often as minutes: single-letter windows need the slash ("10/m").
  if (m.groups.w!.length === 1 && !m[0].includes('/')) return null;
  const requests = Number(m.groups.n);
  const windowSeconds = factor * Number(m.groups.m ?? 1);
  if (requests <= 0 || windowSeconds <= 0) return null;
  return { requests, windowSeconds, text: m[0].trim(), counted: !!m.groups.unit };
}

/** The auth operations documents name in words, by the key the API's auth operations use. */
export const AUTH_ACTIONS: [action: 'login' | 'register' | 'password-reset' | 'refresh', re: RegExp][] = [
  [
    'password-reset',
    /(?<![\p{L}\p{N}])(?:password reset|reset(?:ting)? (?:the |a )?password|forgot(?:ten)? password|restablec\w* (?:la )?contraseña|recuperar? (?:la |a )?(?:contraseña|senha)|redefini\w* (?:de |a )?senha|réinitialis\w* (?:du |le )?mot de passe|mot de passe oublié|passwort[- ]?(?:zurücksetzen|vergessen|reset))(?![\p{L}\p{N}])/iu,
  ],
  [
    'register',
    /(?<![\p{L}\p{N}])(?:regist(?:er|ration)|sign[- ]?ups?|registro|registrarse|cadastro|cadastrar|inscription|s'inscrire|registrierung|registrieren)(?![\p{L}\p{N}])/iu,
  ],
  [
    'refresh',
    /(?<![\p{L}\p{N}])(?:token refresh|refresh(?:ing)? (?:the )?tokens?|renovar? (?:el |o )?token|rafraîchi\w* (?:le )?jeton)(?![\p{L}\p{N}])/iu,
  ],
  [
    'login',
    /(?<![\p{L}\p{N}])(?:log[- ]?ins?|sign[- ]?ins?|sign(?:ing)? in|log(?:ging)? in|authentication attempts?|inicios? de sesión|iniciar sesión|connexions?|se connecter|anmeld\w*|einloggen)(?![\p{L}\p{N}])/iu,
  ],
];

/** A limit that belongs to someone else's API (a provider's quota), not to ours. */
export const THIRD_PARTY =
  /(?<![\p{L}\p{N}])(?:third[- ]party|provider'?s?|upstream|vendor|external (?:api|service)s?|their api|proveedor(?:es)?|terceros|fornecedor(?:es)?|terceiros|fournisseur|tiers|anbieter\w*|drittanbieter\w*|externe[nr]? (?:api|dienst\w*))(?![\p{L}\p{N}])/iu;

/**
 * The ceiling phrases that carry a negation word without negating the limit: "no more than", "not
 * more than", "no máximo" (Portuguese "at most", read as Spanish "no"), "no más de", "pas plus de",
 * "nicht mehr als", "non più di". Removed before asking whether a limit sentence is negated.
 */
export const CEILING_NEGATION =
  /(?<![\p{L}])(?:no(?:t)? more than|no máximo|no más de|no mas de|não mais (?:de|que)|pas plus de|nicht mehr als|non più di)(?![\p{L}])/giu;

/**
 * The words that make a counted number a request limit where no "rate limit" stands beside it:
 * "120 requests per minute", "30 Anfragen pro Minute", "30 requêtes par minute", "30 solicitudes por
 * minuto", "30 requisições por minuto", "30 richieste al minuto", "30 verzoeken per minuut".
 */
export const REQUEST_RATE_CONTEXT =
  /rate[- ]?limit|throttl|requests? (?:per|\/|a)|req\/|pyyntö|(?:peticiones|solicitudes|llamadas|requisições|requisicoes|chamadas) (?:por|\/|cada)|(?:requêtes|requetes|appels) (?:par|\/)|(?:anfragen|aufrufe|zugriffe) (?:pro|je|\/)|ratenlimit|drosselung|richieste (?:al|per|\/)|(?:verzoeken|aanvragen|aanroepen) (?:per|\/)|(?:żądań|żądania|zapytań|zapytania|wywołań) (?:na|\/)|(?:požiadaviek|požiadavky|požadavků|požadavky|volaní) (?:za|na|\/)/i;

/**
 * Who a general request limit counts, as the model keys it: callers not signed in ("anonymous",
 * "Anonyme Katalogsuche", "usuarios anónimos", "non authentifiés") or signed-in ones ("authenticated
 * users", "Angemeldete Nutzer", "utilisateurs connectés", "usuarios autenticados", "utenti
 * autenticati", "ingelogde gebruikers"). The negated sign-in words are read first.
 */
export const RATE_LIMIT_SUBJECTS: [subject: 'anonymous' | 'authenticated', re: RegExp][] = [
  [
    'anonymous',
    /(?<![\p{L}])(?:anonym\w*|anónim\w*|anônim\w*|anonim\w*|anoniem\w*|unauthenticated|unauthentifiziert\w*|not (?:signed|logged)[- ]in|nicht angemeldet\w*|non (?:authentifié|connecté)\w*|no autenticad\w*|não autenticad\w*|non autenticat\w*|niet ingelogd\w*|niezalogowan\p{L}*|guests?|gäste|invités?|invitad[oa]s?|convidad[oa]s?|ospiti|goście|gości)(?![\p{L}])/iu,
  ],
  [
    'authenticated',
    /(?<![\p{L}])(?:authenticated|(?:signed|logged)[- ]in|angemeldet\w*|eingeloggt\w*|authentifiziert\w*|authentifié\w*|connecté\w*|autenticad\w*|autenticat\w*|ingelogd\w*|geauthenticeerd\w*|zalogowan\p{L}*)(?![\p{L}])/iu,
  ],
];

/** The subject a general limit's words name, or null (then the words before it name the limit). */
export function rateLimitSubject(text: string): 'anonymous' | 'authenticated' | null {
  return RATE_LIMIT_SUBJECTS.find(([, re]) => re.test(text))?.[0] ?? null;
}
