import type { CodeInfo } from './types.js';

/** Diagnostic codes of the verify area. Keys are stable: tools and users match on them. */
export const VERIFY_CODES = {} as const satisfies Record<string, CodeInfo>;
