import { sqlType } from '../../knowledge/sql-types.js';
import type { SpecEntity, SpecField, SpecIndex } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import type { SqlDialectWriter, Statement } from './dialect.js';
import { isOneExpression, quoteWith, RESERVED, sqlComment } from './identifiers.js';

const quote = (name: string) => quoteWith(name, RESERVED.postgresql, '"');
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
/**
 * A regular expression as an escape string constant (docs §4.1.2.2): backslashes doubled and quotes
 * doubled, so it reads the same whatever `standard_conforming_strings` says and no character of the
 * pattern can end the literal.
 */
const patternLiteral = (s: string) =>
  s.includes('\\') ? `E'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : literal(s);

/** An operator class is a plain name (`gin_trgm_ops`); anything else is not printed. */
const opclass = (name: string | undefined) => (name && /^[a-z_][a-z0-9_]*$/i.test(name) ? ` ${name}` : '');

/** Index access methods PostgreSQL ships (docs §11.2); anything else (MongoDB `text`) is a b-tree. */
const METHODS = new Set(['btree', 'hash', 'gist', 'spgist', 'gin', 'brin']);

/**
 * PostgreSQL 13 or later: `gen_random_uuid()` is built in from 13 (docs §9.14), so no pgcrypto.
 * Enums are named types (docs §8.7); foreign keys may be added after the tables (ALTER TABLE).
 */
export const postgresql: SqlDialectWriter = {
  dialect: 'postgresql',
  file: 'backend-spec/schema.sql',
  label: 'PostgreSQL 13 or later',
  quote,
  preamble(spec: Spec): Statement[] {
    const out: Statement[] = spec.database.extensions.map((x) => ({
      kind: 'extension',
      entity: null,
      sql: `-- ${sqlComment(x.reason)}\nCREATE EXTENSION IF NOT EXISTS ${quote(x.name)};`,
    }));
    for (const e of spec.database.enums)
      out.push({
        kind: 'enum',
        entity: null,
        sql: `CREATE TYPE ${quote(e.name)} AS ENUM (${e.values.map(literal).join(', ')});`,
      });
    return out;
  },
  columnType(f: SpecField): string {
    if (f.type.scalar === 'enum' && f.enumName) return quote(f.enumName);
    if (f.type.scalar === 'array' && f.type.items === 'enum') return 'text[]';
    return sqlType('postgresql', f.type);
  },
  identity: () => null,
  defaultSql(f: SpecField): string | null {
    if (f.default === null) return null;
    if (f.default === 'now()') return 'now()';
    if (f.default === 'current_date') return 'CURRENT_DATE';
    return f.default;
  },
  // A stated pattern as an ARE (docs §9.7.3): the column name is quoted and the pattern is one
  // string literal with its quotes doubled, so no text of a document is ever SQL.
  columnCheck: (f: SpecField) =>
    f.pattern?.postgres
      ? `${quote(f.column)} ${f.pattern.caseInsensitive ? '~*' : '~'} ${patternLiteral(f.pattern.postgres)}`
      : null,
  alterAddsForeignKeys: true,
  index(i: SpecIndex, e: SpecEntity): string | null {
    const method = i.method && METHODS.has(i.method) && i.method !== 'btree' ? ` USING ${i.method}` : '';
    const cols = i.columns
      .map((c) => `${quote(c)}${opclass(i.opclasses?.[c])}${(i.descending ?? []).includes(c) ? ' DESC' : ''}`)
      .join(', ');
    // A predicate that is not one expression leaves the index out: without it, it means another index.
    if (i.where && !isOneExpression(i.where)) return null;
    const where = i.where ? ` WHERE ${i.where}` : '';
    return `CREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${quote(i.name)} ON ${quote(e.table)}${method} (${cols})${where};`;
  },
  tableOptions: '',
};
