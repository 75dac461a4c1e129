import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';

// Trial 8 (a food-bank scheduling backend): "every organization-owned row carries `organization_id`;
// the API derives the organization from the signed-in coordinator's membership, never from the
// request body" and "volunteers see and change only their own sign-ups and waivers" were ignored:
// no tenant scope, `organizationId` in the create bodies, no ownership ("no entity has a foreign key
// to the user entity": the people are `volunteers`, named for the role), volunteers listing everyone.

const DATA = `\`\`\`sql
CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE sites (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations(id), name text NOT NULL);
CREATE TABLE shifts (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations(id), site_id uuid NOT NULL REFERENCES sites(id), starts_at timestamptz NOT NULL, created_by uuid NOT NULL);
CREATE TABLE volunteers (id uuid PRIMARY KEY, phone text NOT NULL UNIQUE, name text NOT NULL);
CREATE TABLE signups (id uuid PRIMARY KEY, shift_id uuid NOT NULL REFERENCES shifts(id), volunteer_id uuid NOT NULL REFERENCES volunteers(id));
CREATE TABLE waivers (id uuid PRIMARY KEY, volunteer_id uuid NOT NULL REFERENCES volunteers(id), signed_on date NOT NULL);
CREATE TABLE hour_records (id uuid PRIMARY KEY, signup_id uuid NOT NULL REFERENCES signups(id), minutes int);
CREATE TABLE audit_entries (id uuid PRIMARY KEY, action text NOT NULL);
CREATE TABLE flags (id uuid PRIMARY KEY, note text NOT NULL);
\`\`\``;

async function run(tenancy: string, scope: string): Promise<Spec> {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD

## User Roles

| Role | What they do |
|---|---|
| Volunteer | Browses shifts, signs up, sees their waivers |
| Coordinator | Creates shifts, manages sites, sees volunteers |

## Functional requirements

- FR1: Coordinators create shifts and sites.
- FR2: Volunteers sign up for shifts.
`,
    '/p/docs/architecture.md': `# Architecture\n\n${tenancy}\n\n## Data model\n\n${DATA}\n\n## Security\n\n- ${scope}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

function access(spec: Spec, route: string, role: string) {
  const e = spec.endpoints.find((x) => `${x.method} ${x.path.replace(/^\/api\/v1/, '')}` === route);
  return spec.permissions!.rows.find((r) => r.operationId === e?.operationId)?.access[role];
}

describe('stated tenancy and the people named for a role', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      'Multi-tenancy: every organization-owned row carries `organization_id`; the API derives the organization from the membership, never from the request body.',
      'Volunteers see and change only their own sign-ups and waivers.',
    ],
    [
      'es',
      'Multi-inquilino: cada fila de una organización lleva `organization_id`; la API lo toma de la membresía, nunca del cuerpo.',
      'Los voluntarios ven solo sus propias inscripciones.',
    ],
    [
      'fr',
      'Multi-locataire : chaque ligne d’une organisation porte `organization_id`, jamais lu du corps de la requête.',
      'Les bénévoles ne voient que leurs propres inscriptions.',
    ],
    [
      'de',
      'Mandantenfähigkeit: jede Zeile einer Organisation trägt `organization_id`, nie aus dem Request-Body.',
      'Freiwillige sehen nur ihre eigenen Anmeldungen.',
    ],
  ])('%s', async (_l, tenancy, scope) => {
    const spec = await run(tenancy, scope);
    const tenant = spec.entities.filter((e) => e.tenantColumn === 'organization_id').map((e) => e.name);
    expect(tenant.sort()).toEqual(['Shift', 'Site']);
    expect(spec.permissions!.tenant?.column).toBe('organization_id');
    const bodies = JSON.stringify(
      spec.endpoints.filter((e) => e.method === 'POST').map((e) => e.requestBody),
    );
    expect(bodies).not.toContain('organizationId');
    // The people are rows of the entity named for their role: ownership runs to it.
    const owned = spec.permissions!.ownership.map((o) => `${o.entity}.${o.column}`);
    expect(owned).toContain('Signup.volunteer_id');
    expect(owned).toContain('Waiver.volunteer_id');
    expect(access(spec, 'GET /volunteers/{id}', 'coordinator')).not.toBe('own');
    expect(access(spec, 'GET /volunteers', 'volunteer') ?? 'denied').not.toBe('allowed');
    // Coordinators work inside their organization; a volunteer belongs to none.
    expect(access(spec, 'POST /shifts', 'coordinator')).toBe('tenant');
  });

  it('a created_by column with no declared key is the caller, never a body field', async () => {
    const spec = await run(
      'Multi-tenancy: every row carries `organization_id`.',
      'Volunteers see only their own sign-ups.',
    );
    expect(spec.serverSetFields ?? []).toContainEqual({
      entity: 'Shift',
      field: 'createdBy',
      rule: 'derive/creator-from-caller',
    });
  });
});
