import type { Extractor } from './types.js';

/** Extractor `schema-code`: not implemented yet, reads nothing. */
export const schemaCodeExtractor: Extractor = {
  name: 'schema-code',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
