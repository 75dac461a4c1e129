import type { Block } from '../markdown/blocks.js';
import { parseMarkdown } from '../markdown/parse.js';
import type { SourceDocument } from '../model/sources.js';
import type { DocumentCoverage, ReadCoverage, UnreadBlock } from '../model/spec/coverage.js';
import { modelScore, talksAboutDataModel } from './score.js';

/** How many unread blocks spec.json lists (the rest are counted): enough for a reader's next pass. */
export const UNREAD_LIMIT = 200;

type ContentBlock = Exclude<Block, { kind: 'heading' }>;

interface Span {
  block: ContentBlock;
  start: number;
  end: number;
}

/**
 * Read coverage: a content block is read when at least one fact of the Domain or item of the Spec
 * has an origin (or a `from` reference, or a requirement's line range) inside its lines. Origins are
 * collected by walking the data, so every fact kind counts without a list to keep in step.
 */
export function readCoverage(documents: readonly SourceDocument[], ...models: unknown[]): ReadCoverage {
  const lines = new Map<string, number[][]>();
  const mark = (file: string, from: number, to: number) => {
    const list = lines.get(file) ?? [];
    list.push([from, to]);
    lines.set(file, list);
  };
  for (const m of models) collectRefs(m, mark);
  const out: DocumentCoverage[] = [];
  const unread: UnreadBlock[] = [];
  for (const doc of [...documents].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const spans = blockSpans(doc);
    const overlaps = overlapIndex(lines.get(doc.path) ?? []);
    const isRead = (s: Span) => overlaps(s.start, s.end);
    const cov: DocumentCoverage = {
      path: doc.path,
      blocks: spans.length,
      read: 0,
      dataModel: { blocks: 0, read: 0 },
      sentences: { total: 0, read: 0 },
    };
    for (const s of spans) {
      const read = isRead(s);
      for (const [from, to] of sentenceLines(s)) {
        cov.sentences.total++;
        if (overlaps(from, to)) cov.sentences.read++;
      }
      const data = talksAboutDataModel(s.block);
      if (read) cov.read++;
      if (data) cov.dataModel.blocks++;
      if (data && read) cov.dataModel.read++;
      if (!read)
        unread.push({
          file: doc.path,
          line: s.start,
          endLine: s.end,
          kind: s.block.kind,
          section: s.block.headingPath.join(' > '),
          words: firstWords(s.block),
          score: modelScore(s.block),
        });
    }
    out.push(cov);
  }
  unread.sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { documents: out, unread: unread.slice(0, UNREAD_LIMIT), unreadTotal: unread.length };
}

/**
 * Whether any line range [a, b] of `refs` overlaps [from, to], in O(log n) per question: the ranges
 * sorted by start, with the running maximum of their ends; those starting at or before `to` overlap
 * when the largest of their ends reaches `from`. (A scan of every range per block was quadratic on
 * a 1 MB document: issue 12.)
 */
function overlapIndex(refs: readonly number[][]): (from: number, to: number) => boolean {
  const sorted = refs.map(([a, b]) => [a!, b!] as const).sort((x, y) => x[0] - y[0]);
  const maxEnd: number[] = [];
  for (const [i, [, b]] of sorted.entries()) maxEnd.push(Math.max(b, maxEnd[i - 1] ?? -Infinity));
  return (from, to) => {
    let lo = 0;
    let hi = sorted.length; // first range starting after `to`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]![0] <= to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= from;
  };
}

/** Every `{ file, line }` (with `endLine` when present) anywhere in the value. */
function collectRefs(value: unknown, mark: (file: string, from: number, to: number) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) collectRefs(v, mark);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const r = value as Record<string, unknown>;
  if (typeof r.file === 'string' && typeof r.line === 'number') mark(r.file, r.line, r.line);
  // A requirement spans its text and acceptance criteria: `origin` is its first line, `endLine` its last.
  const o = r.origin as { file?: unknown; line?: unknown } | undefined;
  if (typeof r.endLine === 'number' && o && typeof o.file === 'string' && typeof o.line === 'number')
    mark(o.file, o.line, r.endLine);
  // for-in, not Object.values: no array per object of a spec with thousands of entities.
  for (const k in r) {
    const v = r[k];
    if (v !== null && typeof v === 'object') collectRefs(v, mark);
  }
}

/** Content blocks with their first and last file line (trailing blank lines excluded). */
export function blockSpans(doc: SourceDocument): Span[] {
  const blocks = parseMarkdown(doc).blocks;
  const text = doc.text.split('\n');
  const spans: Span[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') continue;
    let end = (blocks[i + 1]?.line ?? text.length + 1) - 1;
    if (b.kind === 'table') end = Math.min(end, b.rows[b.rows.length - 1]?.line ?? b.line);
    if (b.kind === 'code') end = Math.min(end, b.contentLine + b.content.split('\n').length - 1);
    while (end > b.line && (text[end - 1] ?? '').trim() === '') end--;
    spans.push({ block: b, start: b.line, end: Math.max(end, b.line) });
  }
  return spans;
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The file lines of each sentence of a block: table rows and code blocks count as one sentence each;
 * prose is split with Intl.Segmenter (sentence granularity, any language). An origin names a line,
 * so a sentence is read when an origin points into its lines.
 */
export function sentenceLines(s: Span): [number, number][] {
  const b = s.block;
  if (b.kind === 'table') return b.rows.length > 0 ? b.rows.map((r) => [r.line, r.line]) : [[s.start, s.end]];
  if (b.kind === 'code') return [[s.start, s.end]];
  const out: [number, number][] = [];
  // Offsets of the block's line feeds, so that a sentence's line is a binary search, not a rescan
  // of the text before it (quadratic on one huge paragraph).
  const feeds: number[] = [];
  for (let i = b.text.indexOf('\n'); i >= 0; i = b.text.indexOf('\n', i + 1)) feeds.push(i);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = feeds.length; // line feeds before `offset`
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (feeds[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return s.start + lo;
  };
  // A soft line break is not a sentence end in markdown (ICU would break at it): segment the text
  // with spaces for line feeds, same length, and take lines from the original offsets.
  for (const seg of sentences(b.text.replace(/\n/g, ' '))) {
    if (seg.segment.trim() === '') continue;
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const from = lineAt(seg.index + lead);
    const to = Math.min(s.end, lineAt(seg.index + seg.segment.trimEnd().length));
    out.push([from, Math.max(from, to)]);
  }
  return out.length > 0 ? out : [[s.start, s.end]];
}

/**
 * The sentences of a text as Intl.Segmenter gives them, without asking ICU when the answer is the
 * whole text: plain ASCII whose only sentence terminators close it (`.`, `!`, `?`, then closing
 * quotes or brackets, then spaces). Unicode's sentence rules (UAX #29) break only after a
 * terminator or a paragraph separator, so such a text is one sentence; most blocks of a document are
 * ("- Member: name, email", "A note belongs to one member."), and a segmenter per block was the
 * larger part of coverage on a 1 MB document (issue 12).
 */
function sentences(text: string): Iterable<{ index: number; segment: string }> {
  if (PRINTABLE_ASCII.test(text) && !TERMINATOR.test(text.replace(CLOSING_TERMINATORS, '')))
    return [{ index: 0, segment: text }];
  segmenter ??= new Intl.Segmenter('und', { granularity: 'sentence' });
  return segmenter.segment(text);
}

const PRINTABLE_ASCII = /^[\x20-\x7e\t]*$/;
const TERMINATOR = /[.!?]/;
const CLOSING_TERMINATORS = /[.!?]+[)"'\]]*[ \t]*$/;

function firstWords(b: ContentBlock): string {
  const raw =
    b.kind === 'table'
      ? [b.header.join(' | '), ...b.rows.slice(0, 1).map((r) => r.cells.join(' | '))].join(' / ')
      : b.kind === 'code'
        ? `${b.lang ? `${b.lang}: ` : ''}${b.content}`
        : b.text;
  const flat = raw.replace(/\s+/g, ' ').trim();
  const words = flat.split(' ').slice(0, 12).join(' ');
  return words.length < flat.length ? `${words} ...` : words;
}

/** The share read, as the report prints it: `12 of 40 blocks (30%)`. */
export function share(read: number, total: number): string {
  return total === 0
    ? 'no content blocks'
    : `${read} of ${total} blocks (${Math.round((100 * read) / total)}%)`;
}
