import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md: prose is interpreted in one place (extract and the statement reader); derive and
// reconcile read the typed model only. An import from those layers is how document text leaks back.
const SRC = path.resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

describe('the pipeline is one-way', () => {
  it.each(['derive', 'reconcile'])('src/%s imports nothing from extract, markdown or read', (layer) => {
    const leaks: string[] = [];
    for (const file of files(path.join(SRC, layer))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        const target = path.resolve(path.dirname(file), m[1]!);
        const top = path.relative(SRC, target).split(path.sep)[0];
        if (top === 'extract' || top === 'markdown' || top === 'read')
          leaks.push(`${path.relative(SRC, file)} → ${m[1]}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
