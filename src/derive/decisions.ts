import type { DeriveStep } from './types.js';

/** Derive step `decisions`: not implemented yet, designs nothing. */
export const decisionsStep: DeriveStep = {
  name: 'decisions',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
