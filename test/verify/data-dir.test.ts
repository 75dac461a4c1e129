import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  dataDirFile,
  defaultCacheDir,
  pgliteDataDir,
  savePgliteDataDir,
} from '../../src/verify/postgres/data-dir.js';
import { pglite } from '../../src/verify/postgres/session.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * PGlite starts from a data directory prepared once per PGlite version in the user's cache folder,
 * with a notice the first time; a damaged file is replaced, an unwritable folder only costs the
 * initdb of every run.
 */
describe('prepared PGlite data directory', () => {
  it('is made once with a notice, then reused silently; a damaged file is removed, to be made again', async () => {
    const dir = tempDir('backend-spec-cache-');
    const notices: string[] = [];
    const notice = (m: string) => notices.push(m);

    const first = await pglite({ cacheDir: dir, notice });
    await first.close();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /preparing the embedded PostgreSQL \(PGlite\) once; later runs start from .*pglite-\d+\.\d+\.\d+-wal-segsize-1-postgres-only-one-wal-datadir\.tar\.gz$/,
    );
    const file = dataDirFile(dir);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    expect([...readFileSync(file).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    // One WAL segment, the checkpoint's: initdb's others (filled or recycled ahead) are left out.
    expect(
      tarMembers(gunzipSync(readFileSync(file))).filter((m) => /pg_wal\/[0-9A-F]{24}$/.test(m)),
    ).toHaveLength(1);

    const second = await pglite({ cacheDir: dir, notice });
    expect(await second.query<{ x: number }>('select 1 as x')).toEqual([{ x: 1 }]);
    // It writes past that segment: PostgreSQL makes the next ones when it needs them.
    await second.exec(
      `CREATE TABLE filler AS SELECT g, repeat('x', 500) AS pad FROM generate_series(1, 5000) g`,
    );
    expect(
      await second.query(
        `select pg_walfile_name(pg_current_wal_lsn()) > redo_wal_file as past from pg_control_checkpoint()`,
      ),
    ).toEqual([{ past: true }]);
    await second.exec('DROP TABLE filler');
    // Nothing of the cluster's user objects: the cache was dumped right after initdb.
    expect(await second.query(`select 1 from pg_namespace where nspname like 'backend_spec%'`)).toEqual([]);
    // Only the database PGlite works in: the templates (7 MB each, unpacked at every start) were dropped.
    expect(await second.query(`select datname from pg_database`)).toEqual([{ datname: 'postgres' }]);
    await second.close();
    expect(notices).toHaveLength(1);

    // gzip magic and a body that does not inflate: refused before PGlite sees it and removed, so the
    // next run prepares it again exactly as the first run above did (no second initdb here: it is
    // the slowest step of the suite's slowest file).
    writeFileSync(file, Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.alloc(4096, 7)]));
    expect(await pgliteDataDir(dir)).toBeNull();
    expect(existsSync(file)).toBe(false);
  }, 600_000);

  it('a folder that cannot be written is no error: nothing is cached', async () => {
    const dir = tempDir('backend-spec-cache-');
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const fake = { dumpDataDir: async () => new Blob([Buffer.alloc(2048)]) };
    expect(await savePgliteDataDir(path.join(blocked, 'cache'), fake)).toBe(false);
    expect(await pgliteDataDir(path.join(blocked, 'cache'))).toBeNull();
    expect(existsSync(path.join(blocked, 'cache'))).toBe(false);
  });

  it('lives in $BACKEND_SPEC_CACHE_DIR, else $XDG_CACHE_HOME/backend-spec, else ~/.cache/backend-spec', () => {
    const saved = { ...process.env };
    try {
      delete process.env.BACKEND_SPEC_CACHE_DIR;
      process.env.XDG_CACHE_HOME = '/x/cache';
      expect(defaultCacheDir()).toBe('/x/cache/backend-spec');
      delete process.env.XDG_CACHE_HOME;
      expect(defaultCacheDir()).toMatch(/\.cache\/backend-spec$/);
      process.env.BACKEND_SPEC_CACHE_DIR = '/y';
      expect(defaultCacheDir()).toBe('/y');
    } finally {
      process.env = saved;
    }
  });
});

/** The member names of a ustar archive. */
function tarMembers(tar: Uint8Array): string[] {
  const names: string[] = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = Buffer.from(tar.subarray(at, at + 512));
    if (header.every((b) => b === 0)) break;
    names.push(header.toString('latin1', 0, 100).replace(/\0.*$/s, ''));
    const size = Number.parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}
