import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { cli, ensureBuilt } from '../foundation/built-cli.js';
import { EXAMPLE } from '../foundation/corpus.js';

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
});
