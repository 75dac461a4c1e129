import { snakeCase } from '../../knowledge/names.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, FieldFact, FieldType, IndexFact, RelationshipFact } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import {
  type CodeModels,
  closingBracket,
  literalDefault,
  splitTopLevel,
  stringLiteral,
} from './code-text.js';
import { phpFence } from './eloquent.js';
import { newEntity, newField } from './facts.js';

/**
 * ent (entgo.io) schemas in go fences: `type Member struct { ent.Schema }` with its
 * `func (Member) Fields() []ent.Field { return []ent.Field{ field.String("kakao_sub").Unique(), … } }`,
 * `Edges()` (`edge.To("reservations", Reservation.Type)`, `edge.From("member", Member.Type).Ref("reservations").Unique().Required()`),
 * `Indexes()` (`index.Fields("starts_at").Edges("court").Unique()`) and `Mixin()` (`mixin.Time{}`).
 * What ent documents (https://entgo.io/docs/schema-fields, /schema-edges, /schema-indexes):
 * - a schema without an `id` field gets ent's integer auto-increment `id`;
 * - fields are NOT NULL unless `Optional()` (or `Nillable()`); `Unique()`, `Default(…)`,
 *   `MaxLen(n)`, `Positive()`, `NonNegative()`, `Min`, `Max`, `Range`, `NotEmpty()` and
 *   `StorageKey("col")` state a column's constraints; `Sensitive()` fields are never serialised;
 * - `field.Int` is Go's `int`, stored as `bigint`; `field.Time` is `timestamptz` on PostgreSQL;
 * - an edge that is `Unique()` on the side that holds it puts the foreign key on that side (the
 *   `From` side of a one-to-many or one-to-one, the owner of a `To` edge without an inverse), a
 *   `To` and its inverse `From`, neither unique, are a many-to-many with ent's join table. The
 *   foreign-key column is the edge's bound `Field("…")`, else `<edge>_id` (the column ent itself
 *   would name `<owner>_<edge>`; a design choice the spec states as a column name).
 * The fence is scanned with bracket and quote counters (no backtracking pattern over document text).
 */

const FIELD_TYPES: Record<string, FieldType> = {
  String: { scalar: 'string', raw: 'field.String' },
  Text: { scalar: 'text', raw: 'field.Text' },
  Int: { scalar: 'bigint', raw: 'field.Int' },
  Int8: { scalar: 'integer', raw: 'field.Int8' },
  Int16: { scalar: 'integer', raw: 'field.Int16' },
  Int32: { scalar: 'integer', raw: 'field.Int32' },
  Int64: { scalar: 'bigint', raw: 'field.Int64' },
  Uint: { scalar: 'bigint', raw: 'field.Uint' },
  Uint8: { scalar: 'integer', raw: 'field.Uint8' },
  Uint16: { scalar: 'integer', raw: 'field.Uint16' },
  Uint32: { scalar: 'bigint', raw: 'field.Uint32' },
  Uint64: { scalar: 'bigint', raw: 'field.Uint64' },
  Float: { scalar: 'float', raw: 'field.Float' },
  Float32: { scalar: 'float', raw: 'field.Float32' },
  Bool: { scalar: 'boolean', raw: 'field.Bool' },
  Time: { scalar: 'datetime', raw: 'field.Time' },
  UUID: { scalar: 'uuid', raw: 'field.UUID' },
  JSON: { scalar: 'json', raw: 'field.JSON' },
  Strings: { scalar: 'json', raw: 'field.Strings' },
  Ints: { scalar: 'json', raw: 'field.Ints' },
  Bytes: { scalar: 'binary', raw: 'field.Bytes' },
  Enum: { scalar: 'enum', raw: 'field.Enum' },
};

/** Go function values ent schemas use as defaults → SQL. */
const DEFAULT_FUNCS: Record<string, string> = {
  'time.Now': 'now()',
  'uuid.New': 'gen_random_uuid()',
};

interface Call {
  name: string;
  args: string[];
  offset: number;
}
interface Edge {
  dir: 'To' | 'From';
  name: string;
  target: string;
  ref?: string;
  unique: boolean;
  required: boolean;
  field?: string;
  origin: Origin;
}
interface Schema {
  entity: EntityFact;
  edges: Edge[];
  indexes: { calls: Call[]; origin: Origin }[];
}

/** The ent schemas of a document's go fences (empty when no struct embeds `ent.Schema`). */
export function readEnt(blocks: readonly CodeBlock[], file: string): CodeModels {
  const schemas = new Map<string, Schema>();
  const fences = blocks.map((b) => ({ b, ...phpFence(b, file) }));
  for (const { code, origin } of fences) {
    for (let i = code.indexOf('struct'); i >= 0; i = code.indexOf('struct', i + 6)) {
      const head = /type\s+([A-Z]\w*)\s+$/.exec(code.slice(Math.max(0, i - 80), i));
      const open = code.indexOf('{', i);
      if (!head || open < 0 || code.slice(i + 6, open).trim()) continue;
      const close = closingBracket(code, open);
      if (close < 0) continue;
      const body = code.slice(open + 1, close - 1);
      if (!/(?:^|\s)(?:ent|mixin)\.Schema(?:\s|$)/.test(body)) continue;
      const name = head[1]!;
      schemas.set(name, {
        entity: newEntity(name, 'class', origin(i - head[0].length + head[0].indexOf('type'))),
        edges: [],
        indexes: [],
      });
    }
  }
  if (schemas.size === 0) return { entities: [], enums: [] };
  for (const { code, origin } of fences) {
    for (const [name, s] of schemas) {
      for (const [item, offset] of methodItems(code, name, 'Fields', 'ent.Field')) {
        const f = readField(chain(item, offset), origin);
        if (f) s.entity.fields.push(f);
      }
      for (const [item, offset] of methodItems(code, name, 'Mixin', 'ent.Mixin')) {
        if (/^mixin\.(?:Time|CreateTime|UpdateTime)\s*\{\s*\}$/.test(item))
          mixinTime(item, s.entity, origin(offset));
      }
      for (const [item, offset] of methodItems(code, name, 'Edges', 'ent.Edge')) {
        const e = readEdge(chain(item, offset), origin(offset));
        if (e) s.edges.push(e);
      }
      for (const [item, offset] of methodItems(code, name, 'Indexes', 'ent.Index')) {
        const calls = chain(item, offset);
        if (calls[0]?.name === 'index') s.indexes.push({ calls: calls.slice(1), origin: origin(offset) });
      }
      const table = annotationTable(code, name);
      if (table) s.entity.table = table;
    }
  }
  const out: CodeModels = { entities: [], enums: [], indexes: [], relationships: [] };
  for (const s of schemas.values()) {
    // ent's implicit primary key: `id int` auto-increment, unless a field named id is declared.
    if (!s.entity.fields.some((f) => f.name === 'id')) {
      const id = newField('id', { scalar: 'bigint', raw: 'ent id', generated: true }, s.entity.origin);
      id.primaryKey = true;
      id.nullable = false;
      s.entity.fields.unshift(id);
    }
  }
  const joins: EntityFact[] = [];
  for (const [name, s] of schemas) {
    for (const e of s.edges) edgeFacts(name, s, e, schemas, out.relationships!, joins);
  }
  for (const [name, s] of schemas) {
    for (const ix of s.indexes) {
      const columns: string[] = [];
      let unique = false;
      for (const c of ix.calls) {
        if (c.name === 'Fields') columns.push(...strings(c.args));
        else if (c.name === 'Edges')
          for (const edge of strings(c.args)) columns.push(edgeColumn(s, edge) ?? `${edge}_id`);
        else if (c.name === 'Unique') unique = true;
      }
      if (columns.length === 0) continue;
      if (unique && columns.length > 1) {
        s.entity.uniques.push(columns);
        s.entity.uniqueSources = [...(s.entity.uniqueSources ?? []), { columns, origin: ix.origin }];
      }
      out.indexes!.push({ entity: name, columns, unique, origin: ix.origin });
    }
    out.entities.push(s.entity);
  }
  out.entities.push(...joins);
  return out;
}

/** The items of `return []ent.Field{ … }` in `func (Name) Method() []ent.Field { … }`, with offsets. */
function methodItems(code: string, name: string, method: string, type: string): [string, number][] {
  const re = new RegExp(
    `func\\s*\\(\\s*(?:\\w+\\s+)?\\*?${name}\\s*\\)\\s*${method}\\s*\\(\\s*\\)\\s*\\[\\]${type.replace('.', '\\.')}\\s*\\{`,
    'g',
  );
  const out: [string, number][] = [];
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const bodyClose = closingBracket(code, m.index + m[0].length - 1);
    if (bodyClose < 0) continue;
    const lit = code.indexOf(`[]${type}{`, m.index + m[0].length);
    if (lit < 0 || lit > bodyClose) continue;
    const open = lit + type.length + 2;
    const close = closingBracket(code, open);
    if (close < 0) continue;
    let offset = open + 1;
    for (const item of splitTopLevel(code.slice(open + 1, close - 1), ',', false)) {
      const lead = item.length - item.trimStart().length;
      if (item.trim()) out.push([item.trim(), offset + lead]);
      offset += item.length + 1;
    }
  }
  return out;
}

/** `field.String("x").MaxLen(5).Optional()` → [field, String("x"), MaxLen(5), Optional()] as calls. */
function chain(item: string, offset: number): Call[] {
  const out: Call[] = [];
  let at = 0;
  for (const part of splitTopLevel(item, '.', false)) {
    const p = part.trim();
    const paren = p.indexOf('(');
    if (paren < 0) out.push({ name: p, args: [], offset: offset + at });
    else {
      const close = closingBracket(p, paren);
      const inner = close > 0 ? p.slice(paren + 1, close - 1) : '';
      out.push({
        name: p.slice(0, paren).trim(),
        args: splitTopLevel(inner, ',', false)
          .map((a) => a.trim())
          .filter(Boolean),
        offset: offset + at,
      });
    }
    at += part.length + 1;
  }
  return out;
}

const strings = (args: readonly string[]): string[] =>
  args.map((a) => stringLiteral(a)).filter((s): s is string => s !== null);

function readField(calls: Call[], origin: (offset: number) => Origin): FieldFact | null {
  if (calls[0]?.name !== 'field' || !calls[1]) return null;
  const type = FIELD_TYPES[calls[1].name];
  const name = stringLiteral(calls[1].args[0]);
  if (!type || !name) return null;
  const f = newField(name, { ...type }, origin(calls[0].offset));
  f.nullable = false;
  if (name === 'id') {
    f.primaryKey = true;
    if (type.scalar === 'bigint' || type.scalar === 'integer') f.type.generated = true;
  }
  const checks: string[] = [];
  for (const c of calls.slice(2)) {
    const n = Number(c.args[0]);
    switch (c.name) {
      case 'Optional':
      case 'Nillable':
        f.nullable = true;
        break;
      case 'Unique':
        f.unique = true;
        break;
      case 'MaxLen':
      case 'Size':
        if (Number.isInteger(n) && n > 0) f.type.length = n;
        break;
      case 'MinLen':
        if (Number.isInteger(n)) checks.push(`char_length(${name}) >= ${n}`);
        break;
      case 'NotEmpty':
        checks.push(`${name} <> ''`);
        break;
      case 'Positive':
        checks.push(`${name} > 0`);
        break;
      case 'Negative':
        checks.push(`${name} < 0`);
        break;
      case 'NonNegative':
        checks.push(`${name} >= 0`);
        break;
      case 'Min':
        if (Number.isFinite(n)) checks.push(`${name} >= ${n}`);
        break;
      case 'Max':
        if (Number.isFinite(n)) checks.push(`${name} <= ${n}`);
        break;
      case 'Range': {
        const hi = Number(c.args[1]);
        if (Number.isFinite(n) && Number.isFinite(hi)) checks.push(`${name} BETWEEN ${n} AND ${hi}`);
        break;
      }
      case 'Values':
        if (type.scalar === 'enum') f.enumValues = strings(c.args);
        break;
      case 'Default':
      case 'UpdateDefault': {
        const raw = c.args[0] ?? '';
        const value = DEFAULT_FUNCS[raw] ?? literalDefault(raw);
        if (value !== undefined && c.name === 'Default') f.default = value;
        break;
      }
      case 'StorageKey': {
        const key = stringLiteral(c.args[0]);
        if (key) f.name = key;
        break;
      }
      case 'Comment': {
        const text = stringLiteral(c.args[0]);
        if (text) f.description = text;
        break;
      }
    }
  }
  if (checks.length > 0) f.check = checks.join(' AND ');
  if (type.scalar === 'enum' && !f.enumValues?.length) f.type = { scalar: 'string', raw: 'field.Enum' };
  return f;
}

/** `mixin.Time{}` (ent/schema/mixin): `create_time` and `update_time`, both set by ent. */
function mixinTime(item: string, entity: EntityFact, origin: Origin): void {
  const names = item.startsWith('mixin.Time')
    ? ['create_time', 'update_time']
    : item.startsWith('mixin.CreateTime')
      ? ['create_time']
      : ['update_time'];
  for (const n of names) {
    const f = newField(n, { scalar: 'datetime', raw: 'mixin.Time' }, origin);
    f.nullable = false;
    f.default = 'now()';
    entity.fields.push(f);
  }
}

function readEdge(calls: Call[], origin: Origin): Edge | null {
  if (calls[0]?.name !== 'edge' || !calls[1]) return null;
  const dir = calls[1].name;
  if (dir !== 'To' && dir !== 'From') return null;
  const name = stringLiteral(calls[1].args[0]);
  const target = /^([A-Z]\w*)\.Type$/.exec(calls[1].args[1] ?? '')?.[1];
  if (!name || !target) return null;
  const e: Edge = { dir, name, target, unique: false, required: false, origin };
  for (const c of calls.slice(2)) {
    if (c.name === 'Unique') e.unique = true;
    else if (c.name === 'Required') e.required = true;
    else if (c.name === 'Ref') e.ref = stringLiteral(c.args[0]) ?? undefined;
    else if (c.name === 'Field') e.field = stringLiteral(c.args[0]) ?? undefined;
  }
  return e;
}

const pascal = (snake: string): string =>
  snake.replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The foreign-key column an edge of `s` puts on `s`'s table, when it puts one there. */
function edgeColumn(s: Schema, edgeName: string): string | null {
  const e = s.edges.find((x) => x.name === edgeName);
  return e ? (e.field ?? `${snakeCase(e.name)}_id`) : null;
}

function edgeFacts(
  name: string,
  s: Schema,
  e: Edge,
  schemas: ReadonlyMap<string, Schema>,
  rels: RelationshipFact[],
  joins: EntityFact[],
): void {
  const target = schemas.get(e.target);
  if (!target) return;
  const inverse =
    e.dir === 'From'
      ? target.edges.find((x) => x.dir === 'To' && x.name === e.ref)
      : target.edges.find((x) => x.dir === 'From' && x.ref === e.name && x.target === name);
  // A To edge with an inverse From: the From side states the relationship (and holds the key).
  if (e.dir === 'To' && inverse) {
    if (!e.unique && !inverse.unique) {
      // ent's join table: `<owner>_<edge>` with `<owner>_id` and `<target>_id`, both the key.
      const join = newEntity(
        `${name}${pascal(e.name)}`,
        'class',
        e.origin,
        `${snakeCase(name)}_${snakeCase(e.name)}`,
      );
      addKey(join, `${snakeCase(name)}_id`, s.entity, true, e.origin);
      addKey(join, `${snakeCase(e.target)}_id`, target.entity, true, e.origin);
      join.primaryKey = join.fields.map((f) => f.name);
      joins.push(join);
      rels.push({
        from: name,
        to: e.target,
        kind: 'many-to-many',
        through: join.name,
        label: e.name,
        notation: 'class',
        origin: e.origin,
      });
    }
    return;
  }
  if (e.dir === 'From' && inverse && !e.unique) return; // the many side of a M2M: stated by its To edge
  if (e.dir === 'To' && !e.unique) {
    // O2M without an inverse: the key lives on the target's table.
    const column = `${snakeCase(name)}_id`;
    addKey(target.entity, column, s.entity, false, e.origin);
    rels.push({
      from: name,
      to: e.target,
      kind: 'one-to-many',
      label: e.name,
      notation: 'class',
      origin: e.origin,
    });
    return;
  }
  // Unique on this side: this table holds the key to the target; one-to-one only when the inverse
  // is unique too (a unique To edge without an inverse is ent's many-to-one).
  const column = e.field ?? `${snakeCase(e.name)}_id`;
  const oneToOne = inverse?.unique === true;
  addKey(s.entity, column, target.entity, e.required, e.origin, oneToOne);
  rels.push({
    from: e.target,
    to: name,
    kind: oneToOne ? 'one-to-one' : 'one-to-many',
    label: e.name,
    required: e.required,
    notation: 'class',
    origin: e.origin,
  });
}

function addKey(
  entity: EntityFact,
  column: string,
  target: EntityFact,
  required: boolean,
  origin: Origin,
  unique = false,
): void {
  let f = entity.fields.find((x) => x.name === column);
  if (!f) {
    // The key has the type of the target's id (ent's implicit id is a bigint).
    const id = target.fields.find((x) => x.primaryKey);
    const scalar =
      id?.type.scalar === 'integer' || id?.type.scalar === 'bigint'
        ? id.type.scalar
        : (id?.type.scalar ?? 'bigint');
    f = newField(column, { scalar, raw: 'ent edge' }, origin);
    entity.fields.push(f);
  }
  f.references = { entity: target.name, field: 'id' };
  if (f.nullable === null || !required) f.nullable = !required;
  if (unique) f.unique = true;
}

/** `entsql.Annotation{Table: "x"}` in `Annotations()`: the table name. */
function annotationTable(code: string, name: string): string | null {
  for (const [item] of methodItems(code, name, 'Annotations', 'schema.Annotation')) {
    const t = /^entsql\.Annotation\s*\{[^}]*\bTable\s*:\s*"([\w.]+)"/.exec(item)?.[1];
    if (t) return t;
  }
  return null;
}
