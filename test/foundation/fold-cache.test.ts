import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFoldCache, readFolds, saveFoldCache } from '../../src/cli/fold-cache.js';
import { useCodeCache } from '../../src/heavy-require.js';
import { caseFoldedRegExp, foldSource, seedFoldedSources } from '../../src/knowledge/case-fold.js';

/**
 * The CLI keeps the readers' case folds beside its code cache (src/cli/fold-cache.ts, issue 19): a
 * run writes what it folded, the next one starts from it, and a file that is not exactly what was
 * written is never used.
 */
describe('fold cache', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fold-cache-'));
  afterAll(() => {
    useCodeCache(null, '');
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the folds of this process and reads them back as foldSource made them', () => {
    useCodeCache(dir, 'test');
    const file = loadFoldCache();
    expect(file).not.toBeNull();
    const source = '(?<!\\p{L})réservations? fold-cache-test(?!\\p{L})';
    caseFoldedRegExp(source, 'iu');
    saveFoldCache();
    const entries = readFolds(file!);
    expect(entries).not.toBeNull();
    const entry = entries!.find(([s]) => s === source);
    expect(entry).toEqual([source, foldSource(source)]);
    // ASCII on disk: read back as bytes, hashed as written.
    expect(/[\u0080-\uffff]/.test(readFileSync(file!, 'latin1'))).toBe(false);
  });

  it('refuses a file changed after it was written', () => {
    const file = path.join(dir, 'damaged.json');
    useCodeCache(dir, 'test');
    const written = readFileSync(loadFoldCache()!, 'latin1');
    writeFileSync(file, written.replace('fold-cache-test', 'fold-cache-tesT'), 'latin1');
    expect(readFolds(file)).toBeNull();
    writeFileSync(file, 'not a cache', 'latin1');
    expect(readFolds(file)).toBeNull();
  });

  it('a seeded fold is the one used (so only a checked file may seed)', () => {
    const source = 'seeded-\\p{L}-only';
    seedFoldedSources([[source, 'x']]);
    expect(caseFoldedRegExp(source, 'iu').source).toBe('x');
  });
});
