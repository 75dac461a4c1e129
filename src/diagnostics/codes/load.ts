import type { CodeInfo } from './types.js';

/** Diagnostic codes of the load area. Keys are stable: tools and users match on them. */
export const LOAD_CODES = {
  'load/missing-prd': { severity: 'error', description: 'No PRD was found in any of the searched paths.' },
  'load/missing-architecture': {
    severity: 'error',
    description: 'No architecture document was found in any of the searched paths.',
  },
  'load/missing-tech-stack': {
    severity: 'warning',
    description: 'No tech-stack document was found; stack facts are read from the other documents.',
  },
  'load/missing-ux': { severity: 'warning', description: 'No UX flows document was found.' },
  'load/invalid-front-matter': {
    severity: 'warning',
    description: 'A document starts with YAML front matter that does not parse; it is read as text.',
  },
  'load/docs-dir-missing': {
    severity: 'warning',
    description:
      'The documentation folder (documentation_dir) does not exist; documents were found elsewhere, but the spec is still written under it.',
  },
  'load/classified': { severity: 'info', description: 'Which kind a document was classified as, and why.' },
} as const satisfies Record<string, CodeInfo>;
