import { sqlType } from '../../knowledge/sql-types.js';
import type { SpecEntity, SpecField, SpecIndex } from '../../model/spec/data.js';
import type { SqlDialectWriter } from './dialect.js';
import { isOneExpression, quoteWith, RESERVED } from './identifiers.js';

const quote = (name: string) => quoteWith(name, RESERVED.sqlite, '"');
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * SQLite 3.35 or later. Types are affinities (datatype3 §3.1); enums are CHECK (... IN ...);
 * foreign keys are enforced only with `PRAGMA foreign_keys = ON` (foreignkeys §2) and cannot be
 * added by ALTER TABLE, so they all stay inside CREATE TABLE (SQLite does not check the referenced
 * table exists when creating, so cycles are fine).
 */
export const sqlite: SqlDialectWriter = {
  dialect: 'sqlite',
  file: 'backend-spec/schema.sqlite.sql',
  label: 'SQLite 3.35 or later',
  quote,
  preamble: () => [{ kind: 'preamble', entity: null, sql: 'PRAGMA foreign_keys = ON;' }],
  columnType(f: SpecField): string {
    // `INTEGER PRIMARY KEY` is the rowid alias; AUTOINCREMENT keeps ids from being reused (autoinc.html).
    if (f.type.generated) return 'INTEGER';
    return sqlType('sqlite', f.type);
  },
  identity: (f: SpecField, e: SpecEntity) =>
    f.type.generated && e.primaryKey.length === 1 && e.primaryKey[0] === f.column ? 'AUTOINCREMENT' : null,
  defaultSql(f: SpecField): string | null {
    if (f.default === null || f.default === 'gen_random_uuid()') return null;
    if (f.default === 'now()') return f.type.scalar === 'date' ? 'CURRENT_DATE' : 'CURRENT_TIMESTAMP';
    if (f.default === 'current_date') return 'CURRENT_DATE';
    if (f.default === 'true') return '1';
    if (f.default === 'false') return '0';
    return f.default;
  },
  columnCheck: (f: SpecField) =>
    f.type.scalar === 'enum' && f.enum ? `${quote(f.column)} IN (${f.enum.map(literal).join(', ')})` : null,
  alterAddsForeignKeys: false,
  index(i: SpecIndex, e: SpecEntity): string | null {
    const cols = i.columns
      .map((c) => `${quote(c)}${(i.descending ?? []).includes(c) ? ' DESC' : ''}`)
      .join(', ');
    if (i.where && !isOneExpression(i.where)) return null;
    const where = i.where ? ` WHERE ${i.where}` : '';
    return `CREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${quote(i.name)} ON ${quote(e.table)} (${cols})${where};`;
  },
  tableOptions: '',
};
