import type { DeriveStep } from './types.js';

/** Derive step `services`: not implemented yet, designs nothing. */
export const servicesStep: DeriveStep = {
  name: 'services',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
