import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spectralLint } from '../../src/verify/spectral.js';

/**
 * Spectral's `spectral:oas` and OWASP API Security rulesets, the linters API teams run in CI. Every
 * golden case's openapi.yaml is the output of a corpus project or of the example (test/cases checks
 * byte for byte that the output still equals it), and test/api/spectral-corpus.test.ts lints that
 * output for every corpus project and the example with 0 errors: linting the golden copies again
 * here cost four more Spectral runs (3.5-6 s of CPU each) and asserted nothing more. Here: the
 * rulesets find what they are meant to find, so a 0 there means something.
 */
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const outputs = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(`${CASES}${e.name}/expected/backend-spec/openapi.yaml`))
  .map((e) => e.name)
  .sort();

describe('Spectral (spectral:oas + OWASP)', () => {
  it('every golden openapi.yaml is the output of a project spectral-corpus.test.ts lints', () => {
    expect(outputs.length).toBeGreaterThanOrEqual(4);
    const linted = readFileSync(`${REPO}test/api/spectral-corpus.test.ts`, 'utf8');
    for (const name of outputs) {
      const input = (JSON.parse(readFileSync(`${CASES}${name}/case.json`, 'utf8')) as { input: string })
        .input;
      // The corpus test lints every folder of test/corpus, and the example by name.
      expect(input.startsWith('test/corpus/') || linted.includes(`'${input}'`), `${name}: ${input}`).toBe(
        true,
      );
    }
  });

  it('finds the problems it is meant to find', async () => {
    const bad = [
      'openapi: 3.1.0',
      'info: { title: t, version: "1" }',
      'servers: [{ url: "http://example.com" }]',
      'paths:',
      '  /x:',
      '    post:',
      '      responses:',
      '        "200":',
      '          description: ok',
      '          content: { application/json: { schema: { type: string } } }',
    ].join('\n');
    const codes = new Set((await spectralLint(bad)).filter((p) => p.severity === 'error').map((p) => p.code));
    expect(codes).toContain('owasp:api4:2023-string-limit');
    expect(codes).toContain('owasp:api4:2023-rate-limit');
    expect(codes).toContain('owasp:api2:2023-write-restricted');
  }, 60_000);

  it('compiles each distinct example schema once per run, and still reports each invalid example', async () => {
    // Two responses with the same schema text (two objects in the parsed document), one valid and
    // one invalid example: Spectral's Ajv gets one validator for both, and reports only /b.
    const schema = '{ type: object, required: [n], properties: { n: { type: integer } } }';
    const doc = [
      'openapi: 3.1.0',
      'info: { title: t, version: "1" }',
      'paths:',
      ...['a', 'b'].flatMap((p) => [
        `  /${p}:`,
        '    get:',
        '      responses:',
        '        "200":',
        '          description: ok',
        `          content: { application/json: { schema: ${schema}, example: { n: ${p === 'a' ? '1' : '"x"'} } } }`,
      ]),
    ].join('\n');
    await spectralLint('openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths: {}\n');
    const req = createRequire(import.meta.url);
    const from = req.resolve('@stoplight/spectral-functions');
    type Compile = (this: { opts: { strict?: unknown } }, s: unknown, m?: boolean) => unknown;
    const Ajv = req(req.resolve('ajv/dist/core', { paths: [from] })) as {
      default: { prototype: { compile: Compile } };
    };
    const compile = Ajv.default.prototype.compile;
    const validators = new Set<unknown>();
    let calls = 0;
    Ajv.default.prototype.compile = function (s, m) {
      const v = compile.call(this, s, m);
      if (this.opts.strict === false && (s as { required?: unknown }).required) {
        calls++;
        validators.add(v);
      }
      return v;
    };
    let problems: Awaited<ReturnType<typeof spectralLint>>;
    try {
      problems = await spectralLint(doc);
    } finally {
      Ajv.default.prototype.compile = compile;
    }
    expect(calls).toBeGreaterThan(1);
    expect(validators.size).toBe(1);
    const examples = problems.filter((p) => p.code === 'oas3-valid-media-example');
    expect(examples.map((p) => p.path)).toEqual([
      'paths./b.get.responses.200.content.application/json.example.n',
    ]);
  }, 60_000);
});
