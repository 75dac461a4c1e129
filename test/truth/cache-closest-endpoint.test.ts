import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// buchfink-de review: "Titeldetails werden 10 Minuten gecacht" was read, but its subject shares its
// first letters with both GET /titel (the search, cached already) and GET /titel/{id} ("Titeldetail"):
// the first endpoint won the tie and the entry was dropped as a duplicate. The endpoint whose words
// share the longest start with the subject now names it.
// The route table describes each read in the case's language (a stated row's words name its read):
// a subject no route's words share has no read and gets no invented `{id}`.
const CASES: [lang: string, search: string, detail: string, rows: [string, string]][] = [
  [
    'de',
    'Ergebnisse der Katalogsuche werden 5 Minuten in Redis gecacht.',
    'Titeldetails werden 10 Minuten gecacht.',
    ['Katalogsuche (FR1)', 'Titeldetail mit Verfügbarkeit (FR2)'],
  ],
  [
    'en',
    'Title search results are cached in Redis for 5 minutes.',
    'Title details are cached for 10 minutes.',
    ['Title search (FR1)', 'Title detail with availability (FR2)'],
  ],
  [
    'es',
    'Los resultados de la búsqueda de títulos se guardan en caché en Redis durante 5 minutos.',
    'Los detalles del título se guardan en caché durante 10 minutos.',
    ['Búsqueda de títulos (FR1)', 'Detalle del título con disponibilidad (FR2)'],
  ],
];

describe('a stated cache entry goes to the closest read endpoint', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (lang, search, detail, [searchRow, detailRow]) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## FR\n\n- FR1: Readers search titles and open a title.\n',
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE titel (id uuid PRIMARY KEY, name text NOT NULL);\n\`\`\`\n\n| Methode | Pfad | Rolle | Zweck |\n|---|---|---|---|\n| GET | /api/v1/titel | öffentlich | ${searchRow} |\n| GET | /api/v1/titel/{id} | öffentlich | ${detailRow} |\n\n## Caching\n\n- ${search}\n- ${detail}\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const detailEntry = r.spec!.caching!.entries.find((e) => e.ttlSeconds === 600);
    expect(detailEntry?.keyPattern).toContain('{id}');
  });
});
