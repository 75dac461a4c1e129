import type { Section } from '../../types.js';

/** Section `security`: not implemented yet, so it is reported missing. */
export const securitySection: Section = {
  id: 'security',
  render: () => null,
};
