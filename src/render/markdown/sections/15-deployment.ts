import type { Section } from '../../types.js';

/** Section `deployment`: not implemented yet, so it is reported missing. */
export const deploymentSection: Section = {
  id: 'deployment',
  render: () => null,
};
