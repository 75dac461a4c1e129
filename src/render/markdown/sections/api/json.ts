/**
 * JSON for reading: two-space indentation, but any object or array whose one-line form fits in
 * `width` characters (with its indentation) stays on one line
 * (`"id": { "type": "string", "format": "uuid" }`). One pass over the value; deterministic (key
 * order is the object's own order).
 */
export function compactJson(value: unknown, width = 72): string {
  return walk(value, '', width).text;
}

function walk(value: unknown, indent: string, width: number): { flat: string; text: string } {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value) ?? 'null';
    return { flat: s, text: s };
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => walk(v, inner, width));
    const flat = `[${items.map((i) => i.flat).join(', ')}]`;
    const text =
      items.length === 0 || flat.length + indent.length <= width
        ? flat
        : `[\n${items.map((i) => `${inner}${i.text}`).join(',\n')}\n${indent}]`;
    return { flat, text };
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ({ key: JSON.stringify(k), ...walk(v, inner, width) }));
  const flat = entries.length === 0 ? '{}' : `{ ${entries.map((e) => `${e.key}: ${e.flat}`).join(', ')} }`;
  const text =
    entries.length === 0 || flat.length + indent.length <= width
      ? flat
      : `{\n${entries.map((e) => `${inner}${e.key}: ${e.text}`).join(',\n')}\n${indent}}`;
  return { flat, text };
}
