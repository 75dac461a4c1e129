import { describe, expect, it } from 'vitest';
import { stackExtractor } from '../../src/extract/stack.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { doc, run } from '../reconcile/helpers.js';

/**
 * The database version the stack states is the one the schema is written for: "| Database |
 * PostgreSQL | 16 (Amazon RDS) |" said "PostgreSQL 13 or later" in section 2, the oldest release the
 * schema runs on, as if the documents were silent.
 */
const database = (text: string) =>
  (run(stackExtractor, doc('docs/architecture/tech-stack.md', 'tech-stack', text)).fragment.stack ?? []).find(
    (c) => c.concern === 'database' && c.status === 'chosen',
  );

describe('the stated database version', () => {
  it.each([
    [
      'en Version column',
      '| Category | Technology | Version |\n|---|---|---|\n| Database | PostgreSQL | 16 (Amazon RDS) |\n',
      '16',
    ],
    [
      'es Versión column',
      '| Categoría | Tecnología | Versión |\n|---|---|---|\n| Base de datos | PostgreSQL | 15 |\n',
      '15',
    ],
    [
      'pt Versão column',
      '| Categoria | Tecnologia | Versão |\n|---|---|---|\n| Banco de dados | MySQL | 8.4 |\n',
      '8.4',
    ],
    [
      'de name and version in one cell',
      '| Bereich | Technologie |\n|---|---|\n| Datenbank | PostgreSQL 17.x LTS |\n',
      '17',
    ],
    ['fr labelled line', '- **Base de données :** PostgreSQL 14+ (hébergée)\n', '14+'],
    ['it labelled line', '- Database: PostgreSQL v15\n', '15'],
  ])('%s', (_name, text, version) => {
    expect(database(text)?.version).toBe(version);
  });

  it('near-misses: a count, a size or no number is no version', () => {
    expect(database('- Database: PostgreSQL 3 replicas behind PgBouncer\n')?.version).toBeUndefined();
    expect(database('- Database: PostgreSQL (Amazon RDS)\n')?.version).toBeUndefined();
    expect(
      database('| Category | Technology | Version |\n|---|---|---|\n| Database | PostgreSQL | — |\n')
        ?.version,
    ).toBeUndefined();
  });

  const project = (stack: string) =>
    memoryHost({
      '/p/docs/prd.md': '# Rota — PRD\n\n## User Stories\n\n- As a coordinator, I want to create shifts.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Tech Stack\n\n${stack}\n\n## Data Models\n\n\`\`\`sql\nCREATE TABLE shifts (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\n\`\`\`\n`,
    });
  const rendered = async (stack: string) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(stack));
    const text = (suffix: string) => r.artifacts.find((a) => a.path.endsWith(suffix))!.text;
    return { md: text('backend-spec.md'), sql: text('schema.sql') };
  };

  it('section 2 and the schema file name the stated version', async () => {
    const { md, sql } = await rendered(
      '| Category | Technology | Version |\n|---|---|---|\n| Database | PostgreSQL | 16 (Amazon RDS) |',
    );
    expect(md).toContain('Database: **PostgreSQL 16** (`docs/architecture.md:');
    expect(sql.split('\n')[0]).toContain('(PostgreSQL 16)');
  });

  it('a version older than the schema needs keeps the minimum', async () => {
    const { md } = await rendered(
      '| Category | Technology | Version |\n|---|---|---|\n| Database | PostgreSQL | 12 |',
    );
    expect(md).toContain('Database: **PostgreSQL 13 or later**');
  });

  const twoDocs = (decision: string, guide: string) =>
    memoryHost({
      '/p/docs/prd.md': '# Rota — PRD\n\n## User Stories\n\n- As a coordinator, I want to create shifts.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${decision}\n\n## Data Models\n\n\`\`\`sql\nCREATE TABLE shifts (id uuid PRIMARY KEY);\n\`\`\`\n`,
      '/p/docs/db-guide.md': `# Database guide\n\n${guide}\n`,
    });
  const label = async (decision: string, guide: string) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, twoDocs(decision, guide));
    const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
    return /^Database: \*\*(.+?)\*\* \(`(.+?)`\)/m.exec(md)?.slice(1);
  };

  it('a decision without a version takes the one another line states for the same database, citing it', async () => {
    expect(
      await label(
        '**DB:** Supabase (PostgreSQL) + pgvector.',
        '- **Engine**: PostgreSQL 17 (Supabase, Seoul region)',
      ),
    ).toEqual(['PostgreSQL 17', 'docs/db-guide.md:3']);
    // A lower bound agrees with the release another line names.
    expect(
      await label(
        '**DB:** PostgreSQL.',
        '- Runs on PostgreSQL 17.\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL 14+ |',
      ),
    ).toEqual(['PostgreSQL 17', 'docs/db-guide.md:3']);
  });

  it('lines that disagree state no version', async () => {
    expect(
      (await label('**DB:** PostgreSQL.', '- Runs on PostgreSQL 17.\n- Staging runs PostgreSQL 15.'))?.[0],
    ).toBe('PostgreSQL 13 or later');
  });
});
