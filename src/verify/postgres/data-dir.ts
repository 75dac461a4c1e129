import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { installedVersion } from '../package-version.js';

const inflate = promisify(gunzip);
const deflate = promisify(gzip);

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
  // `postgres-only`: PREPARE_SQL dropped the template databases; `one-wal`: the WAL segments the
  // checkpoint does not need were left out (`walKept`). A file of an older backend-spec still holds
  // them and is not reused.
  return path.join(
    cacheDir,
    `pglite-${installedVersion('@electric-sql/pglite') ?? 'unknown'}-${layout}-postgres-only-one-wal-datadir.tar.gz`,
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
  db: {
    dumpDataDir(c?: 'gzip' | 'none' | 'auto'): Promise<Blob>;
    exec?(sql: string): Promise<unknown>;
    query?<T>(sql: string): Promise<{ rows: T[] }>;
  },
): Promise<boolean> {
  const file = dataDirFile(cacheDir);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(cacheDir, { recursive: true });
    if (db.exec) for (const sql of PREPARE_SQL) await db.exec(sql);
    const keep = db.query ? walKept((await db.query<WalFiles>(WAL_FILES_SQL)).rows) : null;
    const blob = await db.dumpDataDir(keep ? 'none' : 'gzip');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    await writeFile(tmp, keep ? await deflate(tarWithout(bytes, keep)) : bytes);
    await rename(tmp, file);
    return true;
  } catch {
    await rm(tmp, { force: true }).catch(() => {});
    return false;
  }
}

/**
 * The WAL segments of the checkpoint PREPARE_SQL ends with: the one holding its redo point and the
 * one holding its record (PostgreSQL docs §28.5: recovery starts from the checkpoint's redo point;
 * after a CHECKPOINT on an idle cluster both are in the current segment). initdb leaves more in
 * pg_wal: the segments it filled and the ones recycled ahead for future writes (7 of 1 MB), which
 * every run unpacked into memory and nothing read: PostgreSQL creates a segment when it needs the
 * next one. Without them the tar is 9 MB, not 15 MB (issue 19).
 */
const WAL_FILES_SQL =
  'SELECT pg_walfile_name(redo_lsn) AS redo, pg_walfile_name(checkpoint_lsn) AS checkpoint FROM pg_control_checkpoint()';

interface WalFiles {
  redo: string;
  checkpoint: string;
}

const WAL_SEGMENT = /(?:^|\/)pg_wal\/([0-9A-F]{24})$/;

/**
 * Whether a tar member is kept: everything but the WAL segments outside redo..checkpoint. Null
 * (keep the whole dump) when the answer is not two segment names in order.
 */
export function walKept(rows: readonly WalFiles[]): ((name: string) => boolean) | null {
  const row = rows[0];
  const valid = (f: unknown): f is string => typeof f === 'string' && /^[0-9A-F]{24}$/.test(f);
  if (!row || !valid(row.redo) || !valid(row.checkpoint) || row.redo > row.checkpoint) return null;
  return (name) => {
    const segment = WAL_SEGMENT.exec(name)?.[1];
    return !segment || (segment >= row.redo && segment <= row.checkpoint);
  };
}

/**
 * A ustar archive (POSIX.1-2001, the format PGlite's dumpDataDir writes: 512-byte headers, the
 * name in bytes 0-99 with a prefix in 345-499, the size in octal at 124, the data padded to 512)
 * without the regular files `keep` refuses. Any other header (long names, pax records) or a
 * truncated archive: the archive as it is.
 */
export function tarWithout(tar: Uint8Array, keep: (name: string) => boolean): Uint8Array {
  const text = (at: number, length: number) => {
    const field = tar.subarray(at, at + length);
    const end = field.indexOf(0);
    return Buffer.from(end < 0 ? field : field.subarray(0, end)).toString('latin1');
  };
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at + 512 <= tar.length) {
    if (tar.subarray(at, at + 512).every((b) => b === 0)) break;
    const type = String.fromCharCode(tar[at + 156]!);
    if (type !== '0' && type !== '\0' && type !== '5') return tar;
    const prefix = text(at + 345, 155);
    const name = prefix ? `${prefix}/${text(at, 100)}` : text(at, 100);
    const size = Number.parseInt(text(at + 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) return tar;
    const next = at + 512 + Math.ceil(size / 512) * 512;
    if (next > tar.length) return tar;
    if (type === '5' || keep(name)) parts.push(tar.subarray(at, next));
    at = next;
  }
  // The end-of-archive marker: two zero blocks.
  parts.push(new Uint8Array(1024));
  return Buffer.concat(parts);
}
