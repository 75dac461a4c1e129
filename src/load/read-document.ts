import type { Host } from '../host.js';
import { decodeDocument, type TextEncodingName } from './encoding.js';

/** Limits of one run's reading: a planning document is never megabytes long, a run never waits. */
export interface ReadLimits {
  /** Per file, in bytes. */
  maxBytes: number;
  /** For all reading of the run, in milliseconds. */
  budgetMs: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: 4 * 1024 * 1024, budgetMs: 60_000 };

export type ReadOutcome =
  | { kind: 'text'; text: string; encoding: TextEncodingName }
  | { kind: 'refused'; code: RefusalCode; reason: string };

export type RefusalCode =
  | 'load/not-a-regular-file'
  | 'load/file-too-large'
  | 'load/binary-file'
  | 'load/unreadable-file'
  | 'load/read-time-budget'
  | 'load/link-outside-project'
  | 'missing';

const WHAT: Record<string, string> = {
  fifo: 'a named pipe (FIFO)',
  device: 'a device',
  socket: 'a socket',
  directory: 'a folder',
  other: 'not a regular file',
};

export const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/**
 * One document's text, or why it is not read: only regular files, at most `maxBytes`, decoded by
 * its encoding (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1252), binary refused. Hosts
 * without `readDocument` (the in-memory one) give text directly.
 */
export async function readDocument(
  host: Host,
  file: string,
  limits: ReadLimits,
  deadline: number,
): Promise<ReadOutcome> {
  if (Date.now() > deadline) return timeout(limits);
  if (!host.readDocument) {
    const text = await host.readFile(file);
    if (text === null) return { kind: 'refused', code: 'missing', reason: 'not found' };
    const size = Buffer.byteLength(text, 'utf8');
    if (size > limits.maxBytes) return tooLarge(size, limits);
    return {
      kind: 'text',
      text: withoutBidiControls(text.replace(/^\uFEFF/, '')),
      encoding: text.startsWith('\uFEFF') ? 'utf-8 (BOM)' : 'utf-8',
    };
  }
  const read = await host.readDocument(file, { maxBytes: limits.maxBytes, deadline });
  switch (read.kind) {
    case 'missing':
      return { kind: 'refused', code: 'missing', reason: 'not found' };
    case 'not-regular':
      return {
        kind: 'refused',
        code: 'load/not-a-regular-file',
        reason: `${WHAT[read.what] ?? WHAT.other}, not a regular file`,
      };
    case 'too-large':
      return tooLarge(read.size, limits);
    case 'timeout':
      return timeout(limits);
    case 'unreadable':
      return { kind: 'refused', code: 'load/unreadable-file', reason: `cannot be read (${read.code})` };
    case 'bytes': {
      const decoded = decodeDocument(read.bytes);
      if (decoded.kind === 'binary')
        return { kind: 'refused', code: 'load/binary-file', reason: `not text: ${decoded.why}` };
      return { kind: 'text', text: withoutBidiControls(decoded.text), encoding: decoded.encoding };
    }
  }
}

/**
 * Bidirectional controls taken out of a document's text: the marks (LRM U+200E, RLM U+200F, ALM
 * U+061C), embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069) that editors of
 * Hebrew, Arabic and Persian text leave around Latin words ("`driver`\u200f", "\u200f✅ נבחר"). They
 * are invisible (Unicode Bidirectional Algorithm, UAX #9) and zero-width, so taking them out keeps every
 * line and what a reader sees, while a role key, a route or a status symbol is again found as written.
 */
export function withoutBidiControls(text: string): string {
  return /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/.test(text)
    ? text.replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '')
    : text;
}

function tooLarge(size: number, limits: ReadLimits): ReadOutcome {
  return {
    kind: 'refused',
    code: 'load/file-too-large',
    reason: `${megabytes(size)}, over the ${megabytes(limits.maxBytes)} limit per document`,
  };
}

function timeout(limits: ReadLimits): ReadOutcome {
  return {
    kind: 'refused',
    code: 'load/read-time-budget',
    reason: `not read: reading took longer than the ${Math.round(limits.budgetMs / 1000)} s budget`,
  };
}

/**
 * A document with nothing to read: no text once front matter and HTML comments are taken away
 * (a zero-byte file, a file of blank lines, a template of comments only).
 */
export function isEmptyDocument(body: string): boolean {
  return stripComments(body).trim() === '';
}

/** HTML comments removed with indexOf (a regex would rescan from every unclosed `<!--`). */
function stripComments(s: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = s.indexOf('<!--', at);
    if (open < 0) return out + s.slice(at);
    out += s.slice(at, open);
    const close = s.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}
