import type { Section } from '../../types.js';

/** Section `observability`: not implemented yet, so it is reported missing. */
export const observabilitySection: Section = {
  id: 'observability',
  render: () => null,
};
