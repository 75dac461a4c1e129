import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 and 13, from a German spec-kit trial nobody had seen: the team's own OpenAPI contract
// (`contracts/*.yaml`) was never read, a sign-in delegated to an identity provider the catalogue does
// not know became home-grown JWT + argon2 passwords, the SMS provider named in prose was dropped, a
// "Kundin" was no "kunde", and routes ignored the stated table plural (`/termin` beside `/termine`).

const DATA = `# Datenmodell

\`\`\`sql
CREATE TABLE kunden (id serial PRIMARY KEY, name text NOT NULL, email text NOT NULL UNIQUE);
CREATE TABLE termine (id serial PRIMARY KEY, kunde_id int NOT NULL REFERENCES kunden(id), beginn timestamptz NOT NULL, status text NOT NULL DEFAULT 'gebucht');
\`\`\`
`;

const CONTRACT = `openapi: 3.1.0
info: { title: Werkstatt, version: 1.0.0 }
servers:
  - url: https://api.example.test/v1
paths:
  /slots:
    get:
      summary: Freie Slots suchen
      parameters:
        - { name: datum, in: query, required: true, schema: { type: string, format: date } }
      responses:
        '200': { description: Freie Slots }
  /termine:
    post:
      operationId: bookAppointment
      summary: Termin buchen
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/BookingRequest' }
      responses:
        '201': { description: Gebucht }
        '409': { description: SLOT_BELEGT }
components:
  schemas:
    BookingRequest:
      type: object
      required: [beginn]
      properties:
        beginn: { type: string, format: date-time }
    Werkstattwagen:
      type: object
      properties:
        id: { type: integer }
`;

const SPEC = `# Feature-Spezifikation

### User Story 1 – Termin stornieren (Priorität: P1)

Als Kundin möchte ich meinen Termin stornieren können.
`;

const PLAN = (auth: string) => `# Implementierungsplan

## Technischer Kontext

**Sprache/Version**: Python 3.12
**Speicher**: PostgreSQL 16

## Authentifizierung

${auth} Rollen: \`kunde\`, \`werkstattleitung\`.
`;

async function project(files: Record<string, string>) {
  const host = memoryHost(files);
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r;
}

const SPECKIT = (auth = 'Anmeldung über ZITADEL (OIDC, Authorization Code mit PKCE).') => ({
  '/p/specs/001-termine/spec.md': SPEC,
  '/p/specs/001-termine/plan.md': PLAN(auth),
  '/p/specs/001-termine/data-model.md': DATA,
  '/p/specs/001-termine/contracts/termine.yaml': CONTRACT,
  // Not an OpenAPI document: a config file beside the contract is never read.
  '/p/specs/001-termine/contracts/lint.yaml': 'extends: recommended\nrules:\n  no-empty: error\n',
});

describe('a written OpenAPI contract', { timeout: 60_000 }, () => {
  it('is a source, and its operations are the stated routes with their parameters, body and statuses', async () => {
    const r = await project(SPECKIT());
    const read = r.sources.documents.map((d) => d.path);
    expect(read).toContain('specs/001-termine/contracts/termine.yaml');
    expect(read).not.toContain('specs/001-termine/contracts/lint.yaml');
    const eps = r.spec!.endpoints;
    const slots = eps.find((e) => e.method === 'GET' && e.path === '/v1/slots')!;
    expect(slots.origin).toMatchObject({ kind: 'source', file: 'specs/001-termine/contracts/termine.yaml' });
    expect(slots.parameters.map((p) => [p.name, p.in, p.required])).toEqual([['datum', 'query', true]]);
    expect(slots.pagination).toBeNull();
    const book = eps.find((e) => e.method === 'POST' && e.path === '/v1/termine')!;
    expect(book.operationId).toBe('bookAppointment');
    expect(book.requestBody).toMatchObject({ required: ['beginn'] });
    expect(book.responses.map((x) => x.status)).toContain(201);
    expect(book.responses.find((x) => x.status === 409)?.description).toBe('SLOT_BELEGT');
    // The contract's request and response shapes are not tables of the data model.
    expect(r.spec!.entities.map((e) => e.name)).not.toContain('Werkstattwagen');
    expect(r.spec!.entities.map((e) => e.name)).not.toContain('BookingRequest');
  });

  it('in an architecture fence is read the same way, its server path the base path', async () => {
    const r = await project({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Users can list tools.\n',
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE tools (id serial PRIMARY KEY, name text NOT NULL);\n\`\`\`\n\n## API\n\n\`\`\`yaml\nopenapi: 3.0.3\ninfo: { title: T, version: '1' }\nservers: [{ url: /api/v2 }]\npaths:\n  /tools/{id}/retire:\n    post:\n      summary: Retire a tool\n      responses:\n        '204': { description: Retired }\n\`\`\`\n`,
    });
    const e = r.spec!.endpoints.find((x) => x.path === '/api/v2/tools/{id}/retire')!;
    expect(e).toBeDefined();
    expect(e.requestBody).toBeNull();
    expect(e.responses[0]).toMatchObject({ status: 204 });
  });

  it('covers the resources it states: no derived CRUD beside its operations, however far apart they are written', async () => {
    const r = await project({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Users can list tools.\n',
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE tools (id serial PRIMARY KEY, name text NOT NULL);\n\`\`\`\n\n## API\n\n\`\`\`yaml\nopenapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /tools:\n    get:\n      summary: List tools\n      responses:\n        '200': { description: Tools }\n    post:\n      summary: Add a tool\n      responses:\n        '201': { description: Added }\n  /tools/{id}/retire:\n    post:\n      summary: Retire a tool\n      responses:\n        '204': { description: Retired }\n\`\`\`\n`,
    });
    const routes = r.spec!.endpoints.filter((e) => e.entity === 'Tool').map((e) => `${e.method} ${e.path}`);
    expect(routes.sort()).toEqual(['GET /tools', 'POST /tools', 'POST /tools/{id}/retire']);
    expect(r.diagnostics.some((d) => d.code === 'api/route-list-omits')).toBe(true);
  });

  it('routes follow the stated table plural, so derived and stated routes share one collection', async () => {
    const r = await project(SPECKIT());
    const paths = r.spec!.endpoints.map((e) => e.path);
    expect(paths.some((p) => p.startsWith('/v1/termin/') || p === '/v1/termin')).toBe(false);
    expect(paths.filter((p) => p.startsWith('/v1/kunde/') || p === '/v1/kunde')).toEqual([]);
  });
});

describe('a sign-in delegated to an identity provider the catalogue does not know', {
  timeout: 60_000,
}, () => {
  it.each([
    ['de', 'Anmeldung über Authelia (OIDC, Authorization Code mit PKCE).'],
    ['en', 'Users sign in through Authelia (OpenID Connect, PKCE).'],
    ['es', 'El inicio de sesión se hace mediante Authelia (OIDC).'],
    ['fr', 'La connexion passe par Authelia (OpenID Connect).'],
    ['pt', 'O login é feito pelo Authelia (OIDC).'],
  ])('%s: the provider is the stated one, and no password login is designed', async (_lang, auth) => {
    const r = await project(SPECKIT(auth));
    const a = r.spec!.auth!;
    expect(a.strategy.value).toBe('oauth-provider');
    expect(a.provider?.value).toBe('Authelia');
    expect(a.passwordHashing ?? null).toBeNull();
    expect(r.spec!.endpoints.some((e) => e.operationId === 'login')).toBe(false);
  });

  it('a known product or a protocol word after "via" is no provider', async () => {
    for (const text of [
      'The gateway verifies OIDC tokens and validates the query cost via a BigQuery Dry Run.',
      'Authentication: OAuth 2.0 / OpenID Connect flow, using Client ID and Client Secret.',
    ]) {
      const r = await project(SPECKIT(text));
      expect(r.spec!.auth?.provider?.value ?? '').not.toMatch(/BigQuery|Client/);
    }
  });
});

describe('a channel provider named in prose', { timeout: 60_000 }, () => {
  it.each([
    ['de', 'SMS werden über die API von sipgate versendet.', 'sipgate'],
    ['en', 'Text messages are sent through the API of Smsbox.', 'Smsbox'],
    ['es', 'Los SMS se envían a través de la API de Mensajito.', 'Mensajito'],
    ['fr', "Les SMS sont envoyés par l'API de Textoline.", 'Textoline'],
    ['pt', 'Os SMS são enviados pela API da Torpedix.', 'Torpedix'],
  ])('%s: is an integration in use', async (_lang, sentence, name) => {
    const r = await project({
      ...SPECKIT(),
      '/p/specs/001-termine/research.md': `# Recherche\n\n## SMS\n\n${sentence}\n`,
    });
    const i = r.spec!.integrations.find((x) => x.name === name);
    expect(i?.status).toBe('chosen');
  });

  it('a capitalised phrase after a preposition is not one ("avec Bounded Contexts (Payment)")', async () => {
    const r = await project({
      ...SPECKIT(),
      '/p/specs/001-termine/research.md':
        '# Recherche\n\n- Architecture DDD avec Bounded Contexts (Mission, Payment).\n',
    });
    expect(r.spec!.integrations.map((x) => x.name)).not.toContain('Bounded');
  });
});

describe('a gendered actor', { timeout: 60_000 }, () => {
  it('"Kundin" is the role kunde, and may cancel her appointment', async () => {
    const r = await project(SPECKIT());
    const story = r.spec!.stories?.find((s) => s.actor === 'Kundin');
    expect(story?.role).toBe('kunde');
  });
});
