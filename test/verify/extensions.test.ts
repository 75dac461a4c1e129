import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pglite } from '../../src/verify/postgres/session.js';
import { cli, ensureBuilt } from '../foundation/built-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/**
 * The CLI's embedded PostgreSQL starts without contrib extensions (each costs start-up time and
 * memory, and few schemas create one); the verifier asks for those the schema creates, and the
 * cluster starts again with them.
 */
describe('contrib extensions on demand', () => {
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);

  it('a session started with none refuses CREATE EXTENSION until it is asked for the extension', async () => {
    const db = await pglite({ extensions: [] });
    try {
      await expect(db.exec('CREATE EXTENSION pg_trgm')).rejects.toThrow();
      await db.needExtensions?.(['pg_trgm', 'no_such_extension']);
      await db.exec('CREATE EXTENSION pg_trgm');
      expect(await db.query<{ s: number }>(`select similarity('clinic', 'clinics') > 0.5 as s`)).toEqual([
        { s: true },
      ]);
    } finally {
      await db.close();
    }
  }, 300_000);

  it('the built CLI applies a schema that creates pg_trgm and citext, with 0 errors', () => {
    const dir = tempDir('backend-spec-ext-');
    mkdirSync(path.join(dir, 'docs/technical'), { recursive: true });
    mkdirSync(path.join(dir, 'docs/product'), { recursive: true });
    writeFileSync(
      path.join(dir, 'docs/product/PRD.md'),
      '# Clinic — PRD\n\n## Functional Requirements\n\n- **FR-1** A receptionist can search patients by name.\n',
    );
    writeFileSync(
      path.join(dir, 'docs/technical/architecture.md'),
      [
        '# Architecture',
        '',
        '## Data Model',
        '',
        '```sql',
        'CREATE TABLE patients (',
        '  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),',
        '  full_name TEXT NOT NULL,',
        '  email CITEXT NOT NULL UNIQUE',
        ');',
        'CREATE INDEX patients_full_name_trgm ON patients USING gin (full_name gin_trgm_ops);',
        '```',
        '',
      ].join('\n'),
    );
    const r = cli(['generate', dir, '--dry-run', '--format', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.exitCode, r.stderr).toBe(0);
    const report = out.report;
    const postgres = report.verifications.find((v: { tool: string }) => v.tool === 'postgresql');
    expect(postgres?.summary, r.stderr).toMatch(
      /\(PGlite\): 1 tables, \d+ indexes, 0 errors, 0 differences$/,
    );
    expect(postgres?.ok).toBe(true);
  }, 300_000);
});
