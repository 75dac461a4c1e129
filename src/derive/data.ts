import type { DeriveStep } from './types.js';

/** Derive step `data`: not implemented yet, designs nothing. */
export const dataStep: DeriveStep = {
  name: 'data',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
