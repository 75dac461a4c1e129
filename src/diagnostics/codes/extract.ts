import type { CodeInfo } from './types.js';

/** Diagnostic codes of the extract area. Keys are stable: tools and users match on them. */
export const EXTRACT_CODES = {
  'extract/syntax-error': {
    severity: 'warning',
    description:
      'A code block in a notation the tool reads does not parse; the rest of the document is still read.',
  },
} as const satisfies Record<string, CodeInfo>;
