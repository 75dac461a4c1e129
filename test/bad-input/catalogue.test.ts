import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../foundation/built-cli.js';
import {
  changed,
  cleanup,
  cli,
  consistentSet,
  inOutputSet,
  type Run,
  sandbox,
  spawned,
  start,
  TINY_ARCHITECTURE,
  tree,
  write,
} from './harness.js';

// The bad-input catalogue (issue 12): each case runs the built CLI on a broken or hostile project
// and asserts the message, the exit code (README "Exit codes"), that nothing outside the output set
// was written, and that the previous output is intact.

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

const OUT = 'project/docs/technical';
const isRoot = process.getuid?.() === 0;
const json = (r: Run) =>
  JSON.parse(r.stdout) as {
    exitCode: number;
    diagnostics: { code: string; message: string; at?: { file: string; line: number } }[];
    files: string[];
    removed: string[];
    refused: string[];
  };
const codes = (r: Run) => json(r).diagnostics.map((d) => d.code);
const gen = (project: string, ...extra: string[]) => cli(['generate', project, '--no-verify', ...extra]);
/** The built bin in its own process: for the cases where the process is the subject. */
const genSpawned = (project: string, ...extra: string[]) =>
  spawned(['generate', project, '--no-verify', ...extra]);

/** A sandbox whose project was generated once: the "previous output" a failing run must keep. */
async function generated() {
  const s = sandbox();
  const first = await gen(s.project);
  expect(first.code, first.stderr).toBe(0);
  return { ...s, before: tree(s.root) };
}

/** Nothing at all changed under the sandbox (project, outside folders, previous output). */
function untouched(root: string, before: Record<string, string>) {
  expect(changed(before, tree(root))).toEqual([]);
}

// Most cases call the CLI's `run` in this process (harness `cli`); 01, 24, 35, 36, 45 and 46 run the
// built bin end to end, where the process itself is what is tested.
describe.concurrent('bad-input catalogue (built CLI)', { timeout: 180_000 }, () => {
  // ---- writes stay in the project -------------------------------------------------------------
  it('01 config documentation_dir "../../etc": exit 3 at the config line, nothing written anywhere', async () => {
    const s = sandbox();
    write(s.project, '.bmad/config.yaml', 'project_name: Evil\ndocumentation_dir: "../../etc"\n');
    const before = tree(s.root);
    const r = await genSpawned(s.project);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('.bmad/config.yaml:2');
    expect(r.stderr).toContain('config/outside-project');
    untouched(s.root, before);
  });

  it('02 config documentation_dir as an absolute path outside: exit 3, the outside folder untouched', async () => {
    const s = sandbox();
    write(s.project, '.bmad/config.yaml', `documentation_dir: "${s.outside}"\n`);
    const before = tree(s.root);
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(3);
    expect(json(r).exitCode).toBe(3);
    expect(json(r).diagnostics[0]).toMatchObject({
      code: 'config/outside-project',
      at: { file: '.bmad/config.yaml', line: 1 },
    });
    untouched(s.root, before);
  });

  it('03 BMAD v6 output_folder "../out": exit 3, nothing written', async () => {
    const s = sandbox();
    rmSync(path.join(s.project, '.bmad'), { recursive: true });
    write(s.project, '_bmad/bmm/config.yaml', 'project_name: V6\noutput_folder: "{project-root}/../out"\n');
    const before = tree(s.root);
    const r = await gen(s.project);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('_bmad/bmm/config.yaml:2');
    untouched(s.root, before);
  });

  it('04 docs/technical symlinked outside the project: exit 4 at the config line, outside untouched', async () => {
    const s = sandbox();
    const target = path.join(s.outside, 'technical');
    mkdirSync(target);
    writeFileSync(path.join(target, 'architecture.md'), TINY_ARCHITECTURE);
    rmSync(path.join(s.project, 'docs/technical'), { recursive: true });
    symlinkSync(target, path.join(s.project, 'docs/technical'));
    const before = tree(s.root);
    const r = await gen(s.project);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('io/output-outside-project');
    expect(r.stderr).toContain('.bmad/config.yaml:2');
    expect(r.stderr).toContain('--out');
    untouched(s.root, before);
  });

  it('05 the whole docs folder symlinked outside: reading is fine, writing there is refused (exit 4)', async () => {
    const s = sandbox();
    const docs = path.join(s.outside, 'docs');
    mkdirSync(docs);
    for (const rel of ['product/PRD.md', 'technical/architecture.md'])
      write(docs, rel, readFileSync(path.join(s.project, 'docs', rel), 'utf8'));
    rmSync(path.join(s.project, 'docs'), { recursive: true });
    symlinkSync(docs, path.join(s.project, 'docs'));
    const before = tree(s.root);
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(4);
    expect(codes(r)).toContain('io/output-outside-project');
    untouched(s.root, before);
  });

  it('06 an explicit --out outside the project is honoured (the user said so)', async () => {
    const s = sandbox();
    const out = path.join(s.outside, 'spec');
    const before = tree(s.project);
    const r = await gen(s.project, '--out', out);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(out, 'backend-spec.md'))).toBe(true);
    expect(consistentSet(out)).toEqual({ ok: true, why: '' });
    expect(changed(before, tree(s.project))).toEqual([]);
  });

  it('07 --docs outside without --out: exit 4 (the default output would be outside); with --out: exit 0', async () => {
    const s = sandbox();
    const docs = path.join(s.outside, 'docs');
    for (const rel of ['product/PRD.md', 'technical/architecture.md'])
      write(docs, rel, readFileSync(path.join(s.project, 'docs', rel), 'utf8'));
    const before = tree(s.root);
    const refused = await gen(s.project, '--docs', docs);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('resolves outside the project');
    untouched(s.root, before);
    const ok = await gen(s.project, '--docs', docs, '--out', path.join(s.project, 'build'));
    expect(ok.code).toBe(0);
    expect(
      changed(before, tree(s.root)).every((k) => inOutputSet(k, 'project/build') || k === 'project/build/'),
    ).toBe(true);
  });

  it('08 backend-spec/ symlinked to an outside folder is replaced by a real folder, never written through', async () => {
    const s = await generated();
    const art = path.join(s.project, 'docs/technical/backend-spec');
    rmSync(art, { recursive: true });
    symlinkSync(s.outside, art);
    const outsideBefore = tree(s.outside);
    const r = await gen(s.project);
    expect(r.code).toBe(0);
    expect(tree(s.outside)).toEqual(outsideBefore);
    expect(consistentSet(path.join(s.project, 'docs/technical')).ok).toBe(true);
  });

  it('09 backend-spec.md symlinked to an outside file: not ours, refused (exit 1), the file untouched', async () => {
    const s = await generated();
    const md = path.join(s.project, 'docs/technical/backend-spec.md');
    rmSync(md);
    symlinkSync(path.join(s.outside, 'keep.txt'), md);
    const before = tree(s.root);
    const r = await gen(s.project);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('io/hand-edited');
    untouched(s.root, before);
  });

  // ---- failures are diagnostics with documented exit codes --------------------------------------
  it('10 --out naming a file: exit 4, io/out-not-directory, the file intact', async () => {
    const s = await generated();
    const file = path.join(s.project, 'notes.txt');
    writeFileSync(file, 'mine\n');
    const before = tree(s.root);
    const r = await gen(s.project, '--out', file);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('io/out-not-directory');
    expect(r.stderr).toContain('notes.txt');
    expect(r.stderr).not.toContain('internal error');
    untouched(s.root, before);
  });

  it('11 --out below a file (a file is in the way): exit 4, io/unwritable names the path', async () => {
    const s = await generated();
    writeFileSync(path.join(s.project, 'notes.txt'), 'mine\n');
    const before = tree(s.root);
    const r = await gen(s.project, '--out', path.join(s.project, 'notes.txt/spec'), '--format', 'json');
    expect(r.code).toBe(4);
    const d = json(r).diagnostics.find((x) => x.code.startsWith('io/'))!;
    expect(d.message).toMatch(/notes\.txt/);
    untouched(s.root, before);
  });

  it('12 a file named backend-spec where the artifacts folder goes: exit 4, io/not-ours, untouched', async () => {
    const s = sandbox();
    write(s.project, 'docs/technical/backend-spec', 'my own notes\n');
    const before = tree(s.root);
    const r = await gen(s.project);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('io/not-ours');
    expect(r.stderr).toContain('docs/technical/backend-spec');
    untouched(s.root, before);
  });

  it('13 a backend-spec/ folder that backend-spec never wrote: exit 4, left untouched', async () => {
    const s = sandbox();
    write(s.project, 'docs/technical/backend-spec/design.txt', 'a person wrote this\n');
    const before = tree(s.root);
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(4);
    expect(codes(r)).toContain('io/not-ours');
    untouched(s.root, before);
  });

  it('14 backend-spec.md is a folder: exit 4, untouched', async () => {
    const s = sandbox();
    write(s.project, 'docs/technical/backend-spec.md/x.txt', 'x\n');
    const before = tree(s.root);
    const r = await gen(s.project);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('io/not-ours');
    untouched(s.root, before);
  });

  it('15 a symlink loop in place of a document: a diagnostic naming it, never exit 70', async () => {
    const s = await generated();
    symlinkSync('loop2.md', path.join(s.project, 'docs/product/loop1.md'));
    symlinkSync('loop1.md', path.join(s.project, 'docs/product/loop2.md'));
    const before = tree(s.root);
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).not.toBe(70);
    expect(JSON.stringify(json(r).diagnostics)).toContain('docs/product/loop');
    if (r.code !== 0) untouched(s.root, before);
  });

  it('16 a symlinked folder cycle (docs/again -> docs): finishes, never exit 70', async () => {
    const s = sandbox();
    symlinkSync(path.join(s.project, 'docs'), path.join(s.project, 'docs/again'));
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).not.toBe(70);
    expect(() => json(r)).not.toThrow();
  });

  it('17 a project path that does not exist: exit 2, cli/not-a-directory, JSON still printed', async () => {
    const s = sandbox();
    const r = await gen(path.join(s.root, 'nope'), '--format', 'json');
    expect(r.code).toBe(2);
    expect(json(r)).toMatchObject({ exitCode: 2, diagnostics: [{ code: 'cli/not-a-directory' }] });
    expect(existsSync(path.join(s.root, 'nope'))).toBe(false);
  });

  it('18 a project path that is a file: exit 2 with the fix', async () => {
    const s = sandbox();
    const r = await gen(path.join(s.outside, 'keep.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a directory');
    expect(r.stderr).toContain('hint:');
  });

  it.skipIf(isRoot)(
    '19 an unreadable document: exit 4, io/unreadable names it relative to the project',
    async () => {
      const s = await generated();
      const prd = path.join(s.project, 'docs/product/PRD.md');
      chmodSync(prd, 0o000);
      const before = tree(s.root);
      const r = await gen(s.project);
      chmodSync(prd, 0o644);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('docs/product/PRD.md');
      expect(r.stderr).toContain('permission denied');
      untouched(s.root, before);
    },
  );

  it.skipIf(isRoot)(
    '20 an unwritable output folder: exit 4, io/unwritable, previous output intact',
    async () => {
      const s = await generated();
      const out = path.join(s.project, 'docs/technical');
      chmodSync(out, 0o555);
      write(s.project, 'docs/product/PRD.md', '# PRD\n\n- FR-9: changed\n');
      const before = tree(s.root);
      const r = await gen(s.project);
      chmodSync(out, 0o755);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('io/unwritable');
      expect(changed(before, tree(s.root))).toEqual([]);
    },
  );

  it('21 invalid YAML in the config: exit 3 at file:line, the previous output intact', async () => {
    const s = await generated();
    write(s.project, '.bmad/config.yaml', 'project_name: [unclosed\n');
    const before = tree(s.root);
    const r = await gen(s.project);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/\.bmad\/config\.yaml:\d+(:\d+)? error config\/invalid-yaml/);
    expect(r.stderr).toContain('nothing was written');
    untouched(s.root, before);
  });

  it('22 a config key of the wrong type: exit 3, nothing written with defaults', async () => {
    const s = sandbox();
    write(s.project, '.bmad/config.yaml', 'documentation_dir: [a, b]\n');
    const before = tree(s.root);
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(3);
    expect(json(r).diagnostics).toContainEqual(expect.objectContaining({ code: 'config/wrong-type' }));
    untouched(s.root, before);
  });

  it('23 --format sarif on a config error: a valid SARIF log naming the rule', async () => {
    const s = sandbox();
    write(s.project, '.bmad/config.yaml', 'project_name: [unclosed\n');
    const r = await gen(s.project, '--format', 'sarif');
    expect(r.code).toBe(3);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].ruleId).toBe('config/invalid-yaml');
  });

  it('24 --format json with a bad option value: a JSON document with cli/usage, exit 2', async () => {
    const r = await spawned(['generate', '--format', 'json', '--fail-on', 'sometimes']);
    expect(r.code).toBe(2);
    expect(json(r)).toMatchObject({ ok: false, exitCode: 2, diagnostics: [{ code: 'cli/usage' }] });
    expect(json(r).diagnostics[0]!.message).toContain('sometimes');
  });

  it('25 --format=sarif with an unknown flag: a SARIF log, exit 2', async () => {
    const r = await cli(['generate', '--format=sarif', '--no-such-flag']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).runs[0].results[0].ruleId).toBe('cli/usage');
  });

  it('26 --format json with missing prerequisites: exit 2, the searched paths listed', async () => {
    const s = sandbox();
    rmSync(path.join(s.project, 'docs'), { recursive: true });
    const before = tree(s.root);
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(2);
    const body = JSON.parse(r.stdout);
    expect(body.searched).toContain('docs/product/PRD.md');
    untouched(s.root, before);
  });

  it('27 --format json when --out is a file: still one JSON document (exit 4)', async () => {
    const s = sandbox();
    const r = await gen(s.project, '--format', 'json', '--out', path.join(s.outside, 'keep.txt'));
    expect(r.code).toBe(4);
    expect(json(r).exitCode).toBe(4);
    expect(codes(r)).toEqual(['io/out-not-directory']);
  });

  it('28 init into a path below a file: exit 4 with the path, no stack trace', async () => {
    const s = sandbox();
    const r = await cli(['init', path.join(s.outside, 'keep.txt/project')]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('io/unwritable');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // ---- one output set ---------------------------------------------------------------------------
  it('29 files of removed entities go away; the JSON lists them as removed', async () => {
    const s = await generated();
    const schemas = path.join(s.project, 'docs/technical/backend-spec/schemas');
    expect(readdirSync(schemas)).toContain('Tag.schema.json');
    write(
      s.project,
      'docs/technical/architecture.md',
      TINY_ARCHITECTURE.replace(/CREATE TABLE tags[\s\S]*?\);\n/, ''),
    );
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(0);
    expect(readdirSync(schemas)).not.toContain('Tag.schema.json');
    expect(json(r).removed).toContain('docs/technical/backend-spec/schemas/Tag.schema.json');
    expect(consistentSet(path.join(s.project, 'docs/technical')).ok).toBe(true);
    const diff = changed(s.before, tree(s.root));
    expect(
      diff.filter((k) => !inOutputSet(k, OUT) && k !== 'project/docs/technical/architecture.md'),
    ).toEqual([]);
  });

  it('30 a file a person added to backend-spec/ is kept', async () => {
    const s = await generated();
    write(s.project, 'docs/technical/backend-spec/NOTES.md', 'mine\n');
    const r = await gen(s.project);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(s.project, 'docs/technical/backend-spec/NOTES.md'), 'utf8')).toBe('mine\n');
  });

  it('31 a staging folder left by a killed run is removed and reported; the output is one set', async () => {
    const s = await generated();
    write(s.project, 'docs/technical/.backend-spec.staging/backend-spec.md', 'half\n');
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(0);
    expect(json(r).diagnostics).toContainEqual(expect.objectContaining({ code: 'io/recovered' }));
    expect(existsSync(path.join(s.project, 'docs/technical/.backend-spec.staging'))).toBe(false);
    expect(changed(s.before, tree(s.root))).toEqual([]);
  });

  it('32 a complete set left by a run killed after its commit point is rolled forward, then replaced', async () => {
    const s = await generated();
    const tech = path.join(s.project, 'docs/technical');
    write(tech, '.backend-spec.ready/backend-spec.md', 'from the killed run\n');
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(0);
    expect(json(r).diagnostics.find((d) => d.code === 'io/recovered')?.message).toContain('put in place');
    expect(existsSync(path.join(tech, '.backend-spec.ready'))).toBe(false);
    expect(changed(s.before, tree(s.root))).toEqual([]);
  });

  it('33 temporary files of earlier versions are removed', async () => {
    const s = await generated();
    write(s.project, 'docs/technical/.backend-spec.md.1234.1700000000000.tmp', 'old temp\n');
    const r = await gen(s.project);
    expect(r.code).toBe(0);
    expect(changed(s.before, tree(s.root))).toEqual([]);
  });

  it('34 a lock left by a killed run (its process gone) is taken over', async () => {
    const s = await generated();
    write(s.project, 'docs/technical/.backend-spec.lock', '999999\n');
    const r = await gen(s.project);
    expect(r.code).toBe(0);
    expect(changed(s.before, tree(s.root))).toEqual([]);
  });

  it('35 kill -9 at any moment never leaves a mixed set once the next run finished; no temp files outlive it', async () => {
    const s = await generated();
    const tech = path.join(s.project, 'docs/technical');
    for (const delay of [150, 400, 700, 1000, 1500]) {
      write(
        s.project,
        'docs/technical/architecture.md',
        TINY_ARCHITECTURE.replace('label text', `label${delay} text`),
      );
      const child = start(['generate', s.project, '--no-verify', '--quiet']);
      // Listened for from the start: a run faster than the delay has closed before the kill, and a
      // listener added after that waited forever.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      // Right after the kill: either the set on disk is complete, or a committed set waits to be rolled forward.
      const pending = existsSync(path.join(tech, '.backend-spec.ready'));
      if (!pending) expect(consistentSet(tech)).toEqual({ ok: true, why: '' });
    }
    const r = await gen(s.project);
    expect(r.code).toBe(0);
    expect(consistentSet(tech)).toEqual({ ok: true, why: '' });
    expect(readdirSync(tech).sort()).toEqual(['architecture.md', 'backend-spec', 'backend-spec.md']);
    expect(readFileSync(path.join(tech, 'backend-spec/schema.sql'), 'utf8')).toContain('label1500');
  });

  it('36 two concurrent runs on the same project: both succeed, one consistent set, no leftovers', async () => {
    const s = await generated();
    const [a, b] = await Promise.all([genSpawned(s.project), genSpawned(s.project)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const tech = path.join(s.project, 'docs/technical');
    expect(consistentSet(tech).ok).toBe(true);
    expect(changed(s.before, tree(s.root))).toEqual([]);
  });

  it('37 a hand-edited backend-spec.md: exit 1, io/hand-edited, nothing written (artifacts intact too)', async () => {
    const s = await generated();
    const md = path.join(s.project, 'docs/technical/backend-spec.md');
    writeFileSync(md, `${readFileSync(md, 'utf8')}\nMy note.\n`);
    write(s.project, 'docs/technical/architecture.md', TINY_ARCHITECTURE.replace('label text', 'title text'));
    const before = tree(s.root);
    const r = await gen(s.project, '--format', 'json');
    expect(r.code).toBe(1);
    expect(json(r).refused).toEqual(['docs/technical/backend-spec.md']);
    expect(codes(r)).toContain('io/hand-edited');
    untouched(s.root, before);
  });

  it('38 --force replaces a hand-edited backend-spec.md with a consistent set', async () => {
    const s = await generated();
    const md = path.join(s.project, 'docs/technical/backend-spec.md');
    writeFileSync(md, `${readFileSync(md, 'utf8')}\nMy note.\n`);
    const r = await gen(s.project, '--force');
    expect(r.code).toBe(0);
    expect(readFileSync(md, 'utf8')).not.toContain('My note.');
    expect(changed(s.before, tree(s.root))).toEqual([]);
  });

  it('39 --dry-run writes nothing, not even recovery of leftovers', async () => {
    const s = await generated();
    write(s.project, 'docs/technical/.backend-spec.staging/x', 'x\n');
    const before = tree(s.root);
    const r = await gen(s.project, '--dry-run');
    expect(r.code).toBe(0);
    untouched(s.root, before);
  });

  // ---- decisions --------------------------------------------------------------------------------
  const conflicting = (project: string) => {
    write(
      project,
      'docs/product/PRD.md',
      '# PRD\n\n## Functional Requirements\n\n- FR-1: A member can create a note.\n\n## Non-Functional Requirements\n\n- Refresh tokens expire after 7 days.\n',
    );
    write(
      project,
      'docs/technical/tech-stack.md',
      '# Tech Stack\n\n- Authentication: JWT access tokens (15 minutes) and refresh tokens (30 days)\n',
    );
  };

  it('40 the decisions file is read from the documentation folder whatever --out says', async () => {
    const s = sandbox();
    conflicting(s.project);
    write(
      s.project,
      'docs/technical/backend-spec.decisions.yaml',
      'decisions:\n  - id: auth.refresh-token-ttl\n    choose: 7 days\n    reason: Security review\n',
    );
    const out = path.join(s.project, 'build');
    const r = await gen(s.project, '--out', out, '--format', 'json');
    expect(r.code).toBe(0);
    const spec = readFileSync(path.join(out, 'backend-spec.md'), 'utf8');
    expect(spec).toMatch(/auth\.refresh-token-ttl.*Use 7 days \(decisions file: Security review\)/);
  });

  it("41 a diagnostic about a decided conflict states the decided value, not the precedence rule's", async () => {
    const s = sandbox();
    conflicting(s.project);
    write(
      s.project,
      'docs/technical/backend-spec.decisions.yaml',
      'decisions:\n  - id: auth.refresh-token-ttl\n    choose: 7 days\n    reason: Security review\n',
    );
    const r = await gen(s.project, '--dry-run', '--format', 'json');
    const about = json(r).diagnostics.filter((d) => d.code === 'reconcile/value-conflict');
    expect(about.length).toBeGreaterThan(0);
    for (const d of about) {
      expect(d.message).toContain('decided: 7 days');
      expect(d.message).not.toContain('using 30 days');
    }
  });

  // ---- hostile text -----------------------------------------------------------------------------
  it('42 a YAML alias bomb in the config: finishes quickly, never exit 70', async () => {
    const s = sandbox();
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const [x, y] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      lines.push(`${x}: &${x} [${Array(9).fill(`*${y}`).join(',')}]`);
    }
    write(
      s.project,
      '.bmad/config.yaml',
      `project_name: Bomb\ndocumentation_dir: docs\n${lines.join('\n')}\n`,
    );
    const r = await gen(s.project, '--dry-run', '--format', 'json');
    expect([0, 1, 3]).toContain(r.code);
    expect(() => json(r)).not.toThrow();
  });

  it('43 a YAML alias bomb in the decisions file: a diagnostic, not a hang', async () => {
    const s = sandbox();
    const lines = ['x0: &x0 ["lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `x${i}: &x${i} [${Array(8)
          .fill(`*x${i - 1}`)
          .join(',')}]`,
      );
    write(s.project, 'docs/technical/backend-spec.decisions.yaml', `${lines.join('\n')}\ndecisions: *x9\n`);
    const r = await gen(s.project, '--dry-run', '--format', 'json');
    expect([0, 1]).toContain(r.code);
    expect(JSON.stringify(json(r).diagnostics)).toContain('backend-spec.decisions.yaml');
  });

  it('44 deep nesting in the config (5,000 brackets): exit 3 at the config line, nothing written', async () => {
    const s = sandbox();
    write(
      s.project,
      '.bmad/config.yaml',
      `project_name: Deep\ndeep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    );
    const before = tree(s.root);
    const r = await gen(s.project);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('.bmad/config.yaml:2');
    untouched(s.root, before);
  });

  it('45 a TypeScript fence nested 10,000 deep: a diagnostic at the fence, the run completes', async () => {
    const s = sandbox();
    write(
      s.project,
      'docs/technical/data.md',
      `# Data\n\n\`\`\`typescript\ntype Deep = ${'['.repeat(10000)}${']'.repeat(10000)};\ninterface Member { id: string }\n\`\`\`\n`,
    );
    const r = await genSpawned(s.project, '--dry-run', '--format', 'json');
    expect([0, 1]).toContain(r.code);
    const about = json(r).diagnostics.filter((x) => x.at?.file === 'docs/technical/data.md');
    expect(about.map((d) => d.message).join('\n')).toMatch(/nested too deeply|too long/);
  });

  it('46 a TypeScript fence of 20,000 `*`: no stack overflow, the run completes', async () => {
    const s = sandbox();
    write(
      s.project,
      'docs/technical/data.md',
      `# Data\n\n\`\`\`typescript\ninterface Member {\n  id: ${'*'.repeat(3000)};\n}\n\`\`\`\n`,
    );
    const r = await genSpawned(s.project, '--dry-run', '--format', 'json');
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toContain('Maximum call stack');
  });

  it('47 a mermaid line of 4,000 spaces and a 40,000-space table cell compile in seconds', async () => {
    const s = sandbox();
    write(
      s.project,
      'docs/technical/data.md',
      `# Data\n\n\`\`\`mermaid\nerDiagram\n  MEMBER ${' '.repeat(4000)} NOTE : x\n\`\`\`\n\n| field | type |\n|---|---|\n| a${' '.repeat(40000)}b | text |\n`,
    );
    const t = Date.now();
    const r = await gen(s.project, '--dry-run', '--format', 'json');
    expect([0, 1]).toContain(r.code);
    // Generous for a loaded CI machine; before the fix this took minutes.
    expect(Date.now() - t).toBeLessThan(60_000);
  });
});
