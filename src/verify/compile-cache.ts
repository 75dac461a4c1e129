import module from 'node:module';
import * as path from 'node:path';
import { VERSION } from '../cli/exit.js';
import { useCodeCache } from '../heavy-require.js';
import { defaultCacheDir } from './postgres/data-dir.js';

/**
 * V8's compiled code of what this process loads, kept on disk between runs in the user's cache
 * folder beside the prepared PGlite data directory: a run then skips parsing and compiling what the
 * previous run compiled, which is most of its start-up. On Node 22.1 or later, Node's own cache
 * (`module.enableCompileCache`, Node docs "Module compile cache") covers every module (the CLI's
 * chunks, typescript, Redocly, Ajv, yaml). Node 20 has no such API: there the big CommonJS bundles
 * of the notations (typescript, prisma-ast) and the CLI itself, built once more as one
 * CommonJS script (src/cli/bundle-load.ts), get V8's cached data through `vm.Script`
 * (src/heavy-require.ts). `NODE_DISABLE_COMPILE_CACHE=1` turns both off. Failure is never an
 * error: the run only compiles as it would without a cache.
 */
export function enableCompileCache(): void {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  try {
    const dir = defaultCacheDir();
    if (enable) enable(dir ? path.join(dir, 'node-compile-cache') : undefined);
    else if (dir) useCodeCache(dir, VERSION);
  } catch {
    // an unwritable folder: compiled as usual
  }
}
