import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Spec } from '../../src/model/spec/index.js';

/**
 * `backend-spec diff REV` and `diff git:REV NEW`: the old side is spec.json as committed at a git
 * revision (`git show REV:path`, path relative to the repository root). A temp repository with two
 * commits: the second drops a column and adds a table.
 */
const golden = fileURLToPath(
  new URL('../cases/bmad-todo-app/expected/backend-spec/spec.json', import.meta.url),
);
const SPEC = 'docs/technical/backend-spec/spec.json';
let repo: string;
let dropped: { table: string; column: string };

const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: repo,
    },
  });

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: { write: (s: string) => (out += s) },
    err: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'bs-diff-git-'));
  git('init', '-q', '-b', 'main');
  mkdirSync(path.join(repo, path.dirname(SPEC)), { recursive: true });
  const spec = JSON.parse(readFileSync(golden, 'utf8')) as Spec;
  writeFileSync(path.join(repo, SPEC), JSON.stringify(spec));
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  const e = spec.entities.find((x) => x.fields.some((f) => f.column === 'created_at'))!;
  dropped = { table: e.table, column: 'created_at' };
  e.fields = e.fields.filter((f) => f.column !== 'created_at');
  const label = spec.entities.find((x) => x.table === 'labels')!;
  spec.entities.push({
    ...structuredClone(label),
    name: 'Archive',
    table: 'archives',
    fields: structuredClone(label.fields.filter((f) => !f.references)),
  });
  writeFileSync(path.join(repo, SPEC), JSON.stringify(spec));
  git('commit', '-q', '-am', 'second');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('backend-spec diff against a git revision', () => {
  it('git:REV NEW reads NEW as committed at REV (from any folder, path relative to the repo root)', async () => {
    const out = path.join(repo, 'out-a');
    const r = await cli(['diff', 'git:HEAD~1', path.join(repo, SPEC), '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1); // a dropped column is destructive
    const up = readFileSync(path.join(out, 'up.sql'), 'utf8');
    expect(up).toContain(`-- up: HEAD~1:${SPEC}`);
    expect(up).toContain(`ALTER TABLE ${dropped.table} DROP COLUMN ${dropped.column};`);
    expect(up).toMatch(/CREATE TABLE archives \(/);
    const down = readFileSync(path.join(out, 'down.sql'), 'utf8');
    expect(down).toMatch(/DROP TABLE archives;/);
    expect(down).toContain(`ADD COLUMN ${dropped.column}`);
  });

  it('REV alone compares the default spec.json in the working directory', async () => {
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      const r = await cli(['diff', 'HEAD~1', '--out', 'out-b']);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/up\.sql: \d+ steps \(1 destructive\)/);
      // The same revision on both sides: nothing to migrate.
      const same = await cli(['diff', 'HEAD', '--out', 'out-c']);
      expect(same.code).toBe(0);
      expect(same.out).toBe('up.sql: 0 steps (0 destructive); down.sql: 0 steps\n');
    } finally {
      process.chdir(cwd);
    }
  });

  it('says which part is wrong: unknown revision, file absent at the revision, not a repository', async () => {
    const spec = path.join(repo, SPEC);
    const unknown = await cli(['diff', 'git:no-such-branch', spec, '--out', path.join(repo, 'o')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/git revision "no-such-branch" is unknown/);

    writeFileSync(path.join(repo, 'later.json'), readFileSync(spec));
    const absent = await cli([
      'diff',
      'git:HEAD~1',
      path.join(repo, 'later.json'),
      '--out',
      path.join(repo, 'o'),
    ]);
    expect(absent.code).toBe(2);
    expect(absent.err).toMatch(/later\.json does not exist at git revision "HEAD~1"/);

    const option = await cli(['diff', 'git:--output=/tmp/x', spec, '--out', path.join(repo, 'o')]);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/is not a git revision/);

    const outside = mkdtempSync(path.join(tmpdir(), 'bs-diff-nogit-'));
    try {
      writeFileSync(path.join(outside, 'spec.json'), readFileSync(spec));
      const none = await cli([
        'diff',
        'git:HEAD',
        path.join(outside, 'spec.json'),
        '--out',
        path.join(outside, 'o'),
      ]);
      expect(none.code).toBe(2);
      expect(none.err).toMatch(/is not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('a missing or malformed spec.json file is a usage error, not a crash', async () => {
    const missing = await cli(['diff', path.join(repo, 'nope.json'), path.join(repo, SPEC), '--out', repo]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json is not a file/);
    writeFileSync(path.join(repo, 'bad.json'), '{ not json');
    const bad = await cli(['diff', path.join(repo, 'bad.json'), path.join(repo, SPEC), '--out', repo]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.json is not valid JSON/);
  });
});
