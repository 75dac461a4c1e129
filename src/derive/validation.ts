import type { DeriveStep } from './types.js';

/** Derive step `validation`: not implemented yet, designs nothing. */
export const validationStep: DeriveStep = {
  name: 'validation',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
