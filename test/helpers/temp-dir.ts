import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh folder under the system temp dir, removed when the test that made it finishes (or, when
 * made outside a test, when the worker exits): a test run leaves nothing behind in /tmp.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    process.once('exit', remove);
  }
  return dir;
}
