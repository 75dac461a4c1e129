/**
 * The vocabulary of `Quantity.key` (Domain.parameters). Extractors write these keys; reconcile
 * compares values under one key; derive steps read them (auth TTLs, alert thresholds, retention
 * jobs, pagination). Keys with a `<subject>` part end in a slug of what they apply to
 * (`retention.audit-log`, `reminder.appointment`, `nfr.latency.search-result`); a subject that could
 * not be named is `general` and is never compared with anything. Keys marked `<qualifier>` may end in
 * the phase or environment the target applies to (`nfr.availability.mvp`,
 * `nfr.availability.production`, `nfr.concurrent-users.at-12-months`), so that two phases' targets
 * are not reported as a conflict.
 *
 * Units (Quantity.unit): durations in `s`, latency in `ms`, sizes in `bytes`, ratios in `%`,
 * rates in `req/min`, everything else `count`. `value` is null when the document states that there
 * is no limit ("Audit log retention | Indefinite").
 *
 * A Quantity that lost a value conflict in reconciliation (or was overridden by the decisions file)
 * is marked `superseded` while reconcile runs and removed from the Domain reconcile returns, so
 * derive steps only ever see the winning values. `activeParameters` filters a Domain taken earlier.
 */
export const QUANTITY_KEYS = {
  'auth.access-token-ttl': 'access token lifetime (s); a lone JWT expiry is read as this',
  'auth.refresh-token-ttl': 'refresh token lifetime (s)',
  'auth.session-timeout': 'session / idle timeout, automatic logout after inactivity (s)',
  'auth.sign-in-link-ttl': 'lifetime of a passwordless sign-in link (magic link) (s)',
  'auth.otp-ttl': 'one-time password lifetime (s)',
  'auth.reset-token-ttl': 'password-reset token lifetime (s)',
  'auth.verification-token-ttl': 'email verification token lifetime (s)',
  'auth.invite-ttl': 'invitation lifetime (s)',
  'auth.password-min-length': 'minimum password length (characters)',
  'auth.lockout-attempts': 'failed attempts before lockout (count)',
  'auth.lockout-duration': 'lockout duration (s)',
  'auth.hash-cost': 'bcrypt cost / rounds (count, 4..31)',
  'nfr.latency.<subject>': 'response time target (ms), e.g. nfr.latency.search-result',
  'nfr.availability.<qualifier>': 'availability / uptime target (%)',
  'nfr.success-rate.<qualifier>': 'share of successful calls or operations (%)',
  'nfr.test-coverage': 'test coverage target (%)',
  'nfr.throughput': 'requests per minute (req/min)',
  'nfr.concurrent-users.<qualifier>': 'simultaneous users (count)',
  'nfr.rpo': 'recovery point objective (s)',
  'nfr.rto': 'recovery time objective (s)',
  'retention.<subject>': 'how long a kind of data is kept (s); null value = kept indefinitely',
  'backup.retention':
    'backup retention (s); how long database backups are kept: an operations fact, never a table retention',
  'reminder.<subject>': 'how long before an event a reminder goes out (s)',
  'overdue-notice.<subject>': 'how long after a due date a notice or action follows (s)',
  'schedule.<subject>': 'period of a recurring task (s)',
  'pagination.default': 'default page size (count)',
  'pagination.max': 'maximum page size (count)',
  'rate-limit.<subject>': 'requests allowed, normalised to req/min; `text` keeps the window as written',
  'upload.max-size': 'largest upload or attachment (bytes)',
  'limit.<subject>': 'a stated maximum of something (count), e.g. limit.task-title = 255 characters',
  'cache.ttl.<subject>': 'a stated cache lifetime (s)',
  'sync.<subject>': 'a stated sync / polling interval (s)',
} as const;

/** The prefix of a key before its subject: `retention.audit-log` → `retention`. */
export function keyFamily(key: string): string {
  for (const k of Object.keys(QUANTITY_KEYS)) {
    const base = k.replace(/\.<\w+>$/, '');
    if (key === base || key.startsWith(`${base}.`)) return base;
  }
  return key;
}

/** Parameters that were not superseded in reconciliation: what downstream steps should read. */
export function activeParameters<T extends { superseded?: boolean }>(domain: { parameters: T[] }): T[] {
  return domain.parameters.filter((q) => !q.superseded);
}
