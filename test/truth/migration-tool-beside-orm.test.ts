import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Trial 25 (Java + Spring Boot): "| ORM | Hibernate (JPA) | `ddl-auto=validate` |" and "| Migrations |
// Flyway | 10 | SQL migrations |" gave "PostgreSQL; Hibernate schema and migrations" and a proposed
// "versioned SQL files" migration strategy: the stated migration tool was dropped because the ORM
// was asked first and has no migration steps of its own.

const STACKS: [string, string][] = [
  [
    'en',
    '| Layer | Technology | Version |\n|---|---|---|\n| Framework | Spring Boot | 3.3 |\n| ORM | Hibernate | 6.5 |\n| Database | PostgreSQL | 16 |\n| Migrations | Flyway | 10 |',
  ],
  [
    'es',
    '| Capa | Tecnología | Versión |\n|---|---|---|\n| Framework | Spring Boot | 3.3 |\n| ORM | Hibernate | 6.5 |\n| Base de datos | PostgreSQL | 16 |\n| Migraciones | Flyway | 10 |',
  ],
];

describe('a migration tool stated beside the ORM', { timeout: 60_000 }, () => {
  it.each(STACKS)('%s: Flyway runs the migrations', async (_lang, table) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Customers register their vehicles.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n## Data\n\n```sql\nCREATE TABLE vehicles (id uuid PRIMARY KEY, plate varchar(10) NOT NULL UNIQUE);\n```\n',
      '/p/docs/tech-stack.md': `# Tech stack\n\n${table}\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    expect(spec.deployment?.migration?.tool).toBe('Flyway');
    const db = spec.decisions.find((d) => d.topic === 'Database')?.choice ?? '';
    expect(db).toContain('Flyway migrations');
    expect(db).not.toContain('Hibernate schema and migrations');
  });
});
