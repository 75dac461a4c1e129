import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isYamlOf, toYaml } from '../../src/render/openapi/yaml.js';

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.constantFrom(
      'true',
      'no',
      '200',
      '1e3',
      '- a',
      'a: b',
      '#x',
      'x #y',
      ' lead',
      'trail ',
      '',
      '{a}',
      "it's",
      'a\nb',
      '~',
      '.5',
      '0x1F',
    ),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('200', 'true', '$ref', 'x-y')), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;

describe('toYaml', () => {
  it('round-trips any JSON value through a YAML 1.2 parser', () => {
    fc.assert(
      fc.property(json, (v) => {
        const expected = JSON.parse(JSON.stringify(v)) as unknown;
        expect(parse(toYaml(expected))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('writes plain scalars where they read back unchanged and quotes the rest', () => {
    expect(
      toYaml({
        openapi: '3.1.0',
        paths: { '/a/{id}': { get: { responses: { '200': { description: 'OK' } } } } },
      }),
    ).toBe(
      'openapi: "3.1.0"\npaths:\n  /a/{id}:\n    get:\n      responses:\n        "200":\n          description: OK\n',
    );
  });

  it('tells whether a text is what an object writes, with or without a text written before', () => {
    const doc = { openapi: '3.1.0', info: { title: 'A', version: '1' }, paths: {} };
    const text = toYaml(doc);
    expect(isYamlOf(doc, text)).toBe(true);
    expect(isYamlOf(doc, `${text}# edited\n`)).toBe(false);
    // An equal object never written: written now and compared.
    expect(isYamlOf(structuredClone(doc), text)).toBe(true);
    expect(isYamlOf({ ...doc, openapi: '3.0.3' }, text)).toBe(false);
  });
});

describe('toYaml on a document of many pieces (issue 19)', () => {
  it('writes every line once and in order when the text is put aside in flat pieces', () => {
    // Well over the 64 K characters of one piece, with pieces ending at every depth.
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 1200; i++)
      paths[`/things/${i}`] = {
        get: {
          operationId: `getThing${i}`,
          tags: ['things', `t${i % 7}`],
          responses: { 200: { description: '→ ok' } },
        },
      };
    const doc = {
      openapi: '3.1.0',
      paths,
      list: Array.from({ length: 500 }, (_, i) => ({ n: i, m: [i, `x${i}`] })),
    };
    const text = toYaml(doc);
    expect(text.length).toBeGreaterThan(3 * (1 << 16));
    expect(parse(text)).toEqual(doc);
    expect(text.split('\n').filter((l) => l.includes('operationId:')).length).toBe(1200);
    expect(isYamlOf(doc, text)).toBe(true);
  });
});
