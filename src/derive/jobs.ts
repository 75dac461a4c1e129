import type { DeriveStep } from './types.js';

/** Derive step `jobs`: not implemented yet, designs nothing. */
export const jobsStep: DeriveStep = {
  name: 'jobs',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
