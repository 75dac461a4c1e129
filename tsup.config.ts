import { defineConfig } from 'tsup';

// Two entries: the library (named exports, with types) and the CLI bin. Heavy libraries stay
// external and are imported lazily inside the phases that need them, so start-up stays small.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  splitting: true,
});
