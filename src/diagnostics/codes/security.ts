import type { CodeInfo } from './types.js';

/** Diagnostic codes of the security area. Keys are stable: tools and users match on them. */
export const SECURITY_CODES = {} as const satisfies Record<string, CodeInfo>;
