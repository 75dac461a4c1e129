import type { CodeInfo } from './types.js';

/** Diagnostic codes of the security area. Keys are stable: tools and users match on them. */
export const SECURITY_CODES = {
  'security/story-actor-denied': {
    severity: 'error',
    description: "A story's operation is denied to the story's own actor in the permission matrix.",
  },
  'security/persona-without-operation': {
    severity: 'warning',
    description: 'A role reaches no operation beyond sign-in and its own profile.',
  },
  'security/unscoped-tenant-access': {
    severity: 'warning',
    description:
      'A role reads or writes tenant data without the tenant scope, and no document states that it may.',
  },
  'security/default-roles': {
    severity: 'warning',
    description:
      'The documents name no roles: a documented default (`user`, plus `admin` when administration is mentioned) was used.',
  },
  'security/unmatched-persona': {
    severity: 'info',
    description: 'A user-story actor matches none of the declared roles; its stories grant nothing.',
  },
  'security/unknown-route-caller': {
    severity: 'warning',
    description:
      "A route table's access cell names a caller that is no role of the documents: the route is granted to no role and the caller is asked about.",
  },
  'security/no-auth-strategy': {
    severity: 'warning',
    description:
      'No authentication strategy is stated in the documents; JWT bearer tokens were assumed by a named rule.',
  },
  'security/auth-conflict': {
    severity: 'warning',
    description: 'Two documents state different values for the same authentication setting.',
  },
  'security/session-vs-refresh': {
    severity: 'warning',
    description:
      'A stated session timeout is shorter than the stated refresh-token lifetime: the session limit must cap the refresh chain.',
  },
  'security/weak-hash-cost': {
    severity: 'warning',
    description:
      'A stated bcrypt cost is below 12, the OWASP Password Storage Cheat Sheet minimum used by this tool.',
  },
  'security/story-beyond-matrix': {
    severity: 'warning',
    description:
      'A user story gives a role an operation that the stated permission matrix does not grant it: the story is followed; the documents disagree.',
  },
  'security/story-beyond-route-access': {
    severity: 'warning',
    description:
      "A user story or requirement would give a role an operation whose route table names other callers: the route table's callers are kept; the documents disagree.",
  },
  'security/role-without-permissions': {
    severity: 'info',
    description:
      'A role received no permission from any statement or rule: every endpoint but self-service is denied.',
  },
  'security/no-owner-column': {
    severity: 'info',
    description:
      'Per-user isolation applies but an entity has no foreign key to the user entity: only stated roles may reach it.',
  },
  'security/matrix-incomplete': {
    severity: 'error',
    description:
      'An endpoint has no permission-matrix row, or a row lacks a decision for a role (checklist `auth`).',
  },
  'security/ownership-column': {
    severity: 'error',
    description:
      'An ownership rule names a column that is not a foreign key of its entity (checklist `auth`).',
  },
  'security/no-strategy': {
    severity: 'error',
    description: 'The spec has no authentication strategy (checklist `auth`).',
  },
  'security/error-example-invalid': {
    severity: 'error',
    description:
      'An error code example does not validate against the error envelope schema (checklist `errors`).',
  },
  'security/error-category-missing': {
    severity: 'error',
    description:
      'The error catalogue lacks one of the workflow categories 400/401/403/404/409/500 (checklist `errors`).',
  },
  'security/secret-in-response': {
    severity: 'error',
    description:
      'A response schema exposes a secret field (OWASP ASVS V8.3): it must be removed from responses.',
  },
  'security/stated-secret-in-response': {
    severity: 'warning',
    description:
      "A response the documents' own API contract states contains a secret field: kept as stated, to be confirmed (OWASP ASVS V8.3).",
  },
} as const satisfies Record<string, CodeInfo>;
