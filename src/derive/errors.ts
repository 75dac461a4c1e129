import type { DeriveStep } from './types.js';

/** Derive step `errors`: not implemented yet, designs nothing. */
export const errorsStep: DeriveStep = {
  name: 'errors',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
