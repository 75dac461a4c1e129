import { pascal } from '../../../../derive/data/names.js';
import type { ScalarType } from '../../../../model/domain.js';
import { cite } from '../../../../model/origin.js';
import type { SpecEntity, SpecField } from '../../../../model/spec/data.js';
import type { Spec } from '../../../../model/spec/index.js';
import { entityNamed } from '../../../entity-named.js';
import type { Messages } from '../../../i18n/index.js';

/** TypeScript for the API shape of a value (JSON: dates as RFC 3339 strings, bytes as base64). */
const TS: Record<ScalarType, string> = {
  uuid: 'string',
  string: 'string',
  text: 'string',
  email: 'string',
  url: 'string',
  phone: 'string',
  integer: 'number',
  bigint: 'number',
  decimal: 'number',
  float: 'number',
  boolean: 'boolean',
  date: 'string',
  datetime: 'string',
  time: 'string',
  json: 'Record<string, unknown>',
  binary: 'string',
  enum: 'string',
  array: 'unknown[]',
};

/** Name of the union type of an enum (`user_role` → `UserRole`). */
export const enumTypeName = (f: SpecField): string => pascal(f.enumName ?? `${f.name}_value`);

/** Any identifier that is not a plain JS name is quoted as a property key. */
const prop = (name: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));

function tsType(f: SpecField): string {
  if (f.enum) return enumTypeName(f);
  if (f.type.scalar === 'array' && f.type.items) return `${TS[f.type.items]}[]`;
  return TS[f.type.scalar];
}

function comments(e: SpecEntity, f: SpecField, spec: Spec, t: Messages['data']['comment']): string[] {
  const c: string[] = [];
  if (e.primaryKey.includes(f.column)) c.push(t.pk);
  // The type as written, when it says more than the TypeScript type and the other comments.
  const raw = f.type.raw?.trim();
  if (
    raw &&
    !/^(var)?char(acter)?( varying)?\s*\(/i.test(raw) &&
    raw !== f.enumName &&
    !/[|?]/.test(raw) &&
    raw.toLowerCase() !== tsType(f)
  )
    c.push(raw);
  else if (!raw && f.type.scalar === 'uuid') c.push('UUID');
  if (f.references) {
    const target = entityNamed(spec, f.references.entity);
    c.push(t.fk(`${target?.table ?? f.references.entity}.${f.references.field}`, f.references.onDelete));
  }
  if (e.tenantColumn === f.column) c.push(t.tenant);
  if (f.unique) c.push(t.unique);
  if (f.type.length !== undefined) c.push(t.maxLength(f.type.length));
  if (f.type.scalar === 'decimal' && f.type.precision !== undefined && !f.type.raw)
    c.push(t.decimal(f.type.precision, f.type.scale ?? 0));
  if (f.enum && f.enumName) c.push(t.enumOf(f.enumName));
  if (f.type.generated) c.push(t.generated);
  if (f.computed) c.push(t.computed(f.computed));
  if (f.default !== null) c.push(t.default(f.default));
  if (f.check) c.push(t.check(f.check));
  if (f.sensitive) c.push(t.sensitive);
  else if (f.readOnly && !e.primaryKey.includes(f.column)) c.push(t.readOnly);
  if (f.origin.kind === 'rule') c.push(t.rule(f.origin.rule));
  else if (e.origin.kind === 'source' && f.origin.kind === 'source' && f.origin.file !== e.origin.file)
    c.push(t.from(cite(f.origin)));
  return c;
}

/** The interface's field lines, one per field (`  email: string; // unique, max 254`). */
export function fieldLines(e: SpecEntity, spec: Spec, t: Messages['data']['comment']): string[] {
  return e.fields.map((f) => {
    const c = comments(e, f, spec, t);
    const optional = f.nullable ? ' | null' : '';
    return `  ${prop(f.name)}: ${tsType(f)}${optional};${c.length > 0 ? ` // ${c.join(', ')}` : ''}`;
  });
}

/** Fields many entities share line for line, declared once as a base interface they extend. */
export interface BaseInterface {
  name: string;
  lines: string[];
}

/**
 * The base interface: the field lines (type, constraints and origin identical) that at least half
 * of the entities, and at least three, carry; null when fewer than two entities carry all of them.
 */
export function baseInterface(spec: Spec, t: Messages['data']['comment']): BaseInterface | null {
  const name = 'BaseRecord';
  if (spec.entities.some((e) => pascal(e.name) === name)) return null;
  const per = spec.entities.map((e) => fieldLines(e, spec, t));
  const counts = new Map<string, number>();
  for (const lines of per) for (const l of new Set(lines)) counts.set(l, (counts.get(l) ?? 0) + 1);
  const need = Math.max(3, Math.ceil(spec.entities.length / 2));
  const lines = [...counts.entries()].filter(([, n]) => n >= need).map(([l]) => l);
  if (lines.length === 0) return null;
  // In the order the first entity carrying them all declares them.
  const first = per.find((p) => lines.every((l) => p.includes(l)));
  if (!first || per.filter((p) => lines.every((l) => p.includes(l))).length < 2) return null;
  return { name, lines: first.filter((l) => lines.includes(l)) };
}

export function baseInterfaceText(base: BaseInterface): string {
  // Not exported: it is no entity of its own (spec checks read `export interface` as one).
  return [`interface ${base.name} {`, ...base.lines, '}'].join('\n');
}

/**
 * `export interface User { ... }` with one commented line per field, then its enum unions; an
 * entity that carries every field of the base interface extends it and lists only its own.
 */
export function entityInterface(
  e: SpecEntity,
  spec: Spec,
  t: Messages['data']['comment'],
  base: BaseInterface | null = null,
): string {
  const own = fieldLines(e, spec, t);
  const extend = base !== null && base.lines.every((l) => own.includes(l));
  const lines = [
    `export interface ${pascal(e.name)}${extend ? ` extends ${base.name}` : ''} {`,
    ...(extend ? own.filter((l) => !base.lines.includes(l)) : own),
    '}',
  ];
  const unions = new Map<string, string[]>();
  for (const f of e.fields) if (f.enum) unions.set(enumTypeName(f), f.enum);
  for (const [name, values] of unions)
    lines.push('', `export type ${name} = ${values.map((v) => JSON.stringify(v)).join(' | ')};`);
  return lines.join('\n');
}
