import type { DeriveStep } from './types.js';

/** Derive step `deployment`: not implemented yet, designs nothing. */
export const deploymentStep: DeriveStep = {
  name: 'deployment',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
