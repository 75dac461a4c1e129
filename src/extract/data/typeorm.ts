import type * as TS from 'typescript';
import { scalarType } from '../../knowledge/scalar-types.js';
import type { EntityFact, FieldFact, IndexFact, RelationshipFact } from '../../model/domain.js';
import { at, newField } from './facts.js';
import { lineOf, type TsContext } from './ts-fields.js';

/**
 * TypeORM entity classes read as TypeORM reads them, from the decorators' arguments (the parsed
 * tree, never the decorator text): `@Entity('banen')` names the table; only decorated properties
 * are columns; `@Column('decimal', { precision: 8, scale: 2 })`, `{ length: 40, unique: true,
 * nullable: true, default: …, enum: […], array: true, name: '…' }` give the column; `@ManyToOne(() =>
 * Baan)` and an owning `@OneToOne` with `@JoinColumn` are the foreign-key column `baanId` (TypeORM's
 * own naming, or the `@JoinColumn({ name })` given); `@OneToMany`/`@ManyToMany` are relationships
 * without a column; class-level `@Index([...], { unique })` and `@Unique([...])` are indexes and
 * composite uniques, with relation properties written as their join columns.
 */

/** A decorator's name and its arguments as plain values (`() => Baan` becomes `{ target: 'Baan' }`). */
interface Decorator {
  name: string;
  args: unknown[];
}

interface Target {
  target: string;
}

const COLUMN =
  /^(Column|PrimaryColumn|PrimaryGeneratedColumn|CreateDateColumn|UpdateDateColumn|DeleteDateColumn|VersionColumn|ObjectIdColumn)$/;
const OWNING = /^(ManyToOne|OneToOne)$/;
const INVERSE = /^(OneToMany|ManyToMany)$/;

/** Whether the class is written with TypeORM's property decorators (not MikroORM or Mongoose). */
export function isTypeOrmClass(ctx: TsContext, s: TS.ClassDeclaration): boolean {
  const names = s.members.flatMap((m) => decoratorsOf(ctx, m).map((d) => d.name));
  // MikroORM shares the relation decorators but writes its columns as `@Property()`.
  return names.some((n) => COLUMN.test(n)) && !names.includes('Property');
}

export function readTypeOrmClass(
  ctx: TsContext,
  s: TS.ClassDeclaration,
  e: EntityFact,
  indexes: IndexFact[],
  relationships: RelationshipFact[],
): void {
  const joinColumns = new Map<string, string>();
  for (const d of decoratorsOf(ctx, s)) {
    if (d.name === 'Entity') {
      const table = typeof d.args[0] === 'string' ? d.args[0] : option(d.args[0], 'name');
      if (typeof table === 'string' && table) e.table = table;
    }
  }
  for (const m of s.members) {
    if (!ctx.ts.isPropertyDeclaration(m) || !m.name || !ctx.ts.isIdentifier(m.name)) continue;
    const decorators = decoratorsOf(ctx, m);
    const line = lineOf(ctx, m);
    const origin = at(ctx.file, line, ctx.lines[line - ctx.firstLine]);
    const prop = m.name.text;
    const column = decorators.find((d) => COLUMN.test(d.name));
    const owning = decorators.find((d) => OWNING.test(d.name));
    const inverse = decorators.find((d) => INVERSE.test(d.name));
    const join = decorators.find((d) => d.name === 'JoinColumn');
    if (column) {
      const f = columnField(ctx, m, prop, column, origin);
      // class-validator `@Matches(/re/)` or `@Matches('re', 'i')` beside the column.
      const matches = decorators.find((d) => d.name === 'Matches');
      const re = matches?.args[0];
      const flags = typeof matches?.args[1] === 'string' ? matches.args[1] : '';
      if (re && typeof re === 'object' && 'regex' in re) {
        const { source, flags: f2 } = (re as { regex: { source: string; flags: string } }).regex;
        f.pattern = { source, flags: f2, flavour: 'ecma', via: 'class-validator @Matches', origin };
      } else if (typeof re === 'string')
        f.pattern = { source: re, flags, flavour: 'ecma', via: 'class-validator @Matches', origin };
      addColumn(e, f);
    } else if (owning && (owning.name === 'ManyToOne' || join)) {
      const target = targetOf(owning);
      if (!target) continue;
      const name = (option(join?.args[0], 'name') as string | undefined) ?? `${prop}Id`;
      joinColumns.set(prop, name);
      // The options object follows the target, or the inverse side when one is written:
      // `@ManyToOne(() => Owner, (owner) => owner.pets, { onDelete: 'CASCADE' })`.
      const options = owning.args.slice(1).find((a) => a && typeof a === 'object' && !('target' in a));
      const f = newField(name, { scalar: 'enum', raw: target }, origin);
      // TypeORM's relations are nullable unless `nullable: false` is written.
      f.nullable = option(options, 'nullable') !== false;
      f.enumName = target;
      const onDelete = option(options, 'onDelete');
      if (typeof onDelete === 'string') {
        const action = onDelete.toLowerCase() as NonNullable<FieldFact['references']>['onDelete'];
        f.references = { entity: target, field: 'id', ...(action ? { onDelete: action } : {}) };
        delete f.enumName;
      }
      if (owning.name === 'OneToOne') f.unique = true;
      mergeJoinColumn(e, f);
    } else if (owning || inverse) {
      const target = targetOf((owning ?? inverse)!);
      if (!target) continue;
      const through = decorators.some((d) => d.name === 'JoinTable');
      if (inverse?.name === 'ManyToMany' && !through) continue; // the other side declares the table
      relationships.push({
        from: e.writtenAs,
        to: target,
        kind: inverse?.name === 'ManyToMany' ? 'many-to-many' : owning ? 'one-to-one' : 'one-to-many',
        label: prop,
        notation: 'typescript',
        origin,
      });
    }
  }
  for (const d of decoratorsOf(ctx, s)) {
    if (d.name !== 'Index' && d.name !== 'Unique') continue;
    const named = typeof d.args[0] === 'string';
    const list = d.args[named ? 1 : 0];
    if (!Array.isArray(list) || !list.every((c) => typeof c === 'string') || list.length === 0) continue;
    const columns = list.map((c: string) => joinColumns.get(c) ?? c);
    const unique = d.name === 'Unique' || option(d.args[named ? 2 : 1], 'unique') === true;
    const line = lineOf(ctx, s);
    const origin = at(ctx.file, line, ctx.lines[line - ctx.firstLine]);
    if (d.name === 'Unique') e.uniques.push(columns);
    else
      indexes.push({
        ...(named ? { name: d.args[0] as string } : {}),
        entity: e.writtenAs,
        columns,
        unique,
        origin,
      });
  }
}

/** A column declared after its relation (`baan` then `baanId`) takes the relation's reference. */
function addColumn(e: EntityFact, f: FieldFact): void {
  const i = e.fields.findIndex((x) => x.name === f.name);
  if (i < 0) {
    e.fields.push(f);
    return;
  }
  const relation = e.fields[i]!;
  if (relation.references) f.references = relation.references;
  else if (relation.enumName) {
    f.enumName = relation.enumName;
    f.type = { scalar: 'enum', raw: relation.enumName };
  }
  if (relation.unique) f.unique = true;
  if (relation.nullable === false) f.nullable = false;
  e.fields[i] = f;
}

/** A relation's join column joins a `baanId` column the class declares itself, or is added. */
function mergeJoinColumn(e: EntityFact, f: FieldFact): void {
  const same = e.fields.find((x) => x.name === f.name);
  if (!same) {
    e.fields.push(f);
    return;
  }
  same.nullable = same.nullable ?? f.nullable;
  if (f.references) same.references = f.references;
  else same.enumName = f.enumName!;
  if (!f.references && same.type.scalar === 'string') same.type = { scalar: 'enum', raw: f.type.raw! };
  if (f.unique) same.unique = true;
}

function columnField(
  ctx: TsContext,
  m: TS.PropertyDeclaration,
  prop: string,
  d: Decorator,
  origin: FieldFact['origin'],
): FieldFact {
  const written = typeof d.args[0] === 'string' ? d.args[0] : undefined;
  const options = (written ? d.args[1] : d.args[0]) ?? {};
  const name = (option(options, 'name') as string | undefined) ?? prop;
  const f = newField(name, { scalar: 'string' }, origin);
  const declared = m.type?.getText(ctx.sf) ?? '';
  const sqlType = written ?? (option(options, 'type') as string | undefined);
  const declaredScalar = /^(Date)$/.test(declared)
    ? 'datetime'
    : /^number$/.test(declared)
      ? 'float'
      : /^boolean$/.test(declared)
        ? 'boolean'
        : 'string';
  f.type =
    sqlType && sqlType !== 'enum'
      ? (scalarType(sqlType, prop) ?? { scalar: 'string', raw: sqlType })
      : { scalar: declaredScalar };
  f.type.raw = sqlType ?? declared;
  for (const key of ['length', 'precision', 'scale'] as const) {
    const v = option(options, key);
    if (typeof v === 'number') f.type[key] = v;
  }
  // The written type with its size, as the SQL notations carry it (`decimal(8,2)`, `varchar(40)`).
  if (sqlType && f.type.precision !== undefined)
    f.type.raw = `${sqlType}(${f.type.precision}${f.type.scale !== undefined ? `,${f.type.scale}` : ''})`;
  if (
    typeof option(options, 'length') === 'number' &&
    (f.type.scalar === 'text' || f.type.scalar === 'string')
  )
    f.type.scalar = 'string';
  const values = option(options, 'enum');
  if (Array.isArray(values) && values.every((v) => typeof v === 'string')) {
    f.type = { scalar: 'enum', raw: f.type.raw ?? 'enum' };
    f.enumValues = values as string[];
  } else if (values && typeof values === 'object' && 'target' in values) {
    // `enum: Ondergrond`: a TypeScript enum declared beside the class; the merge resolves it.
    f.type = { scalar: 'enum', raw: (values as Target).target };
    f.enumName = (values as Target).target;
  }
  if (option(options, 'array') === true)
    f.type = { scalar: 'array', items: f.type.scalar, raw: `${f.type.raw}[]` };
  f.nullable = option(options, 'nullable') === true || !!m.questionToken;
  if (option(options, 'unique') === true) f.unique = true;
  const def = defaultOf(option(options, 'default'));
  if (def !== undefined) f.default = def;
  switch (d.name) {
    case 'PrimaryGeneratedColumn':
      f.primaryKey = true;
      f.nullable = false;
      if (written === 'uuid') f.type = { scalar: 'uuid', raw: 'uuid' };
      else f.type = { scalar: 'integer', raw: written ?? 'increment', generated: true };
      break;
    case 'PrimaryColumn':
      f.primaryKey = true;
      f.nullable = false;
      break;
    case 'CreateDateColumn':
    case 'UpdateDateColumn':
      f.type = { ...f.type, scalar: sqlType === 'date' ? 'date' : 'datetime' };
      f.default ??= 'now()';
      f.nullable = false;
      break;
    case 'DeleteDateColumn':
      f.type = { ...f.type, scalar: 'datetime' };
      f.nullable = true;
      break;
    case 'VersionColumn':
      f.type = { scalar: 'integer', raw: 'version' };
      break;
  }
  return f;
}

/** A literal default as SQL text; `() => 'now()'` (a raw SQL default) is its returned text. */
function defaultOf(v: unknown): string | undefined {
  if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (v && typeof v === 'object' && 'sql' in v) return String((v as { sql: string }).sql);
  return undefined;
}

function option(options: unknown, key: string): unknown {
  return options && typeof options === 'object' && !Array.isArray(options)
    ? (options as Record<string, unknown>)[key]
    : undefined;
}

function targetOf(d: Decorator): string | null {
  const t = d.args[0];
  if (t && typeof t === 'object' && 'target' in t) return (t as Target).target;
  return typeof t === 'string' ? t : null;
}

function decoratorsOf(ctx: TsContext, node: TS.Node): Decorator[] {
  const t = ctx.ts;
  const out: Decorator[] = [];
  for (const d of t.getDecorators?.(node as TS.HasDecorators) ?? []) {
    const e = d.expression;
    if (t.isCallExpression(e) && t.isIdentifier(e.expression))
      out.push({ name: e.expression.text, args: e.arguments.map((a) => literalOf(ctx, a)) });
    else if (t.isIdentifier(e)) out.push({ name: e.text, args: [] });
  }
  return out;
}

/** A decorator argument as a plain value: literals, arrays and objects of them, `() => X` targets. */
function literalOf(ctx: TsContext, n: TS.Expression): unknown {
  const t = ctx.ts;
  if (t.isStringLiteral(n) || t.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (t.isNumericLiteral(n)) return Number(n.text);
  if (n.kind === t.SyntaxKind.RegularExpressionLiteral) {
    const text = (n as TS.RegularExpressionLiteral).text;
    const end = text.lastIndexOf('/');
    return { regex: { source: text.slice(1, end), flags: text.slice(end + 1) } };
  }
  if (n.kind === t.SyntaxKind.TrueKeyword) return true;
  if (n.kind === t.SyntaxKind.FalseKeyword) return false;
  if (t.isArrayLiteralExpression(n)) return n.elements.map((x) => literalOf(ctx, x));
  if (t.isArrowFunction(n)) {
    const body = n.body;
    if (t.isIdentifier(body)) return { target: body.text };
    if (t.isStringLiteral(body) || t.isNoSubstitutionTemplateLiteral(body)) return { sql: body.text };
    return null;
  }
  if (t.isObjectLiteralExpression(n)) {
    const o: Record<string, unknown> = {};
    for (const p of n.properties) {
      if (t.isPropertyAssignment(p) && (t.isIdentifier(p.name) || t.isStringLiteral(p.name)))
        o[p.name.text] = literalOf(ctx, p.initializer);
    }
    return o;
  }
  if (t.isIdentifier(n)) return { target: n.text };
  // `default: Status.Submitted`: the member's value, when the enum is declared in the same fence.
  if (t.isPropertyAccessExpression(n) && t.isIdentifier(n.expression))
    return enumMemberValue(ctx, n.expression.text, n.name.text);
  return null;
}

/** The value of `Enum.Member` from an `enum Enum { Member = 'value' }` of the same source, or null. */
function enumMemberValue(ctx: TsContext, enumName: string, member: string): string | number | null {
  const t = ctx.ts;
  for (const st of ctx.sf.statements) {
    if (!t.isEnumDeclaration(st) || st.name.text !== enumName) continue;
    const m = st.members.find(
      (x) => (t.isIdentifier(x.name) || t.isStringLiteral(x.name)) && x.name.text === member,
    );
    const init = m?.initializer;
    if (init && (t.isStringLiteral(init) || t.isNoSubstitutionTemplateLiteral(init))) return init.text;
    if (init && t.isNumericLiteral(init)) return Number(init.text);
    return null;
  }
  return null;
}
