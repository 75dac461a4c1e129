import { scalarType } from '../../knowledge/scalar-types.js';
import type { EntityFact, FieldType, ForeignKey, IndexFact } from '../../model/domain.js';
import { at, newEntity, newField } from './facts.js';
import {
  callOf,
  isFalse,
  isTrue,
  nameOf,
  namesOf,
  numberOf,
  type RubyArgs,
  type RubyStatement,
  type RubyValue,
  railsPlural,
  rubyArgs,
} from './ruby-syntax.js';

/**
 * The Rails schema DSL, as `db/schema.rb` and migrations write it: `create_table` blocks with
 * `t.<type>` columns (`null:`, `default:`, `limit:`, `precision:`/`scale:`, `array:`),
 * `t.references`/`t.belongs_to` (the `<name>_id` column, its index and its `foreign_key:`),
 * `t.timestamps`, `t.index`, `t.check_constraint`, and the statements outside a block:
 * `add_index`, `add_foreign_key`, `add_column`, `add_reference`, `add_check_constraint`,
 * `create_join_table`, `create_enum`.
 * What the DSL itself states is read as stated: `create_table` gives a table a `bigint` `id`
 * primary key unless `id:` says otherwise, `t.references` indexes its column, and `t.timestamps`
 * is two NOT NULL datetime columns (Rails 5+). Everything else is nullable unless `null: false`,
 * as the column is in PostgreSQL.
 */

export interface RailsSchema {
  /** Tables by name as written, in order. */
  tables: Map<string, EntityFact>;
  indexes: IndexFact[];
  /** `create_enum "status", ["a", "b"]` (Rails 7 PostgreSQL enums). */
  enums: Map<string, { values: string[]; line: number; quote: string }>;
}

/** Rails column types → the portable vocabulary of scalar-types.ts. */
const RAILS_TYPES: Record<string, string> = {
  string: 'varchar',
  text: 'text',
  citext: 'text',
  integer: 'integer',
  bigint: 'bigint',
  float: 'float',
  decimal: 'decimal',
  numeric: 'decimal',
  money: 'decimal',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  timestamptz: 'timestamptz',
  time: 'time',
  interval: 'interval',
  binary: 'bytea',
  blob: 'bytea',
  json: 'json',
  jsonb: 'jsonb',
  hstore: 'json',
  uuid: 'uuid',
  inet: 'inet',
  cidr: 'inet',
  serial: 'serial',
  bigserial: 'bigserial',
  primary_key: 'bigserial',
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  cascade: 'cascade',
  nullify: 'set null',
  restrict: 'restrict',
  no_action: 'no action',
};

export function readRailsSchema(statements: readonly RubyStatement[], file: string): RailsSchema {
  const schema: RailsSchema = { tables: new Map(), indexes: [], enums: new Map() };
  let current: { table: EntityFact; depth: number } | null = null;
  for (const s of statements) {
    if (current && s.depth <= current.depth) current = null;
    const call = callOf(s.text);
    if (!call) continue;
    const origin = at(file, s.line, s.quote);
    if (current && call.receiver && s.depth === current.depth + 1) {
      column(current.table, call.name, rubyArgs(call.args), origin, schema);
      continue;
    }
    if (call.receiver) continue;
    const args = rubyArgs(call.args);
    const table = nameOf(args.positional[0]);
    switch (call.name) {
      case 'create_table': {
        if (!table) break;
        const e = newEntity(table, 'class', origin, table);
        primaryKey(e, args, origin);
        schema.tables.set(table, e);
        if (/\bdo(?:\s*\|[^|]*\|)?$/.test(s.text)) current = { table: e, depth: s.depth };
        break;
      }
      case 'create_join_table': {
        const [a, b] = namesOf({ kind: 'list', items: args.positional });
        if (!a || !b) break;
        const name = nameOf(args.options.get('table_name')) ?? [a, b].sort().join('_');
        const e = newEntity(name, 'class', origin, name);
        for (const side of [a, b]) {
          const f = newField(
            `${singular(side)}_id`,
            { ...scalarType('bigint')!, raw: 'create_join_table' },
            origin,
          );
          f.nullable = false;
          e.fields.push(f);
        }
        schema.tables.set(name, e);
        if (/\bdo(?:\s*\|[^|]*\|)?$/.test(s.text)) current = { table: e, depth: s.depth };
        break;
      }
      case 'add_column': {
        const e = table ? schema.tables.get(table) : undefined;
        const name = nameOf(args.positional[1]);
        const type = nameOf(args.positional[2]);
        if (e && name && type) addColumn(e, type, name, args.options, origin, schema);
        break;
      }
      case 'add_reference':
      case 'add_belongs_to': {
        const e = table ? schema.tables.get(table) : undefined;
        const name = nameOf(args.positional[1]);
        // Outside create_table a reference is indexed too (Rails 5+), and has no foreign key unless stated.
        if (e && name) reference(e, name, args.options, origin, schema);
        break;
      }
      case 'add_index': {
        const columns = namesOf(args.positional[1]);
        if (table && columns.length > 0) schema.indexes.push(indexOf(table, columns, args.options, origin));
        break;
      }
      case 'add_foreign_key': {
        const e = table ? schema.tables.get(table) : undefined;
        const to = nameOf(args.positional[1]);
        if (!e || !to) break;
        const col = nameOf(args.options.get('column')) ?? `${singular(to)}_id`;
        const f = e.fields.find((x) => x.name === col);
        if (f) f.references = foreignKey(to, nameOf(args.options.get('primary_key')) ?? 'id', args.options);
        break;
      }
      case 'add_check_constraint': {
        const e = table ? schema.tables.get(table) : undefined;
        const expression = nameOf(args.positional[1]);
        if (e && expression) e.checks.push({ expression, origin, sql: true });
        break;
      }
      case 'create_enum': {
        const values = namesOf(args.positional[1]);
        if (table && values.length > 0) schema.enums.set(table, { values, line: s.line, quote: s.quote });
        break;
      }
    }
  }
  return schema;
}

/** `id: :uuid`, `id: false`, `primary_key: "codigo"`, `default: -> { "gen_random_uuid()" }`. */
function primaryKey(e: EntityFact, args: RubyArgs, origin: ReturnType<typeof at>): void {
  const id = args.options.get('id');
  if (isFalse(id)) return;
  const keys = namesOf(args.options.get('primary_key'));
  if (keys.length > 1) {
    e.primaryKey = keys;
    return;
  }
  const written = nameOf(id) ?? 'primary_key';
  const mapped = RAILS_TYPES[written] ?? written;
  // Rails 5.1+ gives a table `id bigint` with an identity sequence unless `id:` names another type.
  const type = mapped === 'bigserial' ? scalarType('bigserial')! : scalarType(mapped);
  if (!type) return;
  const f = newField(
    keys[0] ?? 'id',
    { ...type, raw: `${written === 'primary_key' ? 'bigint' : written} (create_table id)` },
    origin,
  );
  f.primaryKey = true;
  f.nullable = false;
  const def = defaultOf(args.options.get('default'));
  if (def !== undefined) f.default = def;
  e.fields.push(f);
}

function column(
  e: EntityFact,
  method: string,
  args: RubyArgs,
  origin: ReturnType<typeof at>,
  schema: RailsSchema,
): void {
  switch (method) {
    case 'timestamps': {
      for (const name of ['created_at', 'updated_at']) {
        const f = newField(name, { ...scalarType('datetime')!, raw: 't.timestamps' }, origin);
        f.nullable = isTrue(args.options.get('null'));
        e.fields.push(f);
      }
      return;
    }
    case 'references':
    case 'belongs_to':
      for (const v of args.positional) {
        const name = nameOf(v);
        if (name) reference(e, name, args.options, origin, schema);
      }
      return;
    case 'index': {
      const columns = namesOf(args.positional[0]);
      if (columns.length > 0) schema.indexes.push(indexOf(e.table!, columns, args.options, origin));
      return;
    }
    case 'check_constraint': {
      const expression = nameOf(args.positional[0]);
      if (expression) e.checks.push({ expression, origin, sql: true });
      return;
    }
    case 'column': {
      const name = nameOf(args.positional[0]);
      const type = nameOf(args.positional[1]);
      if (name && type) addColumn(e, type, name, args.options, origin, schema);
      return;
    }
  }
  for (const v of args.positional) {
    const name = nameOf(v);
    if (name) addColumn(e, method, name, args.options, origin, schema);
  }
}

function addColumn(
  e: EntityFact,
  written: string,
  name: string,
  options: Map<string, RubyValue>,
  origin: ReturnType<typeof at>,
  schema: RailsSchema,
): void {
  if (written === 'virtual') return;
  const f = newField(name, fieldType(written, options), origin);
  if (written === 'enum') {
    const enumType = nameOf(options.get('enum_type')) ?? name;
    f.enumName = enumType;
  }
  f.nullable = !isFalse(options.get('null'));
  const def = defaultOf(options.get('default'));
  if (def !== undefined) f.default = def;
  if (isTrue(options.get('primary_key'))) {
    f.primaryKey = true;
    f.nullable = false;
  }
  const comment = nameOf(options.get('comment'));
  if (comment) f.description = comment;
  const index = options.get('index');
  if (isTrue(index) || index?.kind === 'hash')
    schema.indexes.push(
      indexOf(e.table!, [name], index?.kind === 'hash' ? index.entries : new Map(), origin),
    );
  e.fields.push(f);
}

function fieldType(written: string, options: Map<string, RubyValue>): FieldType {
  const raw = `t.${written}`;
  let mapped = RAILS_TYPES[written] ?? written;
  const limit = numberOf(options.get('limit'));
  // `t.integer limit: 8` is PostgreSQL's bigint; `limit: 2` its smallint.
  if (written === 'integer' && limit !== null && Number(limit) >= 8) mapped = 'bigint';
  // A type the vocabulary does not know (`t.geometry`) is kept as written, as text.
  let type: FieldType =
    written === 'enum' ? { scalar: 'enum', raw } : { ...(scalarType(mapped) ?? { scalar: 'string' }), raw };
  if (limit !== null && (type.scalar === 'string' || type.scalar === 'text')) type.length = Number(limit);
  const precision = numberOf(options.get('precision'));
  const scale = numberOf(options.get('scale'));
  if (type.scalar === 'decimal' && precision !== null) {
    type.precision = Number(precision);
    if (scale !== null) type.scale = Number(scale);
  }
  if (isTrue(options.get('array')))
    type = { scalar: 'array', raw: `${raw}, array: true`, items: type.scalar };
  return type;
}

/** `t.references :aluno, null: false, foreign_key: { to_table: :alunos, on_delete: :cascade }`. */
function reference(
  e: EntityFact,
  name: string,
  options: Map<string, RubyValue>,
  origin: ReturnType<typeof at>,
  schema: RailsSchema,
): void {
  const typeName = nameOf(options.get('type')) ?? 'bigint';
  const f = newField(
    `${name}_id`,
    {
      ...(scalarType(RAILS_TYPES[typeName] ?? typeName) ?? scalarType('bigint')!),
      raw: `t.references :${name}`,
    },
    origin,
  );
  f.nullable = !isFalse(options.get('null'));
  const fk = options.get('foreign_key');
  if (fk && (isTrue(fk) || fk.kind === 'hash')) {
    const entries = fk.kind === 'hash' ? fk.entries : new Map<string, RubyValue>();
    const to = nameOf(entries.get('to_table')) ?? railsPlural(name);
    f.references = foreignKey(to, nameOf(entries.get('primary_key')) ?? 'id', entries);
  }
  e.fields.push(f);
  const polymorphic = isTrue(options.get('polymorphic'));
  if (polymorphic) {
    const t = newField(
      `${name}_type`,
      { ...scalarType('varchar')!, raw: `t.references :${name}, polymorphic: true` },
      origin,
    );
    t.nullable = f.nullable;
    e.fields.push(t);
  }
  // `t.references` indexes its column unless `index: false` (Rails 5+).
  const index = options.get('index');
  if (isFalse(index)) return;
  const columns = polymorphic ? [`${name}_type`, `${name}_id`] : [`${name}_id`];
  schema.indexes.push(indexOf(e.table!, columns, index?.kind === 'hash' ? index.entries : new Map(), origin));
}

function foreignKey(to: string, field: string, options: Map<string, RubyValue>): ForeignKey {
  const fk: ForeignKey = { entity: to, field };
  const onDelete = ON_DELETE[nameOf(options.get('on_delete')) ?? ''];
  if (onDelete) fk.onDelete = onDelete;
  return fk;
}

function indexOf(
  table: string,
  columns: string[],
  options: Map<string, RubyValue>,
  origin: ReturnType<typeof at>,
): IndexFact {
  const idx: IndexFact = { entity: table, columns, unique: isTrue(options.get('unique')), origin };
  const name = nameOf(options.get('name'));
  if (name) idx.name = name;
  const where = nameOf(options.get('where'));
  if (where) idx.where = where;
  const using = nameOf(options.get('using'));
  if (using) idx.method = using;
  return idx;
}

/** A default as the other notations write it; `-> { "now()" }` is the SQL inside the lambda. */
function defaultOf(v: RubyValue | undefined): string | undefined {
  if (!v) return undefined;
  switch (v.kind) {
    case 'string':
      return `'${v.text.replace(/'/g, "''")}'`;
    case 'symbol':
      return `'${v.text}'`;
    case 'number':
      return v.text;
    case 'boolean':
      return String(v.value);
    case 'list':
      return v.items.length === 0 ? '[]' : undefined;
    case 'hash':
      return v.entries.size === 0 ? "'{}'" : undefined;
    case 'lambda': {
      const sql = /^["'](.*)["']$/.exec(v.body)?.[1];
      if (!sql) return undefined;
      return /^current_timestamp$/i.test(sql) ? 'now()' : sql;
    }
    default:
      return undefined;
  }
}

/** ActiveSupport's singular of a regular English plural, for a join table's columns. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us)$/.test(word)) return word;
  if (/(?:x|z|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}
