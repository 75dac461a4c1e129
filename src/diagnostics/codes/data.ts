import type { CodeInfo } from './types.js';

/**
 * Diagnostic codes of the data area (derive, check and the PostgreSQL verifier). Keys are stable:
 * tools and users match on them.
 */
export const DATA_CODES = {
  'data/duplicate-entity': {
    severity: 'warning',
    description: 'Two data models define an entity of the same name after merging; the first is used.',
  },
  'data/duplicate-table': {
    severity: 'warning',
    description: 'Two entities map to the same table name; the later one gets a numbered name.',
  },
  'data/duplicate-field': {
    severity: 'warning',
    description: 'A field appears twice in one entity (same column name); the first definition is used.',
  },
  'data/default-by-application': {
    severity: 'info',
    description:
      'A stated default of a text key is made by the ORM client (Prisma uuid(), cuid()), not by the database; the column has none.',
  },
  'data/default-not-portable': {
    severity: 'warning',
    description:
      'A stated default is neither a literal of the column type nor a known function (now(), uuid); it is left out of the schema.',
  },
  'data/pattern-not-portable': {
    severity: 'warning',
    description:
      'A stated format pattern cannot be written in ECMA-262 for JSON Schema, or as a PostgreSQL regular expression for a CHECK; it is left out of that artifact.',
  },
  'data/enum-without-values': {
    severity: 'warning',
    description: 'A field is typed as an enum but no document lists its values; it is stored as text.',
  },
  'data/enum-conflict': {
    severity: 'warning',
    description: 'A field lists enum values that differ from the named enum type it uses.',
  },
  'data/unresolved-reference': {
    severity: 'warning',
    description:
      'A foreign key points at an entity or column that no data model defines; the column is kept without the constraint.',
  },
  'data/unresolved-relationship': {
    severity: 'warning',
    description: 'A relationship names an entity that no data model defines; it is left out.',
  },
  'data/relationship-without-key': {
    severity: 'warning',
    description:
      'A stated relationship has no foreign key in the SQL DDL of the table that should hold it; the DDL is kept as written.',
  },
  'data/foreign-key-type-mismatch': {
    severity: 'warning',
    description:
      'A foreign-key column is stated with a type other than the key it references; it takes the key type.',
  },
  'data/index-unknown-table': {
    severity: 'warning',
    description: 'A stated index is on a table no data model defines; it is left out.',
  },
  'data/index-unknown-column': {
    severity: 'warning',
    description: 'A stated index names a column its table does not have (or an expression); it is left out.',
  },
  'data/index-method-unsupported': {
    severity: 'warning',
    description:
      'A stated index method cannot build the index on those columns (PostgreSQL docs §11.2); a b-tree index is used instead.',
  },
  'data/unsupported-database': {
    severity: 'warning',
    description: 'The chosen database has no schema dialect in this tool; no schema file is written for it.',
  },
  'data/missing-primary-key': {
    severity: 'error',
    description: 'An entity has no primary key, so its rows cannot be addressed.',
  },
  'data/field-without-type': {
    severity: 'error',
    description: 'A field has no column type in the designed schema.',
  },
  'data/unresolved-relationship-key': {
    severity: 'error',
    description:
      'A relationship names an entity or a foreign-key column that the designed model does not have.',
  },
  'data/unindexed-foreign-key': {
    severity: 'warning',
    description:
      'A foreign-key column is not the leading column of any index; deletes of the parent and joins scan the table (PostgreSQL docs §5.5.5).',
  },
  'verify/schema-sql-error': {
    severity: 'error',
    description:
      'A statement of schema.sql failed on PostgreSQL; the message names the statement and the server error.',
  },
  'verify/schema-mismatch': {
    severity: 'error',
    description:
      'After applying schema.sql, the PostgreSQL catalog differs from the designed model (a table, column, type family, not-null, unique, foreign key or index).',
  },
  'verify/postgres-unavailable': {
    severity: 'warning',
    description:
      'Neither embedded PGlite nor the configured PostgreSQL server could be started; the schema was not applied.',
  },
} as const satisfies Record<string, CodeInfo>;
