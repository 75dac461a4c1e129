import type { CodeInfo } from './types.js';

/** Diagnostic codes of the check area. Keys are stable: tools and users match on them. */
export const CHECK_CODES = {} as const satisfies Record<string, CodeInfo>;
