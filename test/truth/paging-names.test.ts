import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { pagingNames } from '../../src/read/pagination-words.js';

// A French Kiro trial wrote "Pagination par curseur (`?curseur=&limite=`, 50 par défaut, 200 au
// plus)": the spec's lists took `cursor` and `limit`, the workflow's names, not the documents'.
const run = (architecture: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Staff list the bookings.\n',
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n${architecture}\n\n## Data model\n\n### Booking\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| note | text |\n`,
    }),
  );

const listQuery = (r: Awaited<ReturnType<typeof run>>) =>
  r
    .spec!.endpoints.find((e) => e.pagination)!
    .parameters.filter((p) => p.in === 'query')
    .map((p) => p.name);

describe('the paging names a pagination sentence writes', () => {
  for (const [lang, sentence, expected] of [
    [
      'fr',
      'Pagination par curseur (`?curseur=&limite=`, 50 par défaut, 200 au plus).',
      ['curseur', 'limite'],
    ],
    ['es', 'Paginación por cursor (`?cursor=&tamano=`), 50 por defecto.', ['cursor', 'tamano']],
    ['de', 'Paginierung per Cursor: `?nach=&anzahl=`, höchstens 100.', ['nach', 'anzahl']],
    ['en', 'Cursor pagination: `?after=&first=`, at most 100 per page.', ['after', 'first']],
  ] as const) {
    it(`${lang}: the list takes ${expected.join(' and ')}`, async () => {
      const r = await run(sentence);
      const q = listQuery(r);
      for (const name of expected) expect(q).toContain(name);
      expect(q).not.toContain('limit');
      expect(r.spec!.endpoints.find((e) => e.pagination)!.pagination!.style).toBe('cursor');
    });
  }
  it('pt: offset paging names reach the page body too', async () => {
    const r = await run('Paginação (`?deslocamento=&quantidade=`), 20 por página.');
    expect(listQuery(r)).toEqual(expect.arrayContaining(['deslocamento', 'quantidade']));
    expect(r.spec!.endpoints.find((e) => e.pagination)!.pagination!.names).toEqual({
      offset: 'deslocamento',
      limit: 'quantidade',
    });
  });
  it('near-miss: a sentence without a written query keeps the workflow names', async () => {
    const r = await run('Pagination par curseur, 50 par défaut, 200 au plus.');
    expect(listQuery(r)).toEqual(expect.arrayContaining(['cursor', 'limit']));
  });
});

describe('pagingNames', () => {
  it('reads each role once, in the written order', () => {
    expect(pagingNames('(`?curseur=&limite=`)')).toEqual([
      { role: 'cursor', name: 'curseur' },
      { role: 'limit', name: 'limite' },
    ]);
  });
  it('names numbered pages by their page and size parameters', () => {
    expect(pagingNames('`?page=&size=`')).toEqual([
      { role: 'page', name: 'page' },
      { role: 'limit', name: 'size' },
    ]);
    expect(pagingNames('Pagination: page and per_page (default 25).')).toEqual([
      { role: 'page', name: 'page' },
      { role: 'limit', name: 'per_page' },
    ]);
    // Prose names nothing: neither word is a name of code.
    expect(pagingNames('Results come page by page and size is fixed.')).toEqual([]);
    expect(pagingNames('`?page=&offset=`')).toEqual([]);
  });
  it('names nothing for a name of unclear role', () => {
    expect(pagingNames('`?status=&limit=`')).toEqual([]);
    expect(pagingNames('`?limit=&size=`')).toEqual([]);
  });
});
