import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11, "say only what the documents say": a new user's "The weekly shift list is cached in Redis
// for 60 seconds and invalidated on booking and on publish." became only a parameter, and section 10
// said "Redis for 0 entries". A stated cache entry is an entry (what, store, TTL, invalidating writes,
// its source line), tied to the read it names; "Nothing else is cached" stops the derived proposals.

interface Case {
  lang: string;
  tables: [site: string, shift: string, booking: string, category: string];
  header: string;
  routes: [week: string, book: string, publish: string];
  cached: string;
  nothingElse: string;
}

const CASES: Case[] = [
  {
    lang: 'en',
    tables: ['sites', 'shifts', 'bookings', 'categories'],
    header: '| Method | Path | Notes |',
    routes: [
      '| GET | /api/sites/{site_id}/week | weekly shift list |',
      '| POST | /api/shifts/{shift_id}/bookings | book a shift |',
      '| POST | /api/sites/{site_id}/publish | publish the week |',
    ],
    cached:
      'The weekly shift list is cached in Redis for 60 seconds and invalidated on booking and on publish.',
    nothingElse: 'Nothing else is cached.',
  },
  {
    lang: 'es',
    tables: ['sedes', 'turnos', 'reservas', 'categorias'],
    header: '| Método | Ruta | Notas |',
    routes: [
      '| GET | /api/sedes/{sede_id}/semana | lista semanal de turnos |',
      '| POST | /api/turnos/{turno_id}/reservas | reservar un turno |',
      '| POST | /api/sedes/{sede_id}/publicar | publicar la semana |',
    ],
    cached:
      'La lista semanal de turnos se guarda en caché en Redis durante 60 segundos y se invalida al reservar y al publicar.',
    nothingElse: 'No se guarda en caché nada más.',
  },
  {
    lang: 'pt',
    tables: ['sedes', 'turnos', 'reservas', 'categorias'],
    header: '| Método | Caminho | Notas |',
    routes: [
      '| GET | /api/sedes/{sede_id}/semana | lista semanal de turnos |',
      '| POST | /api/turnos/{turno_id}/reservas | reservar um turno |',
      '| POST | /api/sedes/{sede_id}/publicar | publicar a semana |',
    ],
    cached:
      'A lista semanal de turnos é armazenada em cache no Redis por 60 segundos e invalidada ao reservar e ao publicar.',
    nothingElse: 'Nada mais é armazenado em cache.',
  },
  {
    lang: 'fr',
    tables: ['sites', 'creneaux', 'reservations', 'categories'],
    header: '| Méthode | Chemin | Remarques |',
    routes: [
      '| GET | /api/sites/{site_id}/semaine | liste hebdomadaire des créneaux |',
      '| POST | /api/creneaux/{creneau_id}/reservations | réserver un créneau |',
      '| POST | /api/sites/{site_id}/publication | publier la semaine |',
    ],
    cached:
      'La liste hebdomadaire des créneaux est mise en cache dans Redis pendant 60 secondes et invalidée à chaque réservation et à la publication.',
    nothingElse: "Rien d'autre n'est mis en cache.",
  },
  {
    lang: 'de',
    tables: ['standorte', 'schichten', 'buchungen', 'categories'],
    header: '| Methode | Pfad | Hinweise |',
    routes: [
      '| GET | /api/standorte/{standort_id}/woche | Wochenliste der Schichten |',
      '| POST | /api/schichten/{schicht_id}/buchungen | Schicht buchen |',
      '| POST | /api/standorte/{standort_id}/veroeffentlichen | Woche veröffentlichen |',
    ],
    cached:
      'Die Wochenliste der Schichten wird 60 Sekunden lang in Redis gecacht und bei Buchung und Veröffentlichung invalidiert.',
    nothingElse: 'Sonst wird nichts gecacht.',
  },
  {
    lang: 'it',
    tables: ['sedi', 'turni', 'prenotazioni', 'categorie'],
    header: '| Method | Path | Note |',
    routes: [
      '| GET | /api/sedi/{sede_id}/settimana | elenco settimanale dei turni |',
      '| POST | /api/turni/{turno_id}/prenotazioni | prenotare un turno |',
      '| POST | /api/sedi/{sede_id}/pubblicazione | pubblicare la settimana |',
    ],
    cached:
      "L'elenco settimanale dei turni è memorizzato nella cache in Redis per 60 secondi e invalidato alla prenotazione e alla pubblicazione.",
    nothingElse: "Nient'altro è memorizzato nella cache.",
  },
];

function project(c: Case, nfr: string[]) {
  const [site, shift, booking, category] = c.tables;
  const sql = [
    `CREATE TABLE ${site} (id uuid PRIMARY KEY, name text NOT NULL);`,
    `CREATE TABLE ${category} (id uuid PRIMARY KEY, name text NOT NULL);`,
    `CREATE TABLE ${shift} (id uuid PRIMARY KEY, site_id uuid NOT NULL REFERENCES ${site}(id), category_id uuid REFERENCES ${category}(id), starts_at timestamptz NOT NULL);`,
    `CREATE TABLE ${booking} (id uuid PRIMARY KEY, shift_id uuid NOT NULL REFERENCES ${shift}(id), created_at timestamptz NOT NULL);`,
  ].join('\n');
  return memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## NFR\n\n${nfr.map((l) => `- ${l}`).join('\n')}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n## Stack\n\n| Layer | Choice |\n|---|---|\n| Database | PostgreSQL |\n| Cache | Redis |\n\n## Data\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n## API\n\n${c.header}\n|---|---|---|\n${c.routes.join('\n')}\n`,
  });
}

async function caching(host: ReturnType<typeof memoryHost>) {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  const byId = new Map(r.spec!.endpoints.map((e) => [e.operationId, `${e.method} ${e.path}`]));
  const write = (route: string) => {
    const e = r.spec!.endpoints.find((x) => `${x.method} ${x.path}` === route)!;
    return { entity: e.entity, name: `${e.entity}.${e.operationId.replace(/[A-Z].*$/, '')}` };
  };
  return {
    caching: r.spec!.caching!,
    route: (id: string | undefined) => (id ? byId.get(id) : undefined),
    write,
  };
}

describe('a stated cache entry is an entry of section 10', { timeout: 120_000 }, () => {
  it.each(CASES)(
    '$lang: the weekly list, its store, TTL and invalidating writes, with its source',
    async (c) => {
      const { caching: spec, route, write } = await caching(project(c, [c.cached, c.nothingElse]));
      const week = c.routes[0]!.split('|')[2]!.trim();
      expect(spec.entries).toHaveLength(1);
      const entry = spec.entries[0]!;
      expect(route(entry.endpoint)).toBe(`GET ${week}`);
      expect(entry.ttlSeconds).toBe(60);
      expect(entry.store).toBe('Redis');
      expect(entry.origin).toMatchObject({ kind: 'source', file: 'docs/prd.md', line: 5 });
      expect(entry.ttlOrigin).toMatchObject({ kind: 'source', line: 5 });
      // Each event names one write, by its record and verb: the booking's creation, the week's publication.
      const [book, publish] = [c.routes[1]!, c.routes[2]!].map((x) =>
        write(`POST ${x.split('|')[2]!.trim()}`),
      );
      expect([...entry.invalidatedBy].sort()).toEqual([`${book!.entity}.create`, publish!.name].sort());
    },
  );

  it.each(CASES)(
    '$lang: without "nothing else", the rules still propose their entries beside it',
    async (c) => {
      const { caching: spec } = await caching(project(c, [c.cached]));
      expect(spec.entries.length).toBeGreaterThan(1);
      expect(spec.entries.filter((e) => e.origin.kind === 'source')).toHaveLength(1);
    },
  );

  it('a store named only in the sentence becomes the store; a deferred or negated one states nothing', async () => {
    const plain = (nfr: string) =>
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## NFR\n\n${nfr}\n`,
        '/p/docs/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE reports (id uuid PRIMARY KEY, title text NOT NULL);\n```\n\n| Method | Path | Notes |\n|---|---|---|\n| GET | /api/reports/summary | report summary |\n',
      });
    const named = (await caching(plain('- The report summary is cached in memory for 5 minutes.'))).caching;
    expect(named.store).toMatchObject({ value: 'in-process memory', origin: { kind: 'source' } });
    expect(named.entries.find((e) => e.origin.kind === 'source')?.ttlSeconds).toBe(300);
    for (const near of [
      '## Phase 2\n\n- The report summary is cached in memory for 5 minutes.',
      '- The report summary is not cached in Redis: it must always be fresh.',
      '- Client-side caching via React Query keeps the report summary for 5 minutes.',
    ]) {
      const spec = (await caching(plain(near))).caching;
      expect(spec?.entries.filter((e) => e.origin.kind === 'source') ?? []).toEqual([]);
    }
  });
});
