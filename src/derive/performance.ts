import type { DeriveStep } from './types.js';

/** Derive step `performance`: not implemented yet, designs nothing. */
export const performanceStep: DeriveStep = {
  name: 'performance',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
