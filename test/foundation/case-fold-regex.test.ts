import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with tsup.config.ts and vitest.config.ts
import { foldable, foldPattern, foldRegexLiterals } from '../../scripts/case-fold-regex.mjs';
import { KEY_CACHE_BEFORE } from '../../src/read/cache-words.js';

/**
 * The build's rewrite of `/…/iu` literals for the flag `u` alone (issue 19, scripts/case-fold-regex.mjs)
 * must change no match: every literal of src/ it rewrites, run both ways on the example's and the
 * golden cases' lines (upper-cased too) and on the characters whose case is special.
 */
const SPECIAL = [
  'STRAßE straße STRASSE ẞ',
  'ſtatus Kelvin K k KEY key',
  'ΣΊΣΥΦΟΣ σίσυφος ς ι\u0345 ᾳ ᾼ ΐ',
  'İstanbul ıstanbul ISTANBUL',
  'ǅ ǆ Ǆ — → “quoted” café CAFÉ Réservation RÉSERVATION',
  'Must NOT be deleted; SHOULD be cached; the ORDER is PAID',
];

function lines(dir: string, out: string[], limit: number): void {
  for (const e of readdirSync(dir).sort()) {
    if (out.length >= limit) return;
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) lines(p, out, limit);
    else if (/\.md$/.test(e))
      out.push(
        ...readFileSync(p, 'utf8')
          .split('\n')
          .filter((l) => l.trim()),
      );
  }
}

function literals(dir: string, out: { source: string; flags: string }[]): void {
  for (const e of readdirSync(dir).sort()) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) literals(p, out);
    else if (e.endsWith('.ts')) {
      const code = readFileSync(p, 'utf8');
      if (!code.includes('\\p{')) continue;
      const file = ts.createSourceFile(p, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(file);
          const slash = text.lastIndexOf('/');
          out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1) });
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }
}

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(re)]
    .map((m) => `${m.index}:${m.join('\u0001')}:${JSON.stringify(m.groups ?? null)}`)
    .join('|');

describe('case-folded patterns', () => {
  it('vitest runs src/ with the rewrite the build applies', () => {
    expect(KEY_CACHE_BEFORE.flags).toBe('u');
    expect(KEY_CACHE_BEFORE.test('the JWKS are fetched')).toBe(true);
    expect(KEY_CACHE_BEFORE.test('THE SIGNING KEYS ARE FETCHED')).toBe(true);
  });

  it('spells letters and classes with their case variants, and keeps what it cannot prove', () => {
    expect(foldPattern(String.raw`(?<!\p{L})ks(?!\p{L})`)).toBe(
      String.raw`(?<![\u0345\p{L}])[Kk\u212a][Ss\u017f](?![\u0345\p{L}])`,
    );
    expect(foldPattern(String.raw`[^\p{L}]x`)).toBe(String.raw`[^\u0345\p{L}][Xx]`);
    expect(foldPattern(String.raw`(\p{L})\1`)).toBeNull();
    const code = 'const A = /(?<!\\p{L})ab/iu;\nconst B = /ab/i;\nconst C = "/(?<!\\\\p{L})ab/iu";\n';
    expect(foldRegexLiterals(code, 'x.ts', ts)).toBe(
      'const A = /(?<![\\u0345\\p{L}])[Aa][Bb]/u;\nconst B = /ab/i;\nconst C = "/(?<!\\\\p{L})ab/iu";\n',
    );
  });

  it('every rewritten literal of src/ matches what the original matches', () => {
    const found: { source: string; flags: string }[] = [];
    literals(path.resolve('src'), found);
    const texts: string[] = [];
    lines(path.resolve('test/cases'), texts, 200);
    const sample = [...texts, ...texts.slice(0, 50).map((t) => t.toUpperCase()), ...SPECIAL];
    let rewritten = 0;
    for (const { source, flags } of found) {
      if (!foldable(source, flags)) continue;
      const folded = foldPattern(source);
      if (folded === null) continue;
      rewritten++;
      const g = flags.includes('g') ? flags : `${flags}g`;
      const before = new RegExp(source, g);
      const after = new RegExp(folded, g.replace('i', ''));
      // One assertion per literal over every sample text (not one `expect` per text: 125,000 of
      // them were a third of this file's CPU time); a difference names the text and both results.
      const differences = sample
        .map((text) => ({ text, before: matches(before, text), after: matches(after, text) }))
        .filter((d) => d.after !== d.before);
      expect(differences, source).toEqual([]);
    }
    expect(rewritten).toBeGreaterThan(250);
  }, 300_000);
});
