import type { DeriveStep } from './types.js';

/** Derive step `auth`: not implemented yet, designs nothing. */
export const authStep: DeriveStep = {
  name: 'auth',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
