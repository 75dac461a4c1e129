import type { Extractor } from './types.js';

/** Extractor `stack`: not implemented yet, reads nothing. */
export const stackExtractor: Extractor = {
  name: 'stack',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
