import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireHeavy, useCodeCache, writeCodeCache } from '../../src/heavy-require.js';

// The V8 code cache of big CommonJS bundles (src/heavy-require.ts): written atomically into a
// versioned folder, used on the next load, ignored and rewritten when damaged; the library loads
// the same either way.
const dir = mkdtempSync(path.join(tmpdir(), 'bs-code-cache-'));
const cache = path.join(dir, 'cache');
const lib = path.join(dir, 'big-lib.cjs');
// > 256 KB, so it goes through the cache; requires a builtin and reads its own module object.
writeFileSync(
  lib,
  `const p = require('node:path');\nconst filler = ${JSON.stringify('x'.repeat(300_000))};\n` +
    'module.exports = { answer: () => 42, base: p.basename(__filename), size: filler.length, self: typeof module.id };\n',
);
const cjsCache = createRequire(import.meta.url).cache;

function load(): { answer(): number; base: string; size: number; self: string } {
  delete cjsCache[lib];
  return requireHeavy(lib);
}
const cacheFiles = () =>
  readdirSync(cache).flatMap((v) => readdirSync(path.join(cache, v)).map((f) => path.join(cache, v, f)));

afterAll(() => {
  useCodeCache(null, '');
  rmSync(dir, { recursive: true, force: true });
});

describe('code cache of heavy CommonJS bundles', () => {
  it('writes one file per bundle in a versioned folder, atomically, and uses it next time', () => {
    useCodeCache(cache, '9.9.9');
    expect(load()).toMatchObject({ base: 'big-lib.cjs', size: 300_000, self: 'string' });
    expect(load().answer()).toBe(42);
    writeCodeCache();
    const [folder] = readdirSync(cache);
    expect(folder).toContain('v8-code-9.9.9-node');
    expect(folder).toContain(process.arch);
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.bin$/);
    const before = readFileSync(files[0]!);
    // accepted: nothing to write again
    expect(load().answer()).toBe(42);
    writeCodeCache();
    expect(readFileSync(files[0]!).equals(before)).toBe(true);
  });

  it('ignores a damaged file, loads the bundle anyway and writes it again', () => {
    useCodeCache(cache, '9.9.9');
    const [file] = cacheFiles();
    const good = readFileSync(file!);
    const bad = Buffer.from(good);
    bad[bad.length - 100] = (bad[bad.length - 100] ?? 0) ^ 0xff;
    writeFileSync(file!, bad);
    expect(load().answer()).toBe(42);
    writeCodeCache();
    expect(readFileSync(file!).equals(good)).toBe(true);
    writeFileSync(file!, good.subarray(0, 50));
    expect(load().size).toBe(300_000);
    writeCodeCache();
    expect(readFileSync(file!).length).toBe(good.length);
  });

  it('never shares a folder between versions: the other version’s folder is replaced', () => {
    useCodeCache(cache, '9.9.10');
    expect(load().answer()).toBe(42);
    writeCodeCache();
    const folders = readdirSync(cache);
    expect(folders).toHaveLength(1);
    expect(folders[0]).toContain('v8-code-9.9.10-');
  });

  it('is a plain require without a cache folder', () => {
    useCodeCache(null, '');
    expect(load().answer()).toBe(42);
  });
});
