import { flatText } from '../flat-text.js';

/**
 * A small YAML 1.2 emitter for JSON-shaped data (what an OpenAPI document is): block mappings and
 * sequences, plain scalars where the YAML 1.2 core schema reads them back as the same string, JSON
 * double-quoted scalars otherwise (a JSON string is a valid YAML double-quoted scalar, YAML 1.2
 * §7.3.1). The `yaml` package took ~350 ms on a 130-operation document; this takes a few ms, and
 * its output is stable by construction (key order is the object's order, no aliases).
 */
export function toYaml(value: unknown): string {
  const top = scalar(value);
  if (top !== null) return `${top}\n`;
  written = new Map();
  parts = [];
  try {
    parts.push(emit(value, '', ''));
    const text = flatText(parts.length === 1 ? parts[0]! : parts.join(''));
    if (value && typeof value === 'object') emitted.set(value, text);
    return text;
  } finally {
    written = null;
    parts = null;
  }
}

/**
 * The text written so far, in pieces of about `PART` characters, each made flat when it is done
 * (the whole text is `parts.join('') + out`): one string appended to 700,000 times was a tree of
 * 2.4 million pieces at 1,000 entities, kept until the end and then copied whole (issue 19).
 */
let parts: string[] | null = null;
const PART = 1 << 16;

/** `out`, or an empty string once `out` is long enough to be put aside as a flat piece. */
function part(out: string): string {
  if (out.length < PART || parts === null) return out;
  parts.push(flatText(out));
  return '';
}

/**
 * The text `toYaml` last wrote for each object (held no longer than the object). The OpenAPI
 * verifier asks whether an artifact's text is what its document object writes before it lints the
 * object instead of the text: writing the document again to compare took ~0.35 s of the main
 * thread at 1,000 entities, before the lint could even be sent to the worker (issue 19).
 */
const emitted = new WeakMap<object, string>();

/**
 * Whether `text` is exactly what `toYaml(value)` writes: answered from the text written before
 * when there is one (the renderer's document, which nothing changes after it is written), else by
 * writing it again.
 */
export function isYamlOf(value: unknown, text: string): boolean {
  if (value && typeof value === 'object' && emitted.get(value) === text) return true;
  return toYaml(value) === text;
}

/**
 * Each distinct key or string of one document, as written: keys and values repeat (`type`,
 * `string`, `$ref` targets), and five pattern tests per occurrence were a tenth of rendering a
 * 1,000-entity document (issue 19). Per call, so nothing outlives it.
 */
let written: Map<string, string> | null = null;

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
const NUMBERISH = /^[-+.]?(?:\d|\.inf|\.nan)|^0[xo]/i;

/** Whether `s` can be written without quotes and read back as the same string. */
function plain(s: string): boolean {
  return (
    s.length > 0 &&
    !RESERVED.test(s) &&
    !NUMBERISH.test(s) &&
    /^[A-Za-z_$/(][^\n\r\t\\"]*$/.test(s) &&
    !/:\s|\s#|:$|\s$/.test(s) &&
    // Only printable ASCII stays plain, so no escape or non-printable rule ever applies.
    /^[\x20-\x7e]*$/.test(s)
  );
}

const str = (s: string): string => {
  let out = written?.get(s);
  if (out === undefined) {
    out = plain(s) ? s : JSON.stringify(s);
    written?.set(s, out);
  }
  return out;
};

/** Whether an object has no key (Object.keys(v).length === 0, without the array of keys). */
function empty(v: object): boolean {
  for (const _ in v) return false;
  return true;
}

function scalar(v: unknown): string | null {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : null;
  if (typeof v === 'object') return empty(v as object) ? '{}' : null;
  return JSON.stringify(v);
}

/**
 * Appends the lines of `value` (an array or an object with keys) at `indent` to `out`, each ending
 * in a newline; `first` goes before the first line instead of `indent` (a sequence item's `- `).
 * One string grows, where an array of a line per string was joined at the end: a 1,000-entity
 * OpenAPI document is 700,000 lines.
 */
function emit(value: unknown, indent: string, out: string, first = indent): string {
  let lead = first;
  if (Array.isArray(value)) {
    const inner = `${indent}  `;
    for (const item of value) {
      const s = scalar(item);
      if (s !== null) out += `${lead}- ${s}\n`;
      else out = part(emit(item, inner, out, `${lead}- `));
      lead = indent;
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  let inner: string | undefined;
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (v === undefined) continue;
    const key = str(k);
    const s = scalar(v);
    if (s !== null) out += `${lead}${key}: ${s}\n`;
    else {
      out += `${lead}${key}:\n`;
      inner ??= `${indent}  `;
      out = part(emit(v, inner, out));
    }
    lead = indent;
  }
  return out;
}
