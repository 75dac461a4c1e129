import type { Domain } from '../../model/domain.js';
import type { JsonSchema, SuccessEnvelope } from '../../model/spec/api.js';
import { facts } from '../security/roles.js';

/**
 * The documents' success wrapper (a `success-envelope` fact): its schema has every stated key
 * required and nothing else, the payload key left open for each response's own schema. The first
 * statement wins (documents are read in order); none stated, none used.
 */
export function successEnvelope(domain: Domain): SuccessEnvelope | null {
  const fact = facts(domain, 'success-envelope')[0];
  if (!fact) return null;
  const example = { ...fact.example, [fact.dataKey]: {} };
  return { dataKey: fact.dataKey, example, schema: schemaOf(example, fact.dataKey), origin: fact.origin };
}

function schemaOf(obj: Record<string, unknown>, dataKey: string | null): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [k, v] of Object.entries(obj)) properties[k] = k === dataKey ? {} : valueSchema(k, v);
  return { type: 'object', properties, required: Object.keys(obj), additionalProperties: false };
}

function valueSchema(key: string, v: unknown): JsonSchema {
  if (v === null) return { type: 'null' };
  if (typeof v === 'boolean') return v ? { type: 'boolean', const: true } : { type: 'boolean' };
  if (typeof v === 'number') return { type: Number.isInteger(v) ? 'integer' : 'number' };
  if (Array.isArray(v)) return { type: 'array' };
  if (typeof v === 'object') return schemaOf(v as Record<string, unknown>, null);
  const s = String(v);
  // The example's value says the format (`"2026-02-21T01:45:00Z"`, `"uuid"`); else a bounded string.
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(s) || /(?:_at|At|timestamp)$/.test(key))
    return { type: 'string', format: 'date-time' };
  if (/^uuid$/i.test(s) || /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(s)) return { type: 'string', format: 'uuid' };
  return { type: 'string', maxLength: 1024 };
}
