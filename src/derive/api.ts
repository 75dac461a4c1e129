import type { DeriveStep } from './types.js';

/** Derive step `api`: not implemented yet, designs nothing. */
export const apiStep: DeriveStep = {
  name: 'api',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
