import type { Extractor } from './types.js';

/** Extractor `mermaid`: not implemented yet, reads nothing. */
export const mermaidExtractor: Extractor = {
  name: 'mermaid',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
