import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readText } from '../../src/read/index.js';

// Issue 11: "Elasticsearch — rejected for v1; we may revisit in Phase 2; Postgres full-text search
// instead" was cut at the dash, so the option's own clause held no verdict: Elasticsearch became a
// mentioned (or, under a "Search:" label, a chosen) integration. A spaced dash that opens a verdict
// keeps it with the option it follows; the later clause names no option and says nothing of it.
const CASES: [lang: string, item: string][] = [
  ['en', 'Elasticsearch — rejected for v1; we may revisit in Phase 2; Postgres full-text search instead.'],
  ['en', 'Search: Elasticsearch — rejected for v1; we may revisit in Phase 2.'],
  ['de', 'Suche: Elasticsearch — abgelehnt für v1; in Phase 2 prüfen wir es vielleicht erneut.'],
  ['fr', 'Recherche : Elasticsearch – écarté pour la v1 ; à revoir en phase 2.'],
  ['es', 'Elasticsearch — rechazado para la v1; lo revisaremos en la fase 2.'],
];

describe('a verdict after a dash belongs to the option before it', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: %s', async (lang, item) => {
    expect(readText(item).terms.find((t) => t.written === 'Elasticsearch')?.status).toBe('rejected');
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Decisions\n\n- ${item}\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const es = r.spec!.integrations.filter((i) => i.provider === 'elasticsearch');
    expect(es.map((i) => i.status)).toEqual(['rejected']);
  });

  it('a dash before a plain description still ends the clause', () => {
    const s = readText('Redis — the cache for sessions; Kafka was evaluated and rejected.');
    expect(s.terms.find((t) => t.written === 'Redis')?.status).toBe('none');
    expect(s.terms.find((t) => t.written === 'Kafka')?.status).toBe('rejected');
  });
});
