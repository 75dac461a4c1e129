import { sqlType } from '../../knowledge/sql-types.js';
import type { SpecEntity, SpecField, SpecIndex } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import type { SqlDialectWriter } from './dialect.js';
import { quoteWith, RESERVED, sqlComment } from './identifiers.js';

const quote = (name: string) => quoteWith(name, RESERVED.mysql, '`');
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Columns that take part in a key: MySQL cannot index TEXT without a prefix length (ref. 15.1.15). */
function keyed(f: SpecField, e: SpecEntity, spec: Spec): boolean {
  return (
    f.primaryKey ||
    f.unique ||
    f.references !== null ||
    e.primaryKey.includes(f.column) ||
    e.uniques.some((u) => u.columns.includes(f.column)) ||
    spec.database.indexes.some((i) => i.entity === e.name && i.columns.includes(f.column))
  );
}

/**
 * MySQL 8.0.13 or later (expression defaults, CHECK constraints from 8.0.16, descending indexes),
 * InnoDB with utf8mb4. Enums are inline ENUM(...) column types (ref. 13.3.5).
 */
export const mysql: SqlDialectWriter = {
  dialect: 'mysql',
  file: 'backend-spec/schema.mysql.sql',
  label: 'MySQL 8.0.16 or later',
  quote,
  preamble: () => [],
  columnType(f: SpecField, e: SpecEntity, spec: Spec): string {
    if (f.type.scalar === 'enum' && f.enum) return `enum(${f.enum.map(literal).join(', ')})`;
    if (f.type.scalar === 'text' && keyed(f, e, spec)) return 'varchar(255)';
    if (f.type.generated) return f.type.scalar === 'bigint' ? 'bigint' : 'int';
    return sqlType('mysql', f.type);
  },
  identity: (f: SpecField) => (f.type.generated ? 'AUTO_INCREMENT' : null),
  defaultSql(f: SpecField): string | null {
    if (f.default === null) return null;
    if (f.default === 'now()') return f.type.scalar === 'date' ? '(CURRENT_DATE)' : 'CURRENT_TIMESTAMP(3)';
    if (f.default === 'current_date') return '(CURRENT_DATE)';
    if (f.default === 'gen_random_uuid()') return '(UUID())';
    // TEXT, BLOB and JSON columns take only expression defaults (ref. 13.6).
    if (['text', 'json', 'array', 'binary'].includes(f.type.scalar)) return `(${f.default})`;
    return f.default;
  },
  columnCheck: () => null,
  alterAddsForeignKeys: true,
  index(i: SpecIndex, e: SpecEntity): string | null {
    // MySQL has no partial indexes; a stated WHERE becomes a full index and says so.
    const cols = i.columns
      .map((c) => `${quote(c)}${(i.descending ?? []).includes(c) ? ' DESC' : ''}`)
      .join(', ');
    const note = i.where ? ` -- partial in PostgreSQL: WHERE ${sqlComment(i.where)}` : '';
    return `CREATE ${i.unique && !i.where ? 'UNIQUE ' : ''}INDEX ${quote(i.name)} ON ${quote(e.table)} (${cols});${note}`;
  },
  tableOptions: ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4',
};
