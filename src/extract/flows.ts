import type { Extractor } from './types.js';

/** Extractor `flows`: not implemented yet, reads nothing. */
export const flowsExtractor: Extractor = {
  name: 'flows',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
