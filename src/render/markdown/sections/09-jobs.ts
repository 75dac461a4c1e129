import type { Section } from '../../types.js';

/** Section `jobs`: not implemented yet, so it is reported missing. */
export const jobsSection: Section = {
  id: 'jobs',
  render: () => null,
};
