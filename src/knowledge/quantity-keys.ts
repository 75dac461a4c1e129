/**
 * The vocabulary of `Quantity.key` (Domain.parameters). Extractors write these keys; reconcile
 * compares values under one key; derive steps read them (auth TTLs, alert thresholds, retention
 * jobs, pagination). Keys with a `<subject>` part end in a slug of what they apply to
 * (`retention.audit-logs`, `reminder.appointment`). Durations are in seconds, sizes in bytes,
 * latencies in milliseconds, ratios in percent.
 */
export const QUANTITY_KEYS = {
  'auth.access-token-ttl': 'access token lifetime (s)',
  'auth.refresh-token-ttl': 'refresh token lifetime (s)',
  'auth.session-timeout': 'session / idle timeout (s)',
  'auth.otp-ttl': 'one-time password lifetime (s)',
  'auth.reset-token-ttl': 'password-reset token lifetime (s)',
  'auth.verification-token-ttl': 'email verification token lifetime (s)',
  'auth.invite-ttl': 'invitation lifetime (s)',
  'auth.password-min-length': 'minimum password length (characters)',
  'auth.lockout-attempts': 'failed attempts before lockout (count)',
  'auth.lockout-duration': 'lockout duration (s)',
  'auth.hash-cost': 'bcrypt cost / rounds (count)',
  'nfr.latency': 'response time target (ms); subject suffix allowed: nfr.latency.search',
  'nfr.availability': 'availability target (%)',
  'nfr.throughput': 'requests per second',
  'nfr.concurrent-users': 'simultaneous users (count)',
  'nfr.rpo': 'recovery point objective (s)',
  'nfr.rto': 'recovery time objective (s)',
  'retention.<subject>': 'how long a kind of data is kept (s)',
  'reminder.<subject>': 'how long before an event a reminder goes out (s)',
  'schedule.<subject>': 'period of a recurring task (s)',
  'pagination.default': 'default page size (count)',
  'pagination.max': 'maximum page size (count)',
  'rate-limit.<subject>': 'requests allowed per window; text keeps the window',
  'upload.max-size': 'largest upload (bytes)',
  'limit.<subject>': 'a stated maximum of something (count)',
  'cache.ttl.<subject>': 'a stated cache lifetime (s)',
  'sync.<subject>': 'a stated sync / polling interval (s)',
} as const;
