import type { FieldType, ScalarType } from '../model/domain.js';

/**
 * Written type → portable ScalarType with length/precision. One vocabulary for every notation:
 * SQL (PostgreSQL names and the `pg_catalog` names libpg-query reports, MySQL/SQLite spellings),
 * TypeScript, Prisma (`String`, `DateTime`, `@db.VarChar(255)`), DBML, mermaid attribute types,
 * table cells and prose words ("decimal", "timestamp", "uuid").
 */

/** Lower-case base word (no length, no array marker) → scalar. */
const BASE: Record<string, ScalarType> = {
  uuid: 'uuid',
  guid: 'uuid',
  uniqueidentifier: 'uuid',
  string: 'string',
  str: 'string',
  varchar: 'string',
  'character varying': 'string',
  nvarchar: 'string',
  char: 'string',
  character: 'string',
  nchar: 'string',
  bpchar: 'string',
  citext: 'string',
  inet: 'string',
  cidr: 'string',
  macaddr: 'string',
  objectid: 'string',
  enumstring: 'string',
  text: 'text',
  tinytext: 'text',
  mediumtext: 'text',
  longtext: 'text',
  clob: 'text',
  markdown: 'text',
  int: 'integer',
  integer: 'integer',
  int2: 'integer',
  int4: 'integer',
  smallint: 'integer',
  mediumint: 'integer',
  tinyint: 'integer',
  serial: 'integer',
  serial4: 'integer',
  smallserial: 'integer',
  serial2: 'integer',
  long: 'bigint',
  bigint: 'bigint',
  int8: 'bigint',
  bigserial: 'bigint',
  serial8: 'bigint',
  decimal: 'decimal',
  numeric: 'decimal',
  money: 'decimal',
  currency: 'decimal',
  float: 'float',
  float4: 'float',
  float8: 'float',
  real: 'float',
  double: 'float',
  'double precision': 'float',
  number: 'float',
  boolean: 'boolean',
  bool: 'boolean',
  bit: 'boolean',
  date: 'date',
  datetime: 'datetime',
  datetime2: 'datetime',
  timestamp: 'datetime',
  timestamptz: 'datetime',
  'timestamp with time zone': 'datetime',
  'timestamp without time zone': 'datetime',
  instant: 'datetime',
  time: 'time',
  timetz: 'time',
  'time with time zone': 'time',
  'time without time zone': 'time',
  interval: 'string',
  json: 'json',
  jsonb: 'json',
  object: 'json',
  record: 'json',
  map: 'json',
  any: 'json',
  unknown: 'json',
  mixed: 'json',
  bytea: 'binary',
  blob: 'binary',
  longblob: 'binary',
  binary: 'binary',
  varbinary: 'binary',
  bytes: 'binary',
  buffer: 'binary',
  file: 'binary',
  enum: 'enum',
  email: 'email',
  url: 'url',
  uri: 'url',
  phone: 'phone',
  array: 'array',
  // Italian type words, as an Italian data-model table writes them (`testo`, `intero`, `data e ora`).
  testo: 'text',
  stringa: 'string',
  intero: 'integer',
  'intero lungo': 'bigint',
  decimale: 'decimal',
  numero: 'float',
  data: 'date',
  'data e ora': 'datetime',
  'data/ora': 'datetime',
  ora: 'time',
  booleano: 'boolean',
};

const SERIAL = new Set(['serial', 'serial4', 'smallserial', 'serial2', 'bigserial', 'serial8']);

/** Field-name hints for JavaScript's one `number` type, which says nothing about integer vs decimal. */
const INTEGER_NAME =
  /(^|_)(id|count|qty|quantity|age|year|years|months|days|hours|minutes|seconds|position|order|rank|version|index|size|bytes|level|attempts|retries|number|no|port)$/;
const MONEY_NAME = /(amount|price|total|cost|balance|fee|salary|subtotal|tax|discount|rate|pct|percent)$/;

/** `varchar(255)` → { base: 'varchar', args: [255] }; `decimal(10, 2)` → args [10, 2]. */
function splitArgs(raw: string): { base: string; args: number[] } {
  const m = /^(.*?)\s*\(\s*([\d\s,]+)\s*\)\s*(.*)$/.exec(raw);
  if (!m) return { base: raw, args: [] };
  const args = m[2]!
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n));
  return { base: `${m[1]!} ${m[3]!}`.trim(), args };
}

/**
 * Reads a written type. Returns null when the text is not a type this vocabulary knows, so callers
 * can tell a type column from a description column. `fieldName` refines `number`.
 */
export function scalarType(written: string, fieldName?: string): FieldType | null {
  const raw = written.trim();
  if (raw.length === 0) return null;
  let text = raw
    .replace(/^@db\./i, '')
    .replace(/\s+(unsigned|signed|zerofill)\b/gi, '')
    .trim();
  let isArray = false;
  if (/\[\s*\]$/.test(text)) {
    isArray = true;
    text = text.replace(/\s*\[\s*\]$/, '');
  }
  const generic = /^(?:array|list|set)\s*<\s*(.+)\s*>$/i.exec(text);
  if (generic) {
    isArray = true;
    text = generic[1]!;
  }
  if (/^(record|map)\s*</i.test(text)) return { scalar: 'json', raw };
  // `Date` spelled as a class (JavaScript, Java, C#) is a point in time; SQL's `DATE`/`date` is a day.
  if (text === 'Date')
    return isArray ? { scalar: 'array', raw, items: 'datetime' } : { scalar: 'datetime', raw };
  const { base, args } = splitArgs(text);
  const key = base
    .toLowerCase()
    .replace(/^pg_catalog\./, '')
    .replace(/\s+/g, ' ');
  const scalar = BASE[key];
  if (scalar === undefined) return null;
  let result: FieldType = { scalar, raw };
  if (scalar === 'float' && (key === 'number' || key === 'numero') && fieldName) {
    const n = fieldName.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
    if (INTEGER_NAME.test(n)) result = { scalar: 'integer', raw };
    else if (MONEY_NAME.test(n)) result = { scalar: 'decimal', raw };
  }
  if (key === 'tinyint' && args[0] === 1) result = { scalar: 'boolean', raw };
  if (SERIAL.has(key)) result.generated = true;
  if ((result.scalar === 'string' || result.scalar === 'binary') && args[0] !== undefined)
    result.length = args[0];
  if (result.scalar === 'decimal' && args[0] !== undefined) {
    result.precision = args[0];
    if (args[1] !== undefined) result.scale = args[1];
  }
  if (isArray) return { scalar: 'array', raw, items: result.scalar };
  return result;
}

/** True when a table cell or a prose word names a type (used to tell field tables from other tables). */
export function looksLikeType(cell: string): boolean {
  const first = cell
    .replace(/[`*_]/g, '')
    .trim()
    .split(
      /\s+(?:not\b|null\b|primary\b|unique\b|references\b|default\b|pk\b|fk\b|\(?nullable|\(?optional|,)/i,
    )[0]!
    .replace(/[?!]$/, '')
    .trim();
  if (first.length === 0) return false;
  if (scalarType(first) !== null) return true;
  // `ENUM('a','b')`, `enum (a, b)`, `'a' | 'b'`, `FK → users`.
  return (
    /^enum\b/i.test(first) || /^'[^']*'(\s*\|\s*'[^']*')+$/.test(first) || /^(fk|foreign key)\b/i.test(first)
  );
}
