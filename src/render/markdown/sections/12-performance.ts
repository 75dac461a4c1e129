import type { Section } from '../../types.js';

/** Section `performance`: not implemented yet, so it is reported missing. */
export const performanceSection: Section = {
  id: 'performance',
  render: () => null,
};
