import { createRequire } from 'node:module';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { cli, ensureBuilt } from '../foundation/built-cli.js';
import { EXAMPLE, REPO } from '../foundation/corpus.js';

/**
 * The built CLI verifies in a worker thread (PostgreSQL and Redocly, started before the pipeline);
 * run from the sources, the same verifiers run on the main thread. Both must say exactly the same:
 * same verifications, same diagnostics, same report.
 */
describe('verification in the worker thread', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);

  it('the built CLI (worker) and the sources (this thread) give the same JSON for the example', async () => {
    const built = cli(['generate', EXAMPLE, '--dry-run', '--format', 'json']);
    expect(built.code, built.stderr).toBe(0);
    let out = '';
    const io = {
      out: {
        write: (s: string) => {
          out += s;
          return true;
        },
      },
      err: { write: () => true },
    } as unknown as Parameters<typeof run>[1];
    expect(await run(['generate', EXAMPLE, '--dry-run', '--format', 'json'], io)).toBe(0);
    const worker = JSON.parse(built.stdout);
    const here = JSON.parse(out);
    const tools = worker.report.verifications.map((v: { tool: string; ok: boolean }) => [v.tool, v.ok]);
    expect(tools).toEqual([
      ['json-schema', true],
      ['json-schema', true],
      ['openapi', true],
      ['postgresql', true],
    ]);
    expect(
      worker.report.verifications.find((v: { tool: string }) => v.tool === 'postgresql').summary,
    ).toMatch(
      /^applied to PostgreSQL \d+\.\d+ \(PGlite\): \d+ tables, \d+ indexes, 0 errors, 0 differences$/,
    );
    expect(worker).toEqual(here);
  }, 300_000);

  it('the worker lints with the built one-file Redocly, which finds what the package finds', async () => {
    // dist/redocly.cjs (tsup.config.ts) is what the worker requires through the code cache.
    type Lint = typeof import('@redocly/openapi-core');
    const bundled = createRequire(import.meta.url)(path.join(REPO, 'dist/redocly.cjs')) as Lint;
    const pkg = await import('@redocly/openapi-core');
    // An OpenAPI document with an error and warnings, so the comparison is not of two empty lists.
    const source = [
      'openapi: 3.1.0',
      'info: { title: t, version: "1" }',
      'paths:',
      '  /items/{id}:',
      '    get:',
      '      responses:',
      "        '200': { description: ok }",
      '  /items:',
      '    post:',
      '      operationId: dup',
      '      responses: {}',
      '    put:',
      '      operationId: dup',
      "      responses: { '200': { description: ok } }",
      '',
    ].join('\n');
    const lint = async (r: Lint) => {
      const config = await r.createConfig({ extends: ['recommended'] });
      return (await r.lintFromString({ source, absoluteRef: 'openapi.yaml', config })).map((p) => [
        p.ruleId,
        p.severity,
        p.message,
        p.location[0]?.pointer,
      ]);
    };
    const fromPackage = await lint(pkg);
    expect(fromPackage.some((p) => p[1] === 'error')).toBe(true);
    expect(await lint(bundled)).toEqual(fromPackage);
  }, 300_000);
});
