import module from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { useCodeCache } from '../../src/heavy-require.js';
import { enableCompileCache } from '../../src/verify/compile-cache.js';

type WithCache = { enableCompileCache?: (dir?: string) => unknown };
const node = module as WithCache;
const original = node.enableCompileCache;
const savedDir = process.env.BACKEND_SPEC_CACHE_DIR;

/** Node 22.1+'s module compile cache goes to the user's cache folder; absent or failing, nothing happens. */
describe('module compile cache', () => {
  afterEach(() => {
    node.enableCompileCache = original;
    // Node 20's fallback (src/heavy-require.ts) stays off for the other files of this worker.
    useCodeCache(null, '');
    if (savedDir === undefined) delete process.env.BACKEND_SPEC_CACHE_DIR;
    else process.env.BACKEND_SPEC_CACHE_DIR = savedDir;
  });

  it('is enabled in <cache>/node-compile-cache where Node has it', () => {
    const calls: (string | undefined)[] = [];
    node.enableCompileCache = (dir) => calls.push(dir);
    process.env.BACKEND_SPEC_CACHE_DIR = '/somewhere/backend-spec';
    enableCompileCache();
    expect(calls).toEqual(['/somewhere/backend-spec/node-compile-cache']);
  });

  it('a Node without it, or a cache that cannot be enabled, is no error', () => {
    node.enableCompileCache = undefined;
    expect(() => enableCompileCache()).not.toThrow();
    node.enableCompileCache = () => {
      throw new Error('EACCES');
    };
    expect(() => enableCompileCache()).not.toThrow();
  });
});
