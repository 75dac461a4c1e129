import type { Section } from '../../types.js';

/** Section `services`: not implemented yet, so it is reported missing. */
export const servicesSection: Section = {
  id: 'services',
  render: () => null,
};
