import type { Section } from '../../types.js';

/** Section `databaseSchema`: not implemented yet, so it is reported missing. */
export const databaseSchemaSection: Section = {
  id: 'databaseSchema',
  render: () => null,
};
