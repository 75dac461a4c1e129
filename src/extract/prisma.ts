import type { Extractor } from './types.js';

/** Extractor `prisma`: not implemented yet, reads nothing. */
export const prismaExtractor: Extractor = {
  name: 'prisma',
  extract: () => ({ fragment: {}, diagnostics: [] }),
};
