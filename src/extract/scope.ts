import type { Extractor } from './types.js';

/** Extractor `scope`: not implemented yet, reads nothing. */
export const scopeExtractor: Extractor = {
  name: 'scope',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
