import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { schemaStatements } from '../../src/render/sql/schema.js';
import { type PgSession, pglite } from '../../src/verify/postgres/session.js';
import { applySchema } from '../../src/verify/postgres.js';
import { todoDomain } from '../data/fixtures.js';
import { deriveData } from '../data/helpers.js';

/**
 * The schema goes to PostgreSQL in one round trip; when that batch fails, it is rolled back and the
 * statements run one by one, so the report is what applying each statement alone says: every
 * failing statement named, and every statement after a failure still applied.
 */
describe('applying the schema in one batch', () => {
  let db: PgSession;
  beforeAll(async () => {
    db = await pglite();
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });

  it('a clean schema: no errors, every table and index built', async () => {
    const { spec } = deriveData(todoDomain());
    const result = await applySchema(db, spec, schemaStatements(postgresql, spec));
    expect(result.errors).toEqual([]);
    expect(result.differences).toEqual([]);
    expect(result.tables).toBe(spec.entities.length);
  });

  it('failures in the middle and at the end: each one reported with its statement, the rest applied', async () => {
    const { spec } = deriveData(todoDomain());
    const statements = schemaStatements(postgresql, spec);
    const firstIndex = statements.findIndex((s) => s.kind !== 'extension' && s.kind !== 'enum');
    const broken = { kind: 'index' as const, entity: 'Task', sql: 'CREATE INDEX broken_a ON nowhere (x);' };
    const last = { kind: 'index' as const, entity: 'Task', sql: 'CREATE INDEX broken_b ON tasks (nope);' };
    const withFailures = [
      ...statements.slice(0, firstIndex + 1),
      broken,
      ...statements.slice(firstIndex + 1),
      last,
    ];
    const result = await applySchema(db, spec, withFailures);
    expect(result.errors.map((e) => e.statement?.sql)).toEqual([broken.sql, last.sql]);
    expect(result.errors[0]!.message).toMatch(/nowhere/);
    expect(result.errors[1]!.message).toMatch(/nope/);
    // Everything after the first failure ran: the catalog matches the model.
    expect(result.differences).toEqual([]);
    expect(result.tables).toBe(spec.entities.length);
  });

  it('nothing stays behind: the next apply starts from an empty schema', async () => {
    const { spec } = deriveData(todoDomain());
    const result = await applySchema(db, spec, schemaStatements(postgresql, spec));
    expect(result.errors).toEqual([]);
    expect(await db.query(`select 1 from pg_namespace where nspname like 'backend_spec_verify_%'`)).toEqual(
      [],
    );
  });
});
