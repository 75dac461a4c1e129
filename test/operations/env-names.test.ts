import { describe, expect, it } from 'vitest';
import { envNames, envNamesIn } from '../../src/derive/operations/env.js';

// envNamesIn walks a value's strings instead of scanning its whole JSON text (issue 19: the spec's
// JSON was tens of MB at 1,000 entities); it must find exactly what the scan of the JSON finds.
describe('environment names read from a value, as from its JSON text', () => {
  const value = {
    DATABASE_URL: 'postgres',
    text: 'set STRIPE_SECRET_KEY and REDIS_URL; PORT too',
    // An escape joins the next word: `\nSMTP_HOST` is `nSMTP_HOST` in JSON, no name.
    escaped: 'line\nSMTP_HOST and\tJWT_SECRET, quoted "S3_BUCKET" and back\\API_TOKEN',
    control: '\u0001SENTRY_DSN',
    negative: 'INVALID_TOKEN NOT_FOUND_ID USER_NOT_FOUND_ID',
    nested: [{ name: 'LOG_LEVEL' }, undefined, 'NODE_ENV', 42, null, true],
    dropped: undefined,
    fn: () => 'GONE_URL',
    dated: { toJSON: () => 'MAILER_API_KEY' },
    fooBAR_URL: 'xAPP_URL APP_URLx app_URL APP_URL',
  };

  it('finds the same names as envNames(JSON.stringify(value))', () => {
    expect(envNamesIn(value)).toEqual(envNames(JSON.stringify(value)));
    // `\tJWT_SECRET` is `tJWT_SECRET` in JSON; a backslash stays a boundary (`\\API_TOKEN`).
    expect(envNamesIn(value)).toEqual([
      'API_TOKEN',
      'APP_URL',
      'DATABASE_URL',
      'LOG_LEVEL',
      'MAILER_API_KEY',
      'NODE_ENV',
      'PORT',
      'REDIS_URL',
      'S3_BUCKET',
      'STRIPE_SECRET_KEY',
    ]);
  });

  it('leaves out the skipped top-level keys only', () => {
    const spec = { deployment: { env: 'OLD_URL' }, other: { deployment: 'KEPT_URL' } };
    expect(envNamesIn(spec, new Set(['deployment']))).toEqual(['KEPT_URL']);
  });
});
