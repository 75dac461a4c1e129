import type { CodeInfo } from './types.js';

/** Diagnostic codes of the facts overlay (backend-spec.facts.yaml). Keys are stable. */
export const FACTS_CODES = {
  'facts/bad-overlay': {
    severity: 'error',
    description:
      'The facts overlay is not valid YAML or does not match its JSON Schema (`backend-spec schema facts`); none of its facts were applied.',
  },
  'facts/unknown-document': {
    severity: 'error',
    description: 'A fact cites a file that is not one of the planning documents read; the fact was rejected.',
  },
  'facts/quote-not-found': {
    severity: 'error',
    description:
      "A fact's quote does not occur in the cited document within 3 lines of the cited line; the fact was rejected.",
  },
  'facts/contradicts-document': {
    severity: 'warning',
    description: 'A fact contradicts what a document states; the document wins and the fact was rejected.',
  },
  'facts/unknown-target': {
    severity: 'warning',
    description:
      'A fact refers to an entity or role that neither the documents nor the overlay define; the fact was rejected.',
  },
  'facts/already-stated': {
    severity: 'info',
    description: 'A fact of the overlay is already read from the documents; it adds nothing.',
  },
} as const satisfies Record<string, CodeInfo>;
