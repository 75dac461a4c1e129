import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { type CompileResult, compile } from '../../src/pipeline.js';
import { compileDrizzleSchemas } from '../../src/verify/drizzle.js';
import { validatePrisma } from '../../src/verify/prisma.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * The stated ORM's schema, as written by `generate`: for the example and every corpus project, each
 * `prisma/schema.prisma` written validates with Prisma's own schema engine (wasm) and each
 * `drizzle/schema.ts` written compiles with tsc against drizzle-orm. No corpus project states
 * Drizzle, so projects written here state it (and Prisma) in en, es, fr, de and pt.
 */
const CORPUS = path.resolve('test/corpus');
const projects = [
  path.resolve('examples/clinic-booking'),
  ...fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(CORPUS, e.name))
    .sort(),
];
const ROOT = path.resolve('.');
const written = (r: CompileResult, suffix: string) => r.artifacts.find((a) => a.path.endsWith(suffix))?.text;

const MODEL = `\`\`\`sql
CREATE TABLE customers (
  id UUID PRIMARY KEY,
  email VARCHAR(200) NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE orders (
  id UUID PRIMARY KEY,
  customer_id UUID NOT NULL REFERENCES customers(id),
  total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
  status VARCHAR(20) NOT NULL DEFAULT 'open'
);
\`\`\`
`;

/** A small project whose architecture states its stack and its ORM in one language. */
const stated = (heading: string, sentence: string, model: string) => ({
  '/p/docs/prd.md': '# Shop — PRD\n\n## User Stories\n\n- As a customer, I want to place orders.\n',
  '/p/docs/architecture.md': `# Architecture\n\n## ${heading}\n\n${sentence}\n\n## ${model}\n\n${MODEL}`,
});

// The stack as tech-stack documents write it: a labelled list item or a table row. (A sentence such
// as "We use Drizzle ORM for data access." is not read as a stack choice today.)
const FIXTURES: [string, 'prisma' | 'drizzle', Record<string, string>][] = [
  [
    'en',
    'drizzle',
    stated(
      'Stack',
      '| Layer | Technology |\n|---|---|\n| Database | PostgreSQL 16 |\n| ORM | Drizzle ORM |',
      'Data model',
    ),
  ],
  [
    'es',
    'drizzle',
    stated(
      'Pila tecnológica',
      '- **Base de datos:** PostgreSQL 16\n- **ORM:** Drizzle ORM',
      'Modelo de datos',
    ),
  ],
  [
    'de',
    'drizzle',
    stated(
      'Technologie',
      '| Schicht | Technologie |\n|---|---|\n| Datenbank | PostgreSQL 16 |\n| ORM | Drizzle ORM |',
      'Datenmodell',
    ),
  ],
  [
    'fr',
    'prisma',
    stated(
      'Pile technique',
      '- **Base de données :** PostgreSQL 16\n- **ORM :** Prisma',
      'Modèle de données',
    ),
  ],
  [
    'pt',
    'prisma',
    stated(
      'Stack',
      '| Camada | Tecnologia |\n|---|---|\n| Banco de dados | PostgreSQL 16 |\n| ORM | Prisma |',
      'Modelo de dados',
    ),
  ],
];

/** A fixture compiled once: its test and the one TypeScript program below read the same result. */
const fixtureCompiles = new Map<number, Promise<CompileResult>>();
const compiledFixture = (i: number) => {
  let r = fixtureCompiles.get(i);
  if (!r) {
    r = compile({ root: '/p', verify: { skip: true } }, memoryHost(FIXTURES[i]![2]));
    fixtureCompiles.set(i, r);
  }
  return r;
};

/**
 * Every drizzle/schema.ts this file's projects and fixtures write, each its own module in ONE
 * TypeScript program (src/verify/drizzle.ts `compileDrizzleSchemas`, as test/orm/drizzle.test.ts
 * does): drizzle-orm's types are read and checked once, not once per schema (a program each was
 * most of this file's CPU time). Diagnostics per schema, keyed by project or fixture.
 */
let drizzleChecked: Promise<Record<string, string[]>> | undefined;
function drizzleDiagnostics(): Promise<Record<string, string[]>> {
  drizzleChecked ??= (async () => {
    const schemas: Record<string, string> = {};
    for (const root of projects) {
      const drizzle = written(await compiledProject(root), '/drizzle/schema.ts');
      if (drizzle) schemas[root] = drizzle;
    }
    for (let i = 0; i < FIXTURES.length; i++) {
      const drizzle = written(await compiledFixture(i), '/drizzle/schema.ts');
      if (drizzle) schemas[`fixture ${i}`] = drizzle;
    }
    return compileDrizzleSchemas(schemas, ROOT);
  })();
  return drizzleChecked;
}

describe('the stated ORM schema that generate writes validates with the ORM’s own tools', () => {
  it.each(projects.map((p) => [path.basename(p), p]))(
    '%s',
    async (_name, root) => {
      const r = await compiledProject(root);
      const prisma = written(r, '/prisma/schema.prisma');
      if (prisma) expect(await validatePrisma(prisma)).toEqual([]);
      const drizzle = written(r, '/drizzle/schema.ts');
      if (drizzle) expect((await drizzleDiagnostics())[root]).toEqual([]);
    },
    180_000,
  );

  it('labcore and the example state Prisma and get prisma/schema.prisma', async () => {
    for (const root of [path.join(CORPUS, 'labcore'), path.resolve('examples/clinic-booking')])
      expect(written(await compiledProject(root), '/prisma/schema.prisma'), root).toBeDefined();
  });

  it.each(FIXTURES.map(([lang, orm], i) => [lang, orm, i] as const))(
    '%s: %s stated in the stack is the schema written, and it validates',
    async (_lang, orm, i) => {
      const r = await compiledFixture(i);
      const prisma = written(r, '/prisma/schema.prisma');
      const drizzle = written(r, '/drizzle/schema.ts');
      expect([prisma ? 'prisma' : null, drizzle ? 'drizzle' : null].filter(Boolean)).toEqual([orm]);
      if (prisma) {
        expect(prisma).toMatch(/model Order \{/);
        expect(await validatePrisma(prisma)).toEqual([]);
      }
      if (drizzle) {
        expect(drizzle).toContain('pgTable("orders"');
        expect((await drizzleDiagnostics())[`fixture ${i}`]).toEqual([]);
      }
    },
    120_000,
  );
});
