import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Spec, SpecEntity } from '../../src/model/spec/index.js';
import { testPglite } from '../helpers/pglite.js';

/**
 * Every example of openapi.yaml (entity, create and update schemas) and of schemas/*.schema.json,
 * inserted into the golden case's applied schema.sql on PGlite: the database's own types, NOT NULL,
 * enums and CHECK constraints accept it (`ends_at > starts_at`, an `inet` address). Foreign keys
 * are switched off (`session_replication_role = replica`): examples are single records, not a
 * consistent data set. Each insert runs in its own rolled-back transaction.
 */
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(`${CASES}${e.name}/expected/backend-spec/schema.sql`))
  .map((e) => e.name)
  .sort();

let db: PGlite;
beforeAll(async () => {
  const [{ pg_trgm }, { citext }, { pgcrypto }, { uuid_ossp }] = await Promise.all([
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/citext'),
    import('@electric-sql/pglite/contrib/pgcrypto'),
    import('@electric-sql/pglite/contrib/uuid_ossp'),
  ]);
  db = await testPglite({ pg_trgm, citext, pgcrypto, uuid_ossp });
}, 60_000);
afterAll(async () => db?.close());

async function insert(e: SpecEntity, record: Record<string, unknown>): Promise<string | null> {
  const fields = e.fields.filter((f) => f.name in record);
  const values = fields.map((f) => {
    const v = record[f.name];
    return f.type.scalar === 'json' && v !== null ? JSON.stringify(v) : v;
  });
  const sql = `INSERT INTO "${e.table}" (${fields.map((f) => `"${f.column}"`).join(', ')}) VALUES (${fields.map((_, i) => `$${i + 1}`).join(', ')})`;
  await db.exec('BEGIN');
  try {
    await db.query(sql, values);
    return null;
  } catch (err) {
    return (err as Error).message;
  } finally {
    await db.exec('ROLLBACK');
  }
}

describe('examples insert into the applied schema', () => {
  it('has cases with schema.sql', () => expect(cases.length).toBeGreaterThanOrEqual(3));

  it.each(cases)(
    '%s',
    async (name) => {
      const dir = `${CASES}${name}/expected/backend-spec`;
      const spec = JSON.parse(readFileSync(`${dir}/spec.json`, 'utf8')) as Spec;
      const schemaName = `examples_${name.replace(/\W/g, '_')}`;
      await db.exec(`CREATE SCHEMA ${schemaName}; SET search_path TO ${schemaName}, public;`);
      await db.exec(readFileSync(`${dir}/schema.sql`, 'utf8'));
      await db.exec('SET session_replication_role = replica');
      const openapi = parse(readFileSync(`${dir}/openapi.yaml`, 'utf8')) as {
        components: { schemas: Record<string, { examples?: Record<string, unknown>[] }> };
      };
      const failures: string[] = [];
      let inserted = 0;
      for (const e of spec.entities) {
        const file = JSON.parse(readFileSync(`${dir}/schemas/${e.name}.schema.json`, 'utf8')) as {
          examples: Record<string, unknown>[];
        };
        const full = file.examples[0]!;
        const candidates: [string, Record<string, unknown>][] = [[`schemas/${e.name}`, full]];
        for (const suffix of ['', 'Create', 'Update']) {
          const ex = openapi.components.schemas[`${e.name}${suffix}`]?.examples?.[0];
          if (ex) candidates.push([`openapi ${e.name}${suffix}`, { ...full, ...ex }]);
        }
        for (const [where, record] of candidates) {
          const error = await insert(e, record);
          if (error) failures.push(`${where}: ${error}`);
          else inserted++;
        }
      }
      await db.exec(
        `SET session_replication_role = DEFAULT; SET search_path TO public; DROP SCHEMA ${schemaName} CASCADE;`,
      );
      expect(failures).toEqual([]);
      expect(inserted).toBeGreaterThan(spec.entities.length);
    },
    120_000,
  );
});
