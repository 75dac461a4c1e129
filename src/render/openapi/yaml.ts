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
  const parts: string[] = [];
  write(value, (piece) => parts.push(piece));
  const text = flatText(parts.length === 1 ? parts[0]! : parts.join(''));
  if (value && typeof value === 'object') emitted.set(value, text);
  return text;
}

/**
 * `toYaml(value)` as UTF-8 bytes, in pieces of about `CHUNK_CHARS` characters encoded as they are
 * written: for a document nobody reads back (nothing verified), so the text is never one string.
 * At 1,000 entities the 16.6 MB text was held twice in the heap (its pieces and their join, two
 * bytes a character once one arrow is in it: ~60 MB) before it was encoded (issue 19).
 */
export function toYamlChunks(value: unknown): Buffer[] {
  const top = scalar(value);
  if (top !== null) return [Buffer.from(`${top}\n`, 'utf8')];
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const encode = () => {
    chunks.push(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    pendingChars = 0;
  };
  write(value, (piece) => {
    pending.push(piece);
    pendingChars += piece.length;
    if (pendingChars >= CHUNK_CHARS) encode();
  });
  if (pending.length > 0 || chunks.length === 0) encode();
  return chunks;
}

const CHUNK_CHARS = 1 << 20;

/** Writes a document that is no scalar, handing its text to `piece` in flat pieces, in order. */
function write(value: unknown, piece: (text: string) => void): void {
  written = new Map();
  lines = [];
  sink = piece;
  try {
    emit(value, '');
    if (lines.length > 0) piece(lines.join(''));
  } finally {
    written = null;
    lines = [];
    sink = null;
  }
}

/**
 * The lines not yet handed on, joined into one flat piece for `sink` every `LINES` lines: one
 * string appended to 700,000 times was a tree of 2.4 million pieces at 1,000 entities, kept until
 * the end and then copied whole (issue 19); a join makes the flat string at once.
 */
let lines: string[] = [];
let sink: ((text: string) => void) | null = null;
const LINES = 4096;

function line(text: string): void {
  lines.push(text);
  if (lines.length >= LINES && sink !== null) {
    sink(lines.join(''));
    lines = [];
  }
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
 * Writes the lines of `value` (an array or an object with keys) at `indent` (`line`), each ending
 * in a newline; `first` goes before the first line instead of `indent` (a sequence item's `- `).
 * A 1,000-entity OpenAPI document is 700,000 lines.
 */
function emit(value: unknown, indent: string, first = indent): void {
  let lead = first;
  if (Array.isArray(value)) {
    const inner = `${indent}  `;
    for (const item of value) {
      const s = scalar(item);
      if (s !== null) line(`${lead}- ${s}\n`);
      else emit(item, inner, `${lead}- `);
      lead = indent;
    }
    return;
  }
  const record = value as Record<string, unknown>;
  let inner: string | undefined;
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (v === undefined) continue;
    const key = str(k);
    const s = scalar(v);
    if (s !== null) line(`${lead}${key}: ${s}\n`);
    else {
      line(`${lead}${key}:\n`);
      inner ??= `${indent}  `;
      emit(v, inner);
    }
    lead = indent;
  }
}
