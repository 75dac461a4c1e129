import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CLI } from '../foundation/built-cli.js';
import { REPO } from '../foundation/corpus.js';

/**
 * The bad-input catalogue runs the built CLI (`node dist/cli.js`) in temporary folders, as a user
 * would, and compares whole folder trees before and after: what changed must be the output set and
 * nothing else, and a failed run must leave the previous output exactly as it was.
 */

const temp: string[] = [];
export function cleanup(): void {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
}

/** A sandbox: `<sandbox>/project` is the project; siblings of it play "outside the project". */
export function sandbox(): { root: string; project: string; outside: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'backend-spec-bad-'));
  temp.push(root);
  const project = path.join(root, 'project');
  const outside = path.join(root, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'keep.txt'), 'not yours\n');
  writeTiny(project);
  return { root, project, outside };
}

export const TINY_ARCHITECTURE = `# Architecture

## Data Model

\`\`\`sql
CREATE TABLE members (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE
);

CREATE TABLE notes (
  id uuid PRIMARY KEY,
  member_id uuid NOT NULL REFERENCES members(id),
  body text NOT NULL
);

CREATE TABLE tags (
  id uuid PRIMARY KEY,
  label text NOT NULL
);
\`\`\`
`;

/** A small complete project: config, PRD, architecture with three tables. */
export function writeTiny(project: string): void {
  write(
    project,
    '.bmad/config.yaml',
    'project_name: Tiny\ndocumentation_dir: docs\ndocumentation_language: English\n',
  );
  write(
    project,
    'docs/product/PRD.md',
    '# Tiny PRD\n\n## Functional Requirements\n\n- FR-1: A member can create a note.\n- FR-2: A member can list their notes.\n',
  );
  write(project, 'docs/technical/architecture.md', TINY_ARCHITECTURE);
}

export function write(dir: string, rel: string, text: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Every entry under a folder (hidden ones too): files by content hash, links by target, folders. */
export function tree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const rel = `${prefix}${name}`;
    const st = lstatSync(p);
    if (st.isSymbolicLink()) out[rel] = `link:${readlinkSync(p)}`;
    else if (st.isDirectory()) {
      out[`${rel}/`] = 'dir';
      Object.assign(out, tree(p, `${rel}/`));
    } else out[rel] = createHash('sha256').update(readFileSync(p)).digest('hex').slice(0, 16);
  }
  return out;
}

/** Keys of `after` that differ from `before` (added, changed or removed). */
export function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k]).sort();
}

/** Entries that belong to an output set written under `outDir` (relative to the tree's root). */
export function inOutputSet(key: string, outDir: string): boolean {
  const base = outDir === '.' ? '' : `${outDir}/`;
  return key === `${base}backend-spec.md` || key.startsWith(`${base}backend-spec/`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI's `run(argv, io)` in this process, as `main.ts` does for `node dist/cli.js`: the same
 * argument parsing, exit codes and output, without starting node and loading the compiler for every
 * case (80 spawns were most of the catalogue's time). A run that needs its own process — another
 * working folder or environment — is spawned. `spawned` runs the built bin itself, for the cases
 * where the process is the subject (kill -9, concurrent processes, stack limits, start-up).
 */
export async function cli(args: string[], cwd = REPO, env: Record<string, string> = {}): Promise<Run> {
  if (path.resolve(cwd) !== process.cwd() || Object.keys(env).length > 0) return spawned(args, cwd, env);
  const { run } = await import('../../src/cli/run.js');
  let stdout = '';
  let stderr = '';
  const io = {
    out: { write: (s: string) => (stdout += s) },
    err: { write: (s: string) => (stderr += s) },
  };
  try {
    const code = await run(args, io);
    return { code, stdout, stderr };
  } catch (error) {
    // main.ts: a rejected run is a bug of ours, exit 70 with the stack on stderr.
    stderr += `backend-spec: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    return { code: 70, stdout, stderr };
  }
}

/** Runs `node dist/cli.js ...args` without blocking the test worker (runs may overlap). */
export function spawned(args: string[], cwd = REPO, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts a run and returns the child, for the kill -9 cases. */
export function start(args: string[], cwd = REPO) {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: 'ignore', env: { ...process.env } });
}

/** The manifest's files match what is on disk: one complete set, not a mix of two runs. */
export function consistentSet(outDir: string): { ok: boolean; why: string } {
  const manifestFile = path.join(outDir, 'backend-spec/.manifest.json');
  if (!existsSync(manifestFile)) return { ok: false, why: 'no manifest' };
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Record<string, string> };
  for (const [rel, digest] of Object.entries(manifest.files)) {
    const file = path.join(outDir, rel);
    if (!existsSync(file)) return { ok: false, why: `missing ${rel}` };
    const actual = createHash('sha256').update(readFileSync(file, 'utf8'), 'utf8').digest('hex');
    if (actual !== digest) return { ok: false, why: `${rel} is from another run` };
  }
  return { ok: true, why: '' };
}
