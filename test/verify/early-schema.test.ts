import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Spec } from '../../src/model/spec/index.js';
import { sqlSchemaArtifact } from '../../src/render/sql.js';
import { type PgSession, pglite } from '../../src/verify/postgres/session.js';
import { postgresVerifier, startSchemaCheck } from '../../src/verify/postgres.js';
import { todoDomain } from '../data/fixtures.js';
import { deriveData } from '../data/helpers.js';

/**
 * The pipeline starts the schema check as soon as the model is final, before the artifacts are
 * rendered (issue 19): the verifier then uses that run, applied once, when its statements are the
 * ones schema.sql holds; a model changed after the start is applied again; a broken schema fails
 * the same way whether the check started early or not.
 */
describe('the schema check started before the artifacts', () => {
  let db: PgSession;
  const execs: string[] = [];
  // The real embedded PostgreSQL, each exec recorded; the verifier's close leaves it to the test.
  let counting: PgSession;
  beforeAll(async () => {
    db = await pglite();
    counting = {
      ...db,
      exec: async (sql) => {
        execs.push(sql);
        await db.exec(sql);
      },
      query: (sql, params) => db.query(sql, params),
      close: async () => {},
    };
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });
  const batches = () => execs.filter((sql) => sql.startsWith('SAVEPOINT backend_spec_batch;'));
  const withCheck = (spec: Spec, expression: string): Spec => {
    const changed = structuredClone(spec);
    const task = changed.entities.find((e) => e.table === 'tasks')!;
    task.checks.push({ expression, origin: task.origin });
    return changed;
  };

  it('is used by the verifier: the schema is applied once and verified', async () => {
    execs.length = 0;
    const { spec } = deriveData(todoDomain());
    const options = await startSchemaCheck(spec, { embedded: Promise.resolve(counting) });
    expect(options.schemaRun).toBeDefined();
    const out = await postgresVerifier.verify(sqlSchemaArtifact.render(spec), spec, options);
    expect(out.diagnostics).toEqual([]);
    expect(out.verifications[0]).toMatchObject({ tool: 'postgresql', ok: true });
    expect(batches()).toHaveLength(1);
  });

  it('a model changed after the start: its own statements are applied, not the early ones', async () => {
    execs.length = 0;
    const { spec } = deriveData(todoDomain());
    const options = await startSchemaCheck(spec, { embedded: Promise.resolve(counting) });
    const changed = withCheck(spec, 'priority_marker_never_stated IS NULL');
    const out = await postgresVerifier.verify(sqlSchemaArtifact.render(changed), changed, options);
    // The changed model names a column nobody created: the statement it renders fails on PostgreSQL.
    expect(out.verifications[0]!.ok).toBe(false);
    expect(out.diagnostics.map((d) => d.code)).toContain('verify/schema-sql-error');
    expect(out.diagnostics.map((d) => d.message).join('\n')).toMatch(/priority_marker_never_stated/);
    expect(batches().at(-1)).toMatch(/priority_marker_never_stated/);
  });

  it('a broken schema started early fails as it does when started by the verifier', async () => {
    const { spec } = deriveData(todoDomain());
    const broken = withCheck(spec, 'no_such_column_anywhere > 0');
    const early = await postgresVerifier.verify(
      sqlSchemaArtifact.render(broken),
      broken,
      await startSchemaCheck(broken, { embedded: Promise.resolve(counting) }),
    );
    const late = await postgresVerifier.verify(sqlSchemaArtifact.render(broken), broken, {
      embedded: Promise.resolve(counting),
    });
    expect(early.verifications[0]!.ok).toBe(false);
    expect(early.diagnostics.map((d) => d.code)).toContain('verify/schema-sql-error');
    expect(early).toEqual(late);
  });

  it('nothing starts when verification is off or there is no PostgreSQL schema', async () => {
    const { spec } = deriveData(todoDomain());
    expect((await startSchemaCheck(spec, { skip: true })).schemaRun).toBeUndefined();
    expect((await startSchemaCheck({ ...spec, entities: [] }, {})).schemaRun).toBeUndefined();
  });
});
