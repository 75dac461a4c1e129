import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlTools, type SqlTools, vetText } from '../../src/knowledge/sql-expression.js';
import type { Spec } from '../../src/model/spec/index.js';
import { isOneExpression, sqlComment } from '../../src/render/sql/identifiers.js';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { renderSchema } from '../../src/render/sql/schema.js';
import { refusedStatements } from '../../src/verify/postgres/statements.js';
import { todoDomain } from '../data/fixtures.js';
import { deriveData } from '../data/helpers.js';

let t: SqlTools;
beforeAll(async () => {
  t = await loadSqlTools();
});

describe('vetText: allowed expressions are re-emitted from the parse tree', () => {
  const ok: [string, string][] = [
    ["slug NOT LIKE '%--%'", "slug NOT LIKE '%--%'"],
    ["status IN ('open', 'it''s done')", "status IN ('open', 'it''s done')"],
    ['price >= 0 AND (price < 1000 OR price IS NULL)', 'price >= 0 AND (price < 1000 OR price IS NULL)'],
    ['length(btrim(name)) BETWEEN 1 AND 200', 'length(btrim(name)) BETWEEN 1 AND 200'],
    ["lower(email) ~ '^[^@]+@[^@]+$'", "lower(email) ~ '^[^@]+@[^@]+$'"],
    ['ends_at > starts_at', 'ends_at > starts_at'],
    ['$$a--b$$ <> code', "'a--b' <> code"],
    ['"where" IS NOT NULL /* hidden; DROP TABLE x */', '"where" IS NOT NULL'],
    ["CASE WHEN kind = 'a' THEN qty > 0 ELSE true END", "CASE WHEN kind = 'a' THEN qty > 0 ELSE true END"],
    ["coalesce(note, '') <> 'x'", "(COALESCE(note, '')) <> 'x'"],
    ['qty::numeric(10,2) > 0', 'CAST(qty AS numeric(10, 2)) > 0'],
  ];
  for (const [input, output] of ok)
    it(input, () => {
      expect(vetText(t, input, 'check')).toEqual({ ok: true, sql: output });
    });

  it('defaults: functions of the allowlist, no column references', () => {
    expect(vetText(t, 'now()', 'default')).toEqual({ ok: true, sql: 'now()' });
    expect(vetText(t, 'current_date', 'default')).toEqual({ ok: true, sql: 'CURRENT_DATE' });
    expect(vetText(t, 'gen_random_uuid()', 'default')).toEqual({ ok: true, sql: 'gen_random_uuid()' });
    expect(vetText(t, 'other_column', 'default')).toMatchObject({ ok: false });
  });
});

describe('vetText: everything else is refused with a reason', () => {
  const refused: [string, RegExp][] = [
    ['pg_sleep(10) IS NULL', /function pg_sleep\(\) is not allowed/],
    ['(SELECT count(*) FROM users) > 0', /subqueries are not allowed/],
    ['EXISTS (SELECT 1)', /subqueries are not allowed/],
    ['x IN (SELECT 1)', /subqueries are not allowed/],
    ['generate_series(1, 10) > 0', /function generate_series\(\) is not allowed/],
    ['1); DROP TABLE canary; SELECT (1', /statements|does not parse/],
    ['1; COPY (SELECT 1) TO PROGRAM $$touch /tmp/x$$', /2 statements/],
    ['a > 0 FROM pg_tables', /not a plain expression/],
    ['a, b', /a list/],
    ["pg_catalog.pg_read_file('/etc/passwd') IS NULL", /pg_read_file/],
    ['public.lower(a) = a', /schema-qualified/],
    ['a OPERATOR(public.===) b', /schema-qualified/],
    ['count(*) > 0', /count\(\) is not allowed/],
    ['lower(a) OVER () > 0', /window/],
    ['t.a > 0', /plain column names/],
    ['current_user = a', /SVFOP_CURRENT_USER/],
    ['a::regclass IS NOT NULL', /regclass/],
    ['x'.repeat(5000), /longer than/],
    [`${'(1 + '.repeat(60)}1${')'.repeat(60)} > 0`, /nests deeper/],
  ];
  for (const [input, reason] of refused)
    it(input.slice(0, 60), () => {
      const v = vetText(t, input, 'check');
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.reason).toMatch(reason);
    });
});

describe('renderer: one escaper for comments, a lexical wall for expressions', () => {
  it('sqlComment turns every line break and control character into a space', () => {
    expect(sqlComment('a\nb\r\nc\u2028d\u0085e\u0000f')).toBe('a b c d e f');
  });

  it('isOneExpression accepts deparsed expressions and refuses statement breakers', () => {
    for (const s of ["a NOT LIKE '%--%'", "E'it\\'s' <> a", '"we""ird" > 0', "a = ';'"])
      expect(isOneExpression(s), s).toBe(true);
    for (const s of ['a); DROP TABLE x; --', 'a -- c', 'a /* c */', '$$x$$', "a = 'open", '(a', 'a)', ''])
      expect(isOneExpression(s), s).toBe(false);
  });

  it('a spec built by hand with hostile expressions renders none of them', () => {
    const { spec } = deriveData(todoDomain());
    const hostile = structuredClone(spec) as Spec;
    const e = hostile.entities[0]!;
    e.fields[1]!.check = '1); DROP TABLE canary; --';
    e.fields[1]!.default = "'x'; DROP TABLE canary";
    e.checks.push({ expression: '1) ; COPY (SELECT 1) TO PROGRAM $$id$$; SELECT (1', origin: e.origin });
    hostile.database.indexes.push({
      ...hostile.database.indexes[0]!,
      name: 'hostile',
      constraint: null,
      where: 'true; DROP TABLE canary',
    });
    hostile.project.name = 'x\nDROP TABLE canary;';
    const [header, ...rest] = renderSchema(postgresql, hostile).split('\n');
    expect(header).toBe('-- x DROP TABLE canary;: database schema (PostgreSQL 13 or later)');
    expect(rest.join('\n')).not.toMatch(/DROP TABLE|COPY|hostile/);
  });
});

describe('verifier: only the DDL the renderer emits is applied', () => {
  it('refuses a statement that is not the one node its kind promises', async () => {
    const refused = await refusedStatements([
      { kind: 'table', entity: 'A', sql: 'CREATE TABLE a (id int); DROP TABLE canary;' },
      { kind: 'index', entity: 'A', sql: "COPY (SELECT 1) TO PROGRAM 'id';" },
      { kind: 'foreign-key', entity: 'A', sql: 'ALTER TABLE a DROP COLUMN id;' },
      { kind: 'table', entity: 'A', sql: 'CREATE TABLE b (id int);' },
      { kind: 'preamble', entity: null, sql: 'SET search_path TO evil;' },
    ]);
    expect(refused.map((r) => r.reason)).toEqual([
      'expected one CreateStmt, found CreateStmt, DropStmt',
      'expected one IndexStmt, found CopyStmt',
      'expected ALTER TABLE ... ADD CONSTRAINT only',
      'expected one statement of a known kind, found VariableSetStmt',
    ]);
  });
});
