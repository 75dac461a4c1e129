import type { CodeInfo } from './types.js';

/** Diagnostic codes of the operations area. Keys are stable: tools and users match on them. */
export const OPERATIONS_CODES = {} as const satisfies Record<string, CodeInfo>;
