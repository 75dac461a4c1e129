import ts from 'typescript';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain JavaScript shared with tsup.config.ts
import { foldRegexLiterals } from './scripts/case-fold-regex.mjs';
// @ts-expect-error: plain JavaScript shared with tsup.config.ts
import { narrowRegexLiterals } from './scripts/narrow-regex.mjs';

// Speed (issue 12: the suite in under 3 minutes on a 2-core machine). `isolate: false` lets the
// test files of one worker share the module graph: src/ is transformed and imported once per
// worker instead of once per file (that import was most of each file's time), and the
// one-compile-per-project cache of test/helpers/compiled.ts serves every file of the worker.
// Forks, not threads: PGlite's wasm and the CLI spawns behave as in production, and a test that
// overflows the stack cannot take a sibling thread down. Tests must not leave global state behind
// (env variables are restored, sandboxes are temp folders). Two workers, one per core of the CI
// machine: each has its own module graph; the only thing they share is the run's folder of compile
// results (read-only, test/helpers/global-setup.ts); 1 worker took 255 s here, 2 took 178 s.
export default defineConfig({
  // The `/…/iu` literals of src/ as the build rewrites them (tsup.config.ts, scripts/case-fold-regex.mjs):
  // the tests run the patterns that ship.
  plugins: [
    {
      name: 'case-folded-patterns',
      enforce: 'pre',
      transform(code: string, id: string) {
        if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
        const out = narrowRegexLiterals(foldRegexLiterals(code, id, ts), id, ts);
        return out === code ? null : { code: out, map: null };
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    // A folder per run where one worker's compile of a corpus project serves the other worker.
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: 2,
  },
});
