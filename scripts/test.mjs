// `npm test` (issue 12: the suite in under 3 minutes on a 2-core machine). First the bin, without
// type declarations: the end-to-end tests spawn dist/cli.js, `tsc --noEmit` below checks every type
// of src and test, and the declarations (most of `npm run build`'s 24 s) are made by the build
// itself. Then tsc and vitest run side by side: tsc fills the moments the two vitest workers wait
// for a spawned CLI or PGlite. Exit 1 when either fails; vitest's arguments pass through.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (p) => path.join(repo, 'node_modules', p);
const run = (file, args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [file, ...args], { cwd: repo, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code) => resolve(code ?? 1));
  });

const built = await run(bin('tsup/dist/cli-default.js'), ['--no-dts', '--silent']);
if (built !== 0) process.exit(built);
const [types, tests] = await Promise.all([
  run(bin('typescript/bin/tsc'), ['--noEmit']),
  run(bin('vitest/vitest.mjs'), ['run', ...process.argv.slice(2)]),
]);
if (types !== 0) console.error('npm test: tsc --noEmit failed (see above)');
process.exit(types !== 0 || tests !== 0 ? 1 : 0);
