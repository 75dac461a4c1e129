import type { CodeInfo } from './types.js';

/** Diagnostic codes of the verify area. Keys are stable: tools and users match on them. */
export const VERIFY_CODES = {
  'verify/postgres-url-failed': {
    severity: 'error',
    description:
      'The PostgreSQL server named by --postgres-url could not be reached, did not answer in time or failed; the schema was not verified, so the run fails.',
  },
  'verify/postgres-superuser': {
    severity: 'error',
    description:
      'The role of --postgres-url is a superuser; verification refuses it unless --allow-superuser is given, since a superuser can run anything on the server.',
  },
  'verify/postgres-timeout': {
    severity: 'error',
    description:
      'Verifying schema.sql on embedded PostgreSQL took longer than its time budget; it was stopped.',
  },
  'verify/schema-not-rendered': {
    severity: 'error',
    description:
      'A statement to verify is not the single DDL statement the renderer emits for its kind; nothing is applied, so no other text can run on the database.',
  },
} as const satisfies Record<string, CodeInfo>;
