import type { JsonSchema } from '../../../../model/spec/api.js';

/** A short type label: a component name, `Task[]`, `string (uuid)`, `"a" | "b"`. */
export function typeText(s: JsonSchema | null): string {
  if (!s) return '—';
  if (typeof s.$ref === 'string') return s.$ref.slice(s.$ref.lastIndexOf('/') + 1);
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const type = [s.type].flat().filter(Boolean).join(' | ') || 'any';
  if (type === 'array') return `${typeText((s.items as JsonSchema) ?? null)}[]`;
  const fmt = typeof s.format === 'string' ? ` (${s.format})` : '';
  const range = typeof s.maximum === 'number' ? ` ≤ ${s.maximum}` : '';
  return `${type}${fmt}${range}`;
}
