import { defineConfig } from 'tsup';

// Three entries: the library (named exports, with types), the CLI bin and the worker thread that
// runs the embedded PostgreSQL during verification (src/verify/postgres/in-worker.ts finds it beside
// the chunks). Heavy libraries stay
// external and are imported lazily inside the phases that need them, so start-up stays small.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'pglite-worker': 'src/verify/postgres/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
});
