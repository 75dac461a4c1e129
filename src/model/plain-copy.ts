/**
 * A deep copy of plain data, as structuredClone makes it (an object reached twice is copied once,
 * and shared in the copy too) but without its serialisation and deserialisation: facts and spec
 * items are plain objects, arrays and scalars. One entity written in thousands of blocks is copied
 * once per block (extract/merge-entities.ts), and openapi.yaml refines a copy of every component
 * schema (derive/api/schemas.ts; structuredClone there was about 1 s of CPU for a 1 MB document
 * naming thousands of entities, issue 12). Anything else than plain objects and arrays is left to
 * structuredClone.
 */
export function copyPlain(value: unknown, copies: Map<object, unknown> = new Map()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    copies.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copyPlain(value[i], copies);
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    const out = structuredClone(value);
    copies.set(value, out);
    return out;
  }
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const k of Object.keys(value)) out[k] = copyPlain((value as Record<string, unknown>)[k], copies);
  return out;
}
