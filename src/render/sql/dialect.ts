import type { SqlDialect } from '../../knowledge/sql-types.js';
import type { SpecEntity, SpecField, SpecIndex } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';

/** One DDL statement of a schema file, tagged so a verifier can name the table it failed on. */
export interface Statement {
  kind: 'preamble' | 'extension' | 'enum' | 'table' | 'foreign-key' | 'index';
  /** Entity name the statement belongs to, when any. */
  entity: string | null;
  sql: string;
}

/**
 * What differs between SQL dialects; the statement order, constraint layout and dependency
 * ordering are shared (./schema.ts). One implementation per file: postgresql, mysql, sqlite.
 */
export interface SqlDialectWriter {
  dialect: SqlDialect;
  /** Artifact path, relative to the output directory. */
  file: string;
  /** Human name for the header comment (`PostgreSQL 13 or later`). */
  label: string;
  quote(name: string): string;
  /** Statements before the tables: pragmas, extensions, enum types. */
  preamble(spec: Spec): Statement[];
  /** Column type, including the enum and identity forms of the dialect. */
  columnType(field: SpecField, entity: SpecEntity, spec: Spec): string;
  /** Extra words after NOT NULL for an identity column (`AUTO_INCREMENT`), when any. */
  identity(field: SpecField, entity: SpecEntity): string | null;
  /** The DEFAULT expression, or null. */
  defaultSql(field: SpecField, entity: SpecEntity, spec: Spec): string | null;
  /** Inline CHECK the dialect needs for the column (SQLite enums), when any. */
  columnCheck(field: SpecField): string | null;
  /** Can a foreign key be added after CREATE TABLE (ALTER TABLE ... ADD CONSTRAINT)? */
  alterAddsForeignKeys: boolean;
  /** CREATE INDEX for a non-constraint index, or null when the dialect cannot express it. */
  index(index: SpecIndex, entity: SpecEntity, spec: Spec): string | null;
  /** Text after the closing parenthesis of CREATE TABLE (`ENGINE=InnoDB`), may be empty. */
  tableOptions: string;
}
