/**
 * `JSON.stringify(value, null, 2) + '\n'` as UTF-8 bytes, built from one small string per record
 * instead of one string of the whole document (issue 19). A 1,000-entity spec.json is 45 MB of
 * text that V8 keeps two bytes per character as soon as one arrow or dash is in it (90 MB), and
 * appending the final newline copied it once more (180 MB alive at once); the bytes are 45 MB and the
 * pieces die as they are encoded.
 *
 * The bytes are those of `JSON.stringify` (ECMA-262 §25.5.2.2 SerializeJSONProperty): each property
 * in `Object.keys` order, `toJSON(key)` called, undefined, functions and symbols left out of objects
 * and written `null` in arrays, empty containers `{}` and `[]`. Only plain objects and arrays are
 * taken apart, down to `SPLIT_DEPTH`; anything deeper, or anything else, is `JSON.stringify`'s own
 * text, written inside as many arrays as it stands deep (so JSON.stringify indents it) and cut out.
 * Two levels (the spec's lists, then each record of them) cost the CPU of one JSON.stringify.
 */
const SPLIT_DEPTH = 2;
/** Strings are gathered up to this many characters before they are encoded: few, large buffers. */
const CHUNK_CHARS = 1 << 20;

export function jsonBytes(value: unknown): Buffer {
  const buffers = jsonChunks(value);
  return buffers.length === 1 ? buffers[0]! : Buffer.concat(buffers);
}

/**
 * The same bytes as `jsonBytes`, in pieces of about `CHUNK_CHARS` characters, as they were
 * encoded: the writer writes and hashes them one after the other, so the whole file is never one
 * buffer (joining them copied 45 MB at 1,000 entities, and held both copies at once).
 */
export function jsonChunks(value: unknown): Buffer[] {
  const buffers: Buffer[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    buffers.push(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingChars = 0;
  };
  const out = (s: string): void => {
    pending.push(s);
    pendingChars += s.length;
    if (pendingChars >= CHUNK_CHARS) flush();
  };
  if (!write(prepared(value, ''), 0, out)) out('undefined');
  out('\n');
  flush();
  return buffers;
}

/** The value JSON.stringify serialises for `key`: its `toJSON(key)` when it has one. */
function prepared(value: unknown, key: string): unknown {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJSON.call(value, key);
  }
  return value;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** False when the value is not serialised at all (undefined, a function, a symbol). */
function write(value: unknown, depth: number, out: (s: string) => void): boolean {
  const indent = INDENT[depth]!;
  if (depth < SPLIT_DEPTH && Array.isArray(value)) {
    if (value.length === 0) {
      out('[]');
      return true;
    }
    const inner = `${indent}  `;
    out('[');
    for (let i = 0; i < value.length; i++) {
      out(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (!write(prepared(value[i], String(i)), depth + 1, out)) out('null');
    }
    out(`\n${indent}]`);
    return true;
  }
  if (depth < SPLIT_DEPTH && isPlain(value)) {
    const inner = `${indent}  `;
    let first = true;
    for (const key of Object.keys(value)) {
      const v = prepared(value[key], key);
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      out(`${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `);
      first = false;
      write(v, depth + 1, out);
    }
    out(first ? '{}' : `\n${indent}}`);
    return true;
  }
  // Already prepared; JSON.stringify would call a `toJSON` of what a `toJSON` returned once more
  // (the spec model holds plain data: no `toJSON` at all). Written inside `depth` arrays, so that
  // JSON.stringify itself indents it to where it stands, then cut out of them.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return false;
  if (depth === 0) {
    out(JSON.stringify(value, null, 2));
    return true;
  }
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  out(text.slice(OPEN[depth]!, text.length - CLOSE[depth]!));
  return true;
}

/** Lengths of `[\n  [\n    ` and `\n  ]\n]` around a value written inside `depth` arrays. */
const OPEN: number[] = [0];
const INDENT = Array.from({ length: SPLIT_DEPTH + 1 }, (_, d) => '  '.repeat(d));
const CLOSE: number[] = [0];
for (let d = 1; d <= SPLIT_DEPTH; d++) {
  OPEN.push(OPEN[d - 1]! + 2 + 2 * d);
  CLOSE.push(CLOSE[d - 1]! + 2 + 2 * (d - 1));
}
