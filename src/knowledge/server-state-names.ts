import { nameWords } from './server-issued-names.js';

/**
 * Field-name words of values only the server can know, in the languages field names are written in
 * (read by derive/api/server-set.ts; issue 13: no server-owned field in a create or update body):
 *
 * - the identity provider's subject (`kakao_sub`, `borgerSub`, `bankid_subject`, `keycloak_id`): the
 *   `sub` claim of the verified ID token (OpenID Connect Core 1.0 §2), never a body field — a client
 *   that sent it could claim another person's identity;
 * - the state sign-in keeps (`failed_logins`, `locked_until`, `email_verified`, `letzte_anmeldung`):
 *   written by the sign-in and verification flows (OWASP ASVS V2.2.1 lockout), never by an edit;
 * - the time of the latest event of a kind (`last_order_at`, `last_active_at`): a copy the server
 *   keeps as the events happen;
 * - a stored file's size in bytes (`pdf_size_bytes`, `velikost_bajtu`): measured by the storage;
 * - who did it (`recorded_by`, `registrado_por`, `erfasst_von`): the caller, from the token;
 * - the time a record was anonymised (`anonymised_at`, `anonimizada_el`): the erasure job's;
 * - the time a record was recorded (`recorded_at`, `registrado_en`, `erfasst_am`): its creation;
 * - the end of a hold (`held_until`, `hold_expires_at`, `reservada_hasta`): the time of the hold plus
 *   the period the rules give it, never a client's choice.
 */

/** The last word of an OpenID Connect subject column (`kakao_sub`, `borgerSub`). */
const SUBJECT = new Set(['sub', 'subject']);

/** Identity providers and protocols a subject column is named for. */
const IDENTITY_PROVIDERS = new Set([
  'keycloak',
  'auth0',
  'cognito',
  'okta',
  'entra',
  'firebase',
  'supabase',
  'clerk',
  'zitadel',
  'oidc',
  'openid',
  'oauth',
  'sso',
  'idp',
  'bankid',
  'mitid',
  'criipto',
  'kakao',
  'naver',
  'wechat',
  'weixin',
  'google',
  'apple',
  'github',
  'microsoft',
  'azure',
  'spid',
  'digid',
  'itsme',
  'idporten',
  'suomifi',
]);

/**
 * `kakao_sub`, `borger_sub`, `bankid_subject`, `keycloak_id`, `oauth_provider_user_id`: the subject
 * of a token the identity provider issued. `sub` alone as the last of two words or more; `subject`
 * or an id word only beside a provider's name (an e-mail's `subject` is a client's text).
 */
export function isIdentitySubjectName(name: string): boolean {
  const ws = nameWords(name);
  if (ws.length < 2) return false;
  const last = ws[ws.length - 1]!;
  if (last === 'sub') return true;
  if (!SUBJECT.has(last) && !/^(?:id|uid|uuid|subject)$/.test(last)) return false;
  return ws.slice(0, -1).some((w) => IDENTITY_PROVIDERS.has(w));
}

/** Words of a failed sign-in (`failed_logins`, `failed_sign_ins`, `failed_attempts`). */
const FAILED = new Set([
  'failed',
  'fehlgeschlagene',
  'fallidos',
  'fallidas',
  'falhadas',
  'echecs',
  'falliti',
]);
const ATTEMPTS = new Set([
  'login',
  'logins',
  'signin',
  'signins',
  'sign',
  'attempt',
  'attempts',
  'anmeldungen',
  'versuche',
  'intentos',
  'tentativas',
  'tentatives',
  'tentativi',
]);
/** Words of "locked" (`locked_until`, `gesperrt_bis`, `bloqueado_hasta`). */
const LOCKED = new Set(['locked', 'lockout', 'gesperrt', 'bloqueado', 'bloqueada', 'verrouille', 'bloccato']);
const UNTIL = new Set(['until', 'bis', 'hasta', 'ate', 'jusqua', 'fino', 'tot', 'til', 'till']);
/** Words of "last" and of a sign-in (`last_login`, `letzte_anmeldung`, `ultimo_acceso`). */
const LAST = new Set([
  'last',
  'letzte',
  'letzter',
  'ultimo',
  'ultima',
  'dernier',
  'derniere',
  'laatste',
  'senaste',
  'seneste',
  'siste',
]);
const SIGN_IN = new Set([
  'login',
  'signin',
  'seen',
  'active',
  'activity',
  'anmeldung',
  'acceso',
  'acesso',
  'accesso',
  'connexion',
  'inloggning',
  'innlogging',
  'aktivitet',
]);

/**
 * The state a sign-in or a verification keeps on an account: failed attempts, a lockout's end, an
 * e-mail or phone verified flag, the last sign-in.
 */
export function isSignInStateName(name: string): boolean {
  const ws = nameWords(name);
  if (ws.length < 2) return false;
  if (ws.some((w) => FAILED.has(w)) && ws.some((w) => ATTEMPTS.has(w))) return true;
  if (LOCKED.has(ws[0]!) && UNTIL.has(ws[ws.length - 1]!)) return true;
  if (
    ws.length === 2 &&
    /^(?:email|phone|mobile|e?mail)$/.test(ws[0]!) &&
    /^(?:verified|confirmed)$/.test(ws[1]!)
  )
    return true;
  return LAST.has(ws[0]!) && ws.slice(1).some((w) => SIGN_IN.has(w));
}

/** `last_order_at`, `last_activity_at`: a date-time of the latest event of a kind. */
export function isLastEventTimeName(name: string): boolean {
  const ws = nameWords(name);
  return ws.length >= 3 && LAST.has(ws[0]!) && /^(?:at|on|time|timestamp)$/.test(ws[ws.length - 1]!);
}

/** A size in bytes (`size_bytes`, `pdf_size_bytes`, `velikost_bajtu`, `taille_octets`). */
const BYTES = new Set(['bytes', 'byte', 'bajtu', 'bajty', 'bajtow', 'bajt', 'octets', 'tavua']);
export const isByteSizeName = (name: string): boolean => nameWords(name).some((w) => BYTES.has(w));

/**
 * "by" as the last word of who did something (`recorded_by`, `registrado_por`, `erfasst_von`,
 * `cree_par`, `vastgelegd_door`, `registrert_av`), read after a participle.
 */
const BY = new Set(['by', 'por', 'von', 'par', 'door', 'av', 'af', 'przez', 'oleh']);
/** Heads that take "by" without naming a person (`sort_by`, `group_by`). */
const NOT_ACTOR = new Set([
  'sort',
  'sorted',
  'order',
  'ordered',
  'group',
  'grouped',
  'split',
  'filter',
  'split',
]);

/** `recorded_by`, `adjusted_by`, `checked_in_by`, `created_by_user_id`, `registrado_por`. */
export function isActorName(name: string): boolean {
  const ws = nameWords(name);
  // `created_by_user_id`, `adjusted_by_id`: the id words after "by".
  while (ws.length > 2 && /^(?:id|uuid|user|users)$/.test(ws[ws.length - 1]!)) ws.pop();
  if (ws.length < 2) return false;
  return BY.has(ws[ws.length - 1]!) && !NOT_ACTOR.has(ws[0]!);
}

/** The participles of "anonymised" (`anonymised_at`, `anonimizada_el`, `anonymisiert_am`). */
const ANONYMISED = new Set([
  'anonymised',
  'anonymized',
  'pseudonymised',
  'pseudonymized',
  'anonimizado',
  'anonimizada',
  'anonymisiert',
  'anonymiseret',
  'anonymisert',
  'anonymiserad',
  'geanonimiseerd',
  'anonymise',
  'anonymisee',
  'anonimizzato',
  'anonimizzata',
  'anonymizovano',
  'anonymizovan',
  'zanonimizowano',
  'anonymisoitu',
  'anonimizat',
  'dianonimkan',
]);
export const isAnonymisedTimeName = (name: string): boolean => ANONYMISED.has(nameWords(name)[0] ?? '');

/** The participles of "recorded, registered" (`recorded_at`, `registrado_en`, `erfasst_am`). */
const RECORDED = new Set([
  'recorded',
  'registrado',
  'registrada',
  'registrat',
  'enregistre',
  'enregistree',
  'registriert',
  'erfasst',
  'registrato',
  'registrata',
  'geregistreerd',
  'vastgelegd',
  'registrert',
  'registreret',
  'registrerad',
  'zarejestrowano',
  'zaregistrovano',
  'kaydedildi',
  'tercatat',
  'dicatat',
  'kirjattu',
  'rekisteroity',
  'inregistrat',
]);
/** A word of time after the participle (`_at`, `_en`, `_am`, `_le`, `_el`, `_op`, `_il`, `_em`). */
const AT = new Set([
  'at',
  'on',
  'time',
  'timestamp',
  'en',
  'el',
  'am',
  'um',
  'le',
  'op',
  'om',
  'il',
  'em',
  'pada',
  'tid',
  'kor',
]);

/** `recorded_at`, `registradoEn`, `erfasst_am`: two words, the participle and a word of time. */
export function isRecordedTimeName(name: string): boolean {
  const ws = nameWords(name);
  return ws.length === 2 && RECORDED.has(ws[0]!) && AT.has(ws[1]!);
}

/** Words of a hold (`held_until`, `hold_expires_at`, `gehalten_bis`, `retenue_jusqua`). */
const HOLD = new Set([
  'held',
  'hold',
  'holding',
  'gehalten',
  'vorgehalten',
  'retenida',
  'retenido',
  'retida',
  'retenue',
  'bloccata',
]);
const HOLD_END = new Set([...UNTIL, 'expires', 'expiry', 'expiration', 'ends', 'end']);

/** `held_until`, `hold_expires_at`, `holdExpiry`: when an unpaid hold ends. */
export function isHoldExpiryName(name: string): boolean {
  const ws = nameWords(name);
  if (ws.length < 2 || !HOLD.has(ws[0]!)) return false;
  return ws.slice(1).some((w) => HOLD_END.has(w));
}

/** What a field holds, as a rule reads it: from the data model's type or from a JSON Schema's. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'datetime' | 'date' | 'other';

/**
 * The rule (without its `derive/` prefix) that keeps a field out of create and update bodies by
 * what its name and kind say it holds, or null. `reference`: a foreign key (only who did it may be
 * one). Read by derive/api/server-set.ts on the model and by the golden-bodies test on openapi.yaml.
 */
export function serverStateRule(name: string, kind: ValueKind, reference: boolean): string | null {
  const time = kind === 'datetime' || kind === 'date';
  if (reference) return isActorName(name) ? 'actor-from-caller' : null;
  if (kind === 'text' && isIdentitySubjectName(name)) return 'subject-from-token';
  if ((time || kind === 'boolean' || kind === 'number') && isSignInStateName(name)) return 'sign-in-state';
  if (kind === 'datetime' && isLastEventTimeName(name)) return 'last-event-time';
  if (kind === 'number' && isByteSizeName(name)) return 'stored-file-size';
  if (kind === 'text' && isActorName(name)) return 'actor-from-caller';
  if (kind === 'text' && /^tenant(?:_?id)?$/i.test(name)) return 'tenant-from-token';
  if (time && isAnonymisedTimeName(name)) return 'anonymised-time';
  if (kind === 'datetime' && isRecordedTimeName(name)) return 'record-time';
  if (time && isHoldExpiryName(name)) return 'hold-expiry';
  return null;
}
