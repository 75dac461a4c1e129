import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { agglutinatedForm } from '../../src/knowledge/inflect.js';
import { compile } from '../../src/pipeline.js';
import { routeGlossary } from '../../src/read/alias-words.js';

// Issue 13, found on alet-tr: a story in the documents' language names the record by a word only the
// route table pairs with the model's English name ("| GET | /api/v1/tools | Alet kataloğu |"); the
// glossary is read from the routes, never from a dictionary.

const project = (prd: string, routes: string, sql: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## User stories\n\n${prd}\n`,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n| Method | Path | Description | Role |\n|---|---|---|---|\n${routes}\n`,
  });

const operationsOf = async (host: ReturnType<typeof memoryHost>) => {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return new Map((r.spec!.stories ?? []).map((s) => [s.id, s.operations]));
};

const SQL = `CREATE TABLE tools (id bigserial PRIMARY KEY, name text NOT NULL, category text NOT NULL);
CREATE TABLE loans (id bigserial PRIMARY KEY, tool_id bigint NOT NULL REFERENCES tools(id), due_on date NOT NULL);`;

describe('a glossary read from the route table', () => {
  it('pairs the word two routes of one resource share, and no other route says, with the path', () => {
    const read = routeGlossary([
      { path: '/api/v1/tools', description: 'Alet kataloğu (kategori, arama)' },
      { path: '/api/v1/tools', description: 'Alet ekle' },
      { path: '/api/v1/tools/{id}', description: 'Alet düzenle' },
      { path: '/api/v1/loans/{id}/return', description: 'İadeyi kaydet' },
      { path: '/api/v1/members/me/loans', description: 'Kendi ödünç geçmişim' },
    ]);
    expect(read.map(({ alias, text }) => [alias, text])).toEqual([['alet', 'tools']]);
    // A word another resource's routes say too names neither ("list" of tools and of loans).
    expect(
      routeGlossary([
        { path: '/tools', description: 'List gadgets' },
        { path: '/tools/{id}', description: 'Show one gadget' },
        { path: '/loans', description: 'List loans' },
      ]).map((a) => a.alias),
    ).toEqual(['gadget']);
    // One route says too little.
    expect(routeGlossary([{ path: '/tools', description: 'Alet kataloğu' }])).toEqual([]);
  });

  it('reads Turkish suffixes after a noun, softened or not, and nothing else', () => {
    expect(agglutinatedForm('aletleri', 'alet')).toBe(true);
    expect(agglutinatedForm('ödünçlerimi', 'ödünç')).toBe(true);
    expect(agglutinatedForm('matkabı', 'matkap')).toBe(true);
    expect(agglutinatedForm('tools', 'tool')).toBe(false);
    expect(agglutinatedForm('toolset', 'tool')).toBe(false);
    expect(agglutinatedForm('Termine', 'termin')).toBe(false);
  });
});

describe('stories find their record through the glossary', { timeout: 120_000 }, () => {
  it('tr: "aletleri görmek" lists the tools, "ödünçlerimi görmek" reads the described loan history', async () => {
    const ops = await operationsOf(
      project(
        `- **KH-01:** Ziyaretçi olarak, aletleri kategoriye göre görmek istiyorum.
- **KH-07:** Üye olarak geçmiş ödünçlerimi görmek istiyorum.`,
        `| GET | /api/v1/tools | Alet kataloğu (kategori, arama) | herkes |
| POST | /api/v1/tools | Alet ekle | admin |
| PATCH | /api/v1/tools/{id} | Alet düzenle | admin |
| GET | /api/v1/members/me/loans | Kendi ödünç geçmişim | member |`,
        SQL,
      ),
    );
    expect(ops.get('KH-01')).toEqual(['listTools']);
    expect(ops.get('KH-07')).toEqual(['listLoans']);
  });

  it('en: "view the gadgets" lists what the routes describing gadgets hold', async () => {
    const ops = await operationsOf(
      project(
        `- **US-01:** As a visitor, I want to view the gadgets.`,
        `| GET | /api/v1/tools | Gadget catalogue (category, search) | public |
| POST | /api/v1/tools | Add a gadget | admin |
| PATCH | /api/v1/tools/{id} | Edit a gadget | admin |
| GET | /api/v1/loans | Borrowing history | member |`,
        SQL,
      ),
    );
    expect(ops.get('US-01')).toEqual(['listTools']);
  });
});
