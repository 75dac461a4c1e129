import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { memoryHost } from '../../src/host.js';
import type { Endpoint } from '../../src/model/spec/api.js';
import { compile } from '../../src/pipeline.js';

/**
 * A limit stated for one operation ("login: 5 attempts per 15 minutes", "POST /auth/login limited to
 * 10/min", a table of endpoint → limit) is carried onto that operation with its source, in
 * openapi.yaml (`x-ratelimit`, the description) and section 3; a provider's quota is not ours; an
 * operation with no stated limit keeps its class default.
 */
const SQL = `\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), email VARCHAR(255) NOT NULL UNIQUE, password_hash TEXT NOT NULL);
CREATE TABLE notes (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id UUID NOT NULL REFERENCES users(id),
  body TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\``;
const PRD =
  '# PRD\n\n## Functional requirements\n\n- FR-1: Users register with email and password, and sign in.\n- FR-2: Users create notes and list their notes.\n';
const archDoc = (text: string) =>
  `# Architecture\n\nJWT bearer tokens.\n\n## Data model\n\n${SQL}\n\n${text}\n`;
const lineOf = (text: string, marker: string) =>
  archDoc(text)
    .split('\n')
    .findIndex((l) => l.includes(marker)) + 1;

async function generate(text: string) {
  const host = memoryHost({ '/w/docs/prd.md': PRD, '/w/docs/architecture.md': archDoc(text) });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  const yaml = r.artifacts.find((a) => a.path.endsWith('openapi.yaml'))!.text;
  const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
  return { spec: r.spec!, openapi: parse(yaml) as Record<string, unknown>, md };
}

const op = (endpoints: Endpoint[], id: string) => endpoints.find((e) => e.operationId === id);

/** [language, text, operationId, requests, window seconds, marker on the cited line] */
const STATED: [string, string, string, number, number, string][] = [
  ['en words', '## Security\n\n- login: 5 attempts per 15 minutes per IP.', 'login', 5, 900, 'login:'],
  [
    'en route',
    '## Rate limiting\n\nPOST /auth/login limited to 10/min per IP.',
    'login',
    10,
    60,
    'POST /auth/login',
  ],
  [
    'en table',
    '## Rate limits\n\n| Endpoint | Limit |\n|---|---|\n| POST /auth/register | 3 per hour |\n| GET /notes | 120 requests per minute |',
    'register',
    3,
    3600,
    '| POST /auth/register',
  ],
  [
    'en route prefix',
    '## Security\n\n- **Rate Limiting:** Note detail routes rate-limited at 30 requests/minute/user via middleware. Applied at `/api/notes/[id]/*` routes and `/api/notes/[id]`.',
    'getNote',
    30,
    60,
    'Rate Limiting',
  ],
  [
    'es',
    '## Seguridad\n\n- Inicio de sesión: máximo 5 intentos cada 15 minutos por IP.',
    'login',
    5,
    900,
    'Inicio de sesión',
  ],
  ['pt', '## Segurança\n\n- Cadastro limitado a 3 tentativas por hora.', 'register', 3, 3600, 'Cadastro'],
  ['fr', '## Sécurité\n\n- Connexion : au plus 10 tentatives par minute.', 'login', 10, 60, 'Connexion'],
  ['de', '## Sicherheit\n\n- Anmeldung: höchstens 5 Versuche pro 15 Minuten.', 'login', 5, 900, 'Anmeldung'],
];

describe.each(STATED)(
  'a limit stated for one operation (%s)',
  (_what, text, id, requests, window, marker) => {
    it('is carried onto that operation with its source, in openapi.yaml and section 3', async () => {
      const { spec, openapi, md } = await generate(text);
      const e = op(spec.endpoints, id);
      expect(e, id).toBeDefined();
      const line = lineOf(text, marker);
      expect(e!.statedRateLimit).toMatchObject({
        requests,
        windowSeconds: window,
        origin: { kind: 'source', file: 'docs/architecture.md', line },
      });
      const paths = openapi.paths as Record<string, Record<string, Record<string, unknown>>>;
      const o = paths[e!.path]![e!.method.toLowerCase()]!;
      expect(o['x-ratelimit']).toMatchObject({
        limit: requests,
        window,
        source: `docs/architecture.md:${line}`,
      });
      expect(String(o.description)).toContain(`Rate limit (stated, docs/architecture.md:${line})`);
      // Who the limit counts follows the text as written ("per IP" → "counted per IP").
      const per = e!.statedRateLimit!.per;
      expect(md).toContain(
        `${e!.statedRateLimit!.text}${per && !e!.statedRateLimit!.text.includes(per) ? `, counted per ${per}` : ''} (\`docs/architecture.md:${line}\`)`,
      );
      // The other operations keep their class limit.
      const others = spec.endpoints.filter((x) => x.statedRateLimit && x.operationId !== id);
      expect(others.every((x) => /notes/i.test(x.path))).toBe(true);
    });
  },
);

const NOT_OURS: [string, string][] = [
  [
    'provider by name',
    '## Integrations\n\n- Stripe: 100 requests per second in live mode; login to the dashboard with MFA.',
  ],
  [
    'third-party section',
    '## Third-party APIs\n\n### Email provider\n\n- The provider allows 2 requests per second; sign-in links are sent through it.',
  ],
  ['es proveedor', '## Integraciones\n\n- El proveedor limita el inicio de sesión a 10 intentos por minuto.'],
  ['de Anbieter', '## Integrationen\n\n- Der Anbieter begrenzt die Anmeldung auf 10 Versuche pro Minute.'],
  ['general limit, no operation', '## Rate limiting\n\n- 100 requests per minute per user.'],
  [
    'deferred',
    '## Out of scope\n\n- Login rate limiting (5 attempts per 15 minutes) is out of scope for the MVP.',
  ],
];

describe.each(NOT_OURS)('no stated operation limit (%s)', (_what, text) => {
  it('leaves every operation on its class limit', async () => {
    const { spec, openapi } = await generate(text);
    expect(spec.endpoints.filter((e) => e.statedRateLimit).map((e) => e.operationId)).toEqual([]);
    expect(JSON.stringify(openapi)).not.toContain('x-ratelimit');
  });
});
