import type { Extractor } from './types.js';

/** Extractor `requirements`: not implemented yet, reads nothing. */
export const requirementsExtractor: Extractor = {
  name: 'requirements',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
