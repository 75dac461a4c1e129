import type { Dialect } from '../../model/spec/data.js';

/** Environment variable names as they appear in spec text (`DATABASE_URL`, `STRIPE_WEBHOOK_SECRET`). */
export const ENV_NAME =
  /\b(?!(?:INVALID|EXPIRED|MISSING|UNKNOWN|DUPLICATE|TOO|NOT|BAD|WRONG|REVOKED|MALFORMED|UNAUTHORI[SZ]ED|FORBIDDEN|CONFLICT|ERR|REQUEST|SENDER|PAYMENT|USER_NOT)_)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:URL|URI|SECRET|KEY|TOKEN|DSN|ID|HOST|PORT|REGION|BUCKET|DOMAIN|ADDRESS|NUMBER|AUDIENCE|ENDPOINT|DEPLOYMENT|VERSION|CREDENTIALS|LEVEL|ENV|ORIGIN|PASSWORD|USER|DB|NAME)\b|\b(?:PORT|NODE_ENV)\b/g;

// Every match of ENV_NAME is a whole word (a `\b` on each side, only [A-Z0-9_] inside), so the
// text is first cut into its upper-case words by a cheap pattern and only those are tested: the
// negative look-ahead at every word boundary of the whole spec's JSON was 1.5 s of 10 at 1,000
// entities. Same matches, same order.
const UPPER_WORD = /\b[A-Z][A-Z0-9_]*\b/g;
const ENV_NAME_WHOLE = new RegExp(`^(?:${ENV_NAME.source})$`);

/** Every environment variable name in a piece of text, sorted and unique. */
export function envNames(text: string): string[] {
  const found = new Set<string>();
  for (const word of text.match(UPPER_WORD) ?? []) if (ENV_NAME_WHOLE.test(word)) found.add(word);
  return [...found].sort();
}

// JSON.stringify escapes these (control characters, quote, backslash, lone surrogates); the escape
// adds word characters (`\n`, `\u0001`) that join the next word, so such a string is scanned escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON escapes
const ESCAPED = /[\u0000-\u001f"\\\ud800-\udfff]/;

/**
 * `envNames(JSON.stringify(value))` without the JSON text: every match lies inside one string literal
 * of it (a key or a value; numbers, `true`, `false` and `null` have no upper-case word), and each
 * literal is quoted, so scanning the strings one by one, as JSON.stringify writes them, finds the
 * same names. The whole spec's JSON was tens of MB at 1,000 entities, built only to be scanned.
 * `skip`: top-level keys left out.
 */
export function envNamesIn(value: unknown, skip: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  // Keys and values repeat (`kind`, `origin`, rule ids): each distinct string is scanned once.
  const scanned = new Set<string>();
  const scan = (s: string): void => {
    // Every name has an underscore or is PORT (JSON escaping adds neither): most strings have none.
    if (!s.includes('_') && !s.includes('PORT')) return;
    if (scanned.has(s)) return;
    scanned.add(s);
    for (const word of (ESCAPED.test(s) ? JSON.stringify(s) : s).match(UPPER_WORD) ?? [])
      if (ENV_NAME_WHOLE.test(word)) found.add(word);
  };
  // What JSON.stringify writes: toJSON first; undefined, functions and symbols are left out (as
  // null in arrays, with their key in objects).
  const walk = (v: unknown, key: string | number, top: boolean): void => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
      v = (v as { toJSON: (k: string) => unknown }).toJSON(String(key));
    if (typeof v === 'string') scan(v);
    else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) walk(v[i], i, false);
    else if (v !== null && typeof v === 'object')
      // `for…in` (own keys, in Object.keys order, for the plain data a spec is), without an array
      // of keys per object: the walk reads every record of the spec.
      for (const k in v) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
        if (top && skip.has(k)) continue;
        scan(k);
        walk(x, k, false);
      }
  };
  walk(value, '', true);
  return [...found].sort();
}

export const isSecret = (name: string): boolean =>
  /SECRET|_KEY$|TOKEN|PASSWORD|DSN|CREDENTIALS|^DATABASE_URL$|^REDIS_URL$/.test(name);

const DB_URL: Record<Dialect, string> = {
  postgresql: 'postgresql://app:app@localhost:5432/app',
  mysql: 'mysql://app:app@localhost:3306/app',
  sqlite: 'file:./data/app.db',
  mongodb: 'mongodb://localhost:27017/app',
};

/** A placeholder that shows the shape of the value without being a usable secret. */
export function exampleFor(name: string, dialect: Dialect | null, region?: string | null): string {
  if (name === 'DATABASE_URL') return DB_URL[dialect ?? 'postgresql'];
  if (name === 'REDIS_URL') return 'redis://localhost:6379';
  if (name === 'NODE_ENV') return 'production';
  if (name === 'PORT') return '3000';
  if (name === 'LOG_LEVEL') return 'info';
  // The one AWS region the documents name is the region's example; the placeholder otherwise.
  if (/REGION$/.test(name)) return region ?? 'eu-west-1';
  if (/^(JWT|SESSION|COOKIE|APP)_/.test(name) && isSecret(name))
    return '<random 32+ bytes: openssl rand -base64 32>';
  if (name === 'GOOGLE_APPLICATION_CREDENTIALS') return '/run/secrets/service-account.json';
  if (/_URL$|_HOST$|_ENDPOINT$/.test(name)) return 'https://…';
  if (/BUCKET$/.test(name)) return 'app-uploads';
  if (/_NUMBER$/.test(name)) return '+15555550100';
  if (/ADDRESS$/.test(name)) return 'no-reply@example.com';
  if (isSecret(name)) return '<from the provider dashboard>';
  return '<value>';
}
