import type { Extractor } from './types.js';

/** Extractor `endpoints`: not implemented yet, reads nothing. */
export const endpointsExtractor: Extractor = {
  name: 'endpoints',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
