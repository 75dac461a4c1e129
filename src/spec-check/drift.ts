import * as path from 'node:path';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Host } from '../host.js';

/**
 * `generate --check`: every file the documents compile to now, compared byte for byte with the file
 * on disk. For CI: a spec that no longer matches its documents fails the build; nothing is written.
 */
export async function drift(
  host: Host,
  root: string,
  outDir: string,
  files: readonly { path: string; text: string }[],
): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  for (const f of files) {
    const rel = path.posix.join(outDir, f.path);
    const existing = await host.readFile(path.join(root, rel));
    if (existing === f.text) continue;
    const line = existing === null ? 1 : firstDifference(existing, f.text);
    out.push(
      diag(
        'spec-check/out-of-date',
        existing === null
          ? `${rel} does not exist; the documents compile to it`
          : `${rel} differs from what the documents compile to now (first difference at line ${line})`,
        { at: { file: rel, line }, hint: 'run `backend-spec generate` and commit the result' },
      ),
    );
  }
  return out;
}

function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}
