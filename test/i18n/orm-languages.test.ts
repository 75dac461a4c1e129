import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { translateText } from '../../src/render/markdown/derived-prose.js';
import { formatReport } from '../../src/report/index.js';
import { foreignSegments } from './prose.js';

// Issue 11: "Não gerado: TypeORM: no TypeORM schema is produced (supported: Prisma, Drizzle); use
// schema.sql and migrations/." in a Portuguese report, and "load with leftJoinAndSelect / relations:
// ['…'] in the repository query" in a Portuguese section 12: fixed English lines of the tool's own
// for an ORM it writes no schema for. Each stated ORM's wording is in every render language.

const project = (orm: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: A user can create a note.\n',
      '/p/docs/architecture.md': [
        '# Architecture',
        '',
        '- Database: PostgreSQL',
        `- ORM: ${orm}`,
        '',
        '```sql',
        'CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);',
        'CREATE TABLE notes (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id), body text NOT NULL);',
        '```',
        '',
      ].join('\n'),
    }),
  );

const LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'nl'];

describe('an ORM the tool writes no schema for, in every language', { timeout: 60_000 }, () => {
  for (const orm of ['TypeORM', 'Sequelize', 'Drizzle', 'Mongoose'])
    it(`${orm}: the N+1 measure of each relationship is translated`, async () => {
      const r = await project(orm);
      const measures = r.spec!.performance.filter((p) => p.topic.includes('→')).map((p) => p.measure);
      expect(measures.length).toBeGreaterThan(0);
      for (const language of LANGUAGES) {
        const phrases = catalogFor(language).messages.derived as Record<string, string>;
        for (const m of measures) {
          const said = translateText(m, phrases);
          expect(said, `${language}: ${m}`).not.toBe(m);
          expect(foreignSegments(said, language, 'en'), `${language}: ${said}`).toEqual([]);
        }
      }
    });

  it('TypeORM: the report says in its language that no TypeORM schema is written', async () => {
    const r = await project('TypeORM');
    const english = formatReport({ ...r.report!, language: 'en' });
    expect(english).toContain('Not produced: no TypeORM schema is written');
    for (const language of LANGUAGES) {
      const line = formatReport({ ...r.report!, language })
        .split('\n')
        .find((l) => l.includes('TypeORM') && l.includes('Prisma, Drizzle'));
      expect(line, language).toBeDefined();
      expect(line, language).not.toMatch(/schema is|produced|supported/);
      expect(foreignSegments(line!, language, 'en'), line).toEqual([]);
    }
  });

  it('hand-written SQL is no tool left out: schema.sql is its schema', async () => {
    const r = await project('raw SQL');
    expect(formatReport({ ...r.report!, language: 'en' })).not.toContain('Not produced');
  });
});
