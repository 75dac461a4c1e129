import { exampleValue } from '../../derive/api/field-schema.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import { fieldRules } from './bounds.js';

/**
 * One example record per entity that the database accepts as it is, shared by openapi.yaml and
 * the JSON Schema files: the field mapping's example (derive/api/field-schema.ts) refined by what
 * the column and the validation rules state (an E.164 phone, an email, an address for `inet`, a
 * URI), then by the table's CHECK constraints that compare two columns (`ends_at > starts_at`
 * gets an end one hour after the start). test/api/examples-insert.test.ts inserts every example
 * into the applied schema.
 */
export function entityExample(spec: Spec | null, e: SpecEntity): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  e.fields.forEach((f, i) => {
    out[f.name] = refined(spec, e, f, exampleValue(f, i + 1), i + 1);
  });
  for (const c of e.checks) applyComparison(e, c.expression, out);
  return out;
}

/** The example restricted to some fields, in their order. */
export function pick(example: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => f in example).map((f) => [f, example[f]]));
}

function formats(spec: Spec | null, e: SpecEntity, f: SpecField): Set<string> {
  const out = new Set<string>();
  for (const r of fieldRules(spec, e.name, f.name))
    if (r.rule.startsWith('format:')) out.add(r.rule.slice(7));
  return out;
}

function fitLength(v: string, f: SpecField): string {
  return f.type.length && v.length > f.type.length ? v.slice(0, f.type.length) : v;
}

function refined(spec: Spec | null, e: SpecEntity, f: SpecField, v: unknown, index: number): unknown {
  if (f.enum && f.enum.length > 0) return v;
  const raw = (f.type.raw ?? '').trim().toLowerCase();
  // RFC 5737 documentation addresses.
  if (raw.startsWith('inet')) return `192.0.2.${index}`;
  if (raw.startsWith('cidr')) return '192.0.2.0/24';
  if (raw.startsWith('macaddr')) return '08:00:2b:01:02:03';
  if (typeof v !== 'string') return v;
  // A value built from the stated pattern (derive/api/field-schema.ts) already fits the field.
  if (f.pattern?.jsonSchema && new RegExp(f.pattern.jsonSchema, 'u').test(v)) return v;
  const fmt = formats(spec, e, f);
  if (fmt.has('email') || f.type.scalar === 'email') return fitLength(`user${index}@example.com`, f);
  if (fmt.has('phone') || f.type.scalar === 'phone') return '+15550100';
  if (fmt.has('uri') || f.type.scalar === 'url') return fitLength(`https://example.com/${index}`, f);
  if (fmt.has('uuid') && !/^[0-9a-f-]{36}$/.test(v))
    return `3f2b8c1e-5d4a-4b7e-9c21-${String(index).padStart(12, '0')}`;
  return v;
}

const OPS: Record<string, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
};

/**
 * `a > b` between two columns: when the example breaks it, the left value moves past the right
 * one (one hour for timestamps, one day for dates, one for numbers).
 */
function applyComparison(e: SpecEntity, expression: string, out: Record<string, unknown>): void {
  const m = /^\(?\s*"?(\w+)"?\s*(>=|>|<=|<)\s*"?(\w+)"?\s*\)?$/.exec(expression.trim());
  if (!m) return;
  const left = e.fields.find((f) => f.column === m[1]);
  const right = e.fields.find((f) => f.column === m[3]);
  if (!left || !right) return;
  const a = out[left.name];
  const b = out[right.name];
  if (a === null || b === null || a === undefined || b === undefined) return;
  const op = m[2]!;
  const greater = op.startsWith('>');
  if (typeof a === 'number' && typeof b === 'number') {
    if (!OPS[op]!(a, b)) out[left.name] = greater ? b + 1 : b - 1;
    return;
  }
  if (typeof a !== 'string' || typeof b !== 'string') return;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb) || OPS[op]!(ta, tb)) return;
  const step = /^\d{4}-\d{2}-\d{2}$/.test(b) ? 86_400_000 : 3_600_000;
  const moved = new Date(tb + (greater ? step : -step)).toISOString();
  out[left.name] = step === 86_400_000 ? moved.slice(0, 10) : moved.replace('.000Z', 'Z');
}
