import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';

// Trial 8 (a food-bank scheduling backend): "Org Admin | Everything a coordinator does, plus invites
// coordinators, manages sites" gave the org admin every permission and no inheritance; "Platform
// Operator | Onboards new organizations; has no access to volunteer data" granted it volunteers; and
// `GET /v1/me/hours/statement.pdf`, stated for `volunteer`, became a public sign-in route.

const DATA = `\`\`\`sql
CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE volunteers (id uuid PRIMARY KEY, phone text NOT NULL UNIQUE, name text NOT NULL);
CREATE TABLE sites (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations(id), name text NOT NULL);
CREATE TABLE shifts (id uuid PRIMARY KEY, site_id uuid NOT NULL REFERENCES sites(id), starts_at timestamptz NOT NULL);
\`\`\``;

async function compileRoles(header: string, rows: string[], routes = ''): Promise<Spec> {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Functional requirements\n\n- FR1: Coordinators create shifts.\n',
    '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n${DATA}\n\n## User Roles\n\n${header}\n|---|---|\n${rows.join('\n')}\n\n## API\n\n| Method | Path | Who |\n|---|---|---|\n| GET | /v1/shifts/{id}/roster.csv | coordinator |\n${routes}`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

function access(spec: Spec, route: string, role: string) {
  const e = spec.endpoints.find((x) => `${x.method} ${x.path}` === route);
  return spec.permissions!.rows.find((r) => r.operationId === e?.operationId)?.access[role];
}

describe('what a roles table states', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '| Role | What they do |',
      'Coordinator',
      'Org Admin',
      'Everything a coordinator does, plus manages sites',
    ],
    [
      'en',
      '| Role | What they do |',
      'Coordinator',
      'Org Admin',
      'All coordinator permissions plus manages sites',
    ],
    ['en', '| Role | What they do |', 'Coordinator', 'Org Admin', 'Same as Coordinator, and manages sites'],
    [
      'es',
      '| Rol | Qué hace |',
      'Coordinador',
      'Admin de organización',
      'Todo lo que hace un coordinador, además gestiona las sedes',
    ],
    [
      'fr',
      '| Rôle | Ce qu’il fait |',
      'Coordinateur',
      'Administrateur',
      'Tout ce que fait un coordinateur, plus gère les sites',
    ],
    [
      'de',
      '| Rolle | Was sie tun |',
      'Koordinator',
      'Org-Admin',
      'Alles, was ein Koordinator tut, plus verwaltet Standorte',
    ],
  ])('%s: "%s" is the base role plus its own actions', async (_l, header, base, admin, cell) => {
    const spec = await compileRoles(header, [
      `| ${base} | Creates shifts, sees rosters |`,
      `| ${admin} | ${cell} |`,
    ]);
    const baseKey = spec.roles.find((r) => r.label === base)!.name;
    const adminRole = spec.roles.find((r) => r.label === admin)!;
    expect(adminRole.inherits ?? []).toContain(baseKey);
    expect(spec.permissions!.grants!.some((g) => g.role === adminRole.name && g.resource === '*')).toBe(
      false,
    );
    if (baseKey === 'coordinator')
      expect(access(spec, 'GET /v1/shifts/{id}/roster.csv', adminRole.name)).toBe('allowed');
  });

  it.each([
    ['en', 'Onboards new organizations; has no access to volunteer data'],
    ['es', 'Da de alta organizaciones; no tiene acceso a los datos de voluntarios'],
    ['fr', 'Crée les organisations ; n’a aucun accès aux données des volunteers'],
    ['de', 'Legt Organisationen an; hat keinen Zugriff auf volunteer-Daten'],
    ['it', 'Crea le organizzazioni; non ha accesso ai dati dei volunteers'],
    ['pt', 'Cria organizações; não tem acesso aos dados de volunteers'],
  ])('%s: a refused access grants nothing', async (_l, cell) => {
    const spec = await compileRoles('| Role | What they do |', [
      '| Volunteer | Browses shifts |',
      `| Platform Operator | ${cell} |`,
    ]);
    const op = spec.roles.find((r) => r.label === 'Platform Operator')!.name;
    expect(
      spec
        .permissions!.grants!.filter((g) => g.role === op && g.resource === 'Volunteer')
        .map((g) => g.action),
    ).toEqual([]);
    expect(access(spec, 'GET /v1/volunteers', op) ?? 'denied').toBe('denied');
  });

  it('a stated Who beats a path under /me: the caller’s own data, signed in', async () => {
    const spec = await compileRoles(
      '| Role | What they do |',
      ['| Volunteer | Downloads an hours statement |', '| Coordinator | Creates shifts |'],
      '| GET | /v1/me/hours/statement.pdf | volunteer |\n',
    );
    const e = spec.endpoints.find((x) => x.path === '/v1/me/hours/statement.pdf')!;
    expect(e.authenticated).toBe(true);
    expect(e.resource).not.toBe('Auth');
    expect(e.rateLimit).not.toBe('auth');
    expect(access(spec, 'GET /v1/me/hours/statement.pdf', 'volunteer')).toBe('allowed');
    expect(access(spec, 'GET /v1/me/hours/statement.pdf', 'coordinator')).toBe('denied');
  });
});
