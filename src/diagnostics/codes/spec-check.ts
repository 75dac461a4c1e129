import type { CodeInfo } from './types.js';

/** Diagnostic codes of `backend-spec check` (any backend spec) and `generate --check`. Keys are stable. */
export const SPEC_CHECK_CODES = {
  'spec-check/missing-section': {
    severity: 'warning',
    description:
      "One of the workflow's 15 sections was not found under any heading (numbered or not, en/es/pt/fr/de).",
  },
  'spec-check/sql-syntax': {
    severity: 'error',
    description: 'An SQL block does not parse with the PostgreSQL parser (libpg-query).',
  },
  'spec-check/sql-error': {
    severity: 'error',
    description:
      'A statement of the spec failed on PostgreSQL even with the blocks applied in dependency order; the message is the server’s.',
  },
  'spec-check/bad-json': {
    severity: 'warning',
    description: 'A block marked json is not JSON (placeholders, comments or trailing commas).',
  },
  'spec-check/openapi-invalid': {
    severity: 'error',
    description: 'An OpenAPI document in the spec has errors under the Redocly recommended ruleset.',
  },
  'spec-check/matrix-unknown-endpoint': {
    severity: 'warning',
    description: 'The permission matrix lists an endpoint the API section does not document.',
  },
  'spec-check/endpoint-not-in-matrix': {
    severity: 'warning',
    description:
      'An endpoint of the API section has no row in the permission matrix: who may call it is unstated.',
  },
  'spec-check/undefined-role': {
    severity: 'warning',
    description: 'The permission matrix has a column for a role the spec never defines.',
  },
  'spec-check/entity-without-table': {
    severity: 'warning',
    description: 'An entity of the data-model section has no CREATE TABLE in the spec’s SQL.',
  },
  'spec-check/rejected-technology': {
    severity: 'warning',
    description:
      'The spec names as part of its design a technology the planning documents reject, supersede or defer.',
  },
  'spec-check/entity-not-in-documents': {
    severity: 'warning',
    description:
      'The spec creates a table that no planning document mentions: an invention unless its origin is given.',
  },
  'spec-check/role-not-in-documents': {
    severity: 'warning',
    description: 'The spec defines a role that no planning document mentions.',
  },
  'spec-check/out-of-date': {
    severity: 'error',
    description:
      '`generate --check`: a file on disk differs from what the documents compile to now (or is missing); regenerate it.',
  },
} as const satisfies Record<string, CodeInfo>;
