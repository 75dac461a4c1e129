import type { Section } from '../../types.js';

/** Section `decisions`: not implemented yet, so it is reported missing. */
export const decisionsSection: Section = {
  id: 'decisions',
  render: () => null,
};
