import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with tsup.config.ts and vitest.config.ts
import { caseFoldTable } from '../../scripts/case-fold-regex.mjs';
import { caseFoldedRegExp, foldSource } from '../../src/knowledge/case-fold.js';
import { CASE_CLASSES, CASE_FOLD_UNICODE, ESCAPE_ADDITIONS } from '../../src/knowledge/case-fold-table.js';

/**
 * The run-time fold of `new RegExp(…, 'iu')` patterns (issue 19, src/knowledge/case-fold.ts) must
 * change no match: its table must be what V8 computes here, every class it folds must hold exactly
 * the characters the `iu` class matches, and whole reader-shaped patterns must match the same
 * things at the same places on real document lines and on the characters whose case is special.
 */

/** Every code point with a case variant (as scripts/case-fold-regex.mjs finds them). */
const CASED = (() => {
  const out: string[] = [];
  const re = /[\p{Changes_When_Casefolded}\p{Changes_When_Casemapped}]/u;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (re.test(c)) out.push(c);
  }
  return out;
})();
const PROBES = [...CASED, '-', '^', ']', '\\', '_', '0', '9', ' ', '\t', "'", '’', '\u0345', 'é', '€', '→'];

describe('case-fold table', () => {
  it('is what V8 computes in this process (node scripts/case-fold-table.mjs rewrites it)', () => {
    const now = caseFoldTable() as { unicode: string; classes: string[]; additions: Record<string, string> };
    expect(CASE_FOLD_UNICODE).toBe(now.unicode);
    expect([...CASE_CLASSES]).toEqual(now.classes);
    expect({ ...ESCAPE_ADDITIONS }).toEqual(now.additions);
  });
});

describe('foldSource', () => {
  const atoms = [
    '\\p{L}',
    '\\P{L}',
    '\\p{N}',
    '[\\p{L}\\p{N}_]',
    '[^\\p{L}]',
    '[^\\p{L}\\d]',
    "[\\p{L}'’-]",
    '[-\\p{L}]',
    '[\\p{L}-]',
    '[a-z]',
    '[^a-z]',
    '[A-Za-z\\u00c0-\\u024f]',
    '[\\u00c0-\\u024f]',
    '[ßk]',
    '[^ßks]',
    '[\\w.-]',
    '[\\s*_]',
    '[^,.;]',
    '[\\x41-\\x5a]',
    '[\\u{1e9e}]',
    '[\\t-\\r]',
    '\\w',
    '\\W',
    '\\W+x',
    '\\p{sc=Hangul}',
    '[\\p{L}\\p{sc=Hangul}]',
    '\\s',
    '.',
    'k',
    'ß',
    'σ',
    'ǅ',
    'İ',
    '\\u212a',
  ];
  it.each(atoms)('folds %s to the same set of characters', (atom) => {
    const folded = foldSource(atom);
    expect(folded).not.toBeNull();
    const iu = new RegExp(`^(?:${atom})$`, 'iu');
    const u = new RegExp(`^(?:${folded})$`, 'u');
    const differ = PROBES.filter((c) => iu.test(c) !== u.test(c));
    expect(differ).toEqual([]);
  });

  it('leaves what it cannot spell exactly (back-references, escapes without known additions)', () => {
    expect(foldSource('(\\p{L})\\1')).toBeNull();
    expect(foldSource('(?<a>\\p{L})\\k<a>')).toBeNull();
    expect(foldSource('\\p{Lu}x')).toBeNull();
    expect(foldSource('[^\\W]\\p{L}')).toBeNull();
  });
});

function lines(dir: string, out: string[]): void {
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) lines(p, out);
    else if (/\.md$/.test(e))
      out.push(
        ...readFileSync(p, 'utf8')
          .split('\n')
          .filter((l) => l.trim()),
      );
  }
}

describe('caseFoldedRegExp', () => {
  const texts: string[] = [
    'STRAßE straße STRASSE ẞ Straße',
    'ſtatus Kelvin K k KEY key Status',
    'ΣΊΣΥΦΟΣ σίσυφος ς ι\u0345 ᾳ ᾼ ΐ',
    'İstanbul ıstanbul ISTANBUL',
    'ǅ ǆ Ǆ — → “quoted” café CAFÉ Réservation RÉSERVATION',
    'Must NOT be deleted; SHOULD be cached; the ORDER is PAID; out-of-scope: Ŝtatus',
  ];
  lines(path.resolve(__dirname, '../../examples/clinic-booking'), texts);
  const all = [...texts, ...texts.map((t) => t.toUpperCase()), ...texts.map((t) => t.toLowerCase())];
  // Shaped as the readers build theirs (src/read/status.ts, story-words.ts, retry-words.ts).
  const patterns = [
    '(?<![\\p{L}\\p{N}_])(?:out[- ]of[- ]scope|non[- ]goals|fuera de(?:l)? alcance|hors p[ée]rim[èe]tre|must|should|kein(?:e|en)?)(?![\\p{L}\\p{N}_])',
    "^(?:check(?!(?:\\s+[\\p{L}'’-]+){0,3}\\s+(?:in|out)(?:$|[^\\p{L}]))|view|see|list|status\\p{L}*)(?=$|[^\\p{L}])",
    '(?<!\\p{L})(?:bis zu\\s+|höchstens\\s+)?(\\d{1,2}|once|twice|zwei|drei)\\s+(?<what>Wiederholungen|retries|times)(?!\\p{L})',
    '(?:^|[^\\p{L}])(?:sólo|solo|only|nur|seulement|straße|key)(?=$|[^\\p{L}])',
    '\\b(?:order|status|kelvin)\\b\\s+\\p{L}+',
    '(?<!\\p{L})((?:the system|el sistema|le système|das system))\\s+(?!(?:will|shall)(?!\\p{L}))(\\p{L}+)',
    // A word union without a Unicode class is folded too.
    '(?:reject\\S*|abgelehnt|stra(?:ß|ss)e|kelvin|\\w+ed)\\b(?:\\s+\\W+)?',
  ];
  it.each(patterns)('matches what the iu pattern matches: %s', (source) => {
    const folded = caseFoldedRegExp(source, 'giu');
    expect(folded.flags).toBe('gu');
    const original = new RegExp(source, 'giu');
    for (const t of all)
      expect([...t.matchAll(folded)].map((m) => [m.index, [...m], m.groups])).toEqual(
        [...t.matchAll(original)].map((m) => [m.index, [...m], m.groups]),
      );
  });

  it('builds patterns it does not fold as written', () => {
    expect(caseFoldedRegExp('(\\p{L})\\1', 'iu').flags).toBe('iu');
    expect(caseFoldedRegExp('(\\w)\\1', 'iu').flags).toBe('iu');
    expect(caseFoldedRegExp('abc', 'i').flags).toBe('i');
    expect(caseFoldedRegExp('\\p{L}', 'u').flags).toBe('u');
  });
});
