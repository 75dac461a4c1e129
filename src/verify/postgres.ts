import type { Verifier } from './types.js';

/** Verifier `postgres`: not implemented yet, verifies nothing. */
export const postgresVerifier: Verifier = {
  name: 'postgres',
  verify: async () => ({ verifications: [], diagnostics: [] }),
};
