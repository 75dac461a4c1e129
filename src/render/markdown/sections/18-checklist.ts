import type { Section } from '../../types.js';

/** Section `checklist`: not implemented yet, so it is reported missing. */
export const checklistSection: Section = {
  id: 'checklist',
  render: () => null,
};
