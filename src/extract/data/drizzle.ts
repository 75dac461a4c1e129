import type * as TS from 'typescript';
import type {
  EntityFact,
  EnumFact,
  FieldFact,
  FieldType,
  ForeignKey,
  IndexFact,
} from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { newEntity, newField } from './facts.js';
import { numberOption, option } from './ts-object.js';

/**
 * Drizzle ORM table definitions (https://orm.drizzle.team/docs/sql-schema-declaration), read from the
 * TypeScript AST: `pgTable('users', { id: uuid('id').primaryKey().defaultRandom(), … }, (t) => …)`,
 * the MySQL and SQLite forms (`mysqlTable`, `sqliteTable`), `pgEnum('role', ['a', 'b'])` types, and
 * the column chain `.notNull()`, `.unique()`, `.primaryKey()`, `.default(x)`, `.defaultNow()`,
 * `.defaultRandom()`, `.references(() => other.id, { onDelete })`, `.array()`. A Drizzle table
 * states every column and constraint, as DDL does: a column without `.notNull()` is nullable.
 */

export const DRIZZLE_MARKER = /\b(?:pg|mysql|sqlite)Table\s*\(/;

const TABLE_CALLS = new Set(['pgTable', 'mysqlTable', 'sqliteTable']);
const ENUM_CALLS = new Set(['pgEnum']);

/** Column builders of drizzle-orm's pg-core, mysql-core and sqlite-core, by the scalar they store. */
const BUILDERS: Record<string, FieldType['scalar']> = {
  uuid: 'uuid',
  text: 'text',
  varchar: 'string',
  char: 'string',
  citext: 'text',
  integer: 'integer',
  int: 'integer',
  smallint: 'integer',
  tinyint: 'integer',
  mediumint: 'integer',
  serial: 'integer',
  smallserial: 'integer',
  bigint: 'bigint',
  bigserial: 'bigint',
  numeric: 'decimal',
  decimal: 'decimal',
  real: 'float',
  doublePrecision: 'float',
  double: 'float',
  float: 'float',
  boolean: 'boolean',
  timestamp: 'datetime',
  datetime: 'datetime',
  date: 'date',
  time: 'time',
  interval: 'string',
  json: 'json',
  jsonb: 'json',
  blob: 'binary',
  binary: 'binary',
  varbinary: 'binary',
  inet: 'string',
  cidr: 'string',
  macaddr: 'string',
};
const SERIAL = new Set(['serial', 'smallserial', 'bigserial']);

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  cascade: 'cascade',
  restrict: 'restrict',
  'set null': 'set null',
  'no action': 'no action',
  'set default': 'set default',
};

export type DrizzleInto = {
  entities: EntityFact[];
  enums: EnumFact[];
  indexes: IndexFact[];
};

/**
 * The variables of one document's Drizzle fences: a table may use an enum or reference a table
 * declared in an earlier fence.
 */
export type DrizzleNames = {
  /** pgEnum variables: `ruolo` → its type name and values. */
  enums: Map<string, { name: string; values: string[] }>;
  /** Table variables → table names, for `.references(() => users.id)`. */
  tables: Map<string, string>;
};

export const drizzleNames = (): DrizzleNames => ({ enums: new Map(), tables: new Map() });

type Ctx = DrizzleNames & { ts: typeof TS; sf: TS.SourceFile; origin: (n: TS.Node) => Origin };

/**
 * Reads every Drizzle table and enum of one fence. References to a table variable declared later in
 * the document are resolved by `resolveDrizzleReferences` once every fence is read.
 */
export function readDrizzle(
  t: typeof TS,
  sf: TS.SourceFile,
  origin: (n: TS.Node) => Origin,
  names: DrizzleNames,
  into: DrizzleInto,
): void {
  const c: Ctx = { ts: t, sf, origin, ...names };
  const declarations: TS.VariableDeclaration[] = [];
  for (const s of sf.statements) {
    if (!t.isVariableStatement(s)) continue;
    for (const d of s.declarationList.declarations)
      if (t.isIdentifier(d.name) && d.initializer && t.isCallExpression(d.initializer)) declarations.push(d);
  }
  for (const d of declarations) {
    const call = d.initializer as TS.CallExpression;
    const callee = call.expression.getText(sf);
    const [name, values] = call.arguments;
    if (ENUM_CALLS.has(callee) && name && t.isStringLiteralLike(name) && values) {
      const list = stringList(t, values);
      c.enums.set((d.name as TS.Identifier).text, { name: name.text, values: list });
      into.enums.push({ name: name.text, values: list, origin: origin(d) });
    } else if (TABLE_CALLS.has(callee) && name && t.isStringLiteralLike(name)) {
      c.tables.set((d.name as TS.Identifier).text, name.text);
    }
  }
  for (const d of declarations) {
    const call = d.initializer as TS.CallExpression;
    if (!TABLE_CALLS.has(call.expression.getText(sf))) continue;
    const [name, columns, extras] = call.arguments;
    if (!name || !t.isStringLiteralLike(name) || !columns || !t.isObjectLiteralExpression(columns)) continue;
    const e = newEntity(name.text, 'drizzle', origin(d), name.text);
    const columnOf = new Map<string, string>();
    for (const p of columns.properties) {
      if (!t.isPropertyAssignment(p)) continue;
      const key = p.name.getText(sf).replace(/['"`]/g, '');
      const field = readColumn(c, key, p.initializer, origin(p));
      if (!field) continue;
      columnOf.set(key, field.name);
      e.fields.push(field);
    }
    if (extras) readExtras(c, e, extras, columnOf, into.indexes);
    if (e.fields.length > 0) into.entities.push(e);
  }
}

/** A `.references()` target written as a variable declared after its use gets its table name. */
export function resolveDrizzleReferences(entities: EntityFact[], tables: Map<string, string>): void {
  for (const e of entities) {
    if (e.notation !== 'drizzle') continue;
    for (const f of e.fields) {
      const table = f.references && tables.get(f.references.entity);
      if (table && f.references) f.references = { ...f.references, entity: table };
    }
  }
}

/** The calls of a chain, outermost last: `uuid('id').notNull().references(…)` → uuid, notNull, references. */
function chainCalls(t: typeof TS, n: TS.Expression): { name: string; call: TS.CallExpression }[] {
  const out: { name: string; call: TS.CallExpression }[] = [];
  let cur: TS.Expression = n;
  while (t.isCallExpression(cur)) {
    const callee = cur.expression;
    if (t.isPropertyAccessExpression(callee)) {
      out.unshift({ name: callee.name.text, call: cur });
      cur = callee.expression;
    } else {
      out.unshift({ name: callee.getText(), call: cur });
      break;
    }
  }
  return out;
}

function readColumn(c: Ctx, key: string, value: TS.Expression, origin: Origin): FieldFact | null {
  const t = c.ts;
  const calls = chainCalls(t, value);
  const builder = calls[0];
  if (!builder) return null;
  const [first, second] = builder.call.arguments;
  const columnName = first && t.isStringLiteralLike(first) ? first.text : key;
  const options = [first, second].find((a) => a && t.isObjectLiteralExpression(a)) as
    | TS.ObjectLiteralExpression
    | undefined;
  const type = columnType(c, builder.name, builder.call, options);
  if (!type) return null;
  const field = newField(columnName, type.type, origin);
  if (type.enumValues) field.enumValues = type.enumValues;
  if (type.enumName) field.enumName = type.enumName;
  field.nullable = true;
  for (const { name, call } of calls.slice(1)) applyModifier(c, field, name, call);
  return field;
}

function columnType(
  c: Ctx,
  builder: string,
  call: TS.CallExpression,
  options: TS.ObjectLiteralExpression | undefined,
): { type: FieldType; enumValues?: string[]; enumName?: string } | null {
  const t = c.ts;
  const declared = c.enums.get(builder);
  if (declared)
    return { type: { scalar: 'enum', raw: builder }, enumValues: declared.values, enumName: declared.name };
  // `mysqlEnum('status', ['a', 'b'])` and SQLite's `text('status', { enum: ['a', 'b'] })`.
  const inline = builder === 'mysqlEnum' ? call.arguments[1] : option(t, options, 'enum');
  if (inline && t.isArrayLiteralExpression(inline))
    return { type: { scalar: 'enum', raw: builder }, enumValues: stringList(t, inline) };
  let scalar = BUILDERS[builder];
  if (!scalar) return null;
  // SQLite stores booleans and timestamps in integer columns: `{ mode: 'boolean' | 'timestamp' }`.
  const mode = option(t, options, 'mode');
  if (mode && t.isStringLiteralLike(mode)) {
    if (mode.text === 'boolean') scalar = 'boolean';
    else if (mode.text.startsWith('timestamp')) scalar = 'datetime';
    else if (mode.text === 'json') scalar = 'json';
    else if (mode.text === 'bigint') scalar = 'bigint';
  }
  const type: FieldType = { scalar, raw: builder };
  const length = numberOption(t, options, 'length');
  if (length !== undefined) type.length = length;
  const precision = numberOption(t, options, 'precision');
  if (precision !== undefined) type.precision = precision;
  const scale = numberOption(t, options, 'scale');
  if (scale !== undefined) type.scale = scale;
  if (SERIAL.has(builder)) type.generated = true;
  return { type };
}

function applyModifier(c: Ctx, field: FieldFact, name: string, call: TS.CallExpression): void {
  const t = c.ts;
  const [arg, opts] = call.arguments;
  switch (name) {
    case 'primaryKey':
      field.primaryKey = true;
      field.nullable = false;
      break;
    case 'notNull':
      field.nullable = false;
      break;
    case 'unique':
      field.unique = true;
      break;
    case 'defaultNow':
      field.default = 'now()';
      break;
    case 'defaultRandom':
      field.default = 'gen_random_uuid()';
      break;
    case 'autoincrement':
    case 'generatedAlwaysAsIdentity':
    case 'generatedByDefaultAsIdentity':
      field.type = { ...field.type, generated: true };
      break;
    case 'default':
      if (arg) field.default = defaultText(c, arg);
      break;
    case 'array':
      field.type = { scalar: 'array', raw: `${field.type.raw}[]`, items: field.type.scalar };
      break;
    case 'references': {
      const target = arg && referenceTarget(t, arg);
      if (!target) break;
      const fk: ForeignKey = { entity: c.tables.get(target.table) ?? target.table, field: target.column };
      const onDelete = option(t, opts && t.isObjectLiteralExpression(opts) ? opts : undefined, 'onDelete');
      if (onDelete && t.isStringLiteralLike(onDelete)) {
        const action = ON_DELETE[onDelete.text.toLowerCase()];
        if (action) fk.onDelete = action;
      }
      field.references = fk;
      break;
    }
  }
}

/** `() => users.id` → table variable `users`, column property `id`. */
function referenceTarget(t: typeof TS, arg: TS.Expression): { table: string; column: string } | null {
  const body = t.isArrowFunction(arg) && t.isExpression(arg.body) ? arg.body : arg;
  if (!t.isPropertyAccessExpression(body) || !t.isIdentifier(body.expression)) return null;
  return { table: body.expression.text, column: body.name.text };
}

/** A default as SQL-ish text: a string literal quoted, `sql\`now()\`` unwrapped, numbers and booleans as written. */
function defaultText(c: Ctx, arg: TS.Expression): string {
  const t = c.ts;
  if (t.isStringLiteralLike(arg)) return `'${arg.text.replace(/'/g, "''")}'`;
  if (t.isTaggedTemplateExpression(arg) && t.isNoSubstitutionTemplateLiteral(arg.template))
    return arg.template.text;
  return arg.getText(c.sf);
}

/**
 * The table's extra configuration, in the object form `(t) => ({ u: unique().on(t.a, t.b) })` or the
 * array form `(t) => [index('i').on(t.a)]`: composite uniques, indexes and a composite primary key.
 */
function readExtras(
  c: Ctx,
  e: EntityFact,
  extras: TS.Expression,
  columnOf: Map<string, string>,
  indexes: IndexFact[],
): void {
  const t = c.ts;
  if (!t.isArrowFunction(extras)) return;
  let body: TS.Node = extras.body;
  while (t.isParenthesizedExpression(body)) body = body.expression;
  const items: TS.Expression[] = t.isObjectLiteralExpression(body)
    ? body.properties.flatMap((p) => (t.isPropertyAssignment(p) ? [p.initializer] : []))
    : t.isArrayLiteralExpression(body)
      ? [...body.elements]
      : [];
  const column = (n: TS.Expression) =>
    t.isPropertyAccessExpression(n) ? (columnOf.get(n.name.text) ?? n.name.text) : null;
  for (const item of items) {
    const calls = chainCalls(t, item);
    const kind = calls[0]?.name;
    const on = calls.find((x) => x.name === 'on');
    if (kind === 'primaryKey') {
      const cols = option(t, objectArg(t, calls[0]!.call), 'columns');
      if (cols && t.isArrayLiteralExpression(cols))
        e.primaryKey = cols.elements.map(column).filter((x): x is string => !!x);
      continue;
    }
    if (!on) continue;
    const columns = on.call.arguments.map(column).filter((x): x is string => !!x);
    if (columns.length === 0) continue;
    if (kind === 'unique') {
      if (columns.length === 1) {
        const f = e.fields.find((x) => x.name === columns[0]);
        if (f) f.unique = true;
      } else e.uniques.push(columns);
    } else if (kind === 'index' || kind === 'uniqueIndex') {
      const idx: IndexFact = {
        entity: e.table ?? e.writtenAs,
        columns,
        unique: kind === 'uniqueIndex',
        origin: c.origin(item),
      };
      const name = calls[0]!.call.arguments[0];
      if (name && t.isStringLiteralLike(name)) idx.name = name.text;
      const using = calls.find((x) => x.name === 'using')?.call.arguments[0];
      if (using && t.isStringLiteralLike(using)) idx.method = using.text;
      indexes.push(idx);
    }
  }
}

function objectArg(t: typeof TS, call: TS.CallExpression): TS.ObjectLiteralExpression | undefined {
  const a = call.arguments[0];
  return a && t.isObjectLiteralExpression(a) ? a : undefined;
}

function stringList(t: typeof TS, n: TS.Expression): string[] {
  return t.isArrayLiteralExpression(n) ? n.elements.filter(t.isStringLiteralLike).map((e) => e.text) : [];
}
