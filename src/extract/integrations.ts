import type { Extractor } from './types.js';

/** Extractor `integrations`: not implemented yet, reads nothing. */
export const integrationsExtractor: Extractor = {
  name: 'integrations',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
