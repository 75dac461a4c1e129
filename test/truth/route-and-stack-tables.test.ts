import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { statedBasePath } from '../../src/read/base-path-words.js';

// Issue 11 (stated contracts beat derivation rules) and issue 13 (primary actors keep their primary
// actions): a route table's access column decides who calls each route, a stated base path prefixes
// the routes listed under it, and a technology table's rows are read whole — a framework beside its
// language, a "Jobs" slot, a provider the catalogue does not know, the options it rejects.

const DATA = `\`\`\`sql
CREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE loans (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id));
CREATE TABLE reservations (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id));
\`\`\``;

const PRD = `# PRD

- As a member, I want to reserve a tool, so that it is kept for me.
- As a counter clerk, I want to check a tool out, so that the inventory stays accurate.
- As a branch manager, I want to add tools, so that members can borrow them.
`;

async function run(routes: string, base: string) {
  const host = memoryHost({
    '/p/docs/prd.md': PRD,
    '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${DATA}\n\n## API\n\n${base}\n\n${routes}\n`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!;
}

const access = (spec: Awaited<ReturnType<typeof run>>, method: string, path: string) => {
  const e = spec.endpoints.find((x) => x.method === method && x.path === path);
  const row = spec.permissions?.rows.find((r) => r.operationId === e?.operationId);
  return { authenticated: e?.authenticated, row: row?.access };
};

describe('a route table with an access column', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      'Base path `/api/v1`. All responses are JSON.',
      '| Method | Path | Who | Purpose |\n|---|---|---|---|\n| GET | /tools | public | search |\n| POST | /reservations | member | reserve |\n| POST | /loans | clerk | check out |\n| POST | /tools | manager | add a tool |',
    ],
    [
      'es',
      'Ruta base: `/api/v1`.',
      '| Método | Ruta | Quién | Propósito |\n|---|---|---|---|\n| GET | /tools | público | buscar |\n| POST | /reservations | member | reservar |\n| POST | /loans | clerk | prestar |\n| POST | /tools | manager | alta |',
    ],
    [
      'fr',
      'Préfixe des routes : `/api/v1`.',
      '| Method | Path | Rôle | Objet |\n|---|---|---|---|\n| GET | /tools | publique | chercher |\n| POST | /reservations | member | réserver |\n| POST | /loans | clerk | prêter |\n| POST | /tools | manager | ajouter |',
    ],
    [
      'de',
      'Basispfad: `/api/v1`.',
      '| Method | Path | Wer | Zweck |\n|---|---|---|---|\n| GET | /tools | öffentlich | suchen |\n| POST | /reservations | member | reservieren |\n| POST | /loans | clerk | ausleihen |\n| POST | /tools | manager | anlegen |',
    ],
    [
      'pt',
      'Caminho base: `/api/v1`.',
      '| Method | Path | Acesso | Objetivo |\n|---|---|---|---|\n| GET | /tools | público | buscar |\n| POST | /reservations | member | reservar |\n| POST | /loans | clerk | emprestar |\n| POST | /tools | manager | cadastrar |',
    ],
  ])(
    '%s: the stated callers, and only they, may call each route; routes sit under the stated base',
    async (_l, base, table) => {
      const spec = await run(table, base);
      expect(spec.endpoints.some((e) => e.path === '/tools')).toBe(false);
      expect(access(spec, 'GET', '/api/v1/tools').authenticated).toBe(false);
      expect(access(spec, 'POST', '/api/v1/reservations').row).toEqual({
        member: 'allowed',
        counter_clerk: 'denied',
        branch_manager: 'denied',
      });
      expect(access(spec, 'POST', '/api/v1/loans').row).toEqual({
        member: 'denied',
        counter_clerk: 'allowed',
        branch_manager: 'denied',
      });
      expect(access(spec, 'POST', '/api/v1/tools').row).toEqual({
        member: 'denied',
        counter_clerk: 'denied',
        branch_manager: 'allowed',
      });
    },
  );

  it('reads access cells and base-path sentences, and nothing else', () => {
    expect(readAccessCell('public')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('Authenticated')).toEqual({ public: false, any: true, roles: [] });
    expect(readAccessCell('clerk / manager')).toEqual({
      public: false,
      any: false,
      roles: ['clerk', 'manager'],
    });
    expect(readAccessCell('')).toBeNull();
    // A role id keeps its underscore (an English trial's `site_admin` became "siteadmin" and its
    // routes were granted to no role); emphasis around a role still goes.
    expect(readAccessCell('site_admin, coordinator')?.roles).toEqual(['site_admin', 'coordinator']);
    expect(readAccessCell('_site_admin_')?.roles).toEqual(['site_admin']);
    expect(statedBasePath('Base URL: https://api.example.com/v2 (production)')).toBe('/v2');
    expect(statedBasePath('All routes are prefixed with `/api`.')).toBe('/api');
    // A contract's lead (a Portuguese spec-kit trial's contracts/api.md) and the Italian wording.
    expect(statedBasePath('Base: `/api/v1`. Respostas de erro no formato RFC 9457.')).toBe('/api/v1');
    expect(statedBasePath('Percorso base: /api/v2')).toBe('/api/v2');
    expect(statedBasePath('The base: of the system is /x')).toBeNull();
    // A URL with no path states no base path: never its host read from the second slash (an
    // Italian trial's provider, `https://ws.fatturazioneelettronica.aruba.it`, became `/ws.…`).
    expect(statedBasePath('Base URL: `https://ws.fatturazioneelettronica.aruba.it`')).toBeNull();
    expect(statedBasePath('Base URL: https://api.example.com')).toBeNull();
    expect(statedBasePath('Base URL: `https://api.example.com/api/v1`')).toBe('/api/v1');
    // A route is not a base path, and a sentence without the words states none.
    expect(statedBasePath('Base path for uploads is /files/{id}/raw')).toBeNull();
    expect(statedBasePath('The API serves /api/v1/tools and more.')).toBeNull();
    // The web portal's own routes are not the API's (odata-gateway-bq).
    expect(statedBasePath('All web portal routes MUST be prefixed with `/web/`.')).toBeNull();
    expect(statedBasePath(`Base path ${' '.repeat(50_000)}/api`)).toBeNull();
  });
});

async function stack(table: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- FR1: Members reserve tools.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${table}\n\n## Data\n\n${DATA}\n`,
  });
  return compile({ root: '/p', verify: { skip: true } }, host);
}

describe('a technology table read row by row', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '| Concern | Choice | Status |\n|---|---|---|\n| Language | Kotlin 2.0 + Spring Boot 3.3 | Accepted |\n| Database | MongoDB | Rejected |\n| Payments | Mollie | Accepted |\n| Payments | Stripe | Rejected |\n| Jobs | Spring `@Scheduled` + ShedLock | Accepted |',
    ],
    [
      'es',
      '| Aspecto | Elección | Estado |\n|---|---|---|\n| Lenguaje | Kotlin 2.0 + Spring Boot 3.3 | Aceptado |\n| Base de datos | MongoDB | Rechazado |\n| Pagos | Mollie | Aceptado |\n| Pagos | Stripe | Rechazado |\n| Jobs | Spring `@Scheduled` + ShedLock | Aceptado |',
    ],
    [
      'de',
      '| Bereich | Wahl | Status |\n|---|---|---|\n| Language | Kotlin 2.0 + Spring Boot 3.3 | Akzeptiert |\n| Datenbank | MongoDB | Abgelehnt |\n| Zahlungen | Mollie | Akzeptiert |\n| Zahlungen | Stripe | Abgelehnt |\n| Jobs | Spring `@Scheduled` + ShedLock | Akzeptiert |',
    ],
  ])(
    '%s: framework beside its language, the stated scheduler, an unknown provider, and what was rejected',
    async (_l, table) => {
      const r = await stack(table);
      const chosen = r
        .domain!.stack.filter((c) => c.status === 'chosen')
        .map((c) => `${c.concern}:${c.value}`);
      expect(chosen).toEqual(
        expect.arrayContaining([
          'framework:Spring Boot',
          'scheduler:Spring Scheduling',
          'scheduler:ShedLock',
        ]),
      );
      const spec = r.spec!;
      expect(spec.integrations.map((i) => `${i.name}:${i.status}`)).toContain('Mollie:chosen');
      expect(spec.integrations.some((i) => i.provider === 'stripe' && i.status === 'chosen')).toBe(false);
      const out = spec.reconciliation.decisions?.map((d) => `${d.subject}:${d.status}`) ?? [];
      expect(out).toEqual(expect.arrayContaining(['MongoDB:rejected', 'Stripe:rejected']));
    },
  );

  it('a rejection in one clause does not rule out a technology chosen elsewhere', async () => {
    const r = await stack(
      '| Concern | Choice | Status |\n|---|---|---|\n| Database | PostgreSQL 16 | Accepted |\n\nWe use PostgreSQL for events too, instead of PostgreSQL LISTEN (rejected).',
    );
    expect(r.spec!.reconciliation.decisions?.some((d) => d.subject === 'PostgreSQL') ?? false).toBe(false);
  });
});

describe('a cache the documents decide against', { timeout: 60_000 }, () => {
  it.each([
    ['en', '| Concern | Choice | Status |\n|---|---|---|\n| Cache | none | Accepted |'],
    ['es', '| Aspecto | Elección | Estado |\n|---|---|---|\n| Caché | ninguno | Aceptado |'],
    ['de', '| Bereich | Wahl | Status |\n|---|---|---|\n| Cache | keiner | Akzeptiert |'],
  ])('%s: no store, no entries, no health check of a cache, cited', async (_l, table) => {
    const r = await stack(table);
    const spec = r.spec!;
    expect(spec.caching?.store).toMatchObject({
      value: 'none',
      origin: { kind: 'source', file: 'docs/architecture.md' },
    });
    expect(spec.caching?.entries).toEqual([]);
    expect(spec.caching?.fallback).toBeNull();
    expect(JSON.stringify(spec.observability)).not.toMatch(/cache \(none\)/);
  });
});
