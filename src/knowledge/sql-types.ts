import type { FieldType, ScalarType } from '../model/domain.js';

/**
 * Portable scalar types → column types per SQL dialect, and the "type family" used to compare a
 * model with a database catalog. Sources: PostgreSQL docs ch. 8 "Data Types", MySQL 8.4 ref. 13
 * "Data Types", SQLite "Datatypes In SQLite" §3 (type affinity).
 */
export type SqlDialect = 'postgresql' | 'mysql' | 'sqlite';

/** Broad families: two types of one family hold the same kind of value. */
export type TypeFamily =
  | 'uuid'
  | 'string'
  | 'integer'
  | 'numeric'
  | 'float'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'time'
  | 'json'
  | 'binary'
  | 'enum'
  | 'array'
  | 'network'
  | 'interval';

export const SCALAR_FAMILY: Record<ScalarType, TypeFamily> = {
  uuid: 'uuid',
  string: 'string',
  text: 'string',
  email: 'string',
  url: 'string',
  phone: 'string',
  integer: 'integer',
  bigint: 'integer',
  decimal: 'numeric',
  float: 'float',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamp',
  time: 'time',
  json: 'json',
  binary: 'binary',
  enum: 'enum',
  array: 'array',
};

/** PostgreSQL built-in type names (ch. 8) a document may state, with their family. */
const PG_BUILTINS: [RegExp, TypeFamily][] = [
  [/^uuid$/, 'uuid'],
  [/^(character varying|varchar|char|character|bpchar|text|citext|name)(\s*\(\s*\d+\s*\))?$/, 'string'],
  [/^(smallint|int2|integer|int|int4|bigint|int8|serial|serial4|bigserial|serial8|smallserial)$/, 'integer'],
  [/^(numeric|decimal|money)(\s*\(\s*\d+\s*(,\s*\d+\s*)?\))?$/, 'numeric'],
  [/^(real|float4|float8|double precision|float(\s*\(\s*\d+\s*\))?)$/, 'float'],
  [/^(boolean|bool)$/, 'boolean'],
  [/^date$/, 'date'],
  [/^(timestamptz|timestamp(\s*\(\s*\d\s*\))?(\s+with(out)?\s+time\s+zone)?)$/, 'timestamp'],
  [/^(timetz|time(\s*\(\s*\d\s*\))?(\s+with(out)?\s+time\s+zone)?)$/, 'time'],
  [/^interval$/, 'interval'],
  [/^(json|jsonb)$/, 'json'],
  [/^bytea$/, 'binary'],
  [/^(inet|cidr|macaddr|macaddr8)$/, 'network'],
];

/** The family of a PostgreSQL type as written (`VARCHAR(255)`, `TIMESTAMPTZ`, `uuid[]`), or null. */
export function pgFamily(written: string): TypeFamily | null {
  const t = written.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/\[\s*\]$/.test(t)) return pgFamily(t.replace(/\s*\[\s*\]$/, '')) ? 'array' : null;
  for (const [re, family] of PG_BUILTINS) if (re.test(t)) return family;
  return null;
}

/** Families a scalar may be stored as (a stated `INET` for a `string` field, `citext` for email). */
export function compatibleFamily(scalar: ScalarType, family: TypeFamily): boolean {
  const own = SCALAR_FAMILY[scalar];
  if (own === family) return true;
  if (own === 'string') return family === 'network';
  if (own === 'integer') return family === 'numeric';
  if (own === 'numeric') return family === 'integer' || family === 'float';
  if (own === 'float') return family === 'numeric';
  if (own === 'enum') return family === 'string';
  if (own === 'json') return family === 'array';
  return false;
}

const len = (t: FieldType, fallback: number) => t.length ?? fallback;
const precision = (t: FieldType) =>
  t.precision !== undefined ? `(${t.precision}${t.scale !== undefined ? `, ${t.scale}` : ''})` : '';

/** Column type of a scalar in a dialect, without enums (named per dialect by the renderer). */
export function sqlType(dialect: SqlDialect, type: FieldType): string {
  switch (dialect) {
    case 'postgresql':
      return pgType(type);
    case 'mysql':
      return mysqlType(type);
    case 'sqlite':
      return sqliteType(type);
  }
}

function pgType(t: FieldType): string {
  // A stated PostgreSQL type of a compatible family is kept as written (INET, TIMESTAMPTZ, JSONB).
  if (t.raw) {
    const family = pgFamily(t.raw);
    if (family && compatibleFamily(t.scalar, family)) {
      const raw = t.raw.trim().toLowerCase().replace(/\s+/g, ' ');
      // A bare `decimal` whose precision the notation states in options (Ecto's `precision: 5, scale: 2`).
      if (/^(numeric|decimal)$/.test(raw)) return `${raw}${precision(t)}`;
      // serial is a column "type" only in CREATE TABLE; keep it there, never for a referencing column.
      return t.generated || !/serial/.test(raw) ? raw : raw.startsWith('big') ? 'bigint' : 'integer';
    }
  }
  switch (t.scalar) {
    case 'uuid':
      return 'uuid';
    case 'string':
    case 'email':
    case 'url':
    case 'phone':
      return t.length ? `varchar(${t.length})` : 'text';
    case 'text':
      return 'text';
    case 'integer':
      return t.generated ? 'serial' : 'integer';
    case 'bigint':
      return t.generated ? 'bigserial' : 'bigint';
    case 'decimal':
      return `numeric${precision(t)}`;
    case 'float':
      return 'double precision';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'timestamptz';
    case 'time':
      return 'time';
    case 'json':
      return 'jsonb';
    case 'binary':
      return 'bytea';
    case 'enum':
      return 'text';
    case 'array':
      return t.items && t.items !== 'array' && t.items !== 'enum'
        ? `${pgType({ scalar: t.items })}[]`
        : 'jsonb';
  }
}

function mysqlType(t: FieldType): string {
  switch (t.scalar) {
    case 'uuid':
      return 'char(36)';
    case 'string':
    case 'email':
    case 'url':
    case 'phone':
      return `varchar(${len(t, 255)})`;
    case 'text':
      return 'text';
    case 'integer':
      return 'int';
    case 'bigint':
      return 'bigint';
    case 'decimal':
      return `decimal${precision(t)}`;
    case 'float':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime(3)';
    case 'time':
      return 'time';
    case 'json':
    case 'array':
      return 'json';
    case 'binary':
      return 'longblob';
    case 'enum':
      return 'varchar(64)';
  }
}

/** SQLite stores by affinity (§3.1): INTEGER, REAL, NUMERIC, TEXT, BLOB. */
function sqliteType(t: FieldType): string {
  switch (t.scalar) {
    case 'integer':
    case 'bigint':
    case 'boolean':
      return 'INTEGER';
    case 'decimal':
      return 'NUMERIC';
    case 'float':
      return 'REAL';
    case 'binary':
      return 'BLOB';
    default:
      return 'TEXT';
  }
}

/**
 * A deterministic identifier of at most `max` bytes (PostgreSQL truncates names to 63 bytes,
 * NAMEDATALEN − 1, docs §4.1.1): long names keep a prefix plus a short hash of the full name.
 */
export function boundedName(name: string, max = 63): string {
  if (Buffer.byteLength(name) <= max) return name;
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  const suffix = `_${h.toString(36).padStart(7, '0').slice(0, 7)}`;
  let prefix = name.slice(0, max - suffix.length);
  while (Buffer.byteLength(prefix) > max - suffix.length) prefix = prefix.slice(0, -1);
  return `${prefix}${suffix}`;
}
