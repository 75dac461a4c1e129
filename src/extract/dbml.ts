import type { Extractor } from './types.js';

/** Extractor `dbml`: not implemented yet, reads nothing. */
export const dbmlExtractor: Extractor = {
  name: 'dbml',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
