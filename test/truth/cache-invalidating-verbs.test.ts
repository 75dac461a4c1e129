import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readCacheSentence } from '../../src/read/cache-words.js';

// Issue 11 (spec-kit trial in Brazilian Portuguese): "O catálogo da feira é guardado no Redis por 5
// minutos e invalidado quando um produtor publica ou altera uma oferta" showed only `Oferta.create`:
// the change of an offer (PATCH /ofertas/{id}) was lost. Each verb the sentence states names every
// write of that verb on the record: a creation, an update (PATCH or PUT), a deletion, a state action.

interface Case {
  lang: string;
  tables: [fair: string, offer: string];
  routes: [catalog: string, create: string, update: string, remove: string];
  sentence: string;
}

const route = (method: string, path: string, note: string) => `| ${method} | ${path} | ${note} |`;

const CASES: Case[] = [
  {
    lang: 'en',
    tables: ['fairs', 'offers'],
    routes: [
      route('GET', '/api/fairs/{id}/catalog', 'fair catalog'),
      route('POST', '/api/offers', 'create an offer'),
      route('PATCH', '/api/offers/{id}', 'change price or quantity'),
      route('DELETE', '/api/offers/{id}', 'withdraw an offer'),
    ],
    sentence:
      'The fair catalog is cached in Redis for 5 minutes and invalidated when an offer is created or updated.',
  },
  {
    lang: 'es',
    tables: ['ferias', 'ofertas'],
    routes: [
      route('GET', '/api/ferias/{id}/catalogo', 'catálogo de la feria'),
      route('POST', '/api/ofertas', 'crea una oferta'),
      route('PATCH', '/api/ofertas/{id}', 'cambia precio o cantidad'),
      route('DELETE', '/api/ofertas/{id}', 'retira una oferta'),
    ],
    sentence:
      'El catálogo de la feria se guarda en caché en Redis durante 5 minutos y se invalida cuando una oferta se crea o se actualiza.',
  },
  {
    lang: 'pt',
    tables: ['feiras', 'ofertas'],
    routes: [
      route('GET', '/api/feiras/{id}/catalogo', 'catálogo da feira'),
      route('POST', '/api/ofertas', 'publica uma oferta'),
      route('PATCH', '/api/ofertas/{id}', 'altera preço ou quantidade'),
      route('DELETE', '/api/ofertas/{id}', 'retira uma oferta'),
    ],
    sentence:
      'O catálogo da feira é guardado no Redis por 5 minutos e invalidado quando um produtor publica ou altera uma oferta.',
  },
  {
    lang: 'fr',
    tables: ['foires', 'offres'],
    routes: [
      route('GET', '/api/foires/{id}/catalogue', 'catalogue de la foire'),
      route('POST', '/api/offres', 'crée une offre'),
      route('PATCH', '/api/offres/{id}', 'change le prix ou la quantité'),
      route('DELETE', '/api/offres/{id}', 'retire une offre'),
    ],
    sentence:
      'Le catalogue de la foire est mis en cache dans Redis pendant 5 minutes et invalidé quand une offre est créée ou modifiée.',
  },
  {
    lang: 'de',
    tables: ['maerkte', 'angebote'],
    routes: [
      route('GET', '/api/maerkte/{id}/katalog', 'Katalog des Markts'),
      route('POST', '/api/angebote', 'Angebot anlegen'),
      route('PATCH', '/api/angebote/{id}', 'Preis oder Menge ändern'),
      route('DELETE', '/api/angebote/{id}', 'Angebot zurückziehen'),
    ],
    sentence:
      'Der Katalog des Markts wird 5 Minuten lang in Redis gecacht und invalidiert, wenn ein Angebot erstellt oder geändert wird.',
  },
  {
    lang: 'it',
    tables: ['fiere', 'offerte'],
    routes: [
      route('GET', '/api/fiere/{id}/catalogo', 'catalogo della fiera'),
      route('POST', '/api/offerte', 'crea un’offerta'),
      route('PATCH', '/api/offerte/{id}', 'cambia prezzo o quantità'),
      route('DELETE', '/api/offerte/{id}', 'ritira un’offerta'),
    ],
    sentence:
      'Il catalogo della fiera è memorizzato nella cache in Redis per 5 minuti e invalidato quando un’offerta viene creata o modificata.',
  },
];

function project(c: Case) {
  const [fair, offer] = c.tables;
  const sql = [
    `CREATE TABLE ${fair} (id uuid PRIMARY KEY, name text NOT NULL);`,
    `CREATE TABLE ${offer} (id uuid PRIMARY KEY, ${fair.replace(/s$/, '')}_id uuid NOT NULL REFERENCES ${fair}(id), price numeric NOT NULL, quantity integer NOT NULL);`,
  ].join('\n');
  return memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## NFR\n\n- ${c.sentence}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL |\n| Cache | Redis |\n\n## Data\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n## API\n\n| Method | Path | Notes |\n|---|---|---|\n${c.routes.join('\n')}\n`,
  });
}

describe('a cache invalidated by several verbs lists every write of each verb', { timeout: 120_000 }, () => {
  it.each(CASES)('$lang: $sentence', async (c) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(c));
    const spec = r.spec!;
    const entry = spec.caching!.entries.find((e) => e.origin.kind === 'source')!;
    const catalog = c.routes[0]!.split('|')[2]!.trim();
    expect(spec.endpoints.find((e) => e.operationId === entry.endpoint)?.path).toBe(catalog);
    const offer = spec.endpoints.find((e) => e.method === 'POST')!.entity!;
    // Created and updated: the creation and the update, never the deletion nobody stated.
    expect([...entry.invalidatedBy].sort()).toEqual([`${offer}.create`, `${offer}.update`]);
  });

  it.each([
    ['en', 'The list is cached for 60 seconds and invalidated when a shift is created, updated or deleted.'],
    [
      'es',
      'La lista se guarda en caché durante 60 segundos y se invalida cuando un turno se crea o se elimina.',
    ],
    [
      'de',
      'Die Liste wird 60 Sekunden lang gecacht und invalidiert, wenn eine Schicht erstellt oder gelöscht wird.',
    ],
  ])('%s: each verb is one event on the same record', (_l, sentence) => {
    const read = readCacheSentence(sentence)!;
    const actions = read.invalidatedOn.flatMap((e) => e.actions ?? []);
    expect(actions[0]).toBe('create');
    expect(actions).toContain('delete');
    // The verb alone shares the record its neighbour names.
    const record = read.invalidatedOn[0]!.words.find((w) => /shift|turno|schicht/.test(w));
    expect(record).toBeDefined();
    for (const e of read.invalidatedOn) expect(e.words).toContain(record);
  });
});

// The Japanese trial's English translation: "creating or cancelling a reservation evicts that day's
// cache" was read as invalidated by "that day's cache" (and raised cache-without-invalidation).
describe('an active invalidating verb with the cache as its object', () => {
  it('en / es: the events are its subject, a verb before a record sharing that record', () => {
    const en = readCacheSentence(
      "Free-slot search results are cached in Redis for 60 seconds; creating or cancelling a reservation evicts that day's cache.",
    );
    expect(en?.invalidatedOn).toEqual([
      { text: 'creating', words: ['creating', 'reservation'], actions: ['create'] },
      { text: 'cancelling a reservation', words: ['cancelling', 'reservation'], actions: ['cancel'] },
    ]);
    const es = readCacheSentence(
      'La lista semanal se guarda en caché en Redis durante 60 segundos; crear o cancelar una reserva invalida la caché de ese día.',
    );
    expect(es?.invalidatedOn.map((e) => e.actions)).toEqual([['create'], ['cancel']]);
  });
});

describe('the writes an event names', () => {
  it('are those of the record it names, not every write that shares a verb or a path word', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/product/PRD.md': '# Requirements\n\n- FR-1: Owners search free slots and book them.\n',
        '/p/docs/technical/architecture.md': [
          '# Architecture',
          '',
          '```sql',
          'CREATE TABLE slots (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);',
          "CREATE TABLE reservations (id uuid PRIMARY KEY, slot_id uuid NOT NULL REFERENCES slots(id), status text NOT NULL DEFAULT 'booked');",
          'CREATE TABLE medical_records (id uuid PRIMARY KEY, reservation_id uuid NOT NULL REFERENCES reservations(id), note text NOT NULL);',
          '```',
          '',
          '| Method | Path | Access | Description |',
          '|---|---|---|---|',
          '| GET | /api/slots | public | search free slots |',
          '| POST | /api/reservations | owner | create a reservation |',
          '| POST | /api/reservations/{id}/cancel | owner | cancel a reservation |',
          '| POST | /api/reservations/{id}/medical-record | vet | create the medical record |',
          '',
          "Free-slot search results are cached in Redis for 60 seconds; creating or cancelling a reservation evicts that day's cache.",
          '',
        ].join('\n'),
      }),
    );
    const entry = r.spec!.caching!.entries.find((e) => e.endpoint === 'listSlots')!;
    expect(entry.invalidatedBy).toEqual(['Reservation.create', 'Reservation.cancel']);
  });
});
