import { existsSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { schemaStatements } from '../../src/render/sql/schema.js';
import { type PgSession, pglite, server } from '../../src/verify/postgres/session.js';
import { applySchema, postgresVerifier } from '../../src/verify/postgres.js';
import {
  architectureLine,
  canaryAlive,
  compileSql,
  plantCanary,
  plantedTables,
  schemaSql,
  statementKinds,
} from './fixtures.js';

/**
 * Issue 12's injection vectors: SQL fences whose text, sliced as text, ended the generated
 * statement and started new ones (DROP TABLE, CREATE TABLE that stays, COPY ... TO PROGRAM), and a
 * project name that wrote a live statement into schema.sql's header. Each must leave schema.sql
 * with only the DDL the model describes, and the canary table on the database alive — on PGlite
 * and on the PostgreSQL server at BACKEND_SPEC_TEST_PG_URL when CI provides one.
 */
const MARKER = '/tmp/backend-spec-pwned-marker';

const VECTORS: { name: string; sql: string; tables: number; indexes: number }[] = [
  {
    name: 'index WHERE found inside a quoted identifier',
    sql: `CREATE TABLE notes (
  id uuid PRIMARY KEY,
  slug text NOT NULL,
  title text NOT NULL
);
CREATE INDEX "idx where true; DROP TABLE canary; CREATE TABLE public.pwned_where (id int); --" ON notes (slug) WHERE title IS NOT NULL;`,
    tables: 1,
    indexes: 1,
  },
  {
    name: 'CHECK body whose string hides a comment that ends the statement',
    sql: `CREATE TABLE notes (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  note text CHECK (note <> 'a--' OR
  note = ' ))); DROP TABLE canary; CREATE TABLE public.pwned_check (id int); SELECT ((1 --')
);`,
    tables: 1,
    indexes: 0,
  },
  {
    name: 'CHECK body with a dollar-quoted string and COPY ... TO PROGRAM',
    sql: `CREATE TABLE memos (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  body text CHECK (body <> $$a--$$ OR
  body = $$ ))); COPY (SELECT 1) TO PROGRAM 'touch ${MARKER}'; CREATE TABLE public.pwned_dollar (id int); SELECT ((1 --$$)
);`,
    tables: 1,
    indexes: 0,
  },
  {
    name: 'statements of their own in the fence (DROP TABLE, COPY TO PROGRAM, CREATE TABLE public.x)',
    sql: `CREATE TABLE notes (id uuid PRIMARY KEY, title text NOT NULL);
DROP TABLE canary;
COPY (SELECT 1) TO PROGRAM 'touch ${MARKER}';
DO $$ BEGIN EXECUTE 'DROP TABLE canary'; END $$;`,
    tables: 1,
    indexes: 0,
  },
  {
    name: 'CHECK with a subquery and pg_sleep',
    sql: `CREATE TABLE notes (
  id uuid PRIMARY KEY,
  title text NOT NULL CHECK (length(title) > 0 AND (SELECT count(*) FROM pg_sleep(30)) IS NOT NULL),
  body text CHECK (pg_sleep(30) IS NULL),
  CONSTRAINT pwn CHECK (title <> (SELECT string_agg(tablename, ',') FROM pg_tables))
);
CREATE INDEX notes_title ON notes (title) WHERE title IN (SELECT relname FROM pg_class);`,
    tables: 1,
    indexes: 0,
  },
];

describe('schema.sql carries only the DDL of the model', () => {
  for (const v of VECTORS)
    it(`${v.name}: one statement per table and index, nothing else`, async () => {
      const result = await compileSql(v.sql);
      const sql = schemaSql(result);
      const kinds = await statementKinds(sql);
      expect(kinds.filter((k) => k === 'CreateStmt')).toHaveLength(v.tables);
      expect(kinds.filter((k) => k === 'IndexStmt')).toHaveLength(v.indexes);
      expect(
        kinds.every((k) => ['CreateStmt', 'IndexStmt', 'CreateEnumStmt', 'CreateExtensionStmt'].includes(k)),
      ).toBe(true);
      expect(kinds).toHaveLength(schemaStatements(postgresql, result.spec!).length);
    });

  it('a CHECK with LIKE and -- inside its string is rendered as written (issue 12)', async () => {
    const result = await compileSql(`CREATE TABLE pages (
  id uuid PRIMARY KEY,
  slug text NOT NULL CHECK (slug NOT LIKE '%--%'),
  code text DEFAULT 'a--b' CHECK (code ~ '^[a-z]+$' /* letters */)
);`);
    const sql = schemaSql(result);
    expect(sql).toContain("slug text NOT NULL CHECK (slug NOT LIKE '%--%')");
    expect(sql).toContain("code text DEFAULT 'a--b' CHECK (code ~ '^[a-z]+$')");
  });

  it('refused expressions are errors at their file:line with the fix', async () => {
    const sql = VECTORS[4]!.sql;
    const result = await compileSql(sql);
    const refused = result.diagnostics.filter((d) => d.code === 'extract/sql-expression-refused');
    expect(refused.map((d) => [d.at?.file, d.at?.line, d.severity])).toEqual([
      ['docs/architecture.md', architectureLine(sql, 'title text NOT NULL CHECK'), 'error'],
      ['docs/architecture.md', architectureLine(sql, 'body text CHECK'), 'error'],
      ['docs/architecture.md', architectureLine(sql, 'CONSTRAINT pwn'), 'error'],
      ['docs/architecture.md', architectureLine(sql, 'CREATE INDEX notes_title'), 'error'],
    ]);
    expect(refused[0]!.message).toMatch(/subqueries are not allowed/);
    expect(refused[1]!.message).toMatch(/function pg_sleep\(\) is not allowed/);
    expect(refused[0]!.hint).toMatch(/lower\(\), length\(\)/);
    expect(schemaSql(result)).not.toMatch(/pg_sleep|SELECT|pg_class/i);
  });

  it('a project name with a line break cannot write a statement into the header comment', async () => {
    const result = await compileSql('CREATE TABLE notes (id uuid PRIMARY KEY);', {
      projectName: 'Notes\nDROP TABLE canary;\r\nCREATE TABLE public.pwned_header (id int);\u2028x',
    });
    const sql = schemaSql(result);
    expect(sql.split('\n')[0]).toBe(
      '-- Notes DROP TABLE canary; CREATE TABLE public.pwned_header (id int); x: database schema (PostgreSQL 16)',
    );
    expect(await statementKinds(sql)).toEqual(['CreateStmt']);
  });
});

function databaseSuite(label: string, open: () => Promise<PgSession>, url?: string) {
  describe(`${label}: the canary survives every vector`, () => {
    let db: PgSession;
    beforeAll(async () => {
      rmSync(MARKER, { force: true });
      db = await open();
    }, 300_000);
    afterAll(async () => {
      await db?.close();
    });
    for (const v of VECTORS)
      it(v.name, async () => {
        const result = await compileSql(v.sql);
        await plantCanary(db);
        const check = await applySchema(db, result.spec!, schemaStatements(postgresql, result.spec!));
        expect(check.errors).toEqual([]);
        expect(await canaryAlive(db)).toBe(true);
        expect(await plantedTables(db)).toEqual([]);
        expect(existsSync(MARKER)).toBe(false);
        // Nothing of the verification stays either: the transaction was rolled back.
        const left = await db.query<{ n: string }>(
          `select nspname as n from pg_namespace where nspname like 'backend_spec_verify_%'`,
        );
        expect(left).toEqual([]);
      });

    it.runIf(url)(
      'the verifier, as --postgres-url runs it, leaves the canary and reports 0 errors',
      async () => {
        for (const v of VECTORS) {
          const result = await compileSql(v.sql);
          await plantCanary(db);
          const out = await postgresVerifier.verify(result.artifacts, result.spec!, {
            postgresUrl: url!,
            allowSuperuser: true,
          });
          expect(out.verifications[0]!.ok).toBe(true);
          expect(await canaryAlive(db)).toBe(true);
          expect(await plantedTables(db)).toEqual([]);
          expect(existsSync(MARKER)).toBe(false);
        }
      },
    );
  });
}

databaseSuite('PGlite', () => pglite());
const URL_ = process.env.BACKEND_SPEC_TEST_PG_URL;
describe.skipIf(!URL_)('server', () => {
  databaseSuite('PostgreSQL server', () => server(URL_!, { allowSuperuser: true }), URL_);
});
