import type { Extension, PGlite } from '@electric-sql/pglite';
import { defaultCacheDir, pgliteDataDir } from '../../src/verify/postgres/data-dir.js';
import { pglite } from '../../src/verify/postgres/session.js';

/**
 * A raw PGlite for tests that need its own API (transactions, parameters), started from the data
 * directory the verifier prepares once per PGlite version (src/verify/postgres/data-dir.ts) instead
 * of an initdb per test file (~70 % of PGlite's start-up). Prepared here on first use; without a
 * cache folder it falls back to initdb.
 */
export async function testPglite(extensions: Record<string, Extension>): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const cacheDir = defaultCacheDir();
  let prepared = cacheDir ? await pgliteDataDir(cacheDir) : null;
  if (!prepared && cacheDir) {
    await (await pglite({ cacheDir })).close();
    prepared = await pgliteDataDir(cacheDir);
  }
  return PGlite.create({ extensions, ...(prepared ? { loadDataDir: prepared } : {}) });
}
