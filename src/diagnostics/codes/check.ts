import type { CodeInfo } from './types.js';

/** Diagnostic codes of the check area. Keys are stable: tools and users match on them. */
export const CHECK_CODES = {
  'check/ruled-out-in-use': {
    severity: 'error',
    description:
      'An option that section 0 lists as rejected, superseded, deferred or out of scope appears elsewhere in the spec as chosen, designed or in use: the spec contradicts itself.',
  },
  'check/unresolved-target': {
    severity: 'error',
    description:
      'A job, integration or cache entry names a target (a table, an entity, a provider) that the model does not have.',
  },
} as const satisfies Record<string, CodeInfo>;
