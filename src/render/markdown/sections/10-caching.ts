import type { Section } from '../../types.js';

/** Section `caching`: not implemented yet, so it is reported missing. */
export const cachingSection: Section = {
  id: 'caching',
  render: () => null,
};
