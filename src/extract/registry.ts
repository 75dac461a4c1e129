import type { Extractor } from './types.js';

/**
 * Every extractor, in a fixed order (order matters only for ties in merge precedence).
 * A new notation is one file plus one entry here.
 */
export const EXTRACTORS: Extractor[] = [];
