import { scalarType } from '../../knowledge/scalar-types.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, FieldFact, FieldType, IndexFact, RelationshipFact } from '../../model/domain.js';
import {
  applyComment,
  type CodeLine,
  type CodeModels,
  codeLines,
  literalDefault,
  splitTopLevel,
  WORKER_NAME,
} from './code-text.js';
import { enumList } from './constraint-words.js';
import { NOT_ENTITY } from './contract-names.js';
import { at, newEntity, newField } from './facts.js';

/**
 * Go structs as data models: `type Tool struct { ID uuid.UUID `gorm:"primaryKey"`; Note *string }`
 * with gorm, db (sqlx), and validate tags; a pointer or `sql.Null*` may be nil, a value type cannot
 * (database/sql cannot scan NULL into it), so it is NOT NULL; `[]Other` and a field of another
 * struct are the other side of a relationship, not columns; `gorm.Model` brings the four columns
 * GORM documents (ID, CreatedAt, UpdatedAt, DeletedAt). String types with typed constants
 * (`type Status string; const StatusHeld Status = "held"`) are enums. A struct that holds a
 * database handle, a logger or a client, or is named as a service, repository, handler, config,
 * request or response, does work or carries a contract: never an entity.
 */

const GO_TYPES: Record<string, string> = {
  string: 'string',
  int: 'integer',
  int8: 'integer',
  int16: 'integer',
  int32: 'integer',
  uint: 'integer',
  uint8: 'integer',
  uint16: 'integer',
  uint32: 'integer',
  rune: 'integer',
  int64: 'bigint',
  uint64: 'bigint',
  float32: 'float',
  float64: 'float',
  bool: 'boolean',
  'time.Time': 'timestamptz',
  'uuid.UUID': 'uuid',
  'pgtype.UUID': 'uuid',
  'decimal.Decimal': 'numeric',
  'big.Float': 'numeric',
  'json.RawMessage': 'json',
  'datatypes.JSON': 'json',
  'datatypes.Date': 'date',
  'pgtype.JSONB': 'json',
  'pgtype.Date': 'date',
  'pgtype.Timestamptz': 'timestamptz',
  'pgtype.Text': 'text',
  'civil.Date': 'date',
  '[]byte': 'bytea',
  any: 'json',
  'interface{}': 'json',
};
/** `sql.NullString` and friends: a nullable column of the wrapped type. */
const NULL_TYPES: Record<string, string> = {
  'sql.NullString': 'string',
  'sql.NullInt16': 'integer',
  'sql.NullInt32': 'integer',
  'sql.NullInt64': 'bigint',
  'sql.NullFloat64': 'float',
  'sql.NullBool': 'boolean',
  'sql.NullTime': 'timestamptz',
  'uuid.NullUUID': 'uuid',
  'gorm.DeletedAt': 'timestamptz',
  'null.String': 'string',
  'null.Int': 'bigint',
  'null.Time': 'timestamptz',
  'null.Bool': 'boolean',
};
/** Types that are a byte slice underneath: nil is NULL. */
const BYTES = new Set(['[]byte', 'json.RawMessage', 'datatypes.JSON']);
/** Field types that make a struct a worker: database handles, pools, loggers, clients, locks. */
const HANDLE =
  /^\*?(?:sql\.DB|sql\.Tx|gorm\.DB|sqlx\.DB|sqlx\.Tx|pgxpool\.Pool|pgx\.Conn|redis\.Client|mongo\.(?:Client|Database|Collection)|zap\.Logger|zap\.SugaredLogger|slog\.Logger|log\.Logger|logrus\.Logger|http\.Client|http\.Server|sync\.(?:Mutex|RWMutex)|context\.Context|\w+\.(?:DB|Pool|Tx|Logger|Client))$/;
const STRUCT = /^(?:type\s+)?([A-Za-z_]\w*)\s+struct\s*\{/;
const NAMED_TYPE =
  /^type\s+([A-Za-z_]\w*)\s+(string|int|int8|int16|int32|int64|uint|uint8|uint16|uint32)\s*$/;
const IDENTS = /^[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*/;

interface GoField {
  names: string[];
  type: string;
  tags: Map<string, string>;
  line: CodeLine;
}
interface GoStruct {
  name: string;
  line: CodeLine;
  fields: GoField[];
}

export function readGo(blocks: readonly CodeBlock[], file: string): CodeModels {
  const structs: GoStruct[] = [];
  const enumTypes = new Map<string, { line: CodeLine; values: { name: string; value: string | null }[] }>();
  const interfaces = new Set<string>();
  const tableNames = new Map<string, string>();
  for (const b of blocks) scan(codeLines(b, '//'), structs, enumTypes, interfaces, tableNames);
  const declared = new Map(structs.map((s) => [s.name, s]));
  const out: CodeModels = { entities: [], enums: [], indexes: [], relationships: [] };
  for (const s of structs) {
    if (NOT_ENTITY.test(s.name) || WORKER_NAME.test(s.name)) continue;
    const all = flatten(s, declared);
    const bare = (f: GoField) => f.type.replace(/^\*/, '');
    if (all.some((f) => (HANDLE.test(f.type) && !declared.has(bare(f))) || interfaces.has(bare(f)))) continue;
    // Go stores, marshals and scans exported fields only; a struct of unexported, untagged fields holds state.
    if (!all.some((f) => f.tags.size > 0 || f.names.some((n) => /^[A-Z]/.test(n)) || f.names.length === 0))
      continue;
    const e = newEntity(s.name, 'class', at(file, s.line.line, s.line.text));
    const table = tableNames.get(s.name);
    if (table) e.table = table;
    const columns = new Map<GoField, FieldFact[]>();
    for (const f of all) {
      const facts = readField(f, declared, enumTypes, file);
      columns.set(f, facts);
      e.fields.push(...facts);
    }
    if (e.fields.length === 0) continue;
    out.entities.push(e);
    out.indexes!.push(...gormIndexes(e, all, columns, file));
    out.relationships!.push(...hasMany(e, all, declared, file));
  }
  // `type X string` with constants also names tags, context keys and modes: an enum of the data
  // model only when a field of a model is of that type.
  const used = new Set(out.entities.flatMap((e) => e.fields.map((f) => f.enumName)));
  for (const [name, en] of enumTypes) {
    if (en.values.length === 0 || !used.has(name)) continue;
    const allText = en.values.every((v) => v.value !== null);
    out.enums.push({
      name,
      values: en.values.map((v) => (allText ? v.value! : v.name)),
      origin: at(file, en.line.line, en.line.text),
    });
  }
  return out;
}

/** Embedded structs of the document contribute their fields; `gorm.Model` its documented four. */
function flatten(
  s: GoStruct,
  declared: ReadonlyMap<string, GoStruct>,
  seen: Set<GoStruct> = new Set([s]),
): GoField[] {
  const out: GoField[] = [];
  for (const f of s.fields) {
    const embedded = f.names.length === 0 ? declared.get(f.type.replace(/^\*/, '')) : undefined;
    if (embedded && !seen.has(embedded)) {
      seen.add(embedded);
      out.push(...flatten(embedded, declared, seen));
    } else if (!embedded) out.push(f);
  }
  // A model has tens of columns; the bound keeps a pathological embedding from multiplying them.
  return out.slice(0, 500);
}

function scan(
  lines: readonly CodeLine[],
  structs: GoStruct[],
  enumTypes: Map<string, { line: CodeLine; values: { name: string; value: string | null }[] }>,
  interfaces: Set<string>,
  tableNames: Map<string, string>,
): void {
  let inConst = false;
  let constType = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.code.trim();
    const named = NAMED_TYPE.exec(t);
    if (named) {
      enumTypes.set(named[1]!, { line: l, values: [] });
      continue;
    }
    const iface = /^(?:type\s+)?([A-Za-z_]\w*)\s+interface\s*\{/.exec(t);
    if (iface) interfaces.add(iface[1]!);
    const head = STRUCT.exec(t);
    if (head && (t.startsWith('type ') || indentOf(l.code) <= 4)) {
      const s: GoStruct = { name: head[1]!, line: l, fields: [] };
      i = readStruct(lines, i, s);
      structs.push(s);
      continue;
    }
    // `func (User) TableName() string { return "users" }`: GORM's stated table name.
    const method = /^func\s*\(\s*(?:\w+\s+)?\*?([A-Za-z_]\w*)\s*\)\s*TableName\s*\(\s*\)/.exec(t);
    if (method) {
      for (let j = i; j < Math.min(lines.length, i + 4); j++) {
        const code = lines[j]!.code;
        const ret = code.indexOf('return');
        const open = ret < 0 ? -1 : code.indexOf('"', ret);
        const close = open < 0 ? -1 : code.indexOf('"', open + 1);
        if (close > 0 && code.slice(ret + 6, open).trim() === '') {
          tableNames.set(method[1]!, code.slice(open + 1, close));
          break;
        }
      }
    }
    if (/^const\s*\($/.test(t)) {
      inConst = true;
      constType = '';
      continue;
    }
    if (inConst && t === ')') inConst = false;
    const single = /^const\s+(.*)$/.exec(t);
    const body = inConst ? t : single ? single[1]! : null;
    if (body === null) continue;
    const c = /^([A-Za-z_]\w*)(?:\s+([A-Za-z_]\w*))?\s*(?:=\s*(.*))?$/.exec(body);
    if (!c) continue;
    if (c[2]) constType = c[2];
    else if (c[3] !== undefined) constType = '';
    const en = enumTypes.get(constType);
    if (!en) continue;
    const value = c[3]?.trim() ?? '';
    const lit = /^"([^"\\]*)"$/.exec(value);
    en.values.push({ name: c[1]!, value: lit ? lit[1]! : null });
    if (!inConst) constType = '';
  }
}

const indentOf = (code: string) => code.length - code.trimStart().length;

/** Reads the struct's fields up to its closing brace; returns the index of that line. */
function readStruct(lines: readonly CodeLine[], start: number, s: GoStruct): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const code = lines[i]!.code;
    const before = depth;
    const text = i === start ? code.slice(code.indexOf('{') + 1) : code;
    if (i === start) depth = 1;
    for (const ch of stripTag(text)) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    if ((i === start ? 1 : before) === 1) {
      const inner = depth <= 0 ? text.slice(0, text.lastIndexOf('}')) : text;
      for (const part of splitTopLevel(inner, ';', false)) {
        const f = parseField(part, lines[i]!);
        if (f) s.fields.push(f);
      }
    }
    if (depth <= 0) return i;
  }
  return lines.length - 1;
}

/** The text without its backquoted tag, for bracket counting. */
const stripTag = (text: string) => {
  const k = text.indexOf('`');
  return k < 0 ? text : text.slice(0, k);
};

function parseField(part: string, line: CodeLine): GoField | null {
  const tick = part.indexOf('`');
  const tagEnd = tick >= 0 ? part.indexOf('`', tick + 1) : -1;
  const decl = (tick >= 0 ? part.slice(0, tick) : part).trim();
  if (!decl || decl.endsWith('{')) return null;
  const tags =
    tick >= 0 ? readTags(part.slice(tick + 1, tagEnd < 0 ? undefined : tagEnd)) : new Map<string, string>();
  const ids = IDENTS.exec(decl);
  if (!ids) return null;
  const rest = decl.slice(ids[0].length).trim();
  // `gorm.Model` or `Base`: an embedded struct, written as its type alone.
  if (!rest || rest.startsWith('.')) return { names: [], type: decl.replace(/\s+/g, ''), tags, line };
  const names = ids[0].split(',');
  // `A, B, C string` groups a few fields; hundreds of names on one line are no model.
  if (names.length > 50) return null;
  return { names: ids[0].split(',').map((n) => n.trim()), type: rest.replace(/\s+/g, ''), tags, line };
}

/** `gorm:"primaryKey;size:255" json:"email"` → { gorm: 'primaryKey;size:255', json: 'email' }. */
function readTags(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < tag.length) {
    while (tag[i] === ' ') i++;
    const colon = tag.indexOf(':"', i);
    if (colon < 0) break;
    const close = tag.indexOf('"', colon + 2);
    if (close < 0) break;
    out.set(tag.slice(i, colon).trim(), tag.slice(colon + 2, close));
    i = close + 1;
  }
  return out;
}

function readField(
  g: GoField,
  declared: ReadonlyMap<string, GoStruct>,
  enums: ReadonlyMap<string, unknown>,
  file: string,
): FieldFact[] {
  const origin = at(file, g.line.line, g.line.text);
  if (g.names.length === 0) {
    if (g.type !== 'gorm.Model') return [];
    // gorm.Model (GORM docs, "Declaring Models"): ID uint primary key, CreatedAt, UpdatedAt, DeletedAt.
    const id = newField('ID', { ...scalarType('integer')!, raw: 'gorm.Model', generated: true }, origin);
    id.primaryKey = true;
    id.nullable = false;
    const stamp = (name: string, nullable: boolean) => {
      const f = newField(name, { ...scalarType('timestamptz')!, raw: 'gorm.Model' }, origin);
      f.nullable = nullable;
      return f;
    };
    return [id, stamp('CreatedAt', false), stamp('UpdatedAt', false), stamp('DeletedAt', true)];
  }
  // GORM and sqlx read exported fields only; an unexported one is state, unless a tag maps it.
  if (!/^[A-Z]/.test(g.names[0]!) && !g.tags.has('db') && !g.tags.has('gorm')) return [];
  const gorm = (g.tags.get('gorm') ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);
  if (gorm.includes('-') || g.tags.get('db') === '-') return [];
  const pointer = g.type.startsWith('*');
  const base = g.type.replace(/^\*/, '');
  let type: FieldType;
  // A nil []byte (and json.RawMessage, datatypes.JSON, which are []byte) is written as NULL and
  // NULL scans into it as nil (database/sql, Scan docs): nullable unless a tag says not null.
  let nullable = pointer || BYTES.has(base);
  let enumName: string | undefined;
  const slice = /^\[\](.+)$/.exec(base);
  if (base === '[]byte') type = { ...scalarType('bytea')!, raw: g.type };
  else if (slice) {
    const item = GO_TYPES[slice[1]!.replace(/^\*/, '')];
    // A slice of another struct is the other side of a relationship, not a column.
    if (!item) return [];
    type = { scalar: 'array', raw: g.type, items: scalarType(item)?.scalar ?? 'string' };
  } else if (/^map\[/.test(base)) type = { scalar: 'json', raw: g.type };
  else if (NULL_TYPES[base]) {
    type = { ...scalarType(NULL_TYPES[base]!)!, raw: g.type };
    nullable = true;
  } else if (GO_TYPES[base]) type = { ...scalarType(GO_TYPES[base]!)!, raw: g.type };
  else if (declared.has(base) || gorm.some((x) => /^(?:foreignKey|references|many2many)\b/i.test(x)))
    return [];
  else if (enums.has(base) || /^[A-Za-z_][\w.]*$/.test(base)) {
    type = { scalar: 'enum', raw: g.type };
    enumName = base.split('.').pop()!;
  } else type = { scalar: 'json', raw: g.type };
  const column = gorm.find((x) => /^column:/i.test(x))?.slice(7) ?? g.tags.get('db')?.split(',')[0];
  return g.names.map((name) => {
    const f = newField(g.names.length === 1 && column ? column : name, { ...type }, origin);
    if (enumName) f.enumName = enumName;
    f.nullable = nullable;
    gormTag(f, gorm);
    validateTag(f, g.tags.get('validate') ?? g.tags.get('binding') ?? '');
    applyComment(f, g.line.comment);
    return f;
  });
}

/** GORM field tags (GORM docs, "Declaring Models: Fields Tags"). */
function gormTag(f: FieldFact, items: readonly string[]): void {
  for (const item of items) {
    const colon = item.indexOf(':');
    const key = (colon < 0 ? item : item.slice(0, colon)).trim().toLowerCase().replace(/[\s_]/g, '');
    const value = colon < 0 ? '' : item.slice(colon + 1).trim();
    if (key === 'primarykey') {
      f.primaryKey = true;
      f.nullable = false;
    } else if (key === 'unique') f.unique = true;
    else if (key === 'notnull') f.nullable = false;
    else if (key === 'autoincrement' && value !== 'false') f.type.generated = true;
    else if (key === 'size' && /^\d+$/.test(value) && f.type.scalar === 'string')
      f.type.length = Number(value);
    else if (key === 'type') {
      const t = scalarType(value);
      if (t) f.type = { ...t, raw: f.type.raw ?? value };
    } else if (key === 'default')
      f.default =
        literalDefault(value) ?? (/^\w+\(\)$/.test(value) ? value : `'${value.replace(/^'|'$/g, '')}'`);
    else if (key === 'check' && value)
      f.check = value.includes(',') ? value.slice(value.indexOf(',') + 1).trim() : value;
  }
}

/** go-playground/validator tags: `required`, `max=120`, `email`, `oneof=a b`, `gte=0`. */
function validateTag(f: FieldFact, tag: string): void {
  for (const rule of tag.split(',')) {
    const eq = rule.indexOf('=');
    const key = (eq < 0 ? rule : rule.slice(0, eq)).trim();
    const value = eq < 0 ? '' : rule.slice(eq + 1).trim();
    const text = f.type.scalar === 'string' || f.type.scalar === 'text';
    if (key === 'required') f.nullable = false;
    else if (key === 'email' && text) f.type.scalar = 'email';
    else if ((key === 'url' || key === 'uri') && text) f.type.scalar = 'url';
    else if (key === 'uuid' && text) f.type.scalar = 'uuid';
    else if ((key === 'max' || key === 'len') && /^\d+$/.test(value) && text && f.type.length === undefined)
      f.type.length = Number(value);
    else if (key === 'oneof') {
      const values = enumList(value.split(/\s+/).join(', '));
      if (values && !f.enumValues) {
        f.enumValues = values;
        f.type = { ...f.type, scalar: 'enum' };
      }
    } else if (/^(?:gte|gt|lte|lt|min)$/.test(key) && /^-?\d+(?:\.\d+)?$/.test(value) && !text && !f.check) {
      const op = { gte: '>=', min: '>=', gt: '>', lte: '<=', lt: '<' }[key]!;
      f.check = `${f.name} ${op} ${value}`;
    }
  }
}

/** One `index` / `uniqueIndex` item of a field's gorm tag. */
interface GormIndexItem {
  name: string;
  unique: boolean;
  priority: number;
  desc: boolean;
  method?: string;
  where?: string;
}

/**
 * `index`, `index:idx_name,priority:2,sort:desc,type:btree,where:...`, `uniqueIndex[:name]` and
 * `index:name,unique` (GORM docs, "Indexes"). A value may hold several options after the name.
 */
function indexItems(tag: string): GormIndexItem[] {
  const out: GormIndexItem[] = [];
  for (const raw of tag.split(';')) {
    const item = raw.trim();
    const colon = item.indexOf(':');
    const key = (colon < 0 ? item : item.slice(0, colon)).trim().toLowerCase();
    if (key !== 'index' && key !== 'uniqueindex') continue;
    const [name = '', ...options] = (colon < 0 ? '' : item.slice(colon + 1)).split(',');
    const idx: GormIndexItem = {
      name: name.trim(),
      unique: key === 'uniqueindex',
      priority: 10,
      desc: false,
    };
    for (const o of options) {
      const c = o.indexOf(':');
      const k = (c < 0 ? o : o.slice(0, c)).trim().toLowerCase();
      const v = c < 0 ? '' : o.slice(c + 1).trim();
      if (k === 'unique') idx.unique = true;
      // GORM orders a composite index's columns by priority (default 10), then by field order.
      else if (k === 'priority' && /^\d+$/.test(v)) idx.priority = Number(v);
      else if (k === 'sort' && /^desc$/i.test(v)) idx.desc = true;
      else if ((k === 'type' || k === 'using') && /^\w+$/.test(v)) idx.method = v.toLowerCase();
      else if (k === 'where' && v) idx.where = v;
    }
    out.push(idx);
  }
  return out;
}

/**
 * The indexes a struct's gorm tags state (GORM docs, "Indexes"): fields that share an index name
 * form ONE composite index, ordered by `priority:` then field order; an index without a name is
 * on its field alone (GORM names it `idx_<table>_<column>`, the name section 2 gives an unnamed
 * index). A unique index on one column makes that column unique; a composite unique index is the
 * entity's composite unique, under its stated name; the others are indexes citing their line.
 */
function gormIndexes(
  e: EntityFact,
  fields: readonly GoField[],
  columns: ReadonlyMap<GoField, FieldFact[]>,
  file: string,
): IndexFact[] {
  const groups = new Map<string, { members: { item: GormIndexItem; fact: FieldFact; order: number }[] }>();
  let order = 0;
  for (const g of fields) {
    const facts = columns.get(g) ?? [];
    if (facts.length !== 1) continue;
    for (const item of indexItems(g.tags.get('gorm') ?? '')) {
      const key = item.name ? `name:${item.name}` : `field:${order}:${groups.size}`;
      const group = groups.get(key) ?? { members: [] };
      group.members.push({ item, fact: facts[0]!, order });
      groups.set(key, group);
    }
    order++;
  }
  const out: IndexFact[] = [];
  for (const { members } of groups.values()) {
    members.sort((a, b) => a.item.priority - b.item.priority || a.order - b.order);
    const first = members.reduce((a, b) => (b.order < a.order ? b : a));
    const origin = first.fact.origin;
    const name = members.find((m) => m.item.name)?.item.name;
    const unique = members.some((m) => m.item.unique);
    const names = members.map((m) => m.fact.name);
    if (unique && !members.some((m) => m.item.where || m.item.desc)) {
      if (members.length === 1) first.fact.unique = true;
      else {
        e.uniques.push(names);
        e.uniqueSources = [...(e.uniqueSources ?? []), { columns: names, origin, ...(name ? { name } : {}) }];
      }
      continue;
    }
    const idx: IndexFact = {
      entity: e.writtenAs,
      columns: members.map((m) => (m.item.desc ? `${m.fact.name} DESC` : m.fact.name)),
      unique,
      origin,
    };
    if (name) idx.name = name;
    const method = members.find((m) => m.item.method)?.item.method;
    if (method) idx.method = method;
    const where = members.find((m) => m.item.where)?.item.where;
    if (where) idx.where = where;
    out.push(idx);
  }
  return out;
}

/**
 * `Signups []Signup` in Shift is GORM's has-many (GORM docs, "Has Many"): a shift has many
 * sign-ups, whose foreign key is on Signup. The fact lends its line to the relationship the key
 * realises; the cardinality stays the key's (a unique key is one-to-one whatever a field says).
 * `many2many:` slices name a join table instead and are left to it.
 */
function hasMany(
  e: EntityFact,
  fields: readonly GoField[],
  declared: ReadonlyMap<string, GoStruct>,
  file: string,
): RelationshipFact[] {
  const out: RelationshipFact[] = [];
  for (const g of fields) {
    const item = /^\[\]\*?([A-Za-z_]\w*)$/.exec(g.type)?.[1];
    if (!item || !declared.has(item) || g.names.length !== 1) continue;
    if (/\bmany2many\s*:/i.test(g.tags.get('gorm') ?? '')) continue;
    out.push({
      from: e.name,
      to: item,
      kind: 'one-to-many',
      notation: 'class',
      origin: at(file, g.line.line, g.line.text),
    });
  }
  return out;
}
