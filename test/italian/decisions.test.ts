import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { compile } from '../../src/pipeline.js';
import { readDocument } from '../../src/read/index.js';
import type { DecisionStatus } from '../../src/read/types.js';

// An Italian decisions table (`Stato`: Accettata, Scartata, Rinviata alla versione 2) and its
// headings were not read: a discarded MongoDB counted as chosen, "Cache: nessuna" as a cache named
// "nessuna".
function statusOf(text: string, value: string): DecisionStatus[] {
  const doc: SourceDocument = {
    path: 'docs/architecture.md',
    kind: 'architecture',
    classifiedBy: 'test',
    text,
    body: text,
    bodyLineOffset: 0,
    frontMatter: null,
  };
  // One status per name (a name may be read twice: as a technology and as the search it provides).
  return [
    ...new Set(
      readDocument(parseMarkdown(doc)).statements.flatMap((s) =>
        s.terms.filter((t) => t.value === value || t.written === value).map((t) => t.status),
      ),
    ),
  ];
}

describe('the Italian lexicon', () => {
  it.each([
    ['## Alternative considerate\n\n- MongoDB: documenti flessibili\n', 'MongoDB', 'rejected'],
    ['## Alternative scartate\n\n- MySQL, meno vincoli\n', 'MySQL', 'rejected'],
    ['## Fuori ambito\n\n- Streaming di eventi con Kafka\n', 'Kafka', 'out-of-scope'],
    ['## Non obiettivi\n\n- Streaming di eventi con Kafka\n', 'Kafka', 'out-of-scope'],
    ['## Fase 2\n\n- Ricerca con Elasticsearch\n', 'Elasticsearch', 'deferred'],
    ['## Sviluppi futuri\n\n- Ricerca con Elasticsearch\n', 'Elasticsearch', 'deferred'],
    ['## Domande aperte\n\n- Redis per le sessioni?\n', 'Redis', 'undecided'],
    ['## Da decidere\n\n- Redis per le sessioni\n', 'Redis', 'undecided'],
  ])('heading: %s', (text, name, status) => {
    expect(statusOf(text, name)).toEqual([status]);
  });

  const TABLE = `| # | Decisione | Stato |
|---|---|---|
| ADR-1 | PostgreSQL come database | Accettata |
| ADR-2 | MongoDB per i documenti | Scartata |
| ADR-3 | Kafka per gli eventi | Rinviata alla versione 2 |
| ADR-4 | Elasticsearch per la ricerca | In valutazione |
| ADR-5 | Redis per la cache | Sostituito |
| ADR-6 | RabbitMQ per le code | Respinta |
`;
  it.each([
    ['PostgreSQL', 'chosen'],
    ['MongoDB', 'rejected'],
    ['Kafka', 'deferred'],
    ['Elasticsearch', 'undecided'],
    ['Redis', 'superseded'],
    ['RabbitMQ', 'rejected'],
  ])('status column: %s is %s', (name, status) => {
    expect(statusOf(TABLE, name)).toEqual([status]);
  });

  it.each([
    ['Usiamo PostgreSQL al posto di MongoDB.', 'MongoDB', 'rejected'],
    ['Usiamo PostgreSQL invece di MySQL.', 'MySQL', 'rejected'],
    ['Abbiamo scelto Postgres anziché MongoDB.', 'MongoDB', 'rejected'],
    ['PostgreSQL preferito a MongoDB per i vincoli.', 'MongoDB', 'rejected'],
    ['La ricerca con Elasticsearch è prevista per la versione 2.', 'Elasticsearch', 'deferred'],
    ['In futuro potremo usare Elasticsearch.', 'Elasticsearch', 'deferred'],
    ['La coda è su PostgreSQL, senza Redis.', 'Redis', 'rejected'],
  ])('clause: %s', (text, name, status) => {
    expect(statusOf(`# Architettura\n\n${text}\n`, name)).toEqual([status]);
  });
});

describe('an Italian stack table', { timeout: 60_000 }, () => {
  const run = async (cache: string) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n## Requisiti\n\n- FR1: Il cliente può vedere i propri ordini.\n',
        '/p/docs/architecture/index.md': '# Architettura\n\nUn monolite in Go.\n',
        '/p/docs/architecture/tech-stack.md': `# Stack tecnologico\n\n| Categoria | Tecnologia | Versione |\n|---|---|---|\n| Database | PostgreSQL | 16 |\n| Cache | ${cache} | |\n`,
      }),
    );
    return r.domain!.stack.filter((c) => c.concern === 'cache').map((c) => c.value);
  };
  // "none" in a stack table is a decision to have no cache, in every language read.
  it.each(['nessuna', 'Nessuno', 'none', 'ninguna', 'nenhum', 'aucun', 'keine'])(
    'Cache: %s → none',
    async (cell) => {
      expect(await run(cell)).toEqual(['none']);
    },
  );
});
