import type { Extractor } from './types.js';

/** Extractor `roles`: not implemented yet, reads nothing. */
export const rolesExtractor: Extractor = {
  name: 'roles',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
