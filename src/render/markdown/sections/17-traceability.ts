import type { Section } from '../../types.js';

/** Section `traceability`: not implemented yet, so it is reported missing. */
export const traceabilitySection: Section = {
  id: 'traceability',
  render: () => null,
};
