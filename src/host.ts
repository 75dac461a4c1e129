import { promises as fs, constants as fsConstants } from 'node:fs';
import * as path from 'node:path';
import { type CommitReport, commitOutputSet, type OutputFile } from './output-set.js';

/**
 * All file access goes through a Host, so the pipeline runs the same on disk and in memory
 * (tests use `memoryHost`). Paths given to a Host are absolute.
 */
export interface Host {
  readFile(file: string): Promise<string | null>;
  /** Entries of a directory (names only), or null when it does not exist. */
  readDir(dir: string): Promise<{ name: string; isDirectory: boolean }[] | null>;
  exists(file: string): Promise<boolean>;
  /** Writes atomically: a temporary file in the same directory, then a rename. */
  writeFile(file: string, text: string): Promise<void>;
  /**
   * Replaces the whole output set under `outDir` (absolute) as one unit: no mix of old and new
   * files even when killed, files of the previous set that are not in this one removed
   * (`src/output-set.ts`). Hosts without it get one `writeFile` per file.
   */
  commitOutputs?(outDir: string, files: readonly OutputFile[]): Promise<CommitReport>;
  /**
   * Reads a planning document's bytes, refusing what is not a regular file (a FIFO would block the
   * read forever, a device never ends) and stopping past `maxBytes` or the deadline. Optional: hosts
   * without it are read through `readFile`.
   */
  readDocument?(file: string, limits: { maxBytes: number; deadline?: number }): Promise<DocumentRead>;
  /** The real path of a file or folder (symlinks resolved), or null; lets discovery break link cycles. */
  realPath?(file: string): Promise<string | null>;
}

/** What reading one document gave: its bytes, or why there are none. */
export type DocumentRead =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'missing' }
  | { kind: 'not-regular'; what: 'directory' | 'fifo' | 'device' | 'socket' | 'other' }
  | { kind: 'too-large'; size: number }
  | { kind: 'timeout' }
  | { kind: 'unreadable'; code: string };

/** Size limit of `readFile` (config files, decisions files): far above any real one. */
const READ_FILE_LIMIT = 16 * 1024 * 1024;

/** Kind of a non-regular file, for the message that says why it was not read. */
function whatIs(st: import('node:fs').Stats): 'directory' | 'fifo' | 'device' | 'socket' | 'other' {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

/**
 * Opens without blocking (a FIFO with no writer would block `open` itself), checks the opened
 * descriptor is a regular file (so a symlink swapped between check and read changes nothing), then
 * reads in chunks up to the limit and the deadline.
 */
async function readRegular(file: string, maxBytes: number, deadline?: number): Promise<DocumentRead> {
  let fh: import('node:fs/promises').FileHandle;
  try {
    fh = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    // Opening a Unix socket fails with ENXIO.
    if (code === 'ENXIO') return { kind: 'not-regular', what: 'socket' };
    if (code === 'EISDIR') return { kind: 'not-regular', what: 'directory' };
    return { kind: 'unreadable', code };
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { kind: 'not-regular', what: whatIs(st) };
    if (st.size > maxBytes) return { kind: 'too-large', size: st.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      if (deadline !== undefined && Date.now() > deadline) return { kind: 'timeout' };
      const buf = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      // The file grew after stat: stop at the limit rather than read a growing file forever.
      if (total > maxBytes) return { kind: 'too-large', size: total };
      chunks.push(buf.subarray(0, bytesRead));
    }
    return { kind: 'bytes', bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { kind: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

export type { CommitReport, OutputFile };

export function nodeHost(): Host {
  return {
    async readFile(file) {
      // Only regular files: a FIFO or device in place of a config file must not hang the run.
      const r = await readRegular(file, READ_FILE_LIMIT);
      if (r.kind === 'bytes') return Buffer.from(r.bytes).toString('utf8');
      if (r.kind === 'missing' || r.kind === 'not-regular') return null;
      if (r.kind === 'unreadable') {
        const err = new Error(`cannot read ${file}: ${r.code}`) as NodeJS.ErrnoException;
        err.code = r.code;
        throw err;
      }
      return null;
    },
    readDocument(file, limits) {
      return readRegular(file, limits.maxBytes, limits.deadline);
    },
    async realPath(file) {
      return fs.realpath(file).catch(() => null);
    },
    async readDir(dir) {
      try {
        const entries = await fs.readdir(dir, { withFileTypes: true });
        // A symlinked docs folder (monorepos link shared docs) counts as a folder; discovery's depth
        // limit keeps a link cycle finite.
        return Promise.all(
          entries.map(async (e) => ({
            name: e.name,
            isDirectory:
              e.isDirectory() ||
              (e.isSymbolicLink() &&
                (await fs.stat(path.join(dir, e.name)).then(
                  (s) => s.isDirectory(),
                  () => false,
                ))),
          })),
        );
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw e;
      }
    },
    async exists(file) {
      try {
        await fs.access(file);
        return true;
      } catch {
        return false;
      }
    },
    async writeFile(file, text) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
      await fs.writeFile(tmp, text, 'utf8');
      try {
        await fs.rename(tmp, file);
      } catch (e) {
        await fs.rm(tmp, { force: true });
        throw e;
      }
    },
    commitOutputs: (outDir, files) => commitOutputSet(outDir, files),
  };
}

/** An in-memory Host over a map of absolute POSIX paths to file contents (for tests). */
export function memoryHost(files: Record<string, string> = {}): Host & { files: Map<string, string> } {
  const map = new Map(Object.entries(files).map(([k, v]) => [path.posix.normalize(k), v]));
  const dirOf = (p: string) => path.posix.dirname(p);
  return {
    files: map,
    async readFile(file) {
      return map.get(path.posix.normalize(file)) ?? null;
    },
    async readDir(dir) {
      const d = path.posix.normalize(dir).replace(/\/$/, '');
      const seen = new Map<string, boolean>();
      for (const key of map.keys()) {
        if (!key.startsWith(`${d}/`)) continue;
        const rest = key.slice(d.length + 1);
        const [head, ...tail] = rest.split('/');
        if (head) seen.set(head, (seen.get(head) ?? false) || tail.length > 0);
      }
      if (seen.size === 0) return null;
      return [...seen].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
    async exists(file) {
      const f = path.posix.normalize(file);
      if (map.has(f)) return true;
      for (const key of map.keys()) {
        const d = dirOf(key);
        if (d === f || d.startsWith(`${f}/`)) return true;
      }
      return false;
    },
    async writeFile(file, text) {
      map.set(path.posix.normalize(file), text);
    },
    async commitOutputs(outDir, files) {
      // The same contract in memory: folders of the set are replaced as a whole.
      const dir = path.posix.normalize(outDir);
      const fresh = new Map(files.map((f) => [path.posix.join(dir, f.path), f.text]));
      const folders = new Set(
        files.filter((f) => f.path.includes('/')).map((f) => path.posix.join(dir, f.path.split('/')[0]!)),
      );
      const removed: string[] = [];
      for (const key of [...map.keys()]) {
        if (fresh.has(key) || ![...folders].some((f) => key.startsWith(`${f}/`))) continue;
        map.delete(key);
        removed.push(path.posix.relative(dir, key));
      }
      for (const [k, v] of fresh) map.set(k, v);
      return { removed: removed.sort(), kept: [], recovered: null };
    },
  };
}
