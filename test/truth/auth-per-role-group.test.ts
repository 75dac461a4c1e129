import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { buildOpenApi } from '../../src/render/openapi/document.js';

// Trial 8 (a food-bank scheduling backend): volunteers sign in with an SMS code and keep an opaque
// session cookie ("No JWTs for volunteers"); staff use Auth0 access tokens in the Authorization
// header. Every role was "External identity provider", the JWT example showed `volunteer`, and the
// OpenAPI had one cookie scheme for every operation.

const DATA = `\`\`\`sql
CREATE TABLE volunteers (id uuid PRIMARY KEY, phone text NOT NULL UNIQUE, name text NOT NULL);
CREATE TABLE shifts (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);
CREATE TABLE signups (id uuid PRIMARY KEY, shift_id uuid NOT NULL REFERENCES shifts(id), volunteer_id uuid NOT NULL REFERENCES volunteers(id));
\`\`\``;

async function run(lines: string, volunteer = 'Volunteer', coordinator = 'Coordinator') {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD

## User Roles

| Role | What they do |
|---|---|
| ${volunteer} | Signs up for shifts |
| ${coordinator} | Creates shifts |

## API

| Method | Path | Who |
|---|---|---|
| POST | /v1/shifts/{id}/signups | ${volunteer.toLowerCase()} |
| POST | /v1/shifts | ${coordinator.toLowerCase()} |
`,
    '/p/docs/architecture.md': `# Architecture\n\nAuth0 is our identity provider for staff.\n\n## Data model\n\n${DATA}\n\n## Security\n\n${lines}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('groups of roles that authenticate differently', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '- Volunteer sessions: opaque session token in an HttpOnly, Secure, SameSite=Strict cookie. No JWTs for volunteers.\n- Staff: Auth0 access tokens (JWT, RS256) in the `Authorization` header.',
    ],
    [
      'es',
      'Los voluntarios inician sesión con una cookie de sesión (HttpOnly); el personal usa Auth0.',
      'Voluntario',
      'Coordinador',
    ],
    [
      'fr',
      'Les bénévoles se connectent avec un cookie de session (HttpOnly) ; le personnel utilise Auth0.',
      'Bénévole',
      'Coordinateur',
    ],
    [
      'de',
      'Freiwillige melden sich mit einem Sitzungs-Cookie (HttpOnly) an; Mitarbeitende nutzen Auth0.',
      'Freiwilliger',
      'Koordinator',
    ],
  ] as [string, string, string?, string?][])(
    '%s: a cookie for volunteers, a bearer token for the staff roles',
    async (_l, lines, v, c) => {
      const spec = await run(lines, v, c);
      const groups = spec.auth!.perRole ?? [];
      const key = (label: string) => spec.roles.find((r) => r.label === label)!.name;
      expect(groups.map((g) => [g.roles, g.transport])).toEqual([
        [[key(v ?? 'Volunteer')], 'cookie'],
        [[key(c ?? 'Coordinator')], 'bearer'],
      ]);
      expect(groups[1]!.provider).toBe('Auth0');
      const doc = buildOpenApi(spec) as {
        components: { securitySchemes: Record<string, unknown> };
        paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
      };
      expect(Object.keys(doc.components.securitySchemes)).toEqual(
        expect.arrayContaining(['bearerAuth', 'cookieAuth']),
      );
      const signup = Object.entries(doc.paths).find(([p]) => p.endsWith('/signups'))![1].post!;
      expect(signup.security?.map((r) => Object.keys(r)[0])).toEqual(['cookieAuth']);
      const create = Object.entries(doc.paths).find(([p]) => p.endsWith('/v1/shifts'))![1].post!;
      expect(create.security).toEqual([{ bearerAuth: [] }]);
    },
  );

  it('one mechanism for everybody keeps the single strategy', async () => {
    const spec = await run('All users sign in through Auth0; the API validates its access tokens.');
    expect(spec.auth!.perRole ?? []).toEqual([]);
  });
});
