import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { inject, onTestFinished } from 'vitest';
import './global-setup.js';

/** The run's folder (test/helpers/global-setup.ts), or the system temp dir outside a vitest run. */
function root(): string {
  try {
    return inject('tempRoot') || tmpdir();
  } catch {
    return tmpdir();
  }
}

/**
 * A fresh folder in the run's folder under the system temp dir, removed when the test that made it
 * finishes (or, when made outside a test, when the worker exits); whatever a stopped worker could
 * not remove goes with the run's folder (test/helpers/global-setup.ts): a test run leaves nothing
 * behind in /tmp.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(root(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    process.once('exit', remove);
  }
  return dir;
}
