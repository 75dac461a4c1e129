import type { CodeInfo } from './types.js';

/** Diagnostic codes of the extract area. Keys are stable: tools and users match on them. */
export const EXTRACT_CODES = {
  'extract/syntax-error': {
    severity: 'warning',
    description:
      'A code block in a notation the tool reads does not parse; the rest of the document is still read.',
  },
  'extract/parser-not-loaded': {
    severity: 'warning',
    description:
      'A block needs a parser that loads asynchronously (SQL, DBML) and it was not prepared before extraction; the block was not read.',
  },
  'extract/unknown-table': {
    severity: 'warning',
    description: 'An ALTER TABLE or index names a table that no data model in the documents defines.',
  },
  'extract/unreadable-construct': {
    severity: 'info',
    description: 'Part of a data-model block uses a construct the reader does not support; it was skipped.',
  },
  'extract/conflicting-type': {
    severity: 'warning',
    description:
      'One field is given incompatible types in two notations; the more precise notation wins (sql > prisma > dbml > typescript > table > mermaid > bullets > prose).',
  },
  'extract/conflicting-constraint': {
    severity: 'warning',
    description:
      'One field is given contradicting constraints (nullability, default, foreign key target) in two notations; the more precise notation wins.',
  },
  'extract/field-missing-in-notation': {
    severity: 'info',
    description:
      'An entity is fully described in one notation but a field appears only in another; the field is kept, the gap is reported.',
  },
  'extract/duplicate-entity': {
    severity: 'info',
    description: 'The same entity is defined twice in one notation; the definitions were merged.',
  },
  'extract/possibly-same-entity': {
    severity: 'warning',
    description:
      'Two entities with different names have nearly the same fields in different notations: probably two names for one thing; name them alike or say which is meant.',
  },
  'extract/unknown-entity-reference': {
    severity: 'warning',
    description: 'A relationship or foreign key points at an entity that no data model defines.',
  },
  'extract/unknown-type': {
    severity: 'info',
    description:
      'A field type is neither a known scalar nor an enum defined in the documents; it is kept as text.',
  },
  'extract/extractor-failed': {
    severity: 'error',
    description:
      'An extractor failed on one document (a bug, or input it cannot handle); the rest of the document and the other extractors were still read.',
  },
  'extract/illustration-not-model': {
    severity: 'info',
    description:
      'A code sample in a research, quickstart or task note names a type no data model, architecture or requirement document defines (a DTO, a test class, a UI context); it illustrates and is not an entity.',
  },
  'extract/sql-expression-refused': {
    severity: 'error',
    description:
      'A CHECK, DEFAULT, generated column or index predicate in an SQL block is not one allowed expression (a subquery, pg_sleep, a set-returning function); it is not read, so it can never reach schema.sql.',
  },
} as const satisfies Record<string, CodeInfo>;
