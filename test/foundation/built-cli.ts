import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from './corpus.js';

export const CLI = path.join(REPO, 'dist/cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The end-to-end tests run the built bin, as a user would. `npm test` builds first; when dist is
 * missing or older than src (a focused `npx vitest run`), it is rebuilt here without type
 * declarations, which the CLI does not need.
 */
export async function ensureBuilt(): Promise<void> {
  const stale =
    !existsSync(CLI) ||
    statSync(CLI).mtimeMs <
      Math.max(
        newestSource(path.join(REPO, 'src')),
        statSync(path.join(REPO, 'schema/spec.schema.json')).mtimeMs,
      );
  if (!stale) return;
  const { build } = await import('tsup');
  const config = (await import('../../tsup.config.js')).default as Record<string, unknown>;
  await build({ ...config, dts: false, clean: false, silent: true });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd = REPO): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
