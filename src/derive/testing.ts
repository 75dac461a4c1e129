import type { DeriveStep } from './types.js';

/** Derive step `testing`: not implemented yet, designs nothing. */
export const testingStep: DeriveStep = {
  name: 'testing',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
