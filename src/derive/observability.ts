import type { DeriveStep } from './types.js';

/** Derive step `observability`: not implemented yet, designs nothing. */
export const observabilityStep: DeriveStep = {
  name: 'observability',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
