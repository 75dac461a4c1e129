import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 point 4 (shiftshare): the staff's own record is the row the API maps the token's subject
// to (`StaffMember.auth0_subject`, its role column listing the staff roles), not nobody's; and the
// role that makes tenants ("Onboards new organizations") works across them, not inside one.
const DATA = (tenant: string, one: string, staff: string, roleValues: string) => `\`\`\`sql
CREATE TABLE ${tenant} (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TYPE staff_role AS ENUM (${roleValues});
CREATE TABLE ${staff} (
  id uuid PRIMARY KEY,
  ${one}_id uuid NOT NULL REFERENCES ${tenant}(id),
  idp_sub text NOT NULL UNIQUE,
  role staff_role NOT NULL
);
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  ${one}_id uuid NOT NULL REFERENCES ${tenant}(id),
  title text NOT NULL
);
\`\`\``;

const PROJECTS: [string, string, string, string][] = [
  [
    'en',
    [
      '| Role | Who | What they do |',
      '|---|---|---|',
      '| Dispatcher | Agency staff | Creates jobs |',
      '| Supervisor | Agency lead | Edits jobs |',
      '| Platform Operator | Our own staff | Onboards new agencies |',
    ].join('\n'),
    DATA('agencies', 'agency', 'staff_members', "'dispatcher', 'supervisor'"),
    'agencies',
  ],
  [
    'de',
    [
      '| Rolle | Wer | Was sie tun |',
      '|---|---|---|',
      '| Disponent | Personal der Agentur | Erstellt Jobs |',
      '| Leiter | Leitung der Agentur | Bearbeitet Jobs |',
      '| Betreiber | Unser eigenes Personal | Legt neue Agenturen an |',
    ].join('\n'),
    DATA('agenturen', 'agentur', 'mitarbeiter', "'disponent', 'leiter'"),
    'agenturen',
  ],
];

// The tenant column, stated as the architecture states it (`agency_id`, `agentur_id`).
const tenancy = (data: string) => {
  const one = /(\w+)_id uuid NOT NULL REFERENCES/.exec(data)![1];
  return `Multi-tenancy: every ${one}-owned row carries \`${one}_id\`.`;
};

async function compileProject(roles: string, data: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n${roles}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n${tenancy(data)}\n\n## Data model\n\n${data}\n\nThe API maps the token's \`sub\` to a staff member.\n`,
    }),
  );
  return r.spec!;
}

describe('the staff record the token maps to is the staff roles’ own record', { timeout: 60_000 }, () => {
  it.each(PROJECTS)('%s', async (_lang, roles, data) => {
    const spec = await compileProject(roles, data);
    const staff = spec.entities.find((e) => e.fields.some((f) => f.column === 'idp_sub'))!;
    const selves = spec.permissions!.ownership.filter((o) => o.kind === 'self' && o.entity === staff.name);
    const [first, second] = spec.roles!.map((r) => r.name);
    expect(selves.flatMap((o) => (o.role ? [o.role] : [])).sort()).toEqual([first, second].sort());
    expect(selves.find((o) => o.role)!.origin).toMatchObject({
      kind: 'rule',
      rule: 'derive/authz-subject-record',
    });
  });
  it('near-miss: a record with a role column but no subject column is no one’s own record', async () => {
    const spec = await compileProject(PROJECTS[0]![1], PROJECTS[0]![2].replace('idp_sub', 'badge_code'));
    expect(spec.permissions!.ownership.filter((o) => o.kind === 'self' && o.role)).toEqual([]);
  });
});

describe('the role that makes tenants reads them across tenants', { timeout: 60_000 }, () => {
  it.each(PROJECTS)('%s', async (_lang, roles, data, tenant) => {
    const spec = await compileProject(roles, data);
    const list = spec.endpoints.find((e) => e.method === 'GET' && e.path.includes(`/${tenant}`));
    if (!list) throw new Error(spec.endpoints.map((e) => `${e.method} ${e.path}`).join(', '));
    const access = spec.permissions!.rows.find((r) => r.operationId === list.operationId)!.access;
    const [member, , maker] = spec.roles!.map((r) => r.name);
    expect(spec.permissions!.tenant?.column).toMatch(/^agen/);
    expect(access[maker!]).toBe('allowed');
    // A member of a tenant still reaches only its own.
    if (access[member!] !== 'denied') expect(access[member!]).toBe('tenant');
  });
});
