import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirFile, defaultCacheDir } from '../../src/verify/postgres/data-dir.js';
import { CLI, ensureBuilt } from './built-cli.js';
import { EXAMPLE, REPO } from './corpus.js';

// Issue 19: on Node 20 the bin loads the whole CLI from dist/cli-bundle.cjs through V8's code cache
// (src/cli/bundle-load.ts). What it writes must be byte-identical to what the sources compile (the
// example's golden copy, test/cases/clinic-booking), on the run that fills the cache and on the one
// that reads it (where a script from cached data cannot call `import()` itself: libpg-query, loaded
// for the example's SQL fence, goes through the importer).
const dir = mkdtempSync(path.join(tmpdir(), 'bs-cli-bundle-'));
const cache = path.join(dir, 'cache');
const nodeCachesModules = !!(module as { enableCompileCache?: unknown }).enableCompileCache;

function generate(out: string): { code: number | null; stderr: string } {
  const r = spawnSync(
    process.execPath,
    [CLI, 'generate', EXAMPLE, '--no-verify', '--quiet', '--out', path.join(dir, out)],
    {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', BACKEND_SPEC_CACHE_DIR: cache },
    },
  );
  return { code: r.status, stderr: r.stderr };
}

/** Every file under `root`, relative path → bytes. */
function tree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(path.relative(root, p), readFileSync(p));
    }
  };
  walk(root);
  return files;
}

const cacheFiles = () =>
  existsSync(cache)
    ? readdirSync(cache).flatMap((v) => readdirSync(path.join(cache, v)).map((f) => path.join(cache, v, f)))
    : [];

beforeAll(ensureBuilt, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(nodeCachesModules)('the CLI from its code-cached CommonJS bundle (Node 20)', () => {
  it('is built beside the ES modules, with no import() of its own', () => {
    const bundle = readFileSync(path.join(REPO, 'dist/cli-bundle.cjs'), 'utf8');
    expect(bundle.match(/\bimport\(/g)).toHaveLength(1); // the importer's fallback, in the prologue
    // an external ES package, routed to the importer (libpg-query is required, CommonJS, since issue 19)
    expect(bundle).toContain('__importExternal("@redocly/openapi-core")');
  });

  it('writes the same files as the sources, on the run that fills the cache and on the next', () => {
    const first = generate('first');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const written = cacheFiles();
    // the bundle's data (this command kind) and typescript's (the example has a ```typescript fence)
    expect(written.length).toBeGreaterThanOrEqual(2);
    const stamps = written.map((f) => statSync(f).mtimeMs);

    const second = generate('second');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    // accepted by V8, so nothing was written again
    expect(cacheFiles()).toEqual(written);
    expect(written.map((f) => statSync(f).mtimeMs)).toEqual(stamps);

    const expected = tree(path.join(REPO, 'test/cases/clinic-booking/expected'));
    expect(expected.size).toBeGreaterThan(5);
    for (const run of ['first', 'second']) {
      const got = tree(path.join(dir, run));
      got.delete(path.join('backend-spec', '.manifest.json')); // what the golden copy leaves out
      expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [file, bytes] of expected)
        expect(got.get(file)?.equals(bytes), `${run}: ${file}`).toBe(true);
    }
  }, 180_000);

  it('the verification worker caches Redocly and PGlite, and verifies the same from that cache', () => {
    // terminate() runs no 'exit' handler in the thread: the worker writes the data itself after the
    // lint, or every verifying run compiled Redocly's 2 MB again (issue 19). PGlite comes from its
    // CommonJS build, whose import() of builtins is rewritten: a script compiled from cached data
    // cannot import() on Node 20, so the second run is the one that would fail.
    const verifyCache = path.join(dir, 'verify-cache');
    mkdirSync(verifyCache, { recursive: true });
    // The prepared PostgreSQL data directory, when this machine has one: no initdb in this test.
    const home = defaultCacheDir();
    if (home && existsSync(dataDirFile(home))) copyFileSync(dataDirFile(home), dataDirFile(verifyCache));
    const verifyRun = () =>
      spawnSync(process.execPath, [CLI, 'generate', EXAMPLE, '--dry-run'], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', BACKEND_SPEC_CACHE_DIR: verifyCache },
      });
    // src/heavy-require.ts names a library's data by the SHA-1 of its path
    const dataOf = (file: string) => {
      const which = createHash('sha1').update(realpathSync(file)).digest('hex').slice(0, 20);
      return readdirSync(verifyCache, { recursive: true })
        .map(String)
        .filter((f) => path.basename(f).startsWith(`${which}-`));
    };
    const pgliteCjs = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    expect(pgliteCjs).toMatch(/index\.cjs$/);
    for (const run of ['fills the cache', 'reads it']) {
      const r = verifyRun();
      expect(r.status, `${run}: ${r.stderr}`).toBe(0);
      expect(r.stdout, run).toMatch(/verified: backend-spec\/openapi\.yaml \(openapi\)/);
      expect(r.stdout, run).toMatch(
        /verified: backend-spec\/schema\.sql \(postgresql\): applied to PostgreSQL/,
      );
      expect(dataOf(path.join(REPO, 'dist/redocly.cjs')), run).toHaveLength(1);
      expect(dataOf(pgliteCjs), run).toHaveLength(1);
    }
  }, 180_000);
});
