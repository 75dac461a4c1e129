import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSpecs } from '../../src/diff/index.js';
import type { Spec, SpecEntity, SpecField } from '../../src/model/spec/index.js';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { renderSchema } from '../../src/render/sql/schema.js';
import { testPglite } from '../helpers/pglite.js';

/**
 * `diff` verified on PostgreSQL (PGlite; also the server at BACKEND_SPEC_TEST_PG_URL when set is
 * left to the CI job): apply the old schema, apply up, and the catalog equals the new schema's;
 * apply down, and it equals the old one's. Random model changes come from fast-check.
 */
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const base = JSON.parse(
  readFileSync(`${CASES}clinic-booking/expected/backend-spec/spec.json`, 'utf8'),
) as Spec;

interface Db {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params: unknown[]): Promise<{ rows: T[] }>;
}
let lite: PGlite;
let db: Db;
let n = 0;
const PG_URL = process.env.BACKEND_SPEC_TEST_PG_URL;
beforeAll(async () => {
  const [{ citext }, { pgcrypto }] = await Promise.all([
    import('@electric-sql/pglite/contrib/citext'),
    import('@electric-sql/pglite/contrib/pgcrypto'),
  ]);
  lite = await testPglite({ citext, pgcrypto });
  db = lite;
}, 60_000);
afterAll(async () => lite?.close());

/** Tables, columns, constraints, indexes and enum types of one schema, schema name removed. */
async function catalog(schema: string): Promise<string[]> {
  const rows = async (sql: string) => (await db.query<Record<string, unknown>>(sql, [schema])).rows;
  const out: string[] = [];
  for (const r of await rows(
    `SELECT table_name, column_name, udt_name, is_nullable, column_default, character_maximum_length FROM information_schema.columns WHERE table_schema = $1`,
  ))
    out.push(`column ${Object.values(r).join(' ')}`);
  for (const r of await rows(
    `SELECT c.relname, con.conname, pg_get_constraintdef(con.oid) AS def FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid WHERE con.connamespace = $1::regnamespace`,
  ))
    out.push(`constraint ${Object.values(r).join(' ')}`);
  for (const r of await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1`))
    out.push(`index ${Object.values(r).join(' ')}`);
  for (const r of await rows(
    `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS v FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid WHERE t.typnamespace = $1::regnamespace GROUP BY 1`,
  ))
    out.push(`enum ${Object.values(r).join(' ')}`);
  return out.map((l) => l.split(`${schema}.`).join('')).sort();
}

async function applied(sqls: string[]): Promise<string[]> {
  const schema = `diff_${process.pid}_${++n}`;
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public;`);
  try {
    for (const sql of sqls) await db.exec(sql);
    return await catalog(schema);
  } finally {
    await db.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE;`);
  }
}

const schemaSql = (spec: Spec) => renderSchema(postgresql, spec).replace(/^CREATE EXTENSION.*$/gm, '');
const join = (steps: { sql: string }[]) => steps.map((s) => s.sql).join('\n');

/**
 * The catalog of one schema text on one database, computed once: every random round trip starts
 * from the same base schema, whose catalog is the same each time (a fresh schema per apply).
 */
const catalogs = new Map<Db, Map<string, Promise<string[]>>>();
function appliedOnce(sql: string): Promise<string[]> {
  const onDb = catalogs.get(db) ?? new Map<string, Promise<string[]>>();
  catalogs.set(db, onDb);
  const hit = onDb.get(sql) ?? applied([sql]);
  onDb.set(sql, hit);
  return hit;
}

async function roundTrip(from: Spec, to: Spec): Promise<void> {
  const d = diffSpecs(from, to);
  const expectedNew = await applied([schemaSql(to)]);
  const expectedOld = await appliedOnce(schemaSql(from));
  expect(await applied([schemaSql(from), join(d.up)])).toEqual(expectedNew);
  expect(await applied([schemaSql(from), join(d.up), join(d.down)])).toEqual(expectedOld);
}

const field = (name: string, patch: Partial<SpecField>): SpecField => ({
  name,
  column: name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  type: { scalar: 'text', raw: 'TEXT' },
  nullable: true,
  unique: false,
  primaryKey: false,
  default: null,
  enum: null,
  enumName: null,
  references: null,
  check: null,
  sensitive: false,
  readOnly: false,
  description: null,
  origin: { kind: 'rule', rule: 'test/diff' } as SpecField['origin'],
  ...patch,
});

type Change = (spec: Spec, pick: number) => void;
const referenced = (spec: Spec, e: SpecEntity) =>
  spec.entities.some((x) => x !== e && x.fields.some((f) => f.references?.entity === e.name));
const used = (spec: Spec, e: SpecEntity, f: SpecField) =>
  f.primaryKey ||
  f.references !== null ||
  spec.entities.some((x) =>
    x.fields.some((y) => y.references?.entity === e.name && y.references.field === f.name),
  ) ||
  spec.database.indexes.some((i) => i.entity === e.name && i.columns.includes(f.column)) ||
  e.uniques.some((u) => u.columns.includes(f.column)) ||
  e.checks.some((c) => c.expression.includes(f.column));
const at = <T>(list: T[], pick: number) => list[pick % list.length]!;

const CHANGES: Record<string, Change> = {
  addNullable: (s, p) => at(s.entities, p).fields.push(field(`extraNote${p}`, {})),
  addNotNullDefault: (s, p) =>
    at(s.entities, p).fields.push(
      field(`extraCount${p}`, { type: { scalar: 'integer', raw: 'INTEGER' }, nullable: false, default: '0' }),
    ),
  addNotNullBackfill: (s, p) =>
    at(s.entities, p).fields.push(
      field(`extraCode${p}`, { type: { scalar: 'string', raw: 'VARCHAR(20)', length: 20 }, nullable: false }),
    ),
  dropColumn: (s, p) => {
    const e = at(s.entities, p);
    const free = e.fields.filter((f) => !used(s, e, f));
    if (free.length > 0) e.fields.splice(e.fields.indexOf(at(free, p)), 1);
  },
  toggleNull: (s, p) => {
    const e = at(s.entities, p);
    const f = at(
      e.fields.filter((x) => !x.primaryKey && !e.primaryKey.includes(x.column)),
      p,
    );
    if (f) f.nullable = !f.nullable;
  },
  renameColumn: (s, p) => {
    const e = at(s.entities, p);
    const f = at(
      e.fields.filter((x) => !used(s, e, x) && !x.check),
      p,
    );
    if (!f || e.fields.some((x) => x.column === `${f.column}_renamed`)) return;
    f.name = `${f.name}Renamed`;
    f.column = `${f.column}_renamed`;
  },
  changeType: (s, p) => {
    const e = at(s.entities, p);
    const f = e.fields.find((x) => x.type.scalar === 'string' && !used(s, e, x) && !x.enum);
    if (f) f.type = { scalar: 'text', raw: 'TEXT' };
  },
  addTable: (s, p) => {
    const target = at(s.entities, p);
    const pk = target.fields.find((f) => f.primaryKey)!;
    s.entities.push({
      name: `Extra${p}`,
      table: `extras_${p}`,
      description: null,
      fields: [
        field('id', {
          type: { scalar: 'uuid', raw: 'UUID' },
          primaryKey: true,
          nullable: false,
          default: 'gen_random_uuid()',
        }),
        field('ownerId', {
          type: pk.type,
          column: 'owner_id',
          references: { entity: target.name, field: pk.column, onDelete: 'cascade' },
        }),
      ],
      primaryKey: ['id'],
      uniques: [],
      checks: [],
      softDelete: false,
      tenantColumn: null,
      appendOnly: false,
      joinTable: false,
      notation: 'sql' as SpecEntity['notation'],
      origin: { kind: 'rule', rule: 'test/diff' } as SpecEntity['origin'],
      seenIn: [],
    });
  },
  dropTable: (s, p) => {
    const free = s.entities.filter((e) => !referenced(s, e));
    if (free.length === 0) return;
    const e = at(free, p);
    s.entities.splice(s.entities.indexOf(e), 1);
    s.database.indexes = s.database.indexes.filter((i) => i.entity !== e.name);
  },
  addIndex: (s, p) => {
    const e = at(s.entities, p);
    const f = at(e.fields, p);
    const name = `idx_extra_${e.table}_${f.column}`;
    if (s.database.indexes.some((i) => i.name === name)) return;
    s.database.indexes.push({
      name,
      entity: e.name,
      columns: [f.column],
      unique: false,
      method: null,
      where: null,
      purpose: 'test',
      origin: { kind: 'rule', rule: 'test/diff' } as SpecEntity['origin'],
    });
  },
};

const randomChanges = () =>
  fc.array(fc.tuple(fc.constantFrom(...Object.keys(CHANGES)), fc.nat(1000)), { minLength: 1, maxLength: 3 });

async function roundTripRandom(changes: [string, number][]): Promise<void> {
  const to = structuredClone(base);
  for (const [name, pick] of changes) CHANGES[name]!(to, pick);
  await roundTrip(base, to);
}

describe('backend-spec diff', () => {
  it('flags destructive steps and writes expand/contract for a NOT NULL column without default', () => {
    const to = structuredClone(base);
    CHANGES.addNotNullBackfill!(to, 0);
    CHANGES.dropTable!(to, 0);
    const d = diffSpecs(base, to);
    expect(d.up.some((s) => s.destructive && /^DROP TABLE/.test(s.sql))).toBe(true);
    expect(d.up.map((s) => s.sql).join('\n')).toMatch(
      /ADD COLUMN "?extra_code0"? varchar\(20\);[\s\S]*SET NOT NULL/,
    );
    expect(d.down.some((s) => /^CREATE TABLE/.test(s.sql))).toBe(true);
  });

  it('sets the default again after a type change, so it carries the new type (not `::bpchar`)', async () => {
    const to = structuredClone(base);
    const payments = to.entities.find((e) => e.table === 'payments')!;
    payments.fields.find((f) => f.column === 'currency')!.type = { scalar: 'text', raw: 'TEXT' };
    const up = diffSpecs(base, to).up.map((x) => x.sql);
    expect(up).toEqual([
      'ALTER TABLE payments ALTER COLUMN currency TYPE text USING currency::text;',
      "ALTER TABLE payments ALTER COLUMN currency SET DEFAULT 'GBP';",
    ]);
    await roundTrip(base, to);
  });

  it('writes a renamed column as expand/contract: add the new one, then drop the old one with a note', () => {
    const to = structuredClone(base);
    CHANGES.renameColumn!(to, 0);
    const e = to.entities[0]!;
    const renamed = e.fields.find((f) => f.column.endsWith('_renamed'))!;
    const old = renamed.column.replace(/_renamed$/, '');
    const up = diffSpecs(base, to).up;
    const add = up.findIndex(
      (x) =>
        x.sql.includes(`ADD COLUMN "${renamed.column}"`) || x.sql.includes(`ADD COLUMN ${renamed.column}`),
    );
    const drop = up.findIndex((x) => /DROP COLUMN/.test(x.sql) && x.sql.includes(old));
    expect(add).toBeGreaterThanOrEqual(0);
    expect(drop).toBeGreaterThan(add);
    expect(up[drop]!.destructive).toBe(true);
    expect(up[drop]!.note).toContain(`rename ${old} → ${renamed.column}? expand/contract`);
  });

  it('round-trips 20 random model changes on PGlite (up → new catalog, down → old catalog)', async () => {
    await fc.assert(fc.asyncProperty(randomChanges(), roundTripRandom), { numRuns: 20, seed: 18 });
  }, 300_000);

  it.skipIf(!PG_URL)(
    'round-trips 20 random model changes on the PostgreSQL server',
    async () => {
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query('CREATE EXTENSION IF NOT EXISTS citext').catch(() => undefined);
      const saved = db;
      db = { exec: (sql) => client.query(sql), query: (sql, params) => client.query(sql, params) as never };
      try {
        await fc.assert(fc.asyncProperty(randomChanges(), roundTripRandom), { numRuns: 20, seed: 18 });
      } finally {
        db = saved;
        await client.end();
      }
    },
    300_000,
  );
});
