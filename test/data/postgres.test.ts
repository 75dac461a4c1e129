import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Spec } from '../../src/model/spec/index.js';
import { postgresql } from '../../src/render/sql/postgresql.js';
import { schemaStatements } from '../../src/render/sql/schema.js';
import { sqlSchemaArtifact } from '../../src/render/sql.js';
import { type PgSession, pglite, server } from '../../src/verify/postgres/session.js';
import { applySchema, postgresVerifier } from '../../src/verify/postgres.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { domainArb } from './arbitrary.js';
import { domainOf, entity, field, labDomain, todoDomain } from './fixtures.js';
import { deriveData } from './helpers.js';

const EXAMPLE = new URL('../../examples/clinic-booking', import.meta.url).pathname;

async function compiled(root: string): Promise<Spec> {
  const result = await compiledProject(root);
  if (!result.spec) throw new Error(`no spec for ${root}`);
  return result.spec;
}

/**
 * The designed schema, applied to a real PostgreSQL and compared with the model through the
 * catalog: embedded PGlite always, the server at BACKEND_SPEC_TEST_PG_URL when CI provides one.
 */
const cycle = () =>
  domainOf({
    entities: [
      entity(
        'Department',
        [
          field('id', 'integer', { primaryKey: true, nullable: false }),
          field('manager_id', 'integer', { nullable: true, references: 'employees' }),
        ],
        { table: 'departments' },
      ),
      entity(
        'Employee',
        [
          field('id', 'integer', { primaryKey: true, nullable: false }),
          field('department_id', 'integer', { nullable: false, references: 'departments' }),
          field('mentor_id', 'integer', { nullable: true, references: 'employees' }),
        ],
        { table: 'employees' },
      ),
      entity(
        'Order',
        [
          field('user', 'text', { nullable: false }),
          field('group', 'text'),
          field('select', 'boolean', { default: 'true' }),
        ],
        { notation: 'bullets' },
      ),
    ],
  });

const trigram = () =>
  domainOf({
    entities: [
      entity(
        'Patient',
        [
          field('id', 'uuid', { primaryKey: true, nullable: false }),
          field('name', 'text', { nullable: false }),
          field('email', { scalar: 'email', raw: 'CITEXT' }),
        ],
        { table: 'patients' },
      ),
    ],
    indexes: [
      {
        entity: 'patients',
        columns: ['name'],
        unique: false,
        method: 'gin',
        origin: { kind: 'source', file: 'docs/a.md', line: 3 },
      },
    ],
  });

const CASES = { labcore: labDomain, todo: todoDomain, cycle, trigram };

function suite(label: string, open: () => Promise<PgSession>) {
  describe(label, () => {
    let db: PgSession;
    // PGlite start-up takes 1.4-3.7 s on an idle machine and far longer on a loaded one.
    beforeAll(async () => {
      db = await open();
    }, 300_000);
    afterAll(async () => {
      await db?.close();
    });
    for (const [name, build] of Object.entries(CASES))
      it(`applies the ${name} schema with no errors and no catalog differences`, async () => {
        const { spec } = deriveData(build());
        const result = await applySchema(db, spec, schemaStatements(postgresql, spec));
        expect(result.errors).toEqual([]);
        expect(result.differences).toEqual([]);
        expect(result.tables).toBe(spec.entities.length);
        expect(result.indexes).toBe(spec.database.indexes.length);
      });

    const documents: [string, string, number][] = [
      ['labcore', corpusRoot('labcore'), 24],
      ['bmad-todo-app', corpusRoot('bmad-todo-app'), 5],
      ['examples/clinic-booking', EXAMPLE, 0],
    ];
    for (const [name, root, tables] of documents)
      it.skipIf(!existsSync(root))(`applies the schema designed from ${name}'s documents`, async () => {
        const spec = await compiled(root);
        if (tables > 0) expect(spec.entities.length).toBe(tables);
        else expect(spec.entities.length).toBeGreaterThan(0);
        const result = await applySchema(db, spec, schemaStatements(postgresql, spec));
        expect(result.errors).toEqual([]);
        expect(result.differences).toEqual([]);
        expect(result.tables).toBe(spec.entities.length);
      });

    it('applies the schema of any valid domain model (property)', async () => {
      await fc.assert(
        fc.asyncProperty(domainArb, async (domain) => {
          const { spec } = deriveData(domain);
          const result = await applySchema(db, spec, schemaStatements(postgresql, spec));
          expect(result.errors).toEqual([]);
          expect(result.differences).toEqual([]);
        }),
        { numRuns: Number(process.env.BACKEND_SPEC_PROPERTY_RUNS ?? 30) },
      );
    }, 300_000);

    it('verifies schema.sql as the pipeline does, with a deterministic summary', async () => {
      const { spec } = deriveData(todoDomain());
      const artifacts = sqlSchemaArtifact.render(spec);
      const options =
        label === 'PGlite'
          ? {}
          : { postgresUrl: process.env.BACKEND_SPEC_TEST_PG_URL!, allowSuperuser: true };
      const out = await postgresVerifier.verify(artifacts, spec, options);
      expect(out.diagnostics).toEqual([]);
      expect(out.verifications).toHaveLength(1);
      expect(out.verifications[0]).toMatchObject({
        tool: 'postgresql',
        artifact: 'backend-spec/schema.sql',
        ok: true,
      });
      expect(out.verifications[0]!.summary).toMatch(
        /^applied to PostgreSQL \d+\.\d+( \(PGlite\))?: 5 tables, 6 indexes, 0 errors, 0 differences$/,
      );
      const broken = artifacts.map((a) => ({
        ...a,
        text: a.text.replace('title text NOT NULL,\n  is_completed', 'is_completed'),
      }));
      // Only what the renderer emits is applied: a rewritten file is refused, not run.
      const bad = await postgresVerifier.verify(broken, spec, options);
      expect(bad.verifications[0]!.ok).toBe(false);
      expect(bad.diagnostics.map((d) => d.code)).toEqual(['verify/schema-not-rendered']);
    });

    it('reports a column the database does not have as a difference', async () => {
      const { spec } = deriveData(todoDomain());
      const statements = schemaStatements(postgresql, spec).map((s) =>
        s.sql.startsWith('CREATE TABLE subtasks')
          ? { ...s, sql: s.sql.replace('  title text NOT NULL,\n', '') }
          : s,
      );
      const result = await applySchema(db, spec, statements);
      expect(result.differences).toContain('column subtasks.title is missing');
    });

    it('reports a failing statement with the server message', async () => {
      const { spec } = deriveData(todoDomain());
      const statements = [
        ...schemaStatements(postgresql, spec),
        { kind: 'index' as const, entity: 'Task', sql: 'CREATE INDEX broken ON tasks (nope);' },
      ];
      const result = await applySchema(db, spec, statements);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.message).toMatch(/nope/);
    });
  });
}

suite('PGlite', () => pglite());
describe.skipIf(!process.env.BACKEND_SPEC_TEST_PG_URL)('server', () => {
  suite('PostgreSQL server', () => server(process.env.BACKEND_SPEC_TEST_PG_URL!, { allowSuperuser: true }));
});
