import type { CodeInfo } from './types.js';

/** Diagnostic codes of the operations area. Keys are stable: tools and users match on them. */
export const OPERATIONS_CODES = {
  'operations/unknown-provider': {
    severity: 'info',
    description:
      'A third-party service the documents use is not in the provider catalogue: its section carries only what the documents say.',
  },
  'operations/no-cache-store': {
    severity: 'info',
    description:
      'No cache store is chosen in the documents: cache entries are in-process only, by a named rule.',
  },
  'operations/no-job-runner': {
    severity: 'info',
    description:
      'Background jobs are needed but no queue or scheduler is chosen: they run on a job table in the stated database, by a named rule.',
  },
  'operations/retention-kept-forever': {
    severity: 'info',
    description:
      'A retention statement keeps data indefinitely (append-only): no purge job is derived for it.',
  },
  'operations/retention-minimum': {
    severity: 'info',
    description:
      'A retention statement is a minimum ("retained for at least 7 years"): data must not be deleted before it, and no purge job is derived because no deletion is stated.',
  },
  'operations/retention-unmatched': {
    severity: 'warning',
    description:
      'A retention period names data that matches no entity: the purge job cannot say which table it cleans.',
  },
  'operations/integration-without-retry': {
    severity: 'error',
    description:
      'A server-side integration or a job has no retry policy (workflow checklist: retries and error handling).',
  },
  'operations/cache-without-invalidation': {
    severity: 'error',
    description: 'A cache entry built from entity rows names no entity write that invalidates it.',
  },
  'operations/alert-without-source': {
    severity: 'error',
    description: 'An alert threshold cites neither a stated NFR nor a named default rule.',
  },
  'operations/secret-logged': {
    severity: 'error',
    description: 'A secret or personal field of the model is missing from the log redaction list.',
  },
  'operations/env-unlisted': {
    severity: 'error',
    description: 'The spec uses an environment variable that section 15 does not list.',
  },
} as const satisfies Record<string, CodeInfo>;
