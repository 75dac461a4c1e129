import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { serverRenderedSurface, surfaceAudience } from '../../src/read/surface-words.js';

// Found in moorline: "The LiveView back office calls the context modules directly and has no JSON
// routes", yet every back-office action (void an invoice, maintain tariffs) had a route in
// openapi.yaml. Rule derive/server-rendered-surface: an operation only the surface's roles call is
// served by its screens, stays a service method, and leaves the JSON API. Fixtures in other
// wordings and languages than moorline's.

const schema = `\`\`\`sql
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL, role text NOT NULL);
CREATE TABLE slips (id bigserial PRIMARY KEY, code text NOT NULL);
CREATE TABLE bookings (id uuid PRIMARY KEY, guest_id uuid NOT NULL REFERENCES users(id), slip_id bigint NOT NULL REFERENCES slips(id), nights integer NOT NULL);
CREATE TABLE fees (id bigserial PRIMARY KEY, name text NOT NULL, amount_cents integer NOT NULL);
\`\`\``;

const deSchema = `\`\`\`sql
CREATE TABLE benutzer (id uuid PRIMARY KEY, email text NOT NULL, rolle text NOT NULL);
CREATE TABLE stege (id bigserial PRIMARY KEY, code text NOT NULL);
CREATE TABLE buchungen (id uuid PRIMARY KEY, gast_id uuid NOT NULL REFERENCES benutzer(id), steg_id bigint NOT NULL REFERENCES stege(id), naechte integer NOT NULL);
CREATE TABLE tarife (id bigserial PRIMARY KEY, name text NOT NULL, betrag_cent integer NOT NULL);
\`\`\``;

const german = (noJson: boolean) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD

## Rollen

| Rolle | Schlüssel | Beschreibung |
|---|---|---|
| Gast | \`gast\` | Bucht einen Liegeplatz |
| Hafenmeister | \`hafenmeister\` | Pflegt die Gebühren |

## Anforderungen

- **FR-1** Ein Gast erstellt eine Buchung für einen Steg.
- **FR-2** Ein Gast sieht seine Buchungen.
- **FR-3** Der Hafenmeister legt Tarife an und ändert Tarife.
`,
    '/p/docs/architecture.md': `# Architektur

Eine Phoenix-Anwendung mit PostgreSQL 16. Die Buchungsseite ruft die JSON-API unter \`/api\` auf;
das Backoffice für den Hafenmeister ist eine LiveView-Oberfläche.
${noJson ? '\nDas Backoffice hat keine JSON-Routen, es wird serverseitig gerendert.\n' : ''}
${deSchema}
`,
  });

const english = memoryHost({
  '/p/docs/prd.md': `# PRD

## Roles

| Role | Key | Description |
|---|---|---|
| Guest | \`guest\` | Books a slip |
| Dockmaster | \`dockmaster\` | Maintains the fees |

## Requirements

- **FR-1** A guest creates a booking for a slip.
- **FR-2** A guest views their bookings.
- **FR-3** The dockmaster creates and updates fees.
`,
  '/p/docs/architecture.md': `# Architecture

One Rails application with PostgreSQL 16. The mobile app calls the JSON API under \`/api\`; the admin
panel for the dockmaster is built with Hotwire.

The admin panel is server-rendered and exposes no JSON endpoints.

${schema}
`,
});

describe('the statement layer reads a surface with no JSON API', () => {
  it.each([
    ['The LiveView back office calls the context modules directly and has no JSON routes.', 'back office'],
    ['Das Backoffice hat keine JSON-Routen, es wird serverseitig gerendert.', 'Backoffice'],
    ['The admin panel is server-rendered and exposes no JSON endpoints.', 'admin panel'],
    ['El panel de administración se renderiza en el servidor.', 'panel de administración'],
    ['Le back-office est rendu côté serveur et n’a pas de routes JSON.', 'back-office'],
    ['O painel administrativo não tem API JSON.', 'painel administrativo'],
    ['De backoffice heeft geen JSON-routes.', 'backoffice'],
  ])('%s', (sentence, surface) => {
    expect(serverRenderedSurface(sentence)).toBe(surface);
  });

  it.each([
    'The back office calls the JSON API like the booking site.',
    'The SPA talks to the backend exclusively via REST API (JSON) — no SSR.',
    'UI architecture: MPA server-rendered with Blade + Livewire 3; no SPA.',
  ])('not: %s', (sentence) => {
    expect(serverRenderedSurface(sentence)).toBeNull();
  });

  it('who a surface is for', () => {
    expect(
      surfaceAudience(
        'Moorline is one Phoenix 1.7 application (JSON API under `/api/v1`) with a LiveView back office for the harbour office and the berthing master.',
      ),
    ).toEqual({ surface: 'back office', audience: 'the harbour office and the berthing master' });
    expect(
      surfaceAudience('das Backoffice für den Hafenmeister ist eine LiveView-Oberfläche.')?.audience,
    ).toBe('den Hafenmeister ist eine LiveView-Oberfläche');
  });
});

describe('rule derive/server-rendered-surface', { timeout: 120_000 }, () => {
  it.each([
    ['de', german(true), 'hafenmeister', 'gast', 'Tarife'],
    ['en', english, 'dockmaster', 'guest', 'Fee'],
  ])(
    '%s: the staff surface’s operations leave the JSON API and stay service methods',
    async (_l, host, staff, guest, fee) => {
      const r = await compile({ root: '/p', verify: { skip: true } }, host);
      const spec = r.spec!;
      const served = spec.endpoints.filter((e) => e.servedBy);
      // The fee operations only the staff role calls are served by the surface's screens.
      expect(served.length).toBeGreaterThan(0);
      expect(served.every((e) => e.roles.every((role) => role === staff))).toBe(true);
      expect(served.some((e) => e.entity === fee && e.action === 'create')).toBe(true);
      expect(served.every((e) => e.servedBy!.origin.kind === 'rule')).toBe(true);
      // A guest's operations stay routes of the API.
      const guestOps = spec.endpoints.filter((e) => e.roles.includes(guest));
      expect(guestOps.length).toBeGreaterThan(0);
      expect(guestOps.every((e) => !e.servedBy)).toBe(true);
      // openapi.yaml has no route for them; the services still call them.
      const yaml = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text;
      for (const e of served) expect(yaml).not.toContain(`operationId: ${e.operationId}\n`);
      const methods = spec.services.flatMap((s) => s.methods.flatMap((m) => m.endpoints));
      for (const e of served) expect(methods).toContain(e.operationId);
    },
  );

  it('without the statement every operation stays in the JSON API', async () => {
    const r = await compile({ root: '/p', verify: { skip: true } }, german(false));
    expect(r.spec!.endpoints.filter((e) => e.servedBy)).toEqual([]);
  });
});
