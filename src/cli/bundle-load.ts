import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { codeCacheOn, requireHeavy } from '../heavy-require.js';

type Run = typeof import('./run.js').run;
interface Bundle {
  run: Run;
  enableCompileCache(): void;
}

/** Beside the CLI's chunks: `tsup` writes it to dist/ with them (tsup.config.ts). */
const BUNDLE = new URL('./cli-bundle.cjs', import.meta.url);

/**
 * The CLI's `run`, compiled from V8's code cache on Node 20 (issue 19). Node 20 cannot cache ES
 * modules (no `module.enableCompileCache`), so parsing and compiling our 2 MB of chunks, and
 * compiling each function the first time it is called, was paid again on every run. The same code
 * built as one CommonJS script (`dist/cli-bundle.cjs`) goes through `requireHeavy`'s `vm.Script`
 * with cached data; the data are written at the exit of the first run of each command kind, so
 * they hold every function that run compiled, and the next run skips compiling them.
 *
 * Null (the caller imports the ES modules as before) when the code cache is off
 * (`NODE_DISABLE_COMPILE_CACHE=1`, no cache folder), on Node 22 and later (Node's own cache covers
 * ES modules there), for the commands that only print facts, when the bundle is missing (running
 * from src), or when loading it fails.
 */
export function loadCliBundle(argv: readonly string[]): Run | null {
  if ((module as { enableCompileCache?: unknown }).enableCompileCache || !codeCacheOn()) return null;
  const kind = commandKind(argv);
  // `--version`, `--help`, `codes`, `schema` load almost none of the compiler: reading 3.7 MB of
  // script and its data costs them more than the few ES modules they import (0.15 → 0.17 s of CPU).
  if (kind === 'info') return null;
  try {
    if (BUNDLE.protocol !== 'file:' || !existsSync(fileURLToPath(BUNDLE))) return null;
    // The bundle's `import("pkg")` calls land here (tsup.config.ts): a script compiled from cached
    // data cannot import on Node 20. From dist/, like the bundle, so names resolve the same.
    (globalThis as Record<symbol, unknown>)[Symbol.for('backend-spec.import')] ??= (specifier: string) =>
      import(specifier);
    const bundle = requireHeavy<Bundle>(fileURLToPath(BUNDLE), kind);
    bundle.enableCompileCache();
    return bundle.run;
  } catch {
    return null;
  }
}

/**
 * Which cache file of the bundle a run uses and fills: each command compiles different functions
 * (`check` the spec checker, `generate` the whole compiler), so each kind keeps its own data,
 * written after its first run; `info` runs without the bundle. A verifying `generate` is a kind of
 * its own: it also runs the verifiers (Ajv, the verification worker's client, the report of the
 * verifications), and the data are written once, by the first run of the kind. Shared with
 * `--no-verify` runs, whichever of the two ran first decided what the other found compiled, so a
 * benchmark's order changed the example's time (issue 19); now each finds its own functions.
 */
export function commandKind(argv: readonly string[]): string {
  const first = argv.find((a) => !a.startsWith('-'));
  if (first === 'check' || first === 'mcp' || first === 'diff' || first === 'init') return first;
  if (first === 'schema' || first === 'codes') return 'info';
  if (argv.some((a) => a === '--version' || a === '-V' || a === '--help' || a === '-h')) return 'info';
  return argv.includes('--no-verify') ? 'generate' : 'generate-verify';
}
