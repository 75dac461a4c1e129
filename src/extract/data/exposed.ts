import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, FieldFact, FieldType, ForeignKey, IndexFact } from '../../model/domain.js';
import {
  applyComment,
  type CodeLine,
  type CodeModels,
  callArgs,
  closingBracket,
  codeLines,
  literalDefault,
  splitTopLevel,
  statements,
  stringLiteral,
} from './code-text.js';
import { at, newEntity, newField } from './facts.js';

/**
 * Kotlin Exposed table objects (JetBrains Exposed DSL): `object Orders : UUIDTable("orders") {
 * val customer = reference("customer_id", Customers, onDelete = ReferenceOption.CASCADE)
 * val total = decimal("total", 10, 2).default(BigDecimal.ZERO) … init { uniqueIndex(a, b) } }`.
 * Each column is the call that names its SQL column (`varchar("name", 100)`), then modifiers
 * (`.nullable()`, `.uniqueIndex()`, `.default(…)`, `.autoIncrement()`). The id tables (`IntIdTable`,
 * `LongIdTable`, `UUIDTable`) carry their primary key `id` themselves. Read with bracket matching over
 * the fence, no backtracking pattern.
 */

/** Exposed column functions → the portable vocabulary (FieldType) with the arguments that size it. */
const COLUMN_TYPES: Record<string, FieldType['scalar']> = {
  integer: 'integer',
  short: 'integer',
  byte: 'integer',
  ubyte: 'integer',
  ushort: 'integer',
  uinteger: 'bigint',
  long: 'bigint',
  ulong: 'bigint',
  float: 'float',
  double: 'float',
  decimal: 'decimal',
  bool: 'boolean',
  char: 'string',
  varchar: 'string',
  text: 'text',
  mediumText: 'text',
  largeText: 'text',
  binary: 'binary',
  blob: 'binary',
  uuid: 'uuid',
  date: 'date',
  datetime: 'datetime',
  timestamp: 'datetime',
  timestampWithTimeZone: 'datetime',
  time: 'time',
  json: 'json',
  jsonb: 'json',
  enumeration: 'enum',
  enumerationByName: 'enum',
  customEnumeration: 'enum',
  reference: 'uuid',
  optReference: 'uuid',
};

/** The primary key an id table declares for itself. */
const ID_TABLES: Record<string, FieldType['scalar'] | null> = {
  Table: null,
  IntIdTable: 'integer',
  UIntIdTable: 'integer',
  LongIdTable: 'bigint',
  ULongIdTable: 'bigint',
  UUIDTable: 'uuid',
};

const ON_DELETE: Record<string, ForeignKey['onDelete']> = {
  CASCADE: 'cascade',
  RESTRICT: 'restrict',
  SET_NULL: 'set null',
  NO_ACTION: 'no action',
  SET_DEFAULT: 'set default',
};

const OBJECT_HEAD =
  /^\s*(?:(?:private|internal|public)\s+)?object\s+([A-Z]\w*)\s*:\s*([A-Z]\w*)(?:<[^>]*>)?\s*\(/;

export function readExposed(blocks: readonly CodeBlock[], file: string): CodeModels {
  const out: CodeModels = { entities: [], enums: [], indexes: [] };
  for (const b of blocks) readBlock(b, file, out);
  return out;
}

function readBlock(block: CodeBlock, file: string, out: CodeModels): void {
  if (!/\bobject\s+\w+\s*:\s*\w*Table\b/.test(block.content)) return;
  const lines = codeLines(block, '//');
  const code = lines.map((l) => l.code).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.code.length + 1;
  }
  const lineOf = (pos: number): CodeLine => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo]!;
  };
  // Every object first, so a reference to a table declared further down finds its SQL name.
  const tables = new Map<string, { table: string; id: FieldType['scalar'] }>();
  const objects: {
    name: string;
    base: string;
    table: string;
    line: CodeLine;
    body: [number, number] | null;
  }[] = [];
  lines.forEach((l, i) => {
    const head = OBJECT_HEAD.exec(l.code);
    if (!head || !(head[2]! in ID_TABLES || /IdTable$/.test(head[2]!))) return;
    const open = starts[i]! + head[0].length - 1;
    const close = closingBracket(code, open);
    if (close < 0) return;
    const args = callArgs(code.slice(open + 1, close - 1), '=');
    const table = stringLiteral(args.positional[0] ?? args.named.get('name')) ?? head[1]!;
    let brace = close;
    while (brace < code.length && (code[brace] === ' ' || code[brace] === '\t')) brace++;
    const end = code[brace] === '{' ? closingBracket(code, brace) : -1;
    tables.set(head[1]!, { table, id: ID_TABLES[head[2]!] ?? 'uuid' });
    objects.push({
      name: head[1]!,
      base: head[2]!,
      table,
      line: l,
      body: end > 0 ? [brace + 1, end - 1] : null,
    });
  });
  for (const o of objects) {
    const e = newEntity(o.table, 'class', at(file, o.line.line, o.line.text), o.table);
    const idType = ID_TABLES[o.base];
    if (idType) {
      const id = newField('id', { scalar: idType, raw: idType === 'bigint' ? 'long' : idType }, e.origin);
      if (idType !== 'uuid') id.type.generated = true;
      id.primaryKey = true;
      id.nullable = false;
      e.fields.push(id);
    }
    const columnOf = new Map<string, string>();
    if (o.body) {
      for (const s of statements(code, o.body[0], o.body[1], true)) {
        const line = lineOf(s.at);
        const text = s.text.trim();
        const column = /^(?:override\s+)?val\s+([A-Za-z_]\w*)\s*=\s*/.exec(text);
        if (column) {
          if (column[1] === 'primaryKey') {
            const pk = /PrimaryKey\s*\((.*)\)/s.exec(text);
            const cols = pk ? columnsOf(pk[1]!, columnOf) : [];
            if (cols.length === 1) {
              const f = e.fields.find((x) => x.name === cols[0]);
              if (f) f.primaryKey = true;
            } else if (cols.length > 1) e.primaryKey = cols;
            continue;
          }
          const f = readColumn(text.slice(column[0].length), line, file, tables);
          if (f) {
            columnOf.set(column[1]!, f.name);
            e.fields.push(f);
          }
          continue;
        }
        const init = /^init\s*\{/.exec(text);
        if (init) readInit(text.slice(init[0].length, -1), columnOf, line, file, e, out);
      }
    }
    if (e.fields.length > 0) out.entities.push(e);
  }
}

/** `varchar("nazev", 100).uniqueIndex()` → the field, or null when the call is no column. */
function readColumn(
  expr: string,
  line: CodeLine,
  file: string,
  tables: ReadonlyMap<string, { table: string; id: FieldType['scalar'] }>,
): FieldFact | null {
  const calls = chain(expr);
  const first = calls[0];
  if (!first || !(first.name in COLUMN_TYPES)) return null;
  const args = callArgs(first.args, '=');
  const name = stringLiteral(args.positional[0] ?? args.named.get('name'));
  if (!name) return null;
  // The type as written, without the column's own name: `varchar(100)`, `decimal(4, 1)`, `text`.
  const sized = splitTopLevel(first.args, ',', false)
    .slice(1)
    .map((a) => a.trim())
    .filter((a) => /^\d+$/.test(a));
  const type: FieldType = {
    scalar: COLUMN_TYPES[first.name]!,
    raw: sized.length > 0 ? `${first.name}(${sized.join(', ')})` : first.name,
  };
  const num = (i: number, key: string) => {
    const v = args.positional[i] ?? args.named.get(key);
    return v && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
  };
  if (first.name === 'varchar' || first.name === 'char') {
    const n = num(1, 'length');
    if (n !== undefined) type.length = n;
  }
  if (first.name === 'decimal') {
    const p = num(1, 'precision');
    const s = num(2, 'scale');
    if (p !== undefined) type.precision = p;
    if (s !== undefined) type.scale = s;
  }
  const f = newField(name, type, at(file, line.line, line.text));
  // Exposed columns are NOT NULL unless declared `.nullable()` (or an `optReference`).
  f.nullable = first.name === 'optReference' || calls.some((c) => c.name === 'nullable');
  if (first.name === 'enumeration' || first.name === 'enumerationByName') {
    const klass = /^(\w+)::class$/.exec((args.positional[first.name === 'enumeration' ? 1 : 2] ?? '').trim());
    if (klass) f.enumName = klass[1]!;
  }
  if (first.name === 'reference' || first.name === 'optReference') {
    const target = (args.positional[1] ?? args.named.get('foreign') ?? '').trim();
    const table = /^(\w+)(?:\.id)?$/.exec(target)?.[1];
    if (table) {
      const target = tables.get(table);
      const fk: ForeignKey = { entity: target?.table ?? table, field: 'id' };
      if (target) type.scalar = target.id;
      const onDelete = /ReferenceOption\.(\w+)/.exec(args.named.get('onDelete') ?? '')?.[1];
      if (onDelete && ON_DELETE[onDelete]) fk.onDelete = ON_DELETE[onDelete];
      f.references = fk;
    }
  }
  for (const c of calls.slice(1)) {
    if (c.name === 'uniqueIndex') f.unique = true;
    else if (c.name === 'autoIncrement') type.generated = true;
    else if (c.name === 'default') {
      const lit = literalDefault(c.args.trim());
      if (lit !== undefined) f.default = lit;
    } else if (c.name === 'defaultExpression' && /CurrentTimestamp|CurrentDateTime/.test(c.args))
      f.default = 'now()';
    else if (c.name === 'references') {
      const target = /^(\w+)\.(\w+)/.exec(c.args.trim());
      if (target) f.references = { entity: tables.get(target[1]!)?.table ?? target[1]!, field: target[2]! };
    }
  }
  applyComment(f, line.comment);
  // `enumerationByName("role", 20, Role::class) // DISPECER, RIDIC, SPRAVCE`: the comment lists the values.
  const listed = line.comment.trim();
  if (type.scalar === 'enum' && !f.enumValues && /^[A-Z][A-Z0-9_]*(?:\s*,\s*[A-Z][A-Z0-9_]*)+$/.test(listed))
    f.enumValues = listed.split(/\s*,\s*/);
  return f;
}

/** `init { uniqueIndex(okrsek, datum); index(false, stav) }`: composite uniques and indexes. */
function readInit(
  body: string,
  columnOf: ReadonlyMap<string, string>,
  line: CodeLine,
  file: string,
  e: EntityFact,
  out: CodeModels,
): void {
  for (const part of splitTopLevel(body.replace(/\n/g, ';'), ';', false)) {
    const m = /^\s*(uniqueIndex|index)\s*\((.*)\)\s*$/s.exec(part);
    if (!m) continue;
    const cols = columnsOf(m[2]!, columnOf);
    if (cols.length === 0) continue;
    const origin = at(file, line.line, line.text);
    if (m[1] === 'uniqueIndex' && cols.length > 1) {
      e.uniques.push(cols);
      e.uniqueSources = [...(e.uniqueSources ?? []), { columns: cols, origin }];
    } else if (m[1] === 'uniqueIndex') {
      const f = e.fields.find((x) => x.name === cols[0]);
      if (f) f.unique = true;
    } else {
      const idx: IndexFact = { entity: e.name, columns: cols, unique: false, origin };
      out.indexes!.push(idx);
    }
  }
}

/** The column names of an argument list of properties (`okrsek, datum`), skipping names and flags. */
function columnsOf(args: string, columnOf: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const a of splitTopLevel(args, ',', false)) {
    const col = columnOf.get(a.trim()) ?? (a.trim() === 'id' ? 'id' : undefined);
    if (col) out.push(col);
  }
  return out;
}

/** `f(a).g().h(b)` → [{f, a}, {g, ''}, {h, b}]; stops at anything else. */
function chain(expr: string): { name: string; args: string }[] {
  const out: { name: string; args: string }[] = [];
  let pos = 0;
  const s = expr.trim();
  for (;;) {
    const m = /^\.?\s*([A-Za-z_]\w*)\s*(?=[({])/.exec(s.slice(pos));
    if (!m) break;
    const open = pos + m[0].length;
    const close = closingBracket(s, open);
    if (close < 0) break;
    out.push({ name: m[1]!, args: s[open] === '(' ? s.slice(open + 1, close - 1) : '' });
    pos = close;
    while (pos < s.length && /\s/.test(s[pos]!)) pos++;
    if (s[pos] !== '.') break;
  }
  return out;
}
