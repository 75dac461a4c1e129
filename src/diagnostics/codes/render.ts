import type { CodeInfo } from './types.js';

/** Diagnostic codes of the render area. Keys are stable: tools and users match on them. */
export const RENDER_CODES = {
  'render/section-missing': {
    severity: 'warning',
    description: 'A section of the spec could not be derived from the documents and is marked missing.',
  },
  'render/sql-expression-refused': {
    severity: 'error',
    description:
      'A CHECK, DEFAULT or index predicate from a document is not one allowed SQL expression (a subquery, a statement, a function outside the allowlist); it is left out of every schema file so document text never runs as SQL.',
  },
} as const satisfies Record<string, CodeInfo>;
