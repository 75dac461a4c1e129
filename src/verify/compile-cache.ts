import module from 'node:module';
import * as path from 'node:path';
import { defaultCacheDir } from './postgres/data-dir.js';

/**
 * V8's compiled code of every module this process loads (the CLI's own chunks, typescript,
 * Redocly, Ajv, yaml), kept on disk between runs, on Node 22.1 or later
 * (`module.enableCompileCache`, Node docs "Module compile cache"): a run then skips parsing and
 * compiling what the previous run compiled, which is most of its start-up. In the user's cache
 * folder beside the prepared PGlite data directory; Node 20 has no such API and nothing happens.
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off (Node reads it). Failure is never an error: the
 * run only compiles as it would without a cache.
 */
export function enableCompileCache(): void {
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (!enable) return;
  try {
    const dir = defaultCacheDir();
    enable(dir ? path.join(dir, 'node-compile-cache') : undefined);
  } catch {
    // an unwritable folder: compiled as usual
  }
}
