import { snakeCase } from '../../knowledge/names.js';
import { scalarType } from '../../knowledge/scalar-types.js';
import type { CodeBlock } from '../../markdown/blocks.js';
import type { EntityFact, EnumFact, FieldFact, IndexFact } from '../../model/domain.js';
import {
  applyComment,
  bracketPairs,
  type CodeModels,
  literalDefault,
  splitComment,
  stringLiteral,
  WORKER_NAME,
} from './code-text.js';
import { NOT_ENTITY } from './contract-names.js';
import { readFluent } from './csharp-fluent.js';
import {
  type Attribute,
  addCheck,
  applyColumnType,
  COLLECTION,
  type Declared,
  lineIndex,
  memberName,
  NUMBER,
  type Property,
  splitTop,
  TEXT,
  TYPES,
} from './csharp-syntax.js';
import { at, newClassEntity, newField } from './facts.js';

/**
 * C# models as .NET teams write them for Entity Framework Core: entity classes with
 * auto-properties and data annotations (`[Key]`, `[Required, MaxLength(80)]`, `[Range(1, 100)]`,
 * `[EmailAddress]`, `[Column(TypeName = "numeric(10,2)")]`, `[Index(nameof(Email), IsUnique =
 * true)]`, `[Table("x")]`, `[NotMapped]`), `enum` types, base classes, and the fluent configuration
 * (`modelBuilder.Entity<X>()…` or `IEntityTypeConfiguration<X>`: `HasIndex(…).IsUnique()`,
 * `HasKey`, `Property(…).HasMaxLength(…).IsRequired().HasDefaultValue(…)`, `HasOne/HasMany …
 * HasForeignKey … OnDelete`, `ToTable`, `HasCheckConstraint`) and FluentValidation rules
 * (`RuleFor(x => x.Name).NotEmpty().MaximumLength(100)`).
 *
 * C#'s own idioms are not database facts: `= "";`, `= string.Empty`, `= null!` and `= new()` only
 * satisfy the compiler's nullable checks, and a property whose type is another entity is a
 * navigation (the foreign key is its `<Name>Id` sibling, or a shadow key EF adds when none is
 * written). Non-nullable reference types (`string`) are required, as EF Core maps them with
 * nullable reference types on (the .NET 6+ template default); `string?` may be null.
 *
 * Everything is read with indexOf, bracket pairs and anchored token patterns over one line, so no
 * pattern backtracks over a fence (issue 12).
 */

const MODIFIERS = new Set([
  'public',
  'internal',
  'protected',
  'private',
  'required',
  'virtual',
  'override',
  'new',
  'sealed',
  'abstract',
  'partial',
  'static',
  'readonly',
]);
/** The compiler-only initialisers: no database default. */
const NO_DEFAULT =
  /^(?:""|string\.Empty|null!?|default!?|new\s*\(\s*\)|new\s+[\w.<>,\s]+\(\s*\)|\[\s*\]|Array\.Empty<.*>\(\))$/;
const NOW = /^(?:DateTime|DateTimeOffset)\.(?:UtcNow|Now)$/;

export function readCsharp(blocks: readonly CodeBlock[], file: string): CodeModels {
  const declared: Declared[] = [];
  const code: { text: string; firstLine: number; lines: string[] }[] = [];
  for (const b of blocks) {
    const raw = b.content.split('\n');
    const text = raw.map((l) => splitComment(l, '//').code).join('\n');
    code.push({ text, firstLine: b.contentLine, lines: raw });
    declared.push(...declarations(text, raw, b.contentLine, file));
  }
  const enums: EnumFact[] = declared
    .filter((d) => d.kind === 'enum')
    .map((d) => ({ name: d.name, values: enumValues(d.body), origin: d.origin }))
    .filter((e) => e.values.length > 0);
  const enumNames = new Set(enums.map((e) => e.name));
  const classes = new Map(declared.filter((d) => d.kind !== 'enum').map((d) => [d.name, d]));
  const props = new Map<string, Property[]>();
  for (const d of classes.values()) props.set(d.name, properties(d));
  const configured = configuredNames(code.map((c) => c.text).join('\n'));
  const dbSets = dbSetNames(code.map((c) => c.text).join('\n'));
  const entities: EntityFact[] = [];
  const indexes: IndexFact[] = [];
  for (const d of classes.values()) {
    if (!isEntity(d, props.get(d.name)!, configured)) continue;
    const e = entityOf(d, file, { classes, props, enumNames, enums }, indexes);
    // EF Core names a table after the DbSet property that exposes it (`DbSet<Forening> Foreninger`,
    // `DbSet<Person> Persons`), unless `[Table]` or `ToTable` (read after this) names it. Only a
    // DbSet spelling the class's own name inflected: `DbSet<WorkflowMetadata> Workflows` beside a
    // stated `workflows` table of another document would give two entities one table.
    const set = dbSets.get(d.name);
    const stem = d.name.replace(/[ye]$/, '').toLowerCase();
    if (set && !e.table && set.toLowerCase().startsWith(stem)) e.table = snakeCase(set);
    if (e.fields.length > 0) entities.push(e);
  }
  const byName = new Map(entities.map((e) => [e.name, e]));
  for (const c of code) readFluent(c.text, c.lines, c.firstLine, file, { byName, props, classes }, indexes);
  return { entities, enums, indexes };
}

// ── declarations ────────────────────────────────────────────────────────────────────────────────

const DECL = /\b(class|record|enum|struct|interface)\s+([A-Za-z_]\w*)/g;

function declarations(text: string, raw: string[], firstLine: number, file: string): Declared[] {
  const out: Declared[] = [];
  const close = bracketPairs(text);
  const lineOf = lineIndex(text);
  for (const m of text.matchAll(DECL)) {
    const start = m.index!;
    const kind = m[1] as Declared['kind'];
    // `record struct`, `enum class` (not C#) and words inside strings or generics are no declarations.
    const head = text.slice(text.lastIndexOf('\n', start) + 1, start);
    if (/["<(]/.test(head)) continue;
    let i = start + m[0].length;
    let generic = false;
    if (text[i] === '<') {
      const end = close(i);
      if (end < 0) continue;
      generic = true;
      i = end;
    }
    let params: string | undefined;
    const rest = text.slice(i, i + 400);
    const paren = rest.search(/\S/);
    if (paren >= 0 && rest[paren] === '(') {
      const end = close(i + paren);
      if (end < 0) continue;
      params = text.slice(i + paren + 1, end - 1);
      i = end;
    }
    const brace = nextOf(text, i, '{', ';');
    if (brace < 0) continue;
    const baseText = text
      .slice(i, brace)
      .replace(/\bwhere\b[\s\S]*$/, '')
      .trim();
    const base = baseText.startsWith(':') ? firstClassBase(baseText.slice(1)) : undefined;
    const body = text[brace] === '{' ? text.slice(brace + 1, Math.max(brace + 1, close(brace) - 1)) : '';
    const line = lineOf(start);
    out.push({
      kind,
      name: m[2]!,
      ...(base ? { base } : {}),
      generic,
      abstract: /\babstract\b/.test(head),
      attributes: attributesAbove(raw, line, head),
      body,
      bodyLine: firstLine + lineOf(brace),
      ...(params !== undefined ? { params } : {}),
      line: firstLine + line,
      origin: at(file, firstLine + line, raw[line]?.trim()),
    });
  }
  return out;
}

/** The index of the first `a` or `b` at or after `from`, or -1. */
function nextOf(text: string, from: number, a: string, b: string): number {
  const x = text.indexOf(a, from);
  const y = text.indexOf(b, from);
  if (x < 0) return y;
  if (y < 0) return x;
  return Math.min(x, y);
}

/** `: BaseEntity, IAuditable` → BaseEntity; an `I`-prefixed interface or a framework base is none. */
function firstClassBase(text: string): string | undefined {
  const first = text.split(',')[0]!.trim();
  const name = /^([A-Za-z_][\w.]*)/.exec(first)?.[1];
  if (!name || /^I[A-Z]/.test(name)) return undefined;
  return name;
}

/** Attributes on the lines just above a declaration and before it on its own line. */
function attributesAbove(raw: string[], line: number, head: string): Attribute[] {
  const texts: string[] = [];
  for (let l = line - 1; l >= 0; l--) {
    const t = splitComment(raw[l]!, '//').code.trim();
    if (!t) break;
    if (!(t.startsWith('[') && t.endsWith(']'))) break;
    texts.unshift(t);
  }
  texts.push(head);
  return texts.flatMap(parseAttributes);
}

/** `[Required, MaxLength(80)] [EmailAddress]` → three attributes. */
function parseAttributes(text: string): Attribute[] {
  const out: Attribute[] = [];
  const close = bracketPairs(text);
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
    const end = close(i);
    if (end < 0) break;
    for (const part of splitTop(text.slice(i + 1, end - 1), ',')) {
      const m = /^\s*(?:\w+:\s*)?([A-Za-z_][\w.]*?)(?:Attribute)?\s*(?:\(([\s\S]*)\))?\s*$/.exec(part);
      if (!m) continue;
      const args: string[] = [];
      const named = new Map<string, string>();
      for (const a of m[2] ? splitTop(m[2], ',') : []) {
        const eq = /^\s*([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(a);
        if (eq) named.set(eq[1]!, eq[2]!.trim());
        else if (a.trim()) args.push(a.trim());
      }
      out.push({ name: m[1]!.split('.').pop()!, args, named });
    }
    i = end - 1;
  }
  return out;
}

function enumValues(body: string): string[] {
  const values: string[] = [];
  for (const part of splitTop(body, ',')) {
    const t = part.replace(/\[[^\]]*\]/g, '').trim();
    const m = /^([A-Za-z_]\w*)(?:\s*=\s*[^,]+)?$/.exec(t);
    if (m) values.push(m[1]!);
  }
  return values;
}

// ── members ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The auto-properties of a class body at its own depth (methods' bodies skipped), each with the
 * attributes written on the lines above it and on its own line. A record's primary-constructor
 * parameters are properties too.
 */
function properties(d: Declared): Property[] {
  const out: Property[] = [];
  if (d.params) {
    for (const p of splitTop(d.params, ',', true)) {
      const attrs = parseAttributes(p);
      const t = p.replace(/\[[^\]]*\]/g, '').trim();
      const tokens = typeAndName(t);
      if (tokens) out.push({ ...tokens, attributes: attrs, line: d.line, text: p.trim(), comment: '' });
    }
  }
  const lines = d.body.split('\n');
  let depth = 0;
  let pending: Attribute[] = [];
  lines.forEach((rawLine, i) => {
    const { code, comment } = splitComment(rawLine, '//');
    const startDepth = depth;
    depth += braceBalance(code);
    if (startDepth !== 0) return;
    const trimmed = code.trim();
    if (!trimmed) {
      pending = [];
      return;
    }
    const lead = leadingAttributes(trimmed);
    const attrs = [...pending, ...parseAttributes(trimmed.slice(0, lead))];
    const rest = trimmed.slice(lead).trim();
    if (!rest) {
      pending = attrs;
      return;
    }
    pending = [];
    const prop = autoProperty(rest);
    if (prop) out.push({ ...prop, attributes: attrs, line: d.bodyLine + i, text: rawLine.trim(), comment });
  });
  return out;
}

/** Net `{` minus `}` of a line, outside string literals. */
function braceBalance(code: string): number {
  let n = 0;
  let quote = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') n++;
    else if (c === '}') n--;
  }
  return n;
}

/** Length of the `[…]` groups a line starts with. */
function leadingAttributes(line: string): number {
  let i = 0;
  const close = bracketPairs(line);
  while (line[i] === '[') {
    const end = close(i);
    if (end < 0) return i;
    i = end;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  return i;
}

/** `public required string Name { get; set; } = "";` → type, name and initialiser. */
function autoProperty(line: string): { name: string; type: string; init?: string } | null {
  const brace = line.indexOf('{');
  if (brace < 0 || !/^\{\s*(?:get|init|set)\b/.test(line.slice(brace))) return null;
  const tokens = typeAndName(line.slice(0, brace).trim());
  if (!tokens) return null;
  const closeAt = line.indexOf('}', brace);
  const after = closeAt < 0 ? '' : line.slice(closeAt + 1).trim();
  const init = after.startsWith('=') ? after.slice(1).replace(/;\s*$/, '').trim() : undefined;
  return { ...tokens, ...(init ? { init } : {}) };
}

/** The declared type and name after the modifiers: `public virtual ICollection<Line> Lines`. */
function typeAndName(text: string): { name: string; type: string } | null {
  let rest = text.trim();
  for (;;) {
    const m = /^([a-z]+)\s+/.exec(rest);
    if (!m || !MODIFIERS.has(m[1]!)) break;
    rest = rest.slice(m[0].length);
  }
  // The name is the last identifier; the type is everything before it (generics may hold spaces).
  const m = /([A-Za-z_]\w*)\s*(?:=.*)?$/.exec(rest);
  if (!m) return null;
  const type = rest.slice(0, m.index).trim();
  if (!type || /[=(){};]/.test(type) || MODIFIERS.has(type)) return null;
  return { name: m[1]!, type: type.replace(/\s+/g, '') };
}

// ── entities ────────────────────────────────────────────────────────────────────────────────────

/** Classes the fluent configuration or a DbContext's `DbSet<X>` names: entities even with methods. */
function configuredNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(
    /\b(?:DbSet|Entity|EntityTypeBuilder|IEntityTypeConfiguration)<([A-Za-z_]\w*)>/g,
  ))
    out.add(m[1]!);
  return out;
}

/** `public DbSet<Forening> Foreninger => Set<Forening>();`: each entity's DbSet property name. */
function dbSetNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\bDbSet<([A-Za-z_]\w*)>\??\s+([A-Za-z_]\w*)/g))
    if (!out.has(m[1]!)) out.set(m[1]!, m[2]!);
  return out;
}

const NOT_MODEL =
  /(?:DbContext|Context|Configuration|Validator|Migration|Seeder|Extensions|Program|Startup|Endpoints?)$/;

function isEntity(d: Declared, props: Property[], configured: Set<string>): boolean {
  if (d.kind === 'interface' || d.abstract) return false;
  if (configured.has(d.name)) return true;
  if (props.length > 0 && d.attributes.some((a) => a.name === 'Table')) return true;
  if (NOT_MODEL.test(d.name) || WORKER_NAME.test(d.name) || NOT_ENTITY.test(d.name)) return false;
  if (props.length === 0) return false;
  const orm = d.attributes.some((a) => a.name === 'Table' || a.name === 'Index' || a.name === 'Owned');
  return orm || methodCount(d.body) === 0;
}

/** Members at the class's own depth that take parameters and have a body or an arrow. */
function methodCount(body: string): number {
  let n = 0;
  let depth = 0;
  for (const line of body.split('\n')) {
    const code = splitComment(line, '//').code;
    if (
      depth === 0 &&
      /^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|protected|internal|static|async|override|virtual)\s+)*[\w<>[\],?.]+\s+[A-Za-z_]\w*\s*\([^)]*\)?\s*(?:\{|=>|$)/.test(
        code,
      ) &&
      !/\{\s*get\b/.test(code)
    )
      n++;
    depth += braceBalance(code);
  }
  return n;
}

interface Model {
  classes: Map<string, Declared>;
  props: Map<string, Property[]>;
  enumNames: Set<string>;
  enums: EnumFact[];
}

function entityOf(d: Declared, file: string, m: Model, indexes: IndexFact[]): EntityFact {
  const e = newClassEntity(d.name, d.origin);
  const table = d.attributes.find((a) => a.name === 'Table');
  const tableName = stringLiteral(table?.args[0]);
  if (tableName) e.table = tableName;
  const own = [...inherited(d, m), ...m.props.get(d.name)!];
  for (const p of own) {
    const f = fieldOf(p, own, file, m);
    if (!f) continue;
    if (e.fields.some((x) => x.name === f.name)) continue;
    e.fields.push(f);
  }
  linkNavigations(e, own, m);
  for (const a of d.attributes.filter((x) => x.name === 'Index')) {
    const columns = a.args.map(memberName).filter((c): c is string => c !== null);
    if (columns.length === 0) continue;
    const unique = /^true$/i.test(a.named.get('IsUnique') ?? '');
    const name = stringLiteral(a.named.get('Name'));
    indexes.push({ entity: d.name, columns, unique, ...(name ? { name } : {}), origin: d.origin });
  }
  return e;
}

/**
 * A navigation names the entity its key column points to: `Atelier Atelier` beside `Guid AtelierId`,
 * or the column a `[ForeignKey]` on either side names.
 */
function linkNavigations(e: EntityFact, own: Property[], m: Model): void {
  const classOf = (p: Property | undefined) => {
    const t = p?.type.replace(/\?$/, '');
    return t && m.classes.has(t) && !m.enumNames.has(t) ? t : undefined;
  };
  for (const p of own) {
    const fk = p.attributes.find((a) => a.name === 'ForeignKey');
    const named = fk ? (stringLiteral(fk.args[0]) ?? memberName(fk.args[0] ?? '')) : null;
    const target = classOf(p);
    // On the navigation: `[ForeignKey("AuteurId")] Membre Auteur`; by convention: `AtelierId`.
    const column = target ? (named ?? `${p.name}Id`) : null;
    // On the column: `[ForeignKey("Auteur")] Guid AuteurId` names its navigation.
    const nav = !target && named ? own.find((x) => x.name === named) : undefined;
    const to = target ?? classOf(nav);
    const f = e.fields.find((x) => x.name === (column ?? (nav ? p.name : null)));
    if (f && to && !f.references) f.references = { entity: to, field: keyOf(to, m) };
  }
}

function keyOf(entity: string, m: Model): string {
  const props = m.props.get(entity) ?? [];
  return (
    (props.find((x) => x.attributes.some((a) => a.name === 'Key')) ?? props.find((x) => x.name === 'Id'))
      ?.name ?? 'Id'
  );
}

/** Properties of the classes it extends, nearest last, each base read once. */
function inherited(d: Declared, m: Model): Property[] {
  const out: Property[] = [];
  const seen = new Set<string>([d.name]);
  for (let base = d.base; base && !seen.has(base); ) {
    seen.add(base);
    const b = m.classes.get(base);
    if (!b) break;
    out.unshift(...m.props.get(base)!);
    base = b.base;
  }
  return out;
}

function fieldOf(p: Property, own: Property[], file: string, m: Model): FieldFact | null {
  if (p.attributes.some((a) => a.name === 'NotMapped')) return null;
  const nullable = p.type.endsWith('?');
  const base = p.type.replace(/\?$/, '');
  const list = COLLECTION.exec(base);
  const elem = list ? list[1]! : base;
  const mapped = TYPES[elem.toLowerCase()];
  // A collection of entities is the other side of a relationship; one of scalars is an array column.
  if (list && !mapped) return null;
  const origin = at(file, p.line, p.text);
  if (!mapped && !m.enumNames.has(elem) && m.classes.has(elem)) {
    // A navigation: its `<Name>Id` sibling (or the one [ForeignKey] names) is the column.
    if (own.some((x) => x.name === `${p.name}Id`) || p.attributes.some((a) => a.name === 'ForeignKey'))
      return null;
    const target = m.classes.get(elem)!;
    const key = m.props
      .get(target.name)
      ?.find((x) => x.name === 'Id' || x.attributes.some((a) => a.name === 'Key'));
    const keyType = TYPES[(key?.type ?? 'Guid').replace(/\?$/, '').toLowerCase()] ?? 'uuid';
    const f = newField(`${p.name}Id`, scalarType(keyType, `${p.name}Id`)!, origin);
    f.nullable = nullable;
    f.references = { entity: target.name, field: key?.name ?? 'Id' };
    return f;
  }
  const scalar = mapped ? scalarType(mapped, p.name) : null;
  const f = newField(p.name, scalar ?? { scalar: 'enum', raw: p.type }, origin);
  if (list && scalar) f.type = { scalar: 'array', raw: p.type, items: scalar.scalar };
  if (!scalar) f.enumName = elem;
  f.nullable = nullable;
  if (p.name === 'Id') {
    f.primaryKey = true;
    f.nullable = false;
  }
  for (const a of p.attributes) applyAttribute(f, a);
  if (p.init) applyInitialiser(f, p.init, m);
  if (p.comment) applyComment(f, p.comment);
  return f;
}

/** One data annotation on a property. */
function applyAttribute(f: FieldFact, a: Attribute): void {
  const col = snakeCase(f.name);
  const text = TEXT.has(f.type.scalar);
  const n = (s: string | undefined) => (s && /^\d+$/.test(s.trim()) ? Number(s.trim()) : undefined);
  switch (a.name) {
    case 'Key':
      f.primaryKey = true;
      f.nullable = false;
      break;
    case 'Required':
      f.nullable = false;
      break;
    case 'MaxLength':
    case 'StringLength': {
      const max = n(a.args[0]);
      if (max !== undefined && text) f.type.length = max;
      const min = n(a.named.get('MinimumLength'));
      if (min !== undefined && text) addCheck(f, `char_length(${col}) >= ${min}`);
      break;
    }
    case 'MinLength': {
      const min = n(a.args[0]);
      if (min !== undefined && text) addCheck(f, `char_length(${col}) >= ${min}`);
      break;
    }
    case 'Range': {
      const [lo, hi] = a.args.map((x) => x.trim().replace(/[dDmMfF]$/, ''));
      if (lo && hi && NUMBER.test(lo) && NUMBER.test(hi)) addCheck(f, `${col} BETWEEN ${lo} AND ${hi}`);
      break;
    }
    case 'EmailAddress':
      if (text) f.type.scalar = 'email';
      break;
    case 'Phone':
      if (text) f.type.scalar = 'phone';
      break;
    case 'Url':
      if (text) f.type.scalar = 'url';
      break;
    case 'Column': {
      const type = stringLiteral(a.named.get('TypeName'));
      if (type) applyColumnType(f, type);
      break;
    }
    case 'Precision': {
      const [p, s] = a.args.map(n);
      if (p !== undefined)
        f.type = { ...f.type, scalar: 'decimal', precision: p, ...(s !== undefined ? { scale: s } : {}) };
      break;
    }
    case 'DatabaseGenerated':
      if (/Identity/.test(a.args[0] ?? '') && (f.type.scalar === 'integer' || f.type.scalar === 'bigint'))
        f.type.generated = true;
      break;
    case 'Comment': {
      const c = stringLiteral(a.args[0]);
      if (c) f.description = c;
      break;
    }
  }
}

/** A property initialiser that states a value; the compiler-only ones state nothing. */
function applyInitialiser(f: FieldFact, init: string, m: Model): void {
  const t = init.trim();
  if (NO_DEFAULT.test(t)) return;
  if (NOW.test(t)) {
    f.default = 'now()';
    return;
  }
  const member = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*)$/.exec(t);
  if (member && m.enumNames.has(member[1]!)) {
    const values = m.enums.find((e) => e.name === member[1])!.values;
    if (values.includes(member[2]!)) f.default = `'${member[2]}'`;
    return;
  }
  const literal = literalDefault(t.replace(/[mM]$/, ''));
  if (literal !== undefined) f.default = literal;
}
