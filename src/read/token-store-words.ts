import { findMeasures } from '../knowledge/durations.js';

/**
 * Where the documents keep refresh tokens on the server, when that is a key-value store whose keys
 * expire by themselves (Redis `EXPIRE`/`SET … EX`, https://redis.io/docs/latest/commands/expire/):
 * "Refresh tokens are kept in Redis with a 7-day TTL", "Refresh-Tokens liegen in Redis (TTL 7 Tage)",
 * 「刷新令牌保存在 Redis 中」, and a key table's row (`| auth:refresh:{userId} | 刷新令牌 | 7 天 |` under a
 * TTL column). Such tokens need no purge job: the store removes each key when its TTL ends.
 */

/** Refresh tokens named (en, es, pt, fr, de, it, nl, sv, tr, zh, ja, ko), or a key written for them. */
const REFRESH =
  /refresh[- _]?tokens?|tokens? de (?:actualización|atualização|rafraîchissement)|jetons? de rafraîchissement|aktualisierungs-?tokens?|yenileme (?:token|belirte)\p{L}*|刷新令牌|リフレッシュトークン|리프레시 ?토큰|(?<![\p{L}])(?:auth|token|session)s?:refresh/iu;
/** A key-value store that expires its keys itself. */
const TTL_STORE = /(?<![\p{L}\d])(Redis|Valkey|KeyDB|Memcached|DragonflyDB|Dragonfly)(?![\p{L}\d])/u;
/** The key's time to live stated: "TTL", "expire(s)", "läuft … ab", "expira", "过期", "有効期限". */
const TTL_WORD =
  /(?<!\p{L})(?:TTL|time[- ]to[- ]live|expir\p{L}*|caduc\p{L}*|läuft\p{L}* [^.;]{0,30}ab|ablauf\p{L}*|verfäll\p{L}*|vence\p{L}*|scad\p{L}*|süre\p{L}*)(?!\p{L})|过期|失效|만료/iu;
/** A table column that holds a key's time to live. */
const TTL_COLUMN =
  /^(?:ttl|time[- ]to[- ]live|expir\p{L}*|expiry|lifetime|lebensdauer|ablauf\p{L}*|gültigkeit|caducidad|expiración|validade|durée|durata|scadenza|süre|geçerlilik|过期时间|有效期|ttl（.*）|有効期限|만료)/iu;

export interface RefreshStoreReading {
  /** The store named (`Redis`), when the unit names one. */
  store: string | null;
  /** The stated time to live (s), when the unit states one. */
  ttlSeconds: number | null;
  /** Whether the unit says the keys expire (a TTL word or a TTL column). */
  expires: boolean;
}

/**
 * What one sentence or table row says about the store of refresh tokens; null when it names no
 * refresh token, or names one without a key-value store or a time to live.
 */
export function refreshTokenStore(
  text: string,
  table?: { header: readonly string[]; cells: readonly string[] },
): RefreshStoreReading | null {
  if (!REFRESH.test(text)) return null;
  const store = TTL_STORE.exec(text)?.[1] ?? null;
  if (table) {
    const at = table.header.findIndex((h) => TTL_COLUMN.test(h.trim()));
    const cell = at >= 0 ? table.cells[at] : undefined;
    const ttl = cell ? findMeasures(cell).find((m) => m.dimension === 'duration' && m.value > 0) : undefined;
    if (!ttl && !store) return null;
    return { store, ttlSeconds: ttl?.value ?? null, expires: !!ttl };
  }
  if (!store) return null;
  const expires = TTL_WORD.test(text);
  // The time after the refresh token's name: "访问令牌有效期 2 小时，刷新令牌有效期 7 天" is 7 days.
  const after = REFRESH.exec(text)?.index ?? 0;
  const ttl = expires
    ? findMeasures(text).find((m) => m.dimension === 'duration' && m.value > 0 && m.index >= after)
    : undefined;
  return { store, ttlSeconds: ttl?.value ?? null, expires };
}
