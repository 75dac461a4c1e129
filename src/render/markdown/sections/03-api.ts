import type { Section } from '../../types.js';

/** Section `api`: not implemented yet, so it is reported missing. */
export const apiSection: Section = {
  id: 'api',
  render: () => null,
};
