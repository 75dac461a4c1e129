import type { CodeInfo } from './types.js';

/** Diagnostic codes of the reconcile area. Keys are stable: tools and users match on them. */
export const RECONCILE_CODES = {} as const satisfies Record<string, CodeInfo>;
