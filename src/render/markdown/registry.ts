import type { Section } from '../types.js';

/**
 * The sections of backend-spec.md in document order: 0. Source Reconciliation, the workflow's 15
 * sections, key decisions, then the appendices. A section file returns null when the model has
 * nothing for it; the document then says the section is missing and a diagnostic reports it.
 */
export const SECTIONS: Section[] = [];
