import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apiKeyClient, routeMatches } from '../../src/derive/security/api-clients.js';
import { memoryHost } from '../../src/host.js';
import { fromSource } from '../../src/model/origin.js';
import type { Endpoint } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';
import { spectralLint } from '../../src/verify/spectral.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { doc, extractSecurity } from './helpers.js';

/**
 * A machine client with a stated API key becomes a principal with an `apiKey` scheme in the stated
 * header, on the operations it calls (rule derive/api-key-client); a key of a provider we call is
 * not a scheme of our API. Fixtures in en, es, de, zh, written for these tests.
 */
const ep = (method: string, path: string, operationId: string): Endpoint =>
  ({
    operationId,
    method,
    path,
    action: 'list',
    authenticated: true,
    roles: ['user'],
    origin: fromSource('docs/api.md', 1),
  }) as unknown as Endpoint;

const API: Endpoint[] = [
  ep('POST', '/api/v1/readings', 'createReading'),
  ep('GET', '/api/v1/readings/{id}', 'getReading'),
  ep('POST', '/api/v1/pedidos', 'createPedido'),
  ep('GET', '/api/partner/bestand', 'listBestand'),
  ep('PUT', '/api/partner/bestand/{id}', 'updateBestand'),
  ep('GET', '/api/v1/stock', 'listStock'),
  ep('POST', '/api/api-keys', 'createApiKey'),
  ep('GET', '/v1/forecast', 'listForecasts'),
];

const client = (text: string, kind: 'architecture' | 'other' = 'architecture') =>
  apiKeyClient(extractSecurity([doc('docs/architecture.md', kind, text)]), API);

describe('machine clients with a stated API key (derive/api-key-client)', () => {
  it('en: a curl example sends the key header to our route', () => {
    const c = client(
      [
        '## Device ingestion',
        '',
        '```bash',
        "curl -X POST 'http://localhost:3000/api/v1/readings' \\",
        "  -H 'Content-Type: application/json' \\",
        "  -H 'X-API-Key: dev_123' \\",
        '  -d \'{"value": 21.5}\'',
        '```',
      ].join('\n'),
    );
    expect(c).toMatchObject({
      kind: 'service',
      auth: { value: 'api-key' },
      operations: ['createReading'],
      credential: {
        in: 'header',
        name: 'X-API-Key',
        origin: { kind: 'source', file: 'docs/architecture.md', line: 4 },
      },
    });
  });

  it('es: a sentence names the route, the key and its header', () => {
    const c = client(
      'Los sistemas externos llaman a `POST /api/v1/pedidos` con una clave de API en la cabecera `X-Api-Key`.',
    );
    expect(c?.operations).toEqual(['createPedido']);
    expect(c?.credential).toMatchObject({ name: 'X-Api-Key', origin: { kind: 'source', line: 1 } });
  });

  it('de: a route prefix with the key in a custom header', () => {
    const c = client(
      'Partnersysteme rufen alle Endpunkte unter `/api/partner/*` mit einem API-Schlüssel im Header `X-Partner-Key` auf.',
    );
    expect(c?.operations).toEqual(['listBestand', 'updateBestand']);
    expect(c?.credential?.name).toBe('X-Partner-Key');
  });

  it('zh: an architecture diagram line and a header line (accountbox style)', () => {
    const c = client(
      [
        '```',
        '│  /api/partner/*     API Key认证（外部调用）  │',
        '│      └─ Header: X-API-Key       │',
        '```',
      ].join('\n'),
    );
    expect(c?.operations).toEqual(['listBestand', 'updateBestand']);
    expect(c?.credential?.name).toBe('X-API-Key');
  });

  it('a stated key without a header gets X-API-Key as a proposal, marked as such', () => {
    const c = client('Partner systems call `GET /api/v1/stock` with an API key.');
    expect(c?.operations).toEqual(['listStock']);
    expect(c?.credential).toEqual({
      in: 'header',
      name: 'X-API-Key',
      origin: { kind: 'default', rule: 'derive/api-key-header-default' },
    });
  });

  it.each([
    [
      'en: the key of a provider we call',
      'We call the SendGrid API with an API key (`SENDGRID_API_KEY`) from `POST /api/v1/readings`.',
    ],
    [
      'es: the key of a provider we call',
      'Usamos la clave de API de Stripe en `POST /api/v1/pedidos` para cobrar.',
    ],
    [
      'en: a curl to a weather provider nobody catalogued (its route is not ours)',
      "```bash\ncurl https://api.acme-weather.test/v1/forecasts -H 'X-API-Key: $WEATHER_KEY'\n```",
    ],
    [
      'en: the routes that manage keys are called by users',
      'Users create an API key with `POST /api/api-keys`.',
    ],
    [
      'de: configuration of secrets',
      'API-Schlüssel werden in Azure Key Vault gespeichert und nie eingecheckt.',
    ],
    [
      'en: a link in prose is not a request',
      'See http://localhost:3000/api/v1/readings for the X-API-Key header of the sensor vendor.',
    ],
  ])('near miss, %s: no API-key client', (_name, text) => {
    expect(client(text)).toBeNull();
  });

  it('matches stated routes to endpoint templates', () => {
    const e = ep('PUT', '/api/external/accounts/{id}/status', 'x');
    expect(routeMatches('PUT /api/external/accounts/42/status', e)).toBe(true);
    expect(routeMatches('GET /api/external/accounts/42/status', e)).toBe(false);
    expect(routeMatches('/api/external/*', e)).toBe(true);
    expect(routeMatches('/api/extern/*', e)).toBe(false);
    expect(routeMatches('/api/external/accounts/:id/status', e)).toBe(true);
  });
});

const PRD = `# Lager — PRD

## User Stories

- Als Lagerist möchte ich Bestände ansehen.
`;
const ARCHITECTURE = `# Architektur

## Authentifizierung

Benutzer melden sich mit JWT-Bearer-Tokens an.

## Partner-API

Partnersysteme rufen \`GET /api/v1/bestaende\` mit einem API-Schlüssel im Header \`X-Partner-Key\` auf.

Stripe ruft \`POST /webhooks/stripe\` auf; Stripe-Webhooks werden mit dem Stripe-Signature-Header geprüft.

Wir rufen die SendGrid-API mit einem API key auf, um E-Mails zu senden.

## Datenmodell

\`\`\`sql
CREATE TABLE bestaende (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  artikel VARCHAR(120) NOT NULL,
  menge INTEGER NOT NULL CHECK (menge >= 0)
);
\`\`\`
`;

describe('an unseen German project: schemes, security and the callers table', () => {
  it('writes the apiKey scheme next to the user scheme, webhooks without bearer, and section 5.8', async () => {
    const host = memoryHost({ '/lager/docs/prd.md': PRD, '/lager/docs/architecture.md': ARCHITECTURE });
    const r = await compile({ root: '/lager', lang: 'en', verify: { skip: true } }, host);
    expect(r.ok).toBe(true);
    const s = r.spec!;
    const keyed = s.principals?.find((p) => p.credential);
    expect(keyed?.credential).toMatchObject({
      name: 'X-Partner-Key',
      origin: { file: 'docs/architecture.md', line: 9 },
    });
    const list = s.endpoints.find((e) => e.method === 'GET' && e.path === '/api/v1/bestaende')!;
    expect(keyed?.operations).toEqual([list.operationId]);
    const openapi = parse(r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text);
    const schemes = openapi.components.securitySchemes;
    expect(schemes.clientApiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Partner-Key' });
    // The SendGrid key is not a scheme of this API: exactly one apiKey scheme in a header named *Key.
    expect(Object.values(schemes).filter((x) => (x as { name?: string }).name?.endsWith('Key'))).toHaveLength(
      1,
    );
    const op = openapi.paths['/api/v1/bestaende'].get;
    expect(op.security).toContainEqual({ clientApiKey: [] });
    expect(op.security.length).toBeGreaterThan(1);
    for (const [path, item] of Object.entries(
      openapi.paths as Record<string, Record<string, { security: unknown[] }>>,
    ))
      for (const o of Object.values(item))
        if (path !== '/api/v1/bestaende') expect(o.security).not.toContainEqual({ clientApiKey: [] });
    const hook = openapi.paths['/webhooks/stripe']?.post;
    if (hook) {
      expect(hook.security).toEqual([{}]);
      expect(hook.description).toContain('Stripe-Signature');
      expect(hook.description).toContain('no bearer token');
    }
    const md = r.artifacts[0]!.text;
    expect(md).toContain('### 5.8 Who calls the API');
    expect(md).toMatch(
      /\| API key client \| machine client \| API key in the `X-Partner-Key` header \| `GET \/api\/v1\/bestaende` \| `docs\/architecture\.md:9` \|/,
    );
    expect(md).toMatch(
      /\| Stripe \| webhook sender \| the provider’s signature, verified over the raw body; no bearer token \|/,
    );
    const errors = (
      await spectralLint(r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text)
    ).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  }, 60_000);
});

describe('accountbox: the external API is called with the stated X-API-Key header', () => {
  it('has one API-key client on the /api/external/* routes and none on the key management routes', async () => {
    const r = await compiledProject(corpusRoot('accountbox'));
    const keyed = (r.spec!.principals ?? []).filter((p) => p.credential);
    expect(keyed).toHaveLength(1);
    expect(keyed[0]!.credential).toMatchObject({ name: 'X-API-Key', origin: { kind: 'source' } });
    const byId = new Map(r.spec!.endpoints.map((e) => [e.operationId, e]));
    const paths = keyed[0]!.operations.map((id) => `${byId.get(id)!.method} ${byId.get(id)!.path}`).sort();
    // Every route of the external API its written contract (006-api-management/contracts/
    // api-specification.yaml) states, and none of the key management routes.
    expect(paths).toEqual([
      'DELETE /api/external/accounts/{id}',
      'GET /api/external/password/generate',
      'GET /api/external/websites',
      'GET /api/external/websites/{websiteId}/accounts',
      'GET /api/external/websites/{websiteId}/accounts/check-username',
      'GET /api/external/websites/{websiteId}/accounts/random',
      'POST /api/external/accounts',
      'PUT /api/external/accounts/{id}',
      'PUT /api/external/accounts/{id}/status',
    ]);
  }, 120_000);

  it.each(['clinic-booking', 'labcore', 'ugcboost', 'bmad-todo-app'])(
    '%s states no API key of its own: no apiKey client',
    async (name) => {
      const root = name === 'clinic-booking' ? 'examples/clinic-booking' : corpusRoot(name);
      const r = await compiledProject(root);
      expect((r.spec!.principals ?? []).filter((p) => p.credential)).toEqual([]);
    },
    120_000,
  );
});
