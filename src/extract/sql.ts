import type { Extractor } from './types.js';

/** Extractor `sql`: not implemented yet, reads nothing. */
export const sqlExtractor: Extractor = {
  name: 'sql',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
