import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { installedVersion } from '../package-version.js';

const inflate = promisify(gunzip);

/**
 * PGlite's data directory, prepared once per PGlite version and kept in the user's cache folder
 * (XDG Base Directory spec: $XDG_CACHE_HOME, else ~/.cache). Starting from it skips initdb, which
 * is ~70 % of PGlite's start-up. The file is a gzip tarball of a freshly initialised cluster (no
 * user objects), written atomically; a damaged file is ignored and replaced. When the folder cannot
 * be written, every run simply initialises its own cluster.
 */

/** `~/.cache/backend-spec` (or `$XDG_CACHE_HOME/backend-spec`, `$BACKEND_SPEC_CACHE_DIR`). */
export function defaultCacheDir(): string | null {
  if (process.env.BACKEND_SPEC_CACHE_DIR) return process.env.BACKEND_SPEC_CACHE_DIR;
  const base = process.env.XDG_CACHE_HOME || (homedir() ? path.join(homedir(), '.cache') : '');
  return base ? path.join(base, 'backend-spec') : null;
}

/**
 * initdb options of the prepared data directory: WAL segments of 1 MB instead of 16 MB (a runtime
 * property of the cluster since PostgreSQL 11), so the tar every run unpacks is 31 MB, not 40 MB.
 */
export const INITDB_PARAMS = ['--wal-segsize=1'];

/**
 * Run on the fresh cluster before it is dumped. PGlite works in the `postgres` database; initdb also
 * makes `template1` and `template0` (PostgreSQL docs §23.3), 7 MB each, which every run unpacked
 * into memory and nothing used: the verifier never creates a database. Without them the tar is 15 MB
 * instead of 30 MB (example verify: PGlite ready 705-782 -> 538-608 ms of CPU, 234 -> 191 MB resident,
 * issue 19). A template must stop being one before it can be dropped (§23.3, `IS_TEMPLATE`).
 */
export const PREPARE_SQL = [
  'ALTER DATABASE template0 IS_TEMPLATE false',
  'DROP DATABASE template0',
  'ALTER DATABASE template1 IS_TEMPLATE false',
  'DROP DATABASE template1',
  'CHECKPOINT',
];

/**
 * The cache file of this PGlite version and these initdb options: the name changes with either, so
 * a file prepared by an older backend-spec (a 40 MB cluster with 16 MB WAL segments) is not reused.
 */
export function dataDirFile(cacheDir: string): string {
  const layout = INITDB_PARAMS.map((p) => p.replace(/^-+/, '').replace(/[^\w.]+/g, '-')).join('-');
  // `postgres-only`: PREPARE_SQL dropped the template databases (a file of an older backend-spec
  // still holds them and is not reused).
  return path.join(
    cacheDir,
    `pglite-${installedVersion('@electric-sql/pglite') ?? 'unknown'}-${layout}-postgres-only-datadir.tar.gz`,
  );
}

/**
 * The one member of `Blob` PGlite's `loadDataDir` reads (`arrayBuffer()`, plus `type` to decide
 * whether to inflate): a real `Blob` would copy the 30-40 MB tar into blob storage and back in
 * chunks (~0.5 s of CPU per run), this hands PGlite the inflated bytes as they are.
 */
export type DataDirTar = Blob;

function tarOf(bytes: Uint8Array): DataDirTar {
  // Handed over once: PGlite keeps its options (and so this object) for the life of the instance,
  // while the tar is needed only until it is unpacked into PGlite's file system. Dropping it here
  // lets the 31 MB go with the unpacking instead of staying resident to the end of the run.
  let held: Uint8Array | null = bytes;
  const tar = {
    type: 'application/x-tar',
    size: bytes.byteLength,
    arrayBuffer: async () => {
      const b = held;
      held = null;
      if (!b) throw new Error('the prepared data directory was already handed over');
      return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer;
    },
  };
  return tar as unknown as DataDirTar;
}

/** The prepared data directory, or null when there is none yet (or it cannot be read). */
export async function pgliteDataDir(cacheDir: string): Promise<DataDirTar | null> {
  try {
    const bytes = await readFile(dataDirFile(cacheDir));
    // gzip magic number (RFC 1952 §2.3.1): a truncated or foreign file is not handed to PGlite.
    if (bytes.length < 1024 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return null;
    // Inflated here (libuv's thread pool), so the gzip CRC is checked before PGlite sees the tar:
    // a damaged file is refused here instead of failing inside PGlite's own stream.
    // Inflated into one buffer of the tar's exact size (ISIZE, the gzip trailer's last 4 bytes,
    // RFC 1952 §2.3.1): zlib's 16 KB chunks joined at the end held the tar twice (+36 MB peak) and
    // cost ~0.2 s of CPU more; the buffer is then handed to PGlite without another copy.
    const size = bytes.readUInt32LE(bytes.length - 4);
    const exact = size >= 64 * 1024 && size < 2 ** 30 ? { chunkSize: size } : {};
    return tarOf(await inflate(bytes, exact));
  } catch {
    await dropPgliteDataDir(cacheDir);
    return null;
  }
}

/** Removes a cache file PGlite could not start from, so the next run prepares it again. */
export async function dropPgliteDataDir(cacheDir: string): Promise<void> {
  await rm(dataDirFile(cacheDir), { force: true }).catch(() => {});
}

/**
 * Dumps the just-initialised cluster into the cache (temp file + rename, so a concurrent run never
 * reads half a file). Failure to write is not an error: the run goes on, the next one initialises.
 */
export async function savePgliteDataDir(
  cacheDir: string,
  db: { dumpDataDir(c?: 'gzip' | 'none' | 'auto'): Promise<Blob>; exec?(sql: string): Promise<unknown> },
): Promise<boolean> {
  const file = dataDirFile(cacheDir);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    if (db.exec) for (const sql of PREPARE_SQL) await db.exec(sql);
    const blob = await db.dumpDataDir('gzip');
    await writeFile(tmp, Buffer.from(await blob.arrayBuffer()));
    await rename(tmp, file);
    return true;
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
    return false;
  }
}
