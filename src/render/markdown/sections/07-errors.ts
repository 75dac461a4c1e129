import type { Section } from '../../types.js';

/** Section `errors`: not implemented yet, so it is reported missing. */
export const errorsSection: Section = {
  id: 'errors',
  render: () => null,
};
