import type { Section } from '../../types.js';

/** Section `reconciliation`: not implemented yet, so it is reported missing. */
export const reconciliationSection: Section = {
  id: 'reconciliation',
  render: () => null,
};
