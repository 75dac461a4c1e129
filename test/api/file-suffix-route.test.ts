import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found by the French trial (rayon): `GET /api/v1/moi/factures/{id}.pdf` "Télécharger une facture"
// answered `200 Facture`, the record's JSON. A template that shares its segment with a file suffix
// (OpenAPI 3.1 §4.8.2) answers with the file in the suffix's media type, never the record's JSON.

const project = (route: string, table: string, who: string, description: string) =>
  memoryHost({
    '/p/docs/prd.md': '# PRD\n\nThe service keeps invoices in PostgreSQL.\n',
    '/p/docs/architecture.md': `# Architecture

\`\`\`sql
CREATE TABLE ${table} (id uuid PRIMARY KEY, number text NOT NULL UNIQUE, total_cents integer NOT NULL);
\`\`\`

| Method | Path | Who | Description |
|---|---|---|---|
| GET | ${route} | ${who} | ${description} |
| GET | /${table}/{id} | ${who} | one record |
`,
  });

describe('a stated route with a file suffix answers with the file', { timeout: 120_000 }, () => {
  it.each([
    [
      'fr, PDF',
      '/moi/factures/{id}.pdf',
      'factures',
      'cycliste',
      'Télécharger une facture',
      'application/pdf',
    ],
    ['en, CSV', '/invoices/{id}.csv', 'invoices', 'member', 'Download an invoice as CSV', 'text/csv'],
  ])('%s', async (_name, route, table, who, description, media) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(route, table, who, description));
    const e = r.spec!.endpoints.find((x) => x.path.endsWith(route))!;
    const ok = e.responses.find((x) => x.status === 200)!;
    expect(ok.schema).toBeNull();
    expect(ok.description).toContain(media);
    expect(e.summary).toBe(description);
    // The record's own JSON read stays what it was.
    const json = r.spec!.endpoints.find((x) => x.path.endsWith(`/${table}/{id}`) && x.method === 'GET')!;
    expect(json.responses.find((x) => x.status === 200)!.schema).not.toBeNull();
    expect(e.operationId).not.toBe(json.operationId);
  });
});
