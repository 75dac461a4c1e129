import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Writes the output set (backend-spec.md and the backend-spec/ folder) as one unit, so that a run
 * killed at any moment never leaves a new backend-spec.md beside an old spec.json:
 *
 * 1. under a lock file (`.backend-spec.lock`, O_EXCL; a lock whose process is gone is taken over),
 *    finish or discard what an interrupted run left (recovery, below);
 * 2. write every file into `.backend-spec.staging/`, with a manifest (`backend-spec/.manifest.json`)
 *    of every file and its SHA-256;
 * 3. rename the staging folder to `.backend-spec.ready/`: the commit point (one rename is atomic);
 * 4. move each entry of the ready folder into place (the old artifacts folder is renamed aside, then
 *    removed), and remove the ready folder.
 *
 * Recovery: a ready folder is a complete set, so it is rolled forward (step 4 is idempotent); a
 * staging folder is an incomplete set, so it is removed and the previous output stays as it was.
 * Replacing the artifacts folder as a whole removes the files of entities that no longer exist;
 * files a person added to it (not in the previous manifest) are carried over.
 */

export const STAGING = '.backend-spec.staging';
export const READY = '.backend-spec.ready';
export const ASIDE = '.backend-spec.old';
export const LOCK = '.backend-spec.lock';
export const MANIFEST = '.manifest.json';

export interface OutputFile {
  /** Path relative to the output folder, POSIX separators: `backend-spec.md`, `backend-spec/spec.json`. */
  path: string;
  text: string;
  /** The text's UTF-8 bytes, when the file is held as bytes: written as they are. */
  bytes?: Uint8Array;
  /** The text's UTF-8 bytes in pieces (spec.json): hashed and written one after the other. */
  chunks?: readonly Uint8Array[];
}

export interface CommitReport {
  /** Files of the previous set that are gone now (entities removed from the documents), relative. */
  removed: string[];
  /** Files a person added to the artifacts folder, kept. */
  kept: string[];
  /** What recovery did with an interrupted earlier run, if anything. */
  recovered: 'rolled-forward' | 'discarded' | null;
}

/** A folder where the output goes holds something backend-spec did not write. */
export class NotOursError extends Error {
  constructor(readonly path: string) {
    super(`${path} was not written by backend-spec`);
  }
}

/** Another run holds the lock of the output folder for longer than we wait. */
export class BusyError extends Error {
  constructor(readonly path: string) {
    super(`${path} is held by another backend-spec run`);
  }
}

const exists = (p: string) =>
  fs.lstat(p).then(
    () => true,
    () => false,
  );

export async function commitOutputSet(
  outDir: string,
  files: readonly OutputFile[],
  opts: { lockWaitMs?: number } = {},
): Promise<CommitReport> {
  await fs.mkdir(outDir, { recursive: true });
  const release = await lock(outDir, opts.lockWaitMs ?? 60_000);
  try {
    const recovered = await recover(outDir);
    const { removed, kept } = await stage(outDir, files);
    await fs.rename(path.join(outDir, STAGING), path.join(outDir, READY));
    await rollForward(outDir);
    return { removed, kept, recovered };
  } finally {
    await fs.rm(path.join(outDir, STAGING), { recursive: true, force: true });
    await release();
  }
}

/** Top-level names of the set: `backend-spec.md` (a file) and `backend-spec` (a folder). */
function topLevel(files: readonly OutputFile[]): { files: string[]; dirs: string[] } {
  const fileNames = new Set<string>();
  const dirNames = new Set<string>();
  for (const f of files) {
    const [head, ...rest] = f.path.split('/');
    if (!head) continue;
    (rest.length > 0 ? dirNames : fileNames).add(head);
  }
  return { files: [...fileNames].sort(), dirs: [...dirNames].sort() };
}

async function stage(
  outDir: string,
  files: readonly OutputFile[],
): Promise<{ removed: string[]; kept: string[] }> {
  const staging = path.join(outDir, STAGING);
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging);
  const top = topLevel(files);
  const removed: string[] = [];
  const kept: string[] = [];
  const fresh = new Set(files.map((f) => f.path));
  for (const name of top.files) await refuseForeign(path.join(outDir, name), 'file');
  for (const dir of top.dirs) {
    const target = path.join(outDir, dir);
    const stat = await fs.lstat(target).catch(() => null);
    // Missing, or a symlink (replaced by the new folder, never read or written through).
    if (stat === null || stat.isSymbolicLink()) continue;
    await refuseForeign(target, 'dir');
    const previous = await readManifest(target);
    const present = await listFiles(target);
    if (previous === null && !present.includes('spec.json') && present.length > 0)
      throw new NotOursError(target);
    for (const rel of present) {
      const full = `${dir}/${rel}`;
      if (rel === MANIFEST || fresh.has(full) || isOurTemp(rel)) continue;
      // Listed in the previous manifest (or no manifest yet, from an older version): ours, stale.
      if (previous === null || previous.has(full)) removed.push(full);
      else {
        kept.push(full);
        await copy(path.join(target, rel), path.join(staging, dir, rel));
      }
    }
  }
  const hashes = await writeAll(staging, files);
  const manifest = {
    generator: 'backend-spec',
    files: Object.fromEntries([...files].map((f, i) => [f.path, hashes[i]]).sort()),
  };
  for (const dir of top.dirs)
    await fs.writeFile(path.join(staging, dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return { removed: removed.sort(), kept: kept.sort() };
}

/** Files written at once: thousands of schema files (one per entity) were written one by one. */
const WRITES_AT_ONCE = 16;

/**
 * Writes every file into the staging folder (each folder made once, several writes in flight; the
 * set becomes visible only at the rename that follows) and returns each file's SHA-256, in order.
 * Each text is encoded to UTF-8 once, for both the hash and the write.
 */
async function writeAll(staging: string, files: readonly OutputFile[]): Promise<string[]> {
  const target = files.map((f) => path.join(staging, ...f.path.split('/')));
  for (const dir of [...new Set(target.map((t) => path.dirname(t)))].sort())
    await fs.mkdir(dir, { recursive: true });
  // A path given twice: the later text is the one on disk, as when they were written in turn.
  const last = new Map(target.map((t, i) => [t, i]));
  const hashes: string[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i]!;
      const chunks = file.chunks ?? [file.bytes ?? Buffer.from(file.text, 'utf8')];
      const hash = createHash('sha256');
      for (const c of chunks) hash.update(c);
      hashes[i] = hash.digest('hex');
      // An array of buffers is written one after the other (fs.promises.writeFile takes an iterable).
      if (last.get(target[i]!) === i)
        await fs.writeFile(target[i]!, chunks.length === 1 ? chunks[0]! : chunks);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, files.length) }, worker));
  return hashes;
}

/** The output's names must be a file and a folder of ours, never something else in the way. */
async function refuseForeign(target: string, kind: 'file' | 'dir'): Promise<void> {
  const stat = await fs.lstat(target).catch(() => null);
  if (stat === null || stat.isSymbolicLink()) return; // a link is replaced, never written through
  if (kind === 'file' ? !stat.isFile() : !stat.isDirectory()) throw new NotOursError(target);
}

async function readManifest(dir: string): Promise<Set<string> | null> {
  try {
    const body = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as { files?: object };
    return body && typeof body.files === 'object' && body.files !== null
      ? new Set(Object.keys(body.files))
      : null;
  } catch {
    return null;
  }
}

/** Regular files under a folder, relative POSIX paths (links are not followed). */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), `${prefix}${e.name}/`)));
    else out.push(`${prefix}${e.name}`);
  }
  return out.sort();
}

async function copy(from: string, to: string): Promise<void> {
  await fs.mkdir(path.dirname(to), { recursive: true });
  await fs.cp(from, to, { verbatimSymlinks: true });
}

/** Temporary files of earlier versions (`.spec.json.1234.1700000000000.tmp`). */
function isOurTemp(rel: string): boolean {
  return /(^|\/)\.[^/]+\.\d+\.\d+\.tmp$/.test(rel);
}

/** Step 4, idempotent: each move happens once; a run killed half-way is finished by the next one. */
async function rollForward(outDir: string): Promise<void> {
  const ready = path.join(outDir, READY);
  const aside = path.join(outDir, ASIDE);
  const entries = (await fs.readdir(ready, { withFileTypes: true })).sort((a, b) =>
    // Folders first, backend-spec.md last: its stamp is what a reader checks first.
    a.isDirectory() !== b.isDirectory() ? (a.isDirectory() ? -1 : 1) : a.name < b.name ? -1 : 1,
  );
  for (const e of entries) {
    const target = path.join(outDir, e.name);
    if (e.isDirectory()) {
      await fs.rm(aside, { recursive: true, force: true });
      const stat = await fs.lstat(target).catch(() => null);
      if (stat?.isDirectory()) await fs.rename(target, aside);
      else if (stat) await fs.rm(target, { force: true });
    }
    await fs.rename(path.join(ready, e.name), target);
  }
  await fs.rm(aside, { recursive: true, force: true });
  await fs.rm(ready, { recursive: true, force: true });
}

async function recover(outDir: string): Promise<CommitReport['recovered']> {
  let recovered: CommitReport['recovered'] = null;
  if (await exists(path.join(outDir, READY))) {
    await rollForward(outDir);
    recovered = 'rolled-forward';
  }
  if (await exists(path.join(outDir, STAGING))) recovered ??= 'discarded';
  await fs.rm(path.join(outDir, STAGING), { recursive: true, force: true });
  await fs.rm(path.join(outDir, ASIDE), { recursive: true, force: true });
  // Temporary files of earlier versions' one-file-at-a-time writes.
  for (const name of await fs.readdir(outDir)) {
    if (/^\.backend-spec[^/]*\.\d+\.\d+\.tmp$/.test(name)) {
      await fs.rm(path.join(outDir, name), { force: true });
      recovered ??= 'discarded';
    }
  }
  return recovered;
}

/** An O_EXCL lock file holding our pid; a lock whose process no longer runs is stale and taken over. */
async function lock(outDir: string, waitMs: number): Promise<() => Promise<void>> {
  const file = path.join(outDir, LOCK);
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const handle = await fs.open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => fs.rm(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number.parseInt(await fs.readFile(file, 'utf8').catch(() => ''), 10);
    // An empty lock is being written right now (between open and write): wait, unless it is old.
    const young = await fs.stat(file).then(
      (s) => Date.now() - s.mtimeMs < 5_000,
      () => false,
    );
    if (!alive(holder) && !(Number.isNaN(holder) && young)) {
      // Stale: remove it only if it is still the same stale lock (another waiter may have won).
      const again = Number.parseInt(await fs.readFile(file, 'utf8').catch(() => ''), 10);
      if (again === holder) await fs.rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new BusyError(outDir);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
