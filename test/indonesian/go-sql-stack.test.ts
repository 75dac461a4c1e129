import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { findTechnologies } from '../../src/knowledge/technologies.js';
import { compile } from '../../src/pipeline.js';

// The Indonesian trial (and its English translation) states sqlc for data access and goose for its
// SQL migrations: neither was in the catalogue, so the spec proposed "versioned SQL files" by a
// migration runner "where the documents state no migration tool".
const SCHEMA =
  '```sql\n-- +goose Up\nCREATE TABLE visits (id BIGSERIAL PRIMARY KEY, day DATE NOT NULL);\n-- +goose Down\nDROP TABLE visits;\n```\n';
const cases = [
  [
    'English',
    '| Layer | Technology |\n|---|---|\n| Language | Go 1.22 |\n| Data access | sqlc + pgx |\n| Migrations | goose |\n| Database | PostgreSQL 16 |\n',
  ],
  [
    'Indonesian',
    '| Lapisan | Teknologi |\n|---|---|\n| Bahasa | Go 1.22 |\n| Akses data | sqlc + pgx |\n| Migrasi | goose |\n| Basis data | PostgreSQL 16 |\n',
  ],
];

describe('sqlc and goose', { timeout: 120_000 }, () => {
  it('are catalogued; sqlc defines no schema (the summary keeps "schema in section 2")', () => {
    expect(findTechnologies('sqlc generates Go from SQL').map((m) => m.tech.name)).toEqual(['sqlc']);
    expect(findTechnologies('goose runs the SQL migrations').map((m) => m.tech.name)).toEqual(['goose']);
  });
  for (const [lang, stack] of cases)
    it(`${lang}: the stated goose runs the migrations, sqlc is the data access`, async () => {
      const r = await compile(
        { root: '/p', verify: { skip: true } },
        memoryHost({
          '/p/docs/prd.md': '# PRD\n\nVisits are recorded.\n',
          '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}`,
          '/p/docs/tech-stack.md': `# Stack\n\n${stack}`,
        }),
      );
      const chosen = r.domain!.stack.filter((c) => c.status === 'chosen').map((c) => c.value);
      expect(chosen).toEqual(expect.arrayContaining(['Go', 'sqlc', 'goose', 'PostgreSQL']));
      const migration = JSON.stringify(r.spec!.deployment?.migration ?? null);
      expect(migration).toContain('goose up');
      const database = r.spec!.decisions.find((d) => d.topic === 'Database')?.choice ?? '';
      expect(database).toContain('schema in section 2');
      expect(database).not.toContain('sqlc schema');
    });
});
