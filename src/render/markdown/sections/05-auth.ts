import type { Section } from '../../types.js';

/** Section `auth`: not implemented yet, so it is reported missing. */
export const authSection: Section = {
  id: 'auth',
  render: () => null,
};
