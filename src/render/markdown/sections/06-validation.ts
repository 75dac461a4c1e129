import type { Section } from '../../types.js';

/** Section `validation`: not implemented yet, so it is reported missing. */
export const validationSection: Section = {
  id: 'validation',
  render: () => null,
};
