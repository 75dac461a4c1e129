import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { schemaStatements } from '../../src/render/sql/schema.js';
import { type PgSession, pglite } from '../../src/verify/postgres/session.js';
import { applySchema } from '../../src/verify/postgres.js';
import { todoDomain } from '../data/fixtures.js';
import { deriveData } from '../data/helpers.js';

/**
 * The embedded PostgreSQL starts with a lock table sized for ordinary schemas (its shared memory is
 * resident from the start); a schema that holds more locks than it has slots is applied again on a
 * cluster with the larger table, so the report never says "out of shared memory" where a large
 * enough server applies everything.
 */
describe('the embedded lock table', () => {
  let db: PgSession;
  beforeAll(async () => {
    db = await pglite({ extensions: [] });
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });

  const locksSetting = async () =>
    (await db.query<{ max_locks_per_transaction: string }>('SHOW max_locks_per_transaction'))[0]
      ?.max_locks_per_transaction;

  it('starts small; a transaction that outgrows it is applied again with the larger table, with no error', async () => {
    expect(await locksSetting()).toBe('1024');
    const { spec } = deriveData(todoDomain());
    // 70,000 advisory locks, held to the end of the transaction in the same table as the schema's:
    // more than the first table holds (~57,000), fewer than the large one (> 96,000).
    const manyLocks = {
      kind: 'index' as const,
      entity: 'Task',
      sql: 'SELECT count(pg_advisory_xact_lock(g)) FROM generate_series(1, 70000) g;',
    };
    const result = await applySchema(db, spec, [...schemaStatements(postgresql, spec), manyLocks]);
    expect(result.errors).toEqual([]);
    expect(result.differences).toEqual([]);
    expect(result.tables).toBe(spec.entities.length);
    expect(await locksSetting()).toBe('4096');
  }, 300_000);
});
