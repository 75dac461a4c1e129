import type { CodeInfo } from './types.js';

/** Diagnostic codes of the api area. Keys are stable: tools and users match on them. */
export const API_CODES = {} as const satisfies Record<string, CodeInfo>;
