import { entityName } from '../../knowledge/names.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, FieldFact, FieldType, IndexFact, RelationshipFact } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import type { CodeModels } from './code-text.js';
import { at, newEntity, newField } from './facts.js';
import {
  callOf,
  elixirOpens,
  isFalse,
  isTrue,
  nameOf,
  namesOf,
  type RubyStatement,
  type RubyValue,
  rubyArgs,
  rubyStatements,
} from './ruby-syntax.js';

/**
 * Elixir's Ecto in `elixir`/`ex`/`exs` fences: schema modules (`schema "plots" do field …,
 * belongs_to …, timestamps() end`, with `@primary_key` / `@foreign_key_type` attributes and the
 * changeset's `validate_required` / `unique_constraint` / `validate_length`), and migrations
 * (`create table(:plots) do add … end`, `create unique_index(:plots, [:number])`). Elixir's call
 * and keyword syntax is Ruby's for these forms, so the statements and arguments are read with
 * data/ruby-syntax.ts. A schema and the migration of the same table are one entity: the schema
 * names it and types its enums, the migration states nullability, keys and defaults.
 * Ecto's own defaults are facts of the notation, as Django's implicit `id` is: a schema without
 * `@primary_key` has `id` of type `:id` (bigserial), `belongs_to :plot` adds `plot_id`, and
 * `timestamps()` adds `inserted_at` and `updated_at` (NOT NULL, as `timestamps()` in a migration).
 */

/** Ecto's primitive types (Ecto.Schema docs, "Primitive types") → the portable vocabulary. */
const PRIMITIVES: Record<string, FieldType['scalar']> = {
  id: 'bigint',
  binary_id: 'uuid',
  integer: 'integer',
  bigint: 'bigint',
  float: 'float',
  boolean: 'boolean',
  string: 'string',
  text: 'text',
  binary: 'binary',
  map: 'json',
  decimal: 'decimal',
  date: 'date',
  time: 'time',
  time_usec: 'time',
  naive_datetime: 'datetime',
  naive_datetime_usec: 'datetime',
  utc_datetime: 'datetime',
  utc_datetime_usec: 'datetime',
  uuid: 'uuid',
  'Ecto.UUID': 'uuid',
};

/** Ecto's `on_delete:` of `references/2` → SQL. */
const ON_DELETE: Record<string, NonNullable<FieldFact['references']>['onDelete']> = {
  delete_all: 'cascade',
  nilify_all: 'set null',
  restrict: 'restrict',
  nothing: 'no action',
};

/** A fence holds Ecto when it uses Ecto.Schema or Ecto.Migration. */
export const isEcto = (code: string) => code.includes('Ecto.Schema') || code.includes('Ecto.Migration');

export function readEcto(blocks: readonly CodeBlock[], file: string): CodeModels {
  const statements = blocks.filter((b) => isEcto(b.content)).flatMap((b) => rubyStatements(b, elixirOpens));
  const out: CodeModels = { entities: [], enums: [], relationships: [], indexes: [] };
  const schemas: EntityFact[] = [];
  const tables = new Map<string, EntityFact>();
  let module = '';
  /** The entity of the current module's schema: its changeset's validations apply to it. */
  let current: EntityFact | null = null;
  let primaryKey: { name: string; type: string } | null | undefined;
  let keyType = 'id';
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const defmodule = /^defmodule\s+([\w.]+)\s+do$/.exec(s.text);
    if (defmodule) {
      module = defmodule[1]!.split('.').pop()!;
      current = null;
      primaryKey = undefined;
      keyType = 'id';
      continue;
    }
    if (s.text.startsWith('@primary_key')) {
      const key = /^@primary_key\s+\{\s*:(\w+)\s*,\s*:?([\w.]+)/.exec(s.text);
      primaryKey = key
        ? { name: key[1]!, type: key[2]! }
        : /^@primary_key\s+false\b/.test(s.text)
          ? null
          : undefined;
      continue;
    }
    const fkType = /^@foreign_key_type\s+:?([\w.]+)/.exec(s.text);
    if (fkType) {
      keyType = fkType[1]!;
      continue;
    }
    if (current && s.text.includes('|>')) {
      changesetRule(s.text, current);
      continue;
    }
    const call = callOf(s.text);
    if (!call) continue;
    if (current) changesetRule(s.text, current);
    const body = blockOf(statements, i);
    if (call.name === 'schema' && module) {
      const table = nameOf(rubyArgs(call.args).positional[0]);
      if (!table) continue;
      const e = newEntity(module, 'class', at(file, s.line, s.quote), table);
      if (primaryKey !== null) {
        const key = primaryKey ?? { name: 'id', type: 'id' };
        const id = newField(key.name, typeOf(key.type), at(file, s.line, s.quote));
        id.primaryKey = true;
        id.nullable = false;
        if (id.type.scalar === 'bigint') id.type.generated = true;
        e.fields.push(id);
      }
      readSchemaBody(e, body, keyType, file, out.relationships!);
      schemas.push(e);
      current = e;
      i += body.length;
    } else if (call.name === 'create' || call.name === 'create_if_not_exists') {
      const inner = callOf(call.args);
      if (inner?.name === 'table') {
        const args = rubyArgs(inner.args);
        const table = nameOf(args.positional[0]);
        if (!table) continue;
        const e = newEntity(table, 'migration', at(file, s.line, s.quote), table);
        if (!isFalse(args.options.get('primary_key'))) {
          const id = newField(
            'id',
            { scalar: 'bigint', raw: 'bigserial (Ecto default)', generated: true },
            e.origin,
          );
          id.primaryKey = true;
          id.nullable = false;
          e.fields.push(id);
        }
        for (const c of body) migrationColumn(e, c, file);
        tables.set(table, e);
        i += body.length;
      } else if (inner?.name === 'unique_index' || inner?.name === 'index') {
        const args = rubyArgs(inner.args);
        const table = nameOf(args.positional[0]);
        const columns = namesOf(args.positional[1]);
        if (!table || columns.length === 0) continue;
        const index: IndexFact = {
          entity: table,
          columns,
          unique: inner.name === 'unique_index',
          origin: at(file, s.line, s.quote),
        };
        const name = nameOf(args.options.get('name'));
        if (name) index.name = name;
        const where = nameOf(args.options.get('where'));
        if (where) index.where = where;
        out.indexes!.push(index);
      } else if (inner?.name === 'constraint') {
        // `create constraint(:bookings, :ends_after_start, check: "ends_at > starts_at")`: a table CHECK
        // in SQL, on a table this migration file created (Ecto.Migration.constraint/3).
        const args = rubyArgs(inner.args);
        const e = tables.get(nameOf(args.positional[0]) ?? '');
        const check = args.options.get('check');
        if (!e || check?.kind !== 'string') continue;
        const name = nameOf(args.positional[1]);
        e.checks.push({
          expression: check.text,
          origin: at(file, s.line, s.quote),
          sql: true,
          ...(name ? { name } : {}),
        });
      }
    }
  }
  for (const e of schemas) {
    const migrated = e.table ? tables.get(e.table) : undefined;
    if (!migrated) {
      out.entities.push(e);
      continue;
    }
    // The migration states every column and its nullability; the schema names the entity and types its enums.
    tables.delete(e.table!);
    for (const c of migrated.fields) {
      const f = e.fields.find((x) => x.name === c.name);
      if (!f) e.fields.push(c);
      else {
        if (c.nullable !== null) f.nullable = c.nullable;
        if (c.unique) f.unique = true;
        if (c.default !== undefined && f.default === undefined) f.default = c.default;
        if (c.references && !f.references) f.references = c.references;
        else if (c.references?.onDelete && f.references) f.references.onDelete = c.references.onDelete;
        if (c.type.length && f.type.scalar === 'string') f.type.length = c.type.length;
      }
    }
    e.seenIn.push(migrated.origin);
    out.entities.push(e);
  }
  out.entities.push(...tables.values());
  return out;
}

/** The statements nested under statement `i` (a `do … end` block). */
function blockOf(statements: readonly RubyStatement[], i: number): RubyStatement[] {
  const depth = statements[i]!.depth;
  let j = i + 1;
  while (j < statements.length && statements[j]!.depth > depth) j++;
  return statements.slice(i + 1, j);
}

function typeOf(written: string, options?: Map<string, RubyValue>): FieldType {
  const t = written.replace(/^:/, '');
  if (t === 'Ecto.Enum') return { scalar: 'enum', raw: 'Ecto.Enum' };
  const array = /^\{\s*:array\s*,\s*:?([\w.]+)\s*\}$/.exec(t);
  if (array) return { scalar: 'array', items: PRIMITIVES[array[1]!] ?? 'string', raw: t };
  if (/^\{\s*:map\b/.test(t)) return { scalar: 'json', raw: t };
  const scalar = PRIMITIVES[t];
  const type: FieldType = scalar ? { scalar, raw: t } : { scalar: 'string', raw: t };
  const size = options?.get('size');
  if (size?.kind === 'number' && (type.scalar === 'string' || type.scalar === 'text')) {
    type.scalar = 'string';
    type.length = Number(size.text);
  }
  if (type.scalar === 'decimal') {
    const precision = options?.get('precision');
    const scale = options?.get('scale');
    if (precision?.kind === 'number') type.precision = Number(precision.text);
    if (scale?.kind === 'number') type.scale = Number(scale.text);
  }
  return type;
}

/** The written type of a positional argument: a symbol (`:string`), a module (`Ecto.Enum`) or a tuple. */
function writtenType(v: RubyValue | undefined): string | null {
  return v?.kind === 'symbol' || v?.kind === 'code' ? v.text : null;
}

/** `values: [:a, :b]` or `values: ~w(a b)a` of an `Ecto.Enum` field. */
function enumValues(v: RubyValue | undefined): string[] {
  if (!v) return [];
  if (v.kind === 'code') {
    const sigil = /^~w[([{<]([^)\]}>]*)[)\]}>]a?$/.exec(v.text);
    return sigil ? sigil[1]!.split(/\s+/).filter(Boolean) : [];
  }
  if (v.kind === 'list')
    return v.items
      .map((x) => (x.kind === 'symbol' || x.kind === 'string' ? x.text : null))
      .filter((x) => x !== null);
  // `values: [waiting: 0, offered: 1]`: a keyword list maps each value to its stored integer.
  if (v.kind === 'hash') return [...v.entries.keys()];
  return [];
}

function literal(v: RubyValue | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'number') return v.text;
  if (v.kind === 'boolean') return String(v.value);
  if (v.kind === 'string' || v.kind === 'symbol') return `'${v.text.replace(/'/g, "''")}'`;
  // `default: []` of an array column, written as Rails' empty list is (data/ruby-schema.ts).
  if (v.kind === 'list' && v.items.length === 0) return '[]';
  return undefined;
}

function readSchemaBody(
  e: EntityFact,
  body: readonly RubyStatement[],
  keyType: string,
  file: string,
  relationships: RelationshipFact[],
): void {
  for (const s of body) {
    const call = callOf(s.text);
    if (!call) continue;
    const origin = at(file, s.line, s.quote);
    const args = rubyArgs(call.args);
    const name = nameOf(args.positional[0]);
    if (call.name === 'field' && name) {
      if (isTrue(args.options.get('virtual'))) continue;
      const written = writtenType(args.positional[1]) ?? tupleType(call.args) ?? 'string';
      const f = newField(name, typeOf(written, args.options), origin);
      if (f.type.scalar === 'enum') {
        const values = enumValues(args.options.get('values'));
        if (values.length > 0) f.enumValues = values;
      }
      const def = literal(args.options.get('default'));
      if (def !== undefined) f.default = f.type.scalar === 'enum' ? def.replace(/^'|'$/g, '') : def;
      if (isTrue(args.options.get('primary_key'))) {
        f.primaryKey = true;
        f.nullable = false;
      }
      e.fields.push(f);
    } else if (call.name === 'belongs_to' && name) {
      const target = writtenType(args.positional[1]);
      if (!target) continue;
      const column = nameOf(args.options.get('foreign_key')) ?? `${name}_id`;
      const type = nameOf(args.options.get('type')) ?? keyType;
      const f = newField(column, { ...typeOf(type), raw: `belongs_to ${target.split('.').pop()}` }, origin);
      f.references = { entity: entityName(target.split('.').pop()!), field: 'id' };
      e.fields.push(f);
    } else if ((call.name === 'has_many' || call.name === 'has_one') && name) {
      const target = writtenType(args.positional[1]);
      if (!target || args.options.has('through')) continue;
      relationships.push({
        from: e.name,
        to: entityName(target.split('.').pop()!),
        kind: call.name === 'has_many' ? 'one-to-many' : 'one-to-one',
        notation: 'class',
        origin,
      });
    } else if (call.name === 'many_to_many' && name) {
      const target = writtenType(args.positional[1]);
      const through = args.options.get('join_through');
      if (!target) continue;
      const rel: RelationshipFact = {
        from: e.name,
        to: entityName(target.split('.').pop()!),
        kind: 'many-to-many',
        notation: 'class',
        origin,
      };
      const join = through?.kind === 'string' ? through.text : through?.kind === 'code' ? through.text : null;
      if (join) rel.through = entityName(join.split('.').pop()!);
      relationships.push(rel);
    } else if (call.name === 'timestamps') timestampFields(e, args.options, origin);
  }
}

/**
 * `timestamps()` in a schema or a migration: `inserted_at` and `updated_at`, NOT NULL, each renamed
 * (`inserted_at: :created_at`) or left out (`updated_at: false`) as the options say.
 */
function timestampFields(e: EntityFact, options: Map<string, RubyValue>, origin: Origin): void {
  const type = nameOf(options.get('type')) ?? 'naive_datetime';
  for (const key of ['inserted_at', 'updated_at']) {
    const renamed = options.get(key);
    if (isFalse(renamed)) {
      // A table that states it keeps no update time is written once (Ecto's idiom for event rows).
      if (key === 'updated_at') e.appendOnly = true;
      continue;
    }
    const f = newField(nameOf(renamed) ?? key, { ...typeOf(type), raw: 'timestamps()' }, origin);
    f.nullable = false;
    e.fields.push(f);
  }
}

/** `field :tags, {:array, :string}`: the tuple is split by the argument reader, so it is read from the text. */
function tupleType(args: string): string | null {
  return /\{\s*:(?:array|map)\s*,\s*:?[\w.]+\s*\}/.exec(args)?.[0] ?? null;
}

/**
 * `validate_required([:name, :email])` makes the fields NOT NULL; `unique_constraint(:email)` (or a
 * list) makes them unique; `validate_length(:name, max: 120)` bounds a string.
 */
function changesetRule(text: string, e: EntityFact): void {
  for (const piped of text.split('|>')) validation(piped.trim(), e);
}

function validation(text: string, e: EntityFact): void {
  const byName = (name: string) => e.fields.find((f) => f.name === name);
  const call = callOf(text);
  if (!call) return;
  const args = rubyArgs(call.args);
  const names = namesOf(args.positional[0]);
  if (call.name === 'validate_required') {
    for (const n of names) {
      const f = byName(n);
      if (f) f.nullable = false;
    }
  } else if (call.name === 'unique_constraint') {
    if (names.length === 1) {
      const f = byName(names[0]!);
      if (f) f.unique = true;
    } else if (names.length > 1) e.uniques.push(names);
  } else if (call.name === 'validate_length' && names.length === 1) {
    const max = args.options.get('max');
    const f = byName(names[0]!);
    if (f && max?.kind === 'number' && f.type.scalar === 'string') f.type.length = Number(max.text);
  }
}

function migrationColumn(e: EntityFact, s: RubyStatement, file: string): void {
  const call = callOf(s.text);
  if (!call) return;
  const origin = at(file, s.line, s.quote);
  const args = rubyArgs(call.args);
  if (call.name === 'timestamps') {
    timestampFields(e, args.options, origin);
    return;
  }
  if (call.name !== 'add') return;
  const name = nameOf(args.positional[0]);
  if (!name) return;
  const typeArg = args.positional[1];
  const ref = typeArg?.kind === 'code' ? callOf(typeArg.text) : null;
  let f: FieldFact;
  if (ref?.name === 'references') {
    const refArgs = rubyArgs(ref.args);
    const table = nameOf(refArgs.positional[0]) ?? '';
    const type = nameOf(refArgs.options.get('type')) ?? 'id';
    f = newField(name, { ...typeOf(type), raw: `references(:${table})` }, origin);
    f.references = { entity: table, field: nameOf(refArgs.options.get('column')) ?? 'id' };
    const onDelete = ON_DELETE[nameOf(refArgs.options.get('on_delete')) ?? ''];
    if (onDelete) f.references.onDelete = onDelete;
  } else {
    f = newField(
      name,
      typeOf(writtenType(typeArg) ?? tupleType(call.args) ?? 'string', args.options),
      origin,
    );
  }
  const nullOption = args.options.get('null');
  if (isFalse(nullOption)) f.nullable = false;
  else if (isTrue(nullOption)) f.nullable = true;
  if (isTrue(args.options.get('primary_key'))) {
    f.primaryKey = true;
    f.nullable = false;
    const id = e.fields.findIndex((x) => x.name === 'id' && x.type.raw === 'bigserial (Ecto default)');
    if (id >= 0) e.fields.splice(id, 1);
  }
  const def = literal(args.options.get('default'));
  if (def !== undefined) f.default = def;
  e.fields.push(f);
}
