import { describe, expect, it } from 'vitest';
import { caseFoldedRegExp } from '../../src/knowledge/case-fold.js';
import { narrowedRegExp, narrowSource } from '../../src/knowledge/narrowed-regexp.js';

// Reader-like patterns: accent-aware boundaries, words of several scripts, negated and property
// classes, ranges across the tiers' edges, lookbehinds, named groups, back-references, escapes.
const PATTERNS = [
  String.raw`(?<![\u0345\p{L}])(?:[Rr]ejected|[Vv]erworfen|[Rr]echazad[oa]|odrzucon\p{L}*|[\u0391\u03b1]πορρίφθηκε|却下|отклонено)(?![\u0345\p{L}])`,
  String.raw`^(.{1,20}?)\s((?:was|wurde|był[aoy]?|đã) (?:dropped|verworfen|bỏ))(?:(?![\p{L}\p{N}_])|(?=[\p{sc=Han}\p{sc=Hiragana}]))`,
  String.raw`(?<name>[\p{Lu}][\p{Ll}\u00df-\u024f]+)\s+\k<name>`,
  String.raw`([^\P{L}\d]+)-\1`,
  String.raw`[^\s\p{L}]+|[\u00c0-\u0180\u2010-\u2015]{2,}|\u{1F680}|\ud83d\ude80`,
  String.raw`(?:^|[^\u0345\p{L}])(?:café|naïve|żółw|ğüş|ε\u03af|→|—)(?=$|[\s.,;:!?])`,
  String.raw`\p{N}{2,}[\x2d\u2013\u2014]\p{N}+|[\w\-.]+@[\p{L}\d.-]+`,
  String.raw`(?<=\p{L})['’](?=\p{L})|\b[A-Z]{2,}\b`,
];

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ..."      .,;:!?-'’()",
  ...'éèàçñüößÉÀÇÑÜØøªº²¹¼',
  ...'łżółŁŻĞğışđĐăƯơ',
  ...'–—→…“”',
  ...'αβγίπορρίφθηκεΑΠ',
  ...'отклоненоОТК',
  ...'却下採用は',
  '🚀',
  '\u0345',
];

const WORDS = [
  'rejected',
  'Verworfen',
  'odrzucony',
  'απορρίφθηκε',
  '却下',
  'отклонено',
  'was dropped',
  'đã bỏ',
];

function randomText(seed: number): string {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  let out = '';
  const length = next() % 40;
  for (let i = 0; i < length; i++)
    out += next() % 7 === 0 ? ` ${WORDS[next() % WORDS.length]} ` : ALPHABET[next() % ALPHABET.length];
  // Some texts stay within Latin-1, some within Latin and punctuation, the rest anywhere.
  const tier = seed % 3;
  if (tier === 0) return out.replace(/[^\0-\xff]/gu, 'x');
  if (tier === 1) return out.replace(/[^\0-\u036f\u1e00-\u1eff\u2000-\u2bff]/gu, 'y');
  return out;
}

const plain = (m: RegExpExecArray | null) =>
  m && { all: [...m], index: m.index, groups: m.groups && { ...m.groups } };

describe('narrowedRegExp', () => {
  it('matches exactly what the pattern as written matches, on texts of every script', () => {
    for (const source of PATTERNS) {
      const narrowed = narrowedRegExp(source, 'u');
      const exact = new RegExp(source, 'u');
      for (let seed = 1; seed <= 600; seed++) {
        const text = randomText(seed);
        expect(plain(narrowed.exec(text)), `${source} on ${JSON.stringify(text)}`).toEqual(
          plain(exact.exec(text)),
        );
      }
    }
  });

  it('compiles a Latin-1 text against a copy without property classes or other scripts', () => {
    const source = PATTERNS[0]!;
    const narrow = narrowSource(source, [[0, 0xff]])!;
    expect(narrow).not.toMatch(/\\p|\\u03|却/);
    expect(new RegExp(narrow, 'u').exec('it was rejected.')?.index).toBe(7);
  });

  it('reads as the pattern it was built from', () => {
    const re = narrowedRegExp(PATTERNS[0]!, 'u');
    expect(re).toBeInstanceOf(RegExp);
    expect(re.source).toBe(new RegExp(PATTERNS[0]!, 'u').source);
    expect(re.flags).toBe('u');
    expect(String(re)).toBe(String(new RegExp(PATTERNS[0]!, 'u')));
    expect('a rejected b — odrzucona c'.split(re)).toEqual(['a ', ' b — ', ' c']);
    expect('x Verworfen y'.replace(re, '<$&>')).toBe('x <Verworfen> y');
    expect('x却下y'.search(re)).toBe('x却下y'.search(new RegExp(PATTERNS[0]!, 'u')));
  });

  it('is what caseFoldedRegExp gives a folded Unicode pattern; global and case-insensitive ones stay plain', () => {
    expect(caseFoldedRegExp(String.raw`(?<!\p{L})cat(?!\p{L})`, 'iu').constructor).not.toBe(RegExp);
    expect(caseFoldedRegExp(String.raw`(?<!\p{L})cat(?!\p{L})`, 'giu').constructor).toBe(RegExp);
    expect(narrowedRegExp(String.raw`\p{L}`, 'iu').constructor).toBe(RegExp);
    expect(narrowedRegExp('plain ascii', 'u').constructor).toBe(RegExp);
  });
});
