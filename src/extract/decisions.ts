import type { Extractor } from './types.js';

/** Extractor `decisions`: not implemented yet, reads nothing. */
export const decisionsExtractor: Extractor = {
  name: 'decisions',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
