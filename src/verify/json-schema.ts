import type { Verifier } from './types.js';

/** Verifier `json-schema`: not implemented yet, verifies nothing. */
export const jsonSchemaVerifier: Verifier = {
  name: 'json-schema',
  verify: async () => ({ verifications: [], diagnostics: [] }),
};
