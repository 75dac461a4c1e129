import type { Extractor } from './types.js';

/** Extractor `auth`: not implemented yet, reads nothing. */
export const authExtractor: Extractor = {
  name: 'auth',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
