import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with tsup.config.ts and vitest.config.ts
import { narrowRegexLiterals } from '../../scripts/narrow-regex.mjs';

/**
 * The build's rewrite of `/…\p{…}…/u` literals into patterns compiled for each text's alphabet
 * (issue 19, scripts/narrow-regex.mjs): which literals, where the list goes, and that every line
 * keeps its number. That such a pattern matches as the literal does: test/knowledge/narrowed-regexp.test.ts.
 */
describe('narrowRegexLiterals', () => {
  const code = [
    "import { a } from './a.js';",
    "import { b } from '../b.js';",
    'const WORD = /(?<!\\p{L})cat(?!\\p{L})/u;',
    'const ALL = /\\p{L}+/gu;',
    'const FOLD = /\\p{L}x/iu;',
    'const PLAIN = /cat/u;',
    'export function f(s: string) {',
    '  return s.replace(/[^\\p{L}\\p{N}]+/u, "-") + a + b;',
    '}',
  ].join('\n');

  it('makes each Unicode literal with a property class one module-level narrowed pattern, lines unchanged', () => {
    const out = narrowRegexLiterals(code, '/p/src/read/x.ts', ts) as string;
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    const lines = out.split('\n');
    expect(lines[1]).toBe(
      'import { b } from \'../b.js\'; import { narrowedRegExp as __narrowedRegExp$ } from "../knowledge/narrowed-regexp.js"; ' +
        'const __narrowed$ = [__narrowedRegExp$("(?<!\\\\p{L})cat(?!\\\\p{L})", "u"), __narrowedRegExp$("[^\\\\p{L}\\\\p{N}]+", "u")];',
    );
    expect(lines[2]).toBe('const WORD = __narrowed$[0];');
    expect(lines[7]).toBe('  return s.replace(__narrowed$[1], "-") + a + b;');
    // Global, case-insensitive and class-free literals stay as written.
    expect(lines.slice(3, 6)).toEqual(code.split('\n').slice(3, 6));
  });

  it('leaves files without such literals, files outside src/ and the helper itself alone', () => {
    expect(narrowRegexLiterals('const X = /cat/u;', '/p/src/read/x.ts', ts)).toBe('const X = /cat/u;');
    expect(narrowRegexLiterals(code, '/p/scripts/x.ts', ts)).toBe(code);
    expect(narrowRegexLiterals(code, '/p/src/knowledge/narrowed-regexp.ts', ts)).toBe(code);
    expect(narrowRegexLiterals(code, '/p/src/x.ts', ts)).toContain('from "./knowledge/narrowed-regexp.js"');
  });
});
