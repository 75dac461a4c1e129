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

/**
 * The CLI's `run(argv, io)` in this process, as `main.ts` runs it for `node dist/cli.js`: the same
 * argument parsing, exit codes and output, without starting node and loading the compiler for
 * every call (a spawn costs about 3 s of CPU; the suite made over a hundred). For the checks that
 * are about what the CLI prints, writes and exits with; the ones about the process itself (the bin
 * starts, a crash is exit 70, signals, pipes) keep spawning `cli`. `cwd` is entered for the run and
 * left after it: callers must not run two of these at once (no `describe.concurrent`).
 */
export async function cliInProcess(args: string[], cwd = REPO): Promise<CliRun> {
  const { run } = await import('../../src/cli/run.js');
  let stdout = '';
  let stderr = '';
  const io = {
    out: { write: (s: string) => (stdout += s) },
    err: { write: (s: string) => (stderr += s) },
  };
  const home = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await run(args, io), stdout, stderr };
  } catch (error) {
    // main.ts: a rejected run is a bug of ours, exit 70 with the stack on stderr.
    stderr += `backend-spec: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
    return { code: 70, stdout, stderr };
  } finally {
    process.chdir(home);
  }
}
