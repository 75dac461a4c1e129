import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess, ensureBuilt } from '../foundation/built-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { lines } from './helpers.js';

beforeAll(ensureBuilt, 120_000);

function project(files: Record<string, string>): string {
  const root = tempDir('bs-cli-sources-');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const files = {
  'docs/prd.md': `# PRD\n\n- FR-1: A member can create a task.\n\n${lines('prd', 12)}\n`,
  'docs/copy/prd.md': `# PRD\n\n- FR-1: A member can create a task.\n\n${lines('prd', 12)}\n`,
  'docs/architecture.md':
    '# Architecture\n\n> Frozen baseline; current: [increment](architecture-increment.md).\n\nFastify and PostgreSQL.\n',
  'docs/architecture-increment.md': '# Architecture increment\n\nWebsockets for chat.\n',
  'docs/ux-spec.md': '',
};

describe('the run lists every source with what was done with it', () => {
  it('--format json: read / duplicate of / superseded by / ignored, with reasons', async () => {
    const r = await cliInProcess([
      'generate',
      project(files),
      '--dry-run',
      '--no-verify',
      '--format',
      'json',
    ]);
    const body = JSON.parse(r.stdout) as {
      sources: { path: string; status: string; of?: string; reason?: string }[];
    };
    const byPath = Object.fromEntries(body.sources.map((s) => [s.path, s]));
    expect(byPath['docs/prd.md']).toMatchObject({ status: 'read' });
    expect(byPath['docs/copy/prd.md']).toMatchObject({ status: 'duplicate', of: 'docs/prd.md' });
    expect(byPath['docs/architecture.md']).toMatchObject({
      status: 'superseded',
      of: 'docs/architecture-increment.md',
    });
    expect(byPath['docs/ux-spec.md']).toMatchObject({ status: 'ignored', reason: 'empty: no text to read' });
  });

  it('text output: one line per file with its status', async () => {
    const r = await cliInProcess(['generate', project(files), '--dry-run', '--no-verify']);
    expect(r.stderr).toMatch(/prd {10}docs\/copy\/prd\.md {2}duplicate of docs\/prd\.md: identical copy/);
    expect(r.stderr).toMatch(
      /docs\/architecture\.md {2}superseded by docs\/architecture-increment\.md: its banner/,
    );
    expect(r.stderr).toMatch(/docs\/ux-spec\.md {2}ignored: empty: no text to read/);
  });

  it('empty documents only: "nothing to compile", exit 2, valid JSON', async () => {
    const r = await cliInProcess([
      'generate',
      project({ 'docs/prd.md': '', 'docs/architecture.md': '\n' }),
      '--dry-run',
      '--no-verify',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(2);
    const body = JSON.parse(r.stdout) as { ok: boolean; diagnostics: { code: string }[] };
    expect(body.ok).toBe(false);
    expect(body.diagnostics.map((d) => d.code)).toContain('load/nothing-to-compile');
  });
});
