import type { Extractor } from './types.js';

/** Extractor `tables`: not implemented yet, reads nothing. */
export const tablesExtractor: Extractor = {
  name: 'tables',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
