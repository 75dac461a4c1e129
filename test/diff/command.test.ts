import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Spec } from '../../src/model/spec/index.js';

/** `backend-spec diff OLD NEW --out DIR` writes up.sql and down.sql and exits 1 on destructive steps. */
describe('backend-spec diff (CLI)', () => {
  it('writes ordered up/down SQL with destructive steps flagged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bs-diff-'));
    try {
      const oldPath = fileURLToPath(
        new URL('../cases/bmad-todo-app/expected/backend-spec/spec.json', import.meta.url),
      );
      const next = JSON.parse(readFileSync(oldPath, 'utf8')) as Spec;
      const e = next.entities.find((x) => x.fields.some((f) => f.column === 'created_at'))!;
      e.fields = e.fields.filter((f) => f.column !== 'created_at');
      const newPath = path.join(dir, 'new.json');
      writeFileSync(newPath, JSON.stringify(next));
      let out = '';
      const code = await run(['diff', oldPath, newPath, '--out', dir], {
        out: { write: (s: string) => (out += s) },
        err: { write: () => true },
      });
      expect(code).toBe(1);
      expect(out).toMatch(/up\.sql: 1 steps \(1 destructive\)/);
      const up = readFileSync(path.join(dir, 'up.sql'), 'utf8');
      expect(up).toContain('-- DESTRUCTIVE: can lose data');
      expect(up).toContain(`ALTER TABLE ${e.table} DROP COLUMN created_at;`);
      expect(readFileSync(path.join(dir, 'down.sql'), 'utf8')).toMatch(
        /ADD COLUMN created_at timestamptz NOT NULL DEFAULT now\(\)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
