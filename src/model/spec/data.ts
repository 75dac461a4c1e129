import type { Cardinality, FieldType, Notation } from '../domain.js';
import type { Origin } from '../origin.js';

/** Sections 1 and 2: the designed data model and its database schema. */

export interface SpecField {
  /** camelCase name used in the API and TypeScript (`passwordHash`). */
  name: string;
  /** snake_case column name (`password_hash`). */
  column: string;
  type: FieldType;
  nullable: boolean;
  unique: boolean;
  primaryKey: boolean;
  default: string | null;
  enum: string[] | null;
  /** Named enum type in the database, when any (`user_role`). */
  enumName: string | null;
  references: { entity: string; field: string; onDelete: string } | null;
  check: string | null;
  /**
   * The format pattern the documents state for its values, as written, with its translations: the
   * ECMA-262 `pattern` of the JSON Schemas and OpenAPI, and the PostgreSQL ARE of the CHECK derive
   * adds (`~*` when case-insensitive). A translation that is not possible is null with its reason.
   */
  pattern?: SpecFieldPattern;
  /** A stored generated column's expression (`GENERATED ALWAYS AS (...) STORED`): read-only. */
  computed?: string;
  /** Sensitive fields never appear in responses (see section 6). */
  sensitive: boolean;
  /** System-managed (id, timestamps): not accepted in create/update bodies. */
  readOnly: boolean;
  /** The document line that says the server sets it: left out of create and update bodies. */
  serverSet?: { file: string; line: number };
  description: string | null;
  /** Validation implied by the type and constraints (read by section 6): `required`,
   * `format:email`, `maxLength:255`, `enum`, `range`, `pattern`, `check`. */
  validation?: FieldValidation[];
  /** Aspects decided by a rule rather than stated (`nullable`, `onDelete`, `type`), each with its rule. */
  inferred?: { aspect: string; origin: Origin }[];
  origin: Origin;
}

export interface SpecFieldPattern {
  written: string;
  flags: string;
  flavour: 'ecma' | 'python' | 'ruby' | 'pcre' | 'java' | 'postgres';
  via: string;
  jsonSchema: string | null;
  jsonSchemaReason?: string;
  /** Null when it cannot be written as an ARE, or when a stated SQL CHECK already holds it. */
  postgres: string | null;
  postgresReason?: string;
  caseInsensitive?: boolean;
  origin: Origin;
}

export interface FieldValidation {
  rule: string;
  detail: string;
  origin: Origin;
}

export interface SpecIndex {
  name: string;
  entity: string;
  /** Column names. */
  columns: string[];
  unique: boolean;
  method: string | null;
  /** Operator class per column (`{ name: 'gin_trgm_ops' }`), when stated or needed. */
  opclasses?: Record<string, string>;
  /** Columns indexed in descending order (MongoDB `-1`, SQL `DESC`). */
  descending?: string[];
  where: string | null;
  /** Why it exists (`foreign key`, `lookup by email`, `tenant + status`). */
  purpose: string;
  /** Backed by a table constraint (PostgreSQL builds the index itself): no CREATE INDEX is emitted. */
  constraint?: 'unique' | null;
  origin: Origin;
}

export interface SpecEntity {
  name: string;
  table: string;
  description: string | null;
  fields: SpecField[];
  /** Composite primary key columns (join tables), else the single `primaryKey` field. */
  primaryKey: string[];
  /** Composite unique constraints; `name` when the documents name it (else `<table>_<columns>_key`). */
  uniques: { columns: string[]; origin: Origin; name?: string }[];
  checks: { expression: string; origin: Origin; name?: string }[];
  softDelete: boolean;
  /** Tenant-scoping column, when the product is multi-tenant (`lab_id`). */
  tenantColumn: string | null;
  /** Append-only records (audit logs, events, payments): no update/delete endpoints. */
  appendOnly: boolean;
  /** Join table of a many-to-many relationship. */
  joinTable: boolean;
  notation: Notation;
  origin: Origin;
  seenIn: Origin[];
  /** Other names the documents give it ("Termin, auch Auftrag genannt"), each with its line. */
  aliases?: { name: string; origin: Origin }[];
}

export interface SpecRelationship {
  from: string;
  to: string;
  kind: Cardinality;
  through: string | null;
  /** FK column on the `many` side (`tasks.user_id`), when there is one. */
  foreignKey: { entity: string; column: string } | null;
  label: string | null;
  origin: Origin;
}

export type Dialect = 'postgresql' | 'mysql' | 'sqlite' | 'mongodb';

export interface DatabaseSpec {
  /** Dialects to emit, first is primary. Empty when the project has no database. */
  dialects: Dialect[];
  enums: { name: string; values: string[]; origin: Origin }[];
  indexes: SpecIndex[];
  /** Extensions the schema needs (`pgcrypto`, `citext`, `pg_trgm`). */
  extensions: { name: string; reason: string }[];
  origin: Origin | null;
  /** The primary database's version as the stack states it (`16`, `14+`); absent when not stated. */
  version?: string;
}
