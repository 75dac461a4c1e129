import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { SpecEntity } from '../../src/model/spec/index.js';
import { compiledProject } from '../helpers/compiled.js';
import { testPglite } from '../helpers/pglite.js';

/**
 * Every example of openapi.yaml (entity, create and update schemas) and of schemas/*.schema.json,
 * inserted into the applied schema.sql on PGlite, for the bundled example and EVERY corpus project
 * (the golden cases are outputs of these; test/cases checks they still are): the database's own
 * types, NOT NULL, enums and CHECK constraints accept it (`ends_at > starts_at`, an `inet` address).
 * Foreign keys are switched off (`session_replication_role = replica`): examples are single records,
 * not a consistent data set. Each insert runs in its own rolled-back transaction.
 */
const CORPUS = path.resolve('test/corpus');
const projects = [
  path.resolve('examples/clinic-booking'),
  ...readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(CORPUS, e.name))
    .sort(),
];

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
    if (f.type.scalar === 'json' && v !== null) return JSON.stringify(v);
    // The API carries bytes as base64 text (contentEncoding), the column holds the decoded bytes.
    if (f.type.scalar === 'binary' && typeof v === 'string') return new Uint8Array(Buffer.from(v, 'base64'));
    return v;
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
  it('covers the example and the 14 corpus projects', () => expect(projects.length).toBe(15));

  it.each(projects.map((p) => [path.basename(p), p]))(
    '%s',
    async (name, root) => {
      const result = await compiledProject(root);
      const text = (p: string) => result.artifacts.find((a) => a.path === `backend-spec/${p}`)?.text;
      const spec = result.spec!;
      const sql = text('schema.sql');
      // No PostgreSQL designed (MongoDB, SQLite, no data store): nothing applied to insert into.
      expect(!!sql).toBe(spec.database.dialects.includes('postgresql'));
      if (!sql) return;
      const schemaName = `examples_${name.replace(/\W/g, '_')}`;
      await db.exec(`CREATE SCHEMA ${schemaName}; SET search_path TO ${schemaName}, public;`);
      await db.exec(sql);
      await db.exec('SET session_replication_role = replica');
      const openapi = parse(text('openapi.yaml') ?? 'components: { schemas: {} }') as {
        components: { schemas: Record<string, { examples?: Record<string, unknown>[] }> };
      };
      const failures: string[] = [];
      let inserted = 0;
      for (const e of spec.entities) {
        const file = JSON.parse(text(`schemas/${e.name}.schema.json`)!) as {
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
    180_000,
  );
});
