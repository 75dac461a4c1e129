import { scalarType } from '../../knowledge/scalar-types.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { FieldFact, FieldType } from '../../model/domain.js';
import {
  applyComment,
  bracketPairs,
  type CodeLine,
  type CodeModels,
  callArgs,
  codeLines,
  jvmString,
  literalDefault,
  splitTopLevel,
  statements,
  stringLiteral,
  WORKER_NAME,
} from './code-text.js';
import { NOT_ENTITY } from './contract-names.js';
import { readExposed } from './exposed.js';
import { at, lineAt, newClassEntity, newEntity, newField } from './facts.js';

/**
 * Kotlin data models: `data class Tool(val id: UUID, val name: String, // max 120 chars ...)`,
 * classes whose body holds only properties (`class Tool { val id: UUID }`), JPA-annotated classes
 * (`@Entity @Table(name = "tools") class Tool(@Id val id: UUID, @Column(unique = true) ...)`) and
 * `enum class ToolStatus { AVAILABLE, ON_LOAN }`. Kotlin states nullability in the type: `T?` may be
 * null, `T` may not. A `List<Other>` of another class is the other side of a relationship, not a
 * column. Read line by line with bracket counters (data/code-text.ts), no backtracking pattern.
 */

/** Kotlin and JVM type names → the portable vocabulary of knowledge/scalar-types.ts. */
const KOTLIN_TYPES: Record<string, string> = {
  String: 'string',
  Char: 'string',
  Int: 'integer',
  Short: 'integer',
  Byte: 'integer',
  Long: 'bigint',
  Double: 'float',
  Float: 'float',
  Boolean: 'boolean',
  BigDecimal: 'decimal',
  BigInteger: 'decimal',
  UUID: 'uuid',
  Uuid: 'uuid',
  Instant: 'timestamptz',
  OffsetDateTime: 'timestamptz',
  ZonedDateTime: 'timestamptz',
  LocalDateTime: 'timestamp',
  Date: 'timestamp',
  LocalDate: 'date',
  LocalTime: 'time',
  ByteArray: 'bytea',
  JsonNode: 'json',
  Any: 'json',
};
const COLLECTION = /^(?:List|MutableList|Set|MutableSet|Collection|Iterable|Array)$/;
const ORM = /^@(?:Entity|Table|Document|Embeddable)\b/;
const MODIFIERS = /^(?:(?:private|protected|public|internal|override|open|lateinit|final|const)\s+)*/;

export function readKotlin(blocks: readonly CodeBlock[], file: string): CodeModels {
  const out: CodeModels = { entities: [], enums: [] };
  for (const b of blocks) readBlock(b, file, out);
  // Exposed table objects (`object Orders : UUIDTable("orders") { … }`) beside the classes.
  const exposed = readExposed(blocks, file);
  out.entities.push(...exposed.entities);
  if (exposed.indexes && exposed.indexes.length > 0) out.indexes = exposed.indexes;
  return out;
}

function readBlock(block: CodeBlock, file: string, out: CodeModels): void {
  const lines = codeLines(block, '//');
  const code = lines.map((l) => l.code).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.code.length + 1;
  }
  const lineOf = (pos: number) => lines[lineAt(code, pos, 0)]!;
  const closeOf = bracketPairs(code);
  // A class inside a body already read (a companion, a nested class) is part of it, not a model.
  let readUntil = -1;
  lines.forEach((l, i) => {
    if (starts[i]! < readUntil) return;
    const k = l.code.indexOf('class ');
    if (k < 0 || (k > 0 && /\w/.test(l.code[k - 1]!))) return;
    const head = /^class\s+([A-Z]\w*)/.exec(l.code.slice(k));
    if (!head) return;
    const before = l.code.slice(0, k);
    const annotations = [...precedingAnnotations(lines, i), before].flatMap((a) => annotationsOf(a).notes);
    if (/\b(?:sealed|abstract|inner|annotation|value)\s/.test(before)) return;
    const name = head[1]!;
    let pos = starts[i]! + k + head[0].length;
    pos = skipBlanks(code, pos);
    if (code[pos] === '<') pos = skipBlanks(code, Math.max(closeOf(pos), pos + 1));
    let params: { text: string; at: number }[] = [];
    if (code[pos] === '(') {
      const end = closeOf(pos);
      if (end < 0) return;
      params = parts(code, pos + 1, end - 1);
      pos = end;
    }
    const lineEnd = code.indexOf('\n', pos);
    const brace = code.slice(pos, lineEnd < 0 ? undefined : lineEnd).indexOf('{');
    let body: { text: string; at: number }[] = [];
    let bodyText = '';
    readUntil = pos;
    if (brace >= 0) {
      const open = pos + brace;
      const end = closeOf(open);
      if (end < 0) return;
      bodyText = code.slice(open + 1, end - 1);
      readUntil = end;
      body = statements(code, open + 1, end - 1);
    }
    const origin = at(file, l.line, l.text);
    if (/\benum\s/.test(before)) {
      const values = enumEntries(bodyText);
      if (values.length > 0) out.enums.push({ name, values, origin });
      return;
    }
    const orm = annotations.some((a) => ORM.test(a));
    const data = /\bdata\s/.test(before);
    if (!orm && (NOT_ENTITY.test(name) || WORKER_NAME.test(name))) return;
    const e = newClassEntity(name, origin);
    const table = annotations.map((a) => /^@Table\s*\((.*)\)$/s.exec(a)?.[1]).find((x) => x !== undefined);
    const tableName = table ? stringLiteral(callArgs(table, '=').named.get('name')) : null;
    if (tableName) e.table = tableName;
    // A constructor parameter without val/var is no property (a service's injected dependency).
    if (!data && !orm && params.some((p) => !/\b(?:val|var)\s/.test(p.text))) return;
    let methods = 0;
    let pending: string[] = [];
    const take = (member: { text: string; at: number }, extra: string[]) => {
      const f = readMember(member.text, extra, lineOf(member.at + member.text.trim().length - 1), file);
      if (f) e.fields.push(f);
    };
    for (const p of params) take(p, []);
    for (const s of body) {
      const t = s.text.trim();
      if (t.startsWith('@') && !/\b(?:val|var)\s/.test(t)) {
        pending.push(t);
        continue;
      }
      if (/(?:^|\s)fun\s/.test(t)) methods++;
      else if (/(?:^|\s)(?:val|var)\s/.test(t) && !/\bget\(\)/.test(t)) take(s, pending);
      pending = [];
    }
    if (e.fields.length === 0 || (!data && !orm && methods > 0)) return;
    // An `id` without `@Id` is left to derive's named rule (derive/data/keys.ts), not stated here.
    out.entities.push(e);
  });
}

const skipBlanks = (text: string, pos: number) => {
  let p = pos;
  while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '\n')) p++;
  return p;
};

function precedingAnnotations(lines: readonly CodeLine[], i: number): string[] {
  const out: string[] = [];
  // Annotations sit on the few lines right above the class; a run of them is never long.
  for (let j = i - 1; j >= Math.max(0, i - 20); j--) {
    const t = lines[j]!.code.trim();
    if (t === '') continue;
    if (!t.startsWith('@') || t.includes('class ')) break;
    out.unshift(t);
  }
  return out;
}

/** Comma-separated parts of `code[from, to)` with their offsets. */
function parts(code: string, from: number, to: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let at = from;
  for (const p of splitTopLevel(code.slice(from, to), ',', true)) {
    if (p.trim()) out.push({ text: p, at: at + (p.length - p.trimStart().length) });
    at += p.length + 1;
  }
  return out;
}

/** `A, B("b"), C { ... };` → [A, B, C]: each entry's leading identifier, up to the first `;`. */
function enumEntries(body: string): string[] {
  const semi = splitTopLevel(body, ';', false)[0] ?? '';
  const out: string[] = [];
  for (const entry of splitTopLevel(semi, ',', false)) {
    const m = /^\s*([A-Za-z_]\w*)/.exec(entry);
    if (m) out.push(m[1]!);
  }
  return out;
}

/** `@Column(unique = true) val email: String? = null` → its annotations and the rest. */
export function annotationsOf(text: string): { notes: string[]; rest: string } {
  const notes: string[] = [];
  const s = text.trim();
  const closeOf = bracketPairs(s);
  const name = /@[\w.:]+/y;
  let pos = 0;
  for (;;) {
    name.lastIndex = pos;
    const m = name.exec(s);
    if (!m) break;
    let end = pos + m[0].length;
    const next = skipBlanks(s, end);
    if (s[next] === '(') end = Math.max(closeOf(next), end);
    notes.push(s.slice(pos, end));
    pos = skipBlanks(s, end);
  }
  return { notes, rest: s.slice(pos) };
}

function readMember(text: string, extra: string[], line: CodeLine, file: string): FieldFact | null {
  const { notes: own, rest } = annotationsOf(text);
  const notes = [...extra, ...own];
  const s = rest.slice(MODIFIERS.exec(rest)![0].length);
  const decl = /^(?:val|var)\s+([A-Za-z_]\w*)\s*:/.exec(s);
  if (!decl) return null;
  const [typeText = '', ...defaults] = splitTopLevel(s.slice(decl[0].length), '=', true);
  const written = typeText.trim();
  if (!written) return null;
  const nullable = written.endsWith('?');
  const base = written.replace(/\?$/, '').trim();
  const generic = /^([\w.]+)\s*<(.*)>$/.exec(base);
  const outer = (generic?.[1] ?? base).split('.').pop()!;
  let type: FieldType;
  let enumName: string | undefined;
  if (generic && COLLECTION.test(outer)) {
    const item = KOTLIN_TYPES[generic[2]!.trim().replace(/\?$/, '')];
    // A list of another class is the other side of a relationship, not a column.
    if (!item) return null;
    type = { scalar: 'array', raw: written, items: scalarType(item)?.scalar ?? 'string' };
  } else if (generic && /^(?:Map|MutableMap)$/.test(outer)) type = { scalar: 'json', raw: written };
  else {
    const word = KOTLIN_TYPES[outer];
    const known = word ? scalarType(word) : null;
    type = known ? { ...known, raw: written } : { scalar: 'enum', raw: written };
    if (!known) enumName = outer;
  }
  const name = joinColumn(notes) ?? decl[1]!;
  const f = newField(name, type, at(file, line.line, line.text));
  if (enumName) f.enumName = enumName;
  f.nullable = nullable;
  const def = defaults.join('=').trim();
  if (def && def !== 'null') {
    const lit = literalDefault(def);
    const entry = enumName && def.startsWith(`${enumName}.`) ? def.slice(enumName.length + 1) : '';
    if (lit !== undefined) f.default = lit;
    else if (/^\w+$/.test(entry)) f.default = `'${entry}'`;
  }
  jpa(f, notes);
  applyComment(f, line.comment);
  return f;
}

/** `@JoinColumn(name = "branch_id")` names the column that holds a `@ManyToOne` reference. */
export function joinColumn(notes: readonly string[]): string | null {
  for (const n of notes) {
    const m = /^@(?:field:|get:)?(?:JoinColumn|Column)\s*\((.*)\)$/s.exec(n);
    const name = m ? stringLiteral(callArgs(m[1]!, '=').named.get('name')) : null;
    if (name) return name;
  }
  return null;
}

/** JPA and Bean Validation annotations (Jakarta Persistence 3.1 §11, Jakarta Validation 3.0). */
export function jpa(f: FieldFact, notes: readonly string[]): void {
  for (const n of notes) {
    const m = /^@(?:field:|get:)?(\w+)\s*(?:\((.*)\))?$/s.exec(n);
    if (!m) continue;
    const args = callArgs(m[2] ?? '', '=');
    switch (m[1]) {
      case 'Id':
        f.primaryKey = true;
        f.nullable = false;
        break;
      case 'GeneratedValue':
        if (f.type.scalar === 'integer' || f.type.scalar === 'bigint') f.type.generated = true;
        break;
      case 'Column':
        if (args.named.get('unique') === 'true') f.unique = true;
        if (args.named.get('nullable') === 'false') f.nullable = false;
        if (args.named.get('nullable') === 'true') f.nullable = true;
        if (/^\d+$/.test(args.named.get('length') ?? '')) f.type.length = Number(args.named.get('length'));
        if (/^\d+$/.test(args.named.get('precision') ?? ''))
          f.type.precision = Number(args.named.get('precision'));
        if (/^\d+$/.test(args.named.get('scale') ?? '')) f.type.scale = Number(args.named.get('scale'));
        // `columnDefinition = "jsonb"` states the column's SQL type (Jakarta Persistence 3.1 §11.1.9).
        if (/^["'`]?jsonb?["'`]?$/i.test(args.named.get('columnDefinition') ?? ''))
          f.type = { ...f.type, scalar: 'json' };
        break;
      // Hibernate 6 `@JdbcTypeCode(SqlTypes.JSON)`: the field is stored as JSON.
      case 'JdbcTypeCode':
        if (/\bSqlTypes\.JSON\b/.test(m[2] ?? '')) f.type = { ...f.type, scalar: 'json' };
        break;
      // `@ManyToOne(optional = false)`, `@JoinColumn(nullable = false)`: the reference is required
      // (Jakarta Persistence 3.1 §11.1.35, §11.1.25).
      case 'ManyToOne':
      case 'OneToOne':
        if (args.named.get('optional') === 'false') f.nullable = false;
        break;
      case 'JoinColumn':
        if (args.named.get('nullable') === 'false') f.nullable = false;
        if (args.named.get('unique') === 'true') f.unique = true;
        break;
      case 'Size':
      case 'Length':
        if (/^\d+$/.test(args.named.get('max') ?? '') && f.type.length === undefined)
          f.type.length = Number(args.named.get('max'));
        break;
      case 'NotNull':
      case 'NotBlank':
      case 'NotEmpty':
        f.nullable = false;
        break;
      case 'Email':
        if (f.type.scalar === 'string') f.type.scalar = 'email';
        break;
      case 'Pattern': {
        // Bean Validation `@Pattern(regexp = "…")`: java.util.regex, matched against the whole value.
        const written = args.named.get('regexp') ?? args.positional[0];
        const source = jvmString(written);
        const flags = /CASE_INSENSITIVE/.test(args.named.get('flags') ?? '')
          ? 'i'
          : args.named.get('flags')
            ? 'x'
            : '';
        if (source) f.pattern = { source, flags, flavour: 'java', via: '@Pattern', origin: f.origin };
        break;
      }
      case 'Min':
      case 'PositiveOrZero':
      case 'Positive': {
        const min =
          m[1] === 'Min' ? (args.positional[0] ?? args.named.get('value')) : m[1] === 'Positive' ? '0' : '0';
        const op = m[1] === 'Positive' ? '>' : '>=';
        if (min && /^-?\d+$/.test(min.replace(/L$/, '')) && !f.check)
          f.check = `${f.name} ${op} ${min.replace(/L$/, '')}`;
        break;
      }
      default:
        break;
    }
  }
}
