import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with tsup.config.ts
import { asciiSource } from '../../scripts/ascii-bundle.mjs';

/**
 * The build rewrites the bundles loaded through the code cache to ASCII (scripts/ascii-bundle.mjs,
 * issue 19): the rewritten program must compute the same values. Each sample is run both ways.
 */
const SAMPLE = [
  '// Comentário em português: não, também — “aspas”',
  '/* 日本語のコメント */',
  'const out = {};',
  'out.cls = /[^іїєґІЇЄҐ]/g;',
  'out.word = /(?<![\\p{L}])versión|versão|[à-ÿ]+/iu;',
  'out.astralU = /😀+|[😀-😂]/u;',
  'out.astral = /^😀$/;',
  'out.plain = /straße/i;',
  'out.raw = String.raw`(?:versión|versão)\\s+\\d — ${1 + 1}\\` \\${x} é`;',
  'out.rawEmpty = String.raw`ß`;',
  "out.cooked = `café ${'x'} ß`;",
  'out.division = 4 / 2 / 1; // ÷',
  'module.exports = out;',
].join('\n');

const TEXTS = [
  'versión 2',
  'VERSÃO',
  'àéîõü',
  'Straße STRASSE',
  'іїєґ abc',
  '😀😁😂',
  '😀',
  'x 😃',
  'la versión',
];

function evaluate(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', code)(module);
  return module.exports;
}

describe('ascii-bundle', () => {
  const ascii = asciiSource(SAMPLE, ts);

  it('leaves no character outside ASCII and no line added or removed', () => {
    expect(/[\u0080-\uffff]/.test(ascii)).toBe(false);
    expect(ascii.split('\n').length).toBe(SAMPLE.split('\n').length);
    expect(ascii).toContain('4 / 2 / 1');
  });

  it('computes the same values: every pattern matches the same text, every string is equal', () => {
    const before = evaluate(SAMPLE);
    const after = evaluate(ascii);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [key, value] of Object.entries(before)) {
      const other = after[key];
      if (value instanceof RegExp) {
        expect(other).toBeInstanceOf(RegExp);
        const re = other as RegExp;
        expect(re.flags).toBe(value.flags);
        for (const text of TEXTS) {
          value.lastIndex = 0;
          re.lastIndex = 0;
          expect([key, text, re.exec(text)?.[0]]).toEqual([key, text, value.exec(text)?.[0]]);
        }
      } else expect([key, other]).toEqual([key, value]);
    }
    expect(after.raw).toBe(String.raw`(?:versión|versão)\s+\d — ${2}\` \${x} é`);
  });

  it('refuses the forms it cannot rewrite to the same program', () => {
    expect(() => asciiSource('const a = /\\é/;', ts)).toThrow(/escaped/);
    expect(() => asciiSource('const a = tag`é`;', ts)).toThrow(/tag/);
  });

  it('leaves an ASCII source as it is', () => {
    const code = 'const a = /x/u; // plain\n';
    expect(asciiSource(code, ts)).toBe(code);
  });

  it('the built bundles are ASCII (when built)', () => {
    for (const file of ['dist/cli-bundle.cjs', 'dist/redocly.cjs', 'dist/prisma-ast.cjs']) {
      if (!existsSync(file)) continue;
      expect([file, /[\u0080-\uffff]/.exec(readFileSync(file, 'utf8'))?.index]).toEqual([file, undefined]);
    }
  });
});
