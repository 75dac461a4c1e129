// `npm run example` (README's first command) builds only when dist/ is missing or older than src/,
// schema/ or the build config: a rerun starts at once instead of rebuilding for half a minute.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const newest = (p) =>
  statSync(p).isDirectory()
    ? Math.max(0, ...readdirSync(p).map((name) => newest(path.join(p, name))))
    : statSync(p).mtimeMs;
const built = path.join(repo, 'dist/cli.js');
const inputs = ['src', 'schema', 'tsup.config.ts', 'package.json'].map((p) => path.join(repo, p));
if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...inputs.map(newest))) process.exit(0);
execFileSync(process.execPath, [path.join(repo, 'node_modules/tsup/dist/cli-default.js')], {
  cwd: repo,
  stdio: 'inherit',
});
