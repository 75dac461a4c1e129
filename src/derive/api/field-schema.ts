import { patternSample } from '../../knowledge/regex-pattern.js';
import type { ScalarType } from '../../model/domain.js';
import type { JsonSchema } from '../../model/spec/api.js';
import type { SpecField } from '../../model/spec/data.js';

/**
 * A data-model field as a JSON Schema 2020-12 fragment (OpenAPI 3.1 uses 2020-12 directly, so one
 * mapping serves openapi.yaml and the per-entity schema files). Nullability is a type union
 * (`type: [string, "null"]`, OpenAPI 3.1 §4.8.24: `nullable` is gone). Decimals are JSON numbers, as
 * in the data model's interfaces (section 1); the stored precision and scale are stated.
 */
export function fieldSchema(f: SpecField): JsonSchema {
  const s = { ...scalarSchema(f.type.scalar, f), ...checkBounds(f) };
  if (f.enum && f.enum.length > 0) {
    s.type = 'string';
    s.enum = [...f.enum];
  } else if (f.pattern?.jsonSchema && s.type === 'string') s.pattern = f.pattern.jsonSchema;
  if (f.description)
    s.description = typeof s.description === 'string' ? `${f.description} (${s.description})` : f.description;
  if (f.nullable) makeNullable(s);
  return s;
}

function scalarSchema(scalar: ScalarType, f: SpecField | null): JsonSchema {
  const len = f?.type.length;
  switch (scalar) {
    case 'uuid':
      return { type: 'string', format: 'uuid' };
    case 'string':
      return len ? { type: 'string', maxLength: len } : { type: 'string' };
    case 'text':
      return { type: 'string' };
    case 'integer':
      return { type: 'integer', format: 'int32' };
    case 'bigint':
      return { type: 'integer', format: 'int64' };
    case 'decimal':
      return f?.type.precision
        ? { type: 'number', description: `DECIMAL(${f.type.precision},${f.type.scale ?? 0})` }
        : { type: 'number' };
    case 'float':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'time':
      return { type: 'string', format: 'time' };
    case 'json':
      return {};
    case 'binary':
      return { type: 'string', contentEncoding: 'base64' };
    case 'enum':
      return { type: 'string' };
    case 'email':
      return len ? { type: 'string', format: 'email', maxLength: len } : { type: 'string', format: 'email' };
    case 'url':
      return len ? { type: 'string', format: 'uri', maxLength: len } : { type: 'string', format: 'uri' };
    case 'phone':
      return { type: 'string', maxLength: len ?? 32 };
    case 'array':
      return { type: 'array', items: scalarSchema(f?.type.items ?? 'string', null) };
  }
}

function makeNullable(s: JsonSchema): void {
  if (typeof s.type === 'string') s.type = [s.type, 'null'];
  if (Array.isArray(s.enum)) s.enum = [...s.enum, null];
}

const NUMERIC = new Set<ScalarType>(['integer', 'bigint', 'float', 'decimal']);
const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;

/**
 * Bounds a CHECK constraint on the field states (`price_cents >= 0`, `rating BETWEEN 1 AND 5`,
 * `char_length(name) <= 80`), as JSON Schema keywords, so the API validates what the database
 * enforces. In a conjunction each part that compares the column with a number bounds it
 * (`year >= 1990 and year <= extract(year from now()) + 1` gives `minimum: 1990`; the part against
 * an expression stays in the database only); a disjunction bounds nothing.
 */
export function checkBounds(f: SpecField): JsonSchema {
  // A code notation's bound (Django validators) is kept as a business rule, not a CHECK.
  const stated = f.check ?? f.validation?.find((v) => v.rule === 'business')?.detail;
  const c = stated?.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!c) return {};
  // Asked per field of every schema and example (109 ms of pattern compiling at 1,000 entities,
  // issue 19), each time compiling patterns for the column: read once per column, type and check.
  const key = `${f.type.scalar}\0${f.column}\0${c}`;
  let bounds = boundsRead.get(key);
  if (!bounds) {
    bounds = readBounds(f, c);
    if (boundsRead.size >= 50_000) boundsRead.clear();
    boundsRead.set(key, bounds);
  }
  return { ...bounds };
}

const boundsRead = new Map<string, JsonSchema>();

function readBounds(f: SpecField, c: string): JsonSchema {
  const col = f.column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `col BETWEEN a AND b` is `col >= a AND col <= b`, so its AND is not a conjunction of its own.
  const flat = c.replace(
    new RegExp(`("?${col}"?) between ${NUMBER} and ${NUMBER}`, 'gi'),
    (_m, name: string, lo: string, hi: string) => `${name} >= ${lo} and ${name} <= ${hi}`,
  );
  if (/\bor\b/i.test(flat)) return {};
  const out: JsonSchema = {};
  const tighter = (key: string, n: number, lower: boolean) => {
    const prev = out[key];
    out[key] = typeof prev !== 'number' ? n : lower ? Math.max(prev, n) : Math.min(prev, n);
  };
  for (const part of flat.split(/\s+and\s+/i)) {
    if (NUMERIC.has(f.type.scalar)) {
      const cmp = new RegExp(`^"?${col}"? (>=|>|<=|<) ${NUMBER}$`).exec(part);
      if (cmp) {
        const key = { '>=': 'minimum', '>': 'exclusiveMinimum', '<=': 'maximum', '<': 'exclusiveMaximum' }[
          cmp[1]!
        ]!;
        tighter(key, Number(cmp[2]), cmp[1]!.startsWith('>'));
      }
    } else if (f.type.scalar === 'string' || f.type.scalar === 'text') {
      const len = new RegExp(`^(?:char_length|length) "?${col}"? (>=|>|<=|<) (\\d+)$`, 'i').exec(part);
      if (len) {
        const n = Number(len[2]);
        if (len[1] === '>=' || len[1] === '>') tighter('minLength', len[1] === '>' ? n + 1 : n, true);
        else tighter('maxLength', len[1] === '<' ? n - 1 : n, false);
      }
    }
  }
  return out;
}

/** A deterministic example value that validates against `fieldSchema(f)`. */
export function exampleValue(f: SpecField, index = 1): unknown {
  if (f.enum && f.enum.length > 0) return f.enum[0];
  const sample = f.pattern?.jsonSchema ? patternSample(f.pattern.jsonSchema) : null;
  if (sample !== null) return sample;
  const v = scalarExample(f.type.scalar, f, index);
  const b = checkBounds(f);
  if (typeof v === 'number') {
    let n = v;
    if (typeof b.minimum === 'number' && n < b.minimum) n = b.minimum;
    if (typeof b.exclusiveMinimum === 'number' && n <= b.exclusiveMinimum) n = b.exclusiveMinimum + 1;
    if (typeof b.maximum === 'number' && n > b.maximum) n = b.maximum;
    if (typeof b.exclusiveMaximum === 'number' && n >= b.exclusiveMaximum) n = b.exclusiveMaximum - 1;
    return n;
  }
  if (typeof v === 'string' && typeof b.minLength === 'number' && v.length < b.minLength)
    return v.padEnd(b.minLength, 'x');
  if (typeof v === 'string' && typeof b.maxLength === 'number' && v.length > b.maxLength)
    return v.slice(0, b.maxLength);
  return v;
}

function scalarExample(scalar: ScalarType, f: SpecField | null, index: number): unknown {
  const name = f?.name ?? 'value';
  switch (scalar) {
    case 'uuid':
      return `3f2b8c1e-5d4a-4b7e-9c21-${String(index).padStart(12, '0')}`;
    case 'string':
    case 'text':
    case 'enum':
    case 'phone': {
      const v = scalar === 'phone' ? '+15550100' : `${name} ${index}`;
      const len = f?.type.length;
      return len ? v.slice(0, len) : v;
    }
    case 'integer':
    case 'bigint':
      return index;
    case 'decimal':
      return (f?.type.scale ?? 2) > 0 ? 10.5 : 10;
    case 'float':
      return 1.5;
    case 'boolean':
      return false;
    case 'date':
      return '2026-01-15';
    case 'datetime':
      return '2026-01-15T09:30:00Z';
    case 'time':
      return '09:30:00Z';
    case 'json':
      return {};
    case 'binary':
      return 'AAEC';
    case 'email':
      return `user${index}@example.com`;
    case 'url':
      return `https://example.com/${index}`;
    case 'array':
      return [scalarExample(f?.type.items ?? 'string', null, index)];
  }
}
