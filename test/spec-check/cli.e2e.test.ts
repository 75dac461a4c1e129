import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliInProcess, ensureBuilt } from '../foundation/built-cli.js';
import { copyExampleInputs } from '../foundation/corpus.js';

/**
 * `generate --check`, `check` and `schema facts` on a copy of the example: the first `--check` and the
 * sarif `check` through the built bin, the rest through the same `run` in this process (cliInProcess).
 */
describe('CLI: generate --check, check, schema facts', () => {
  let dir = '';
  beforeAll(async () => {
    await ensureBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'clinic-'));
    copyExampleInputs(dir);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const spec = () => path.join(dir, 'docs/technical/backend-spec.md');

  it('generate --check exits 1 before the spec exists, 0 once generated, 1 after a document changes; it writes nothing', async () => {
    const missing = cli(['generate', dir, '--no-verify', '--check']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('spec-check/out-of-date');
    expect(() => statSync(spec())).toThrow();

    expect((await cliInProcess(['generate', dir, '--no-verify', '--quiet'])).code).toBe(0);
    const fresh = await cliInProcess(['generate', dir, '--no-verify', '--check']);
    expect(fresh.code).toBe(0);
    expect(fresh.stderr).toMatch(/^up to date: \d+ files match/m);

    const prd = path.join(dir, 'docs/product/PRD.md');
    writeFileSync(
      prd,
      `${readFileSync(prd, 'utf8')}\n- FR99: Patients can download a PDF receipt of a payment.\n`,
    );
    const before = readFileSync(spec(), 'utf8');
    const stale = await cliInProcess(['generate', dir, '--no-verify', '--check', '--format', 'json']);
    expect(stale.code).toBe(1);
    const body = JSON.parse(stale.stdout);
    expect(body.upToDate).toBe(false);
    expect(body.diagnostics.map((d: { at: { file: string } }) => d.at.file)).toContain(
      'docs/technical/backend-spec.md',
    );
    expect(readFileSync(spec(), 'utf8')).toBe(before);
  }, 120_000);

  it('check reports in sarif and json, with the exit code of generate', async () => {
    const sarif = cli(['check', spec(), '--no-sql', '--format', 'sarif']);
    expect(sarif.code).toBe(0);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
    const broken = path.join(dir, 'broken-spec.md');
    writeFileSync(
      broken,
      '# Spec\n\n## Database Schema\n\n```sql\nCREATE TABLE a (id int PRIMARY KEY, b_id int REFERENCES b(id));\n```\n',
    );
    const r = await cliInProcess(['check', broken, '--format', 'json']);
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout);
    expect(body.diagnostics.find((d: { code: string }) => d.code === 'spec-check/sql-error').at).toEqual({
      file: 'broken-spec.md',
      line: 6,
    });
    expect((await cliInProcess(['check', path.join(dir, 'nope.md')])).code).toBe(2);
  }, 120_000);

  it('schema facts prints the overlay schema', async () => {
    const r = await cliInProcess(['schema', 'facts']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$id).toBe('urn:backend-spec:facts.schema.json:1');
    expect(JSON.parse((await cliInProcess(['schema'])).stdout).$id).toBe(
      'urn:backend-spec:spec.schema.json:1',
    );
  });
});
