import type { DeriveStep } from './types.js';

/** Derive step `security-practices`: not implemented yet, designs nothing. */
export const securityPracticesStep: DeriveStep = {
  name: 'security-practices',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
