import type { DeriveStep } from './types.js';

/** Derive step `authorization`: not implemented yet, designs nothing. */
export const authorizationStep: DeriveStep = {
  name: 'authorization',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
