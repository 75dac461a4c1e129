import { snakeCase } from '../../knowledge/names.js';
import type { EntityFact, FieldFact, IndexFact } from '../../model/domain.js';
import type { Origin } from '../../model/origin.js';
import { bracketPairs, literalDefault, stringLiteral } from './code-text.js';
import {
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
} from './csharp-syntax.js';
import { at } from './facts.js';

/**
 * EF Core's fluent configuration and FluentValidation rules, read beside the C# entity classes
 * (data/csharp.ts): `modelBuilder.Entity<X>()…`, `IEntityTypeConfiguration<X>.Configure(builder)`
 * and `AbstractValidator<X>` constructors. Each statement applies to the entity the nearest
 * `Entity<X>`, `EntityTypeBuilder<X>` or `AbstractValidator<X>` before it names.
 */

interface Call {
  name: string;
  generic?: string;
  args: string;
  offset: number;
}

export interface Fluent {
  byName: Map<string, EntityFact>;
  props: Map<string, Property[]>;
  classes: Map<string, Declared>;
}

/**
 * The fluent configuration of a fence: statements in order, each applied to the entity the
 * nearest `Entity<X>`, `EntityTypeBuilder<X>` or `AbstractValidator<X>` before it names.
 */
export function readFluent(
  text: string,
  raw: string[],
  firstLine: number,
  file: string,
  c: Fluent,
  indexes: IndexFact[],
): void {
  if (!/\b(?:Entity|EntityTypeBuilder|AbstractValidator)</.test(text)) return;
  const lineOf = lineIndex(text);
  let current: string | null = null;
  let from = 0;
  for (const stmt of statements(text)) {
    const offset = from;
    from += stmt.length + 1;
    const calls = chain(stmt);
    for (const m of stmt.matchAll(
      /\b(?:EntityTypeBuilder|AbstractValidator|IEntityTypeConfiguration)<([A-Za-z_]\w*)>/g,
    ))
      current = m[1]!;
    // The line of the chain's first call: a statement may start with the method it sits in.
    const stmtLine = lineOf(offset + (calls[0]?.offset ?? Math.max(0, stmt.search(/\S/))));
    const origin = at(file, firstLine + stmtLine, raw[stmtLine]?.trim());
    applyChain(calls, current, origin, c, indexes, (name) => {
      current = name;
    });
  }
}

/**
 * The fence cut at `;`, `{` and `}` outside parentheses and string literals: a configuration
 * class's signature, each `builder.…;` and each top-level `modelBuilder.…;` apart, while a lambda
 * passed to `Entity<X>(b => { … })` stays within its call.
 */
function statements(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && (c === ';' || c === '{' || c === '}')) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** The calls of a statement's chain at its own depth: `b.HasIndex(x => x.A).IsUnique()` → two. */
function chain(stmt: string): Call[] {
  const out: Call[] = [];
  const close = bracketPairs(stmt);
  const ident = /[A-Za-z_]\w*/y;
  for (let i = 0; i < stmt.length; i++) {
    const ch = stmt[i]!;
    if (ch === '"' || ch === "'") {
      const end = stmt.indexOf(ch, i + 1);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (!/[A-Za-z_]/.test(ch) || (i > 0 && /\w/.test(stmt[i - 1]!))) continue;
    ident.lastIndex = i;
    const m = ident.exec(stmt);
    if (!m) continue;
    let j = i + m[0].length;
    let generic: string | undefined;
    if (stmt[j] === '<') {
      const end = close(j);
      if (end < 0) {
        i = j;
        continue;
      }
      generic = stmt.slice(j + 1, end - 1).trim();
      j = end;
    }
    if (stmt[j] !== '(') {
      i = j - 1;
      continue;
    }
    const end = close(j);
    if (end < 0) break;
    out.push({ name: m[0], ...(generic ? { generic } : {}), args: stmt.slice(j + 1, end - 1), offset: i });
    // `Entity<X>(b => { … })` holds its own statements: keep reading inside a lambda body.
    if (m[0] === 'Entity' && stmt.slice(j + 1, end - 1).includes('=>')) {
      i = j;
      continue;
    }
    i = end - 1;
  }
  return out;
}

type Target =
  | { kind: 'index'; index: IndexFact }
  | { kind: 'property'; field: FieldFact; entity: EntityFact }
  | {
      kind: 'relation';
      dependent?: string;
      principal?: string;
      nav?: string;
      many: boolean;
      field?: FieldFact;
    }
  | { kind: 'none' };

function applyChain(
  calls: Call[],
  context: string | null,
  origin: Origin,
  c: Fluent,
  indexes: IndexFact[],
  setContext: (name: string) => void,
): void {
  let entity = context;
  let target: Target = { kind: 'none' };
  const field = (name: string | null) =>
    entity && name ? c.byName.get(entity)?.fields.find((f) => f.name === name) : undefined;
  for (const call of calls) {
    const args = splitTop(call.args, ',').map((a) => a.trim());
    switch (call.name) {
      case 'Entity':
        if (call.generic && /^[A-Za-z_]\w*$/.test(call.generic)) {
          entity = call.generic;
          setContext(entity);
        }
        target = { kind: 'none' };
        break;
      case 'HasIndex': {
        const columns = lambdaMembers(call.args);
        if (!entity || columns.length === 0) break;
        const index: IndexFact = { entity, columns, unique: false, origin };
        indexes.push(index);
        target = { kind: 'index', index };
        break;
      }
      case 'IsUnique':
        if (target.kind === 'index') target.index.unique = !/^false$/.test(args[0] ?? '');
        break;
      case 'HasDatabaseName':
      case 'HasName': {
        const n = stringLiteral(args[0]);
        if (target.kind === 'index' && n) target.index.name = n;
        break;
      }
      case 'HasFilter': {
        const w = stringLiteral(args[0]);
        if (target.kind === 'index' && w) target.index.where = w;
        break;
      }
      case 'HasKey': {
        const cols = lambdaMembers(call.args);
        const e = entity ? c.byName.get(entity) : undefined;
        if (!e || cols.length === 0) break;
        if (cols.length === 1) {
          const f = e.fields.find((x) => x.name === cols[0]);
          if (f) {
            for (const x of e.fields) if (x !== f && x.name === 'Id' && x.primaryKey) x.primaryKey = false;
            f.primaryKey = true;
            f.nullable = false;
          }
        } else e.primaryKey = cols;
        target = { kind: 'none' };
        break;
      }
      case 'HasAlternateKey': {
        const cols = lambdaMembers(call.args);
        const e = entity ? c.byName.get(entity) : undefined;
        if (e && cols.length === 1) {
          const f = e.fields.find((x) => x.name === cols[0]);
          if (f) f.unique = true;
        } else if (e && cols.length > 1) e.uniques.push(cols);
        break;
      }
      case 'ToTable': {
        const e = entity ? c.byName.get(entity) : undefined;
        const n = stringLiteral(args[0]);
        if (e && n) e.table = n;
        // `ToTable(t => t.HasCheckConstraint("ck", "sql"))` (EF Core 7+).
        for (const inner of chain(call.args))
          if (inner.name === 'HasCheckConstraint') addEntityCheck(e, inner.args, origin);
        break;
      }
      case 'HasCheckConstraint':
        addEntityCheck(entity ? c.byName.get(entity) : undefined, call.args, origin);
        break;
      case 'Property':
      case 'RuleFor': {
        const [name] = lambdaMembers(call.args);
        const f = field(name ?? null);
        target =
          f && entity ? { kind: 'property', field: f, entity: c.byName.get(entity)! } : { kind: 'none' };
        break;
      }
      case 'HasOne':
      case 'HasMany': {
        const [nav] = lambdaMembers(call.args);
        target = { kind: 'relation', many: call.name === 'HasMany', ...(nav ? { nav } : {}) };
        if (call.name === 'HasOne' && entity) target.dependent = entity;
        if (nav && entity) {
          const t = c.props
            .get(entity)
            ?.find((p) => p.name === nav)
            ?.type.replace(/\?$/, '');
          const elem = t ? (COLLECTION.exec(t)?.[1] ?? t) : undefined;
          if (call.name === 'HasMany') {
            target.principal = entity;
            if (elem) target.dependent = elem;
          } else if (elem) target.principal = elem;
        } else if (call.generic && entity) {
          if (call.name === 'HasMany') {
            target.principal = entity;
            target.dependent = call.generic;
          } else target.principal = call.generic;
        }
        break;
      }
      case 'WithOne':
      case 'WithMany':
        break;
      case 'HasForeignKey': {
        if (target.kind !== 'relation') break;
        if (call.generic) target.dependent = call.generic;
        const [col] = lambdaMembers(call.args);
        const dep = target.dependent ? c.byName.get(target.dependent) : undefined;
        const f = dep?.fields.find((x) => x.name === col);
        if (f && target.principal && c.classes.has(target.principal)) {
          f.references = {
            entity: target.principal,
            field: 'Id',
            ...(f.references?.onDelete ? { onDelete: f.references.onDelete } : {}),
          };
          target.field = f;
        }
        break;
      }
      case 'OnDelete': {
        const behaviour = DELETE[/DeleteBehavior\.(\w+)/.exec(args[0] ?? '')?.[1] ?? ''];
        if (target.kind === 'relation' && target.field?.references && behaviour)
          target.field.references.onDelete = behaviour;
        break;
      }
      default:
        if (target.kind === 'property') applyPropertyCall(target.field, call.name, args, call.generic);
    }
  }
}

const DELETE: Record<string, 'cascade' | 'restrict' | 'set null' | 'no action'> = {
  Cascade: 'cascade',
  ClientCascade: 'cascade',
  Restrict: 'restrict',
  SetNull: 'set null',
  ClientSetNull: 'no action',
  NoAction: 'no action',
  ClientNoAction: 'no action',
};

/** `x => x.A`, `x => new { x.A, x.B }`, `nameof(X.A)`, `"A", "B"` → the member names. */
function lambdaMembers(args: string): string[] {
  const arrow = args.indexOf('=>');
  if (arrow >= 0) return [...args.slice(arrow + 2).matchAll(/\b\w+\.([A-Za-z_]\w*)/g)].map((m) => m[1]!);
  return splitTop(args, ',')
    .map(memberName)
    .filter((x): x is string => x !== null);
}

function addEntityCheck(e: EntityFact | undefined, args: string, origin: Origin): void {
  const [name, sql] = splitTop(args, ',').map((a) => stringLiteral(a.trim()));
  if (e && sql) e.checks.push({ expression: sql, origin, sql: true, ...(name ? { name } : {}) });
}

/** A fluent property or FluentValidation call on the current property. */
function applyPropertyCall(f: FieldFact, name: string, args: string[], generic?: string): void {
  const col = snakeCase(f.name);
  const num = (s: string | undefined) =>
    s && NUMBER.test(s.replace(/[mMdDfF]$/, '')) ? s.replace(/[mMdDfF]$/, '') : undefined;
  const text = TEXT.has(f.type.scalar);
  switch (name) {
    case 'IsRequired':
      f.nullable = /^false$/.test(args[0] ?? '');
      break;
    case 'NotEmpty':
    case 'NotNull':
      f.nullable = false;
      break;
    case 'HasMaxLength':
    case 'MaximumLength': {
      const n = num(args[0]);
      if (n && text) f.type.length = Number(n);
      break;
    }
    case 'MinimumLength': {
      const n = num(args[0]);
      if (n && text) addCheck(f, `char_length(${col}) >= ${n}`);
      break;
    }
    case 'Length': {
      const [lo, hi] = [num(args[0]), num(args[1])];
      if (hi && text) f.type.length = Number(hi);
      if (lo && hi && text && lo !== '0') addCheck(f, `char_length(${col}) >= ${lo}`);
      break;
    }
    case 'GreaterThan':
    case 'GreaterThanOrEqualTo':
    case 'LessThan':
    case 'LessThanOrEqualTo': {
      const n = num(args[0]);
      const op = { GreaterThan: '>', GreaterThanOrEqualTo: '>=', LessThan: '<', LessThanOrEqualTo: '<=' }[
        name
      ];
      if (n && !text) addCheck(f, `${col} ${op} ${n}`);
      break;
    }
    case 'InclusiveBetween': {
      const [lo, hi] = [num(args[0]), num(args[1])];
      if (lo && hi && !text) addCheck(f, `${col} BETWEEN ${lo} AND ${hi}`);
      break;
    }
    case 'EmailAddress':
      if (text) f.type.scalar = 'email';
      break;
    case 'HasDefaultValue': {
      const d = args[0] ? literalDefault(args[0]) : undefined;
      if (d !== undefined) f.default = d;
      break;
    }
    case 'HasDefaultValueSql': {
      const d = stringLiteral(args[0]);
      if (d) f.default = d;
      break;
    }
    case 'HasColumnType': {
      const t = stringLiteral(args[0]);
      if (t) applyColumnType(f, t);
      break;
    }
    case 'HasPrecision': {
      const [p, s] = [num(args[0]), num(args[1])];
      if (p)
        f.type = { ...f.type, scalar: 'decimal', precision: Number(p), ...(s ? { scale: Number(s) } : {}) };
      break;
    }
    case 'HasConversion':
      // An enum stored as its name: the column holds the names the enum declares.
      if (generic === 'string' && f.enumName) f.type.raw = `${f.enumName} (string)`;
      break;
  }
}
