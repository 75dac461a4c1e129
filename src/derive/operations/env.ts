import type { Dialect } from '../../model/spec/data.js';

/** Environment variable names as they appear in spec text (`DATABASE_URL`, `STRIPE_WEBHOOK_SECRET`). */
export const ENV_NAME =
  /\b(?!(?:INVALID|EXPIRED|MISSING|UNKNOWN|DUPLICATE|TOO|NOT|BAD|WRONG|REVOKED|MALFORMED|UNAUTHORI[SZ]ED|FORBIDDEN|CONFLICT|ERR|REQUEST|SENDER|PAYMENT|USER_NOT)_)[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:URL|URI|SECRET|KEY|TOKEN|DSN|ID|HOST|PORT|REGION|BUCKET|DOMAIN|ADDRESS|NUMBER|AUDIENCE|ENDPOINT|DEPLOYMENT|VERSION|CREDENTIALS|LEVEL|ENV|ORIGIN|PASSWORD|USER|DB|NAME)\b|\b(?:PORT|NODE_ENV)\b/g;

/** Every environment variable name in a piece of text, sorted and unique. */
export function envNames(text: string): string[] {
  return [...new Set(text.match(ENV_NAME) ?? [])].sort();
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
export function exampleFor(name: string, dialect: Dialect | null): string {
  if (name === 'DATABASE_URL') return DB_URL[dialect ?? 'postgresql'];
  if (name === 'REDIS_URL') return 'redis://localhost:6379';
  if (name === 'NODE_ENV') return 'production';
  if (name === 'PORT') return '3000';
  if (name === 'LOG_LEVEL') return 'info';
  if (/REGION$/.test(name)) return 'eu-west-1';
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
