import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes/index.js';
import { cli, cliInProcess, ensureBuilt } from './built-cli.js';
import { copyExampleInputs, REPO } from './corpus.js';

const temp: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'backend-spec-e2e-'));
  temp.push(d);
  return d;
}
function exampleCopy(): string {
  const d = tempDir();
  copyExampleInputs(d);
  return d;
}
function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) Object.assign(out, tree(p, `${prefix}${e.name}/`));
    else out[`${prefix}${e.name}`] = readFileSync(p, 'utf8');
  }
  return out;
}

beforeAll(ensureBuilt, 120_000);
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

// The built bin is spawned where the process is what is checked: it starts and prints its version,
// a first generate writes the set, bad usage exits 2, init then generate works. The rest goes through
// the same `run` in this process (cliInProcess): a spawn costs about 3 s of CPU. The second and third
// generate of the byte-identity case run in process, so they also prove both paths write the same bytes.
describe('backend-spec (built CLI)', { timeout: 240_000 }, () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('generate writes backend-spec.md and the artifacts, byte-identical on a second run and in another folder', async () => {
    const a = exampleCopy();
    const b = exampleCopy();
    const first = cli(['generate', a, '--no-verify']);
    expect(first.stderr).not.toContain('internal error');
    expect(first.code).toBe(0);
    const out = tree(path.join(a, 'docs/technical'));
    expect(Object.keys(out)).toContain('backend-spec.md');
    expect(Object.keys(out)).toContain('backend-spec/spec.json');
    expect(first.stdout).toContain('Backend Specification Complete');
    expect(first.stdout).toMatch(
      /Output: docs\/technical\/backend-spec\.md \(\d+ lines, [\d.]+ (KB|bytes)\)/,
    );
    expect((await cliInProcess(['generate', a, '--no-verify'])).code).toBe(0);
    expect(tree(path.join(a, 'docs/technical'))).toEqual(out);
    expect((await cliInProcess(['generate', b, '--no-verify'])).code).toBe(0);
    expect(tree(path.join(b, 'docs/technical'))).toEqual(out);
  });

  it('--dry-run writes nothing', async () => {
    const d = exampleCopy();
    const before = tree(d);
    const r = await cliInProcess(['generate', d, '--dry-run', '--no-verify']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dry run: nothing was written');
    expect(tree(d)).toEqual(before);
  });

  it('refuses to overwrite a hand-edited backend-spec.md (exit 1) unless --force', async () => {
    const d = exampleCopy();
    expect((await cliInProcess(['generate', d, '--no-verify'])).code).toBe(0);
    const file = path.join(d, 'docs/technical/backend-spec.md');
    const edited = `${readFileSync(file, 'utf8')}\nMy own note.\n`;
    writeFileSync(file, edited);
    const refused = await cliInProcess(['generate', d, '--no-verify']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('edited by hand');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = await cliInProcess(['generate', d, '--no-verify', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('My own note.');
  });

  it('--out writes the spec and artifacts into another directory', async () => {
    const d = exampleCopy();
    const r = await cliInProcess(['generate', d, '--no-verify', '--out', path.join(d, 'build/spec')]);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(d, 'build/spec/backend-spec.md'))).toBe(true);
    expect(existsSync(path.join(d, 'build/spec/backend-spec/spec.json'))).toBe(true);
    expect(existsSync(path.join(d, 'docs/technical/backend-spec.md'))).toBe(false);
  });

  it('--format json prints one object with sources, diagnostics, report and files', async () => {
    const d = exampleCopy();
    const r = await cliInProcess(['generate', d, '--no-verify', '--dry-run', '--format', 'json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.sources).toContainEqual(
      expect.objectContaining({ path: 'docs/product/PRD.md', kind: 'prd' }),
    );
    expect(Array.isArray(body.diagnostics)).toBe(true);
    expect(body.report.output.path).toBe('docs/technical/backend-spec.md');
    expect(body.files).toContain('docs/technical/backend-spec.md');
    expect(body.files).toContain('docs/technical/backend-spec/spec.json');
  });

  it('missing prerequisites exit 2, list every searched path and suggest init', async () => {
    const d = tempDir();
    const r = await cliInProcess(['generate', d, '--no-verify']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('docs/product/PRD.md');
    expect(r.stderr).toContain('docs/technical/architecture.md');
    expect(r.stderr).toContain('_bmad-output/planning-artifacts/**/*.md');
    expect(r.stderr).toContain('backend-spec init');
    expect(readdirSync(d)).toEqual([]);
  });

  it('bad usage exits 2', async () => {
    expect(cli(['generate', '--format', 'xml']).code).toBe(2);
    expect((await cliInProcess(['generate', '--fail-on', 'sometimes'])).code).toBe(2);
    expect((await cliInProcess(['generate', '--no-such-flag'])).code).toBe(2);
    const missing = await cliInProcess(['generate', path.join(tempDir(), 'nope'), '--no-verify']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('is not a directory');
  });

  it('init writes the config and four documents, never overwrites, and generate then works', async () => {
    const d = tempDir();
    const r = await cliInProcess(['init', d]);
    expect(r.code).toBe(0);
    const files = Object.keys(tree(d));
    expect(files).toEqual([
      '.bmad/config.yaml',
      'docs/design/ux-spec.md',
      'docs/product/PRD.md',
      'docs/technical/architecture.md',
      'docs/technical/tech-stack.md',
    ]);
    writeFileSync(path.join(d, 'docs/product/PRD.md'), '# Mine\n\n- FR-1: mine\n');
    const again = await cliInProcess(['init', d]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('skipped  docs/product/PRD.md');
    expect(readFileSync(path.join(d, 'docs/product/PRD.md'), 'utf8')).toBe('# Mine\n\n- FR-1: mine\n');
    const fresh = tempDir();
    cli(['init', fresh]);
    const gen = cli(['generate', fresh, '--no-verify']);
    expect(gen.stderr).not.toContain('internal error');
    expect(gen.code).toBe(0);
    expect(existsSync(path.join(fresh, 'docs/technical/backend-spec.md'))).toBe(true);
  });

  it('schema prints schema/spec.schema.json; codes lists every registered code', async () => {
    const schema = await cliInProcess(['schema']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toEqual(
      JSON.parse(readFileSync(path.join(REPO, 'schema/spec.schema.json'), 'utf8')),
    );
    const codes = await cliInProcess(['codes', '--format', 'json']);
    expect(codes.code).toBe(0);
    expect(JSON.parse(codes.stdout).map((c: { code: string }) => c.code)).toEqual(Object.keys(CODES).sort());
  });
});
