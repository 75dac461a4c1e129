import type { Extractor } from './types.js';

/** Extractor `quantities`: not implemented yet, reads nothing. */
export const quantitiesExtractor: Extractor = {
  name: 'quantities',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
