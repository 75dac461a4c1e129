import type { CodeInfo } from './types.js';

/** Diagnostic codes of the reconcile area. Keys are stable: tools and users match on them. */
export const RECONCILE_CODES = {
  'reconcile/value-conflict': {
    severity: 'warning',
    description:
      'Two documents state different values for the same parameter (a token lifetime, a retention period, a latency target, a rate limit, ...); the precedence rule or the decisions file picks one and the other is not used.',
  },
  'reconcile/session-lifetime': {
    severity: 'warning',
    description:
      'The session timeout one document states is shorter than the token lifetime another document designs, so the token strategy does not enforce the stated session rule as written.',
  },
  'reconcile/enum-mismatch': {
    severity: 'warning',
    description:
      'A status or lifecycle list stated in the PRD or UX documents differs from the data model enum for the same thing.',
  },
  'reconcile/naming-mismatch': {
    severity: 'warning',
    description: 'One field or entity appears under two names in different documents.',
  },
  'reconcile/cardinality-mismatch': {
    severity: 'warning',
    description:
      'A relationship is drawn or summarised with a cardinality (1:N, M:N) that the keys of the data model contradict (a join table makes it M:N; a plain foreign key makes it 1:N).',
  },
  'reconcile/role-mismatch': {
    severity: 'warning',
    description:
      "A role the PRD or UX documents name (a persona, a role list) has no value in the data model's role enum, so it can never be assigned.",
  },
  'reconcile/modelling-gap': {
    severity: 'warning',
    description:
      'A requirement needs a record (notes, notifications, attachments, ...) or an entity that no data model in the documents defines.',
  },
  'reconcile/rejected-option-chosen': {
    severity: 'error',
    description:
      'A technology is listed as chosen in one place although a decision record or an alternatives table rejected or superseded it.',
  },
  'reconcile/requirement-redefined': {
    severity: 'warning',
    description: 'The same requirement id is defined with different text in two documents.',
  },
  'reconcile/untraced-requirement': {
    severity: 'info',
    description: 'No endpoint, job, entity, rule or alert of the spec traces back to this requirement id.',
  },
  'reconcile/bad-decision': {
    severity: 'error',
    description: 'An entry of the decisions file is malformed; it is ignored until fixed.',
  },
  'reconcile/decision-unused': {
    severity: 'warning',
    description:
      'An entry of the decisions file matches no conflict, parameter or open question found in the documents (it may have been fixed in the documents): remove it, or correct the id (the message lists the valid ones).',
  },
  'reconcile/decision-unmatched-choice': {
    severity: 'warning',
    description:
      'A decision chooses a value that none of the conflicting documents states and that cannot be read as a value of that parameter.',
  },
  'reconcile/superseded-document': {
    severity: 'info',
    description:
      'A newer version of a document (an increment, a later spec-kit feature, a dated rewrite) states a requirement, parameter or technology differently from the older one; the newer governs.',
  },
  'reconcile/decision-option-not-offered': {
    severity: 'warning',
    description:
      'A decision answers an open question with `choose`, but the value is none of the options the question offers; the question stays open (use `assume` for a value of your own).',
  },
  'reconcile/legacy-model': {
    severity: 'warning',
    description:
      'The data model defines a table or entity that a decision record or the architecture marks legacy, deprecated or replaced; it is kept with an open question until the decisions file says drop or keep.',
  },
  'reconcile/requirement-undecided': {
    severity: 'warning',
    description:
      'A requirement depends on an entity or technology whose decision the documents leave undecided or only proposed; the spec designs with what is stated and asks the question.',
  },
  'reconcile/payload-field-mismatch': {
    severity: 'warning',
    description:
      'A JSON body stated for an endpoint names a field that is not a column of the entity its path names (case and separators aside); the data model decides the schema.',
  },
} as const satisfies Record<string, CodeInfo>;
