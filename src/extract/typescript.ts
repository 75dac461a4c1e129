import type { Extractor } from './types.js';

/** Extractor `typescript`: not implemented yet, reads nothing. */
export const typescriptExtractor: Extractor = {
  name: 'typescript',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
