import type { Extractor } from './types.js';

/** Extractor `bullets`: not implemented yet, reads nothing. */
export const bulletsExtractor: Extractor = {
  name: 'bullets',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
