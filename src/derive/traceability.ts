import type { DeriveStep } from './types.js';

/** Derive step `traceability`: not implemented yet, designs nothing. */
export const traceabilityStep: DeriveStep = {
  name: 'traceability',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
