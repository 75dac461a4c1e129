import type { Section } from '../../types.js';

/** Section `integrations`: not implemented yet, so it is reported missing. */
export const integrationsSection: Section = {
  id: 'integrations',
  render: () => null,
};
