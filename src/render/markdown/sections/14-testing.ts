import type { Section } from '../../types.js';

/** Section `testing`: not implemented yet, so it is reported missing. */
export const testingSection: Section = {
  id: 'testing',
  render: () => null,
};
