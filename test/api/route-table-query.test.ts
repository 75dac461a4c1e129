import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A route table whose headers are in a language no header list knows is still read when one column
// holds only HTTP methods and another only paths. The Thai trial's table lost all 11 routes because one
// path cell carried its query ("/api/v1/reports/revenue?month=YYYY-MM"): a path ends at its "?".
describe('a route table read by its cells', { timeout: 120_000 }, () => {
  it('keeps paths written with a query string', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: Lugejad laenutavad raamatuid.\n',
      '/p/docs/architecture.md': [
        '# Arhitektuur',
        '',
        '| Meetod | Tee | Kirjeldus |',
        '|---|---|---|',
        '| GET | /api/books?author=X | Raamatute otsing |',
        '| POST | /api/loans | Laenutus |',
        '| GET | /api/reports/loans?month=YYYY-MM | Kuuaruanne |',
        '',
      ].join('\n'),
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang: 'en' }, host);
    const stated = r
      .spec!.endpoints.filter((e) => e.origin.kind === 'source')
      .map((e) => `${e.method} ${e.path}`);
    expect(stated).toEqual(
      expect.arrayContaining(['GET /api/books', 'POST /api/loans', 'GET /api/reports/loans']),
    );
  });
});
