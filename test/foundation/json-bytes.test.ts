import { describe, expect, it } from 'vitest';
import { bytesArtifact } from '../../src/render/index.js';
import { jsonBytes } from '../../src/render/json-bytes.js';
import { compiledProject } from '../helpers/compiled.js';
import { EXAMPLE } from './corpus.js';

/** What spec.json was before it was written piece by piece: the bytes must not change. */
const reference = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

describe('spec.json written piece by piece (issue 19)', () => {
  it('writes the bytes of JSON.stringify(value, null, 2) for every shape JSON has', () => {
    const values: unknown[] = [
      {},
      [],
      null,
      'a → b — c',
      42,
      Number.NaN,
      { a: undefined, b: () => 1, c: Symbol('s') },
      { a: undefined, b: 1 },
      [undefined, () => 1, Symbol('s'), Number.POSITIVE_INFINITY, 'x'],
      { list: [], map: {}, nested: [[], {}, [[1, [2, { deep: [3, { deeper: 'é →' }] }]]]] },
      { 2: 'two', 1: 'one', b: 'b', a: 'a' },
      { date: new Date(0), inner: { when: new Date(86_400_000) }, list: [new Date(0)] },
      { custom: { toJSON: (key: string) => `key ${key}` }, list: [{ toJSON: (key: string) => key }] },
      Object.assign(Object.create(null), { bare: [1, 'two', null] }),
      { map: new Map([[1, 2]]), set: new Set([1]), boxed: [new String('s'), new Number(1)] },
      { 'quote"key': 'line\nbreak\ttab\u2028', emoji: '😀', lone: '\ud800' },
    ];
    for (const value of values) expect(jsonBytes(value).equals(reference(value))).toBe(true);
    expect(jsonBytes(undefined).toString()).toBe('undefined\n');
  });

  it("writes the example's spec.json as JSON.stringify did", async () => {
    const { spec, artifacts } = await compiledProject(EXAMPLE);
    expect(jsonBytes(spec).equals(reference(spec))).toBe(true);
    expect(artifacts.find((a) => a.path.endsWith('/spec.json'))?.text).toBe(reference(spec).toString());
  });

  it('holds an artifact as bytes whose copies are plain text artifacts', () => {
    const held = bytesArtifact('backend-spec/spec.json', Buffer.from('{ "a": "→" }\n'));
    expect(held.text).toBe('{ "a": "→" }\n');
    expect(held.bytes?.length).toBe(15);
    expect({ ...held }).toEqual({ path: 'backend-spec/spec.json', text: '{ "a": "→" }\n' });
    expect(JSON.parse(JSON.stringify(held))).toEqual({ ...held });
  });
});
