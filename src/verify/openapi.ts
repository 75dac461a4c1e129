import type { Verifier } from './types.js';

/** Verifier `openapi`: not implemented yet, verifies nothing. */
export const openapiVerifier: Verifier = {
  name: 'openapi',
  verify: async () => ({ verifications: [], diagnostics: [] }),
};
