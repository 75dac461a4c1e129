import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { schemaStatements } from '../../src/render/sql/schema.js';
import { type PgSession, pglite } from '../../src/verify/postgres/session.js';
import { applySchema } from '../../src/verify/postgres.js';
import { architectureLine, compileSql, schemaSql } from '../verify/fixtures.js';

// Issue 12: PGlite runs in this process and cannot interrupt a statement, so a document must not be
// able to make verification call anything that sleeps or loops. Every expression carried from a
// document is checked against the function allowlist (src/knowledge/sql-expression.ts) and refused
// at its line; the fence's own CREATE FUNCTION / DO statements are never applied. Each vector here
// would hang verification forever if it reached PGlite; the test finishing is the proof.

const SPIN = `CREATE FUNCTION spin() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN LOOP END LOOP; END $$;
DO $$ BEGIN LOOP END LOOP; END $$;`;

const VECTORS: { name: string; sql: string; needles: string[] }[] = [
  {
    name: 'an endless plpgsql function from the fence in a DEFAULT, a CHECK and a generated column',
    sql: `${SPIN}
CREATE TABLE notes (
  id uuid PRIMARY KEY,
  rank int DEFAULT spin(),
  title text NOT NULL CHECK (spin() > 0),
  score int GENERATED ALWAYS AS (spin()) STORED
);`,
    // The generated column's expression is refused like the others (the column stays, plain).
    needles: ['rank int DEFAULT spin()', 'title text NOT NULL CHECK', 'score int GENERATED ALWAYS AS'],
  },
  {
    name: 'pg_sleep (plain and schema-qualified) in a DEFAULT and an index predicate, folded at CREATE INDEX',
    sql: `CREATE TABLE notes (
  id uuid PRIMARY KEY,
  title text NOT NULL,
  seen timestamptz DEFAULT (now() + (pg_catalog.pg_sleep(3600)::text)::interval)
);
CREATE INDEX notes_title ON notes (title) WHERE pg_sleep(3600) IS NOT NULL;
CREATE INDEX notes_spin ON notes ((spin()));`,
    needles: ['seen timestamptz DEFAULT', 'CREATE INDEX notes_title', 'CREATE INDEX notes_spin'],
  },
];

describe('verification cannot be made to hang by a document', () => {
  let db: PgSession;
  beforeAll(async () => {
    db = await pglite();
  }, 300_000);
  afterAll(async () => {
    await db?.close();
  });

  for (const v of VECTORS)
    it(v.name, async () => {
      const result = await compileSql(v.sql);
      const refused = result.diagnostics.filter((d) => d.code === 'extract/sql-expression-refused');
      expect(refused.map((d) => d.at?.line)).toEqual(v.needles.map((n) => architectureLine(v.sql, n)));
      for (const d of refused) expect(d.message).toMatch(/spin\(\)|pg_sleep\(\)/);
      const sql = schemaSql(result);
      expect(sql).not.toMatch(/spin|pg_sleep|LOOP|plpgsql/i);
      // Applied to PGlite as verification applies it: it returns, with the table created.
      const check = await applySchema(db, result.spec!, schemaStatements(postgresql, result.spec!));
      expect(check.errors).toEqual([]);
    }, 60_000);
});
