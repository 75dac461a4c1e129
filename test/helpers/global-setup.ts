import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's compile results, shared by the workers (test/helpers/compiled.ts). */
    compiledDir: string;
    /** Folder under which this run's temp folders are made (test/helpers/temp-dir.ts). */
    tempRoot: string;
  }
}

/** Run folders are named with the pid of the vitest process that owns them. */
const RUN_PREFIX = 'backend-spec-test-run-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A run folder untouched this long is not in use (a whole run takes a few minutes). */
const ABANDONED_MS = 60 * 60 * 1000;

/**
 * Run folders of earlier runs whose vitest process is gone: a run that was killed (a CI timeout,
 * Ctrl-C twice, kill -9) never reached its teardown, and its workers never ran the
 * `onTestFinished` removals. Folders of runs still going (another checkout testing at the same
 * time) are left alone: the pid must be gone AND the folder untouched for an hour, in case that
 * run's pid lives in another pid namespace sharing this /tmp.
 */
function sweepAbandonedRuns(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(RUN_PREFIX)) continue;
    const pid = Number(name.slice(RUN_PREFIX.length).split('-')[0]);
    const dir = path.join(tmpdir(), name);
    if (!Number.isInteger(pid) || pid <= 0 || alive(pid)) continue;
    try {
      if (Date.now() - statSync(dir).mtimeMs > ABANDONED_MS) rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed by another run's sweep meanwhile.
    }
  }
}

/**
 * One folder per `vitest run`, removed after it, so a run leaves nothing behind in /tmp: its
 * `compiled/` subfolder is where the first worker to compile a project leaves the result for the
 * other (test/helpers/compiled.ts), made fresh so a result never outlives the source it was compiled
 * from; the test helpers' temp folders are made inside it (test/helpers/temp-dir.ts), so they go with
 * it even when a worker was stopped before its test finished.
 */
export default function setup(project: TestProject): () => void {
  sweepAbandonedRuns();
  const run = mkdtempSync(path.join(tmpdir(), `${RUN_PREFIX}${process.pid}-`));
  const compiled = mkdtempSync(path.join(run, 'compiled-'));
  project.provide('compiledDir', compiled);
  project.provide('tempRoot', run);
  return () => rmSync(run, { recursive: true, force: true });
}
