import { describe, expect, it } from 'vitest';
import { statedDate } from '../../src/load/dates.js';
import { contentLines, findDuplicates } from '../../src/load/duplicates.js';
import { decodeDocument } from '../../src/load/encoding.js';
import { isEmptyDocument } from '../../src/load/read-document.js';
import { findSupersessions } from '../../src/load/versions.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { withinCpu } from '../helpers/cpu-time.js';

/**
 * Each of these reads document text; 100,000 hostile characters must take well under a second of CPU
 * time (test/helpers/cpu-time.ts).
 */
const HOSTILE = [
  ' '.repeat(100_000),
  'a'.repeat(100_000),
  '-'.repeat(100_000),
  '<!--'.repeat(25_000),
  '2025-'.repeat(20_000),
  `${'x.md '.repeat(20_000)}superseded`,
  `# Change log\n${'| 2025-01-0'.repeat(10_000)}`,
  `${'[a](b.md) increment '.repeat(5_000)}`,
];

const doc = (p: string, body: string): SourceDocument => ({
  path: p,
  kind: 'architecture',
  classifiedBy: 'test',
  text: body,
  body,
  bodyLineOffset: 0,
  frontMatter: null,
});

describe('load heuristics stay linear on hostile text', () => {
  it.each(HOSTILE.map((h, i) => [i, h] as const))('input %i', (_i, text) => {
    withinCpu(1500, () => {
      contentLines(text);
      statedDate({ path: 'docs/a.md', frontMatter: { date: text }, body: text });
      isEmptyDocument(text);
      findSupersessions([doc('docs/architecture.md', text), doc('docs/architecture-v2.md', text)]);
      findDuplicates([doc('docs/architecture.md', text), doc('docs/copy/architecture.md', text)]);
      decodeDocument(Buffer.from(text));
    });
  });
});

describe('decodeDocument', () => {
  it('random bytes are binary, never text', () => {
    const bytes = new Uint8Array(2048);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 48271) % 2147483647;
      bytes[i] = x & 0xff;
    }
    expect(decodeDocument(bytes).kind).toBe('binary');
  });

  it('an empty file is empty text, not binary', () => {
    expect(decodeDocument(new Uint8Array(0))).toEqual({ kind: 'text', text: '', encoding: 'utf-8' });
  });

  it('CJK in UTF-16 LE without a BOM is not mistaken (no zero bytes): read as binary-free text only with a BOM', () => {
    const withBom = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('# 需求\n\n用户可以登录。\n', 'utf16le'),
    ]);
    expect(decodeDocument(withBom)).toMatchObject({ kind: 'text', text: '# 需求\n\n用户可以登录。\n' });
  });
});
