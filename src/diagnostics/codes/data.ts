import type { CodeInfo } from './types.js';

/** Diagnostic codes of the data area. Keys are stable: tools and users match on them. */
export const DATA_CODES = {} as const satisfies Record<string, CodeInfo>;
