import type { DeriveStep } from './types.js';

/** Derive step `integrations`: not implemented yet, designs nothing. */
export const integrationsStep: DeriveStep = {
  name: 'integrations',
  derive: () => ({ spec: {}, diagnostics: [] }),
};
