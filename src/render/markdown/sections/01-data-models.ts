import type { Section } from '../../types.js';

/** Section `dataModels`: not implemented yet, so it is reported missing. */
export const dataModelsSection: Section = {
  id: 'dataModels',
  render: () => null,
};
