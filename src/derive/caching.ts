import type { DeriveStep } from './types.js';

/** Derive step `caching`: not implemented yet, designs nothing. */
export const cachingStep: DeriveStep = {
  name: 'caching',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
