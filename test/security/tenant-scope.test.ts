import { describe, expect, it } from 'vitest';
import { STORY_RULES } from '../../src/check/rules/stories.js';
import { authStep } from '../../src/derive/auth.js';
import { authorizationStep } from '../../src/derive/authorization.js';
import type { Domain } from '../../src/model/domain.js';
import { fromSource, type Origin } from '../../src/model/origin.js';
import type { Endpoint } from '../../src/model/spec/api.js';
import { emptySpec, type Spec } from '../../src/model/spec/index.js';
import { entity, field } from '../api/fixtures.js';
import { doc, extractSecurity } from './helpers.js';

/**
 * Issue 13 item 3: no role gets unscoped access to tenant data unless stated. The tenant's own rows
 * (`labs` for `lab_id`) are tenant data too: a member reads their own lab, never the list of every
 * lab; the check rule `security/unscoped-tenant-access` reports any derived `allowed` left there.
 */
const id = () => field('id', 'uuid', { primaryKey: true, readOnly: true, default: 'gen_random_uuid()' });
const fk = (name: string, target: string) =>
  field(name, 'uuid', { references: { entity: target, field: 'id', onDelete: 'restrict' } });

function ep(
  operationId: string,
  method: Endpoint['method'],
  path: string,
  name: string,
  action: Endpoint['action'],
): Endpoint {
  return {
    operationId,
    method,
    path,
    resource: name,
    summary: operationId,
    entity: name,
    action,
    parameters: path.includes('{')
      ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'id' }]
      : [],
    requestBody: method === 'POST' || method === 'PATCH' ? { type: 'object' } : null,
    responses: [{ status: 200, description: 'ok', schema: { type: 'object' } }],
    authenticated: true,
    roles: [],
    rateLimit: 'read',
    pagination: null,
    idempotencyKey: false,
    requirements: [],
    origin: fromSource('docs/architecture.md', 1),
  };
}

function run(domain: Domain, spec: Spec): Spec {
  let s = spec;
  for (const step of [authStep, authorizationStep]) s = { ...s, ...step.derive({ domain, spec: s }).spec };
  return s;
}

const tenantRule = STORY_RULES.find((r) => r.code === 'security/unscoped-tenant-access')!;

/** A multi-tenant product: `tenant` is the tenant entity, `Record` a table scoped by its column. */
function project(tenant: [string, string], record: [string, string], roleTable: string[]): Spec {
  const column = `${tenant[1].replace(/s$/, '')}Id`;
  const spec = emptySpec({ name: 'saas', language: 'en', description: null }, []);
  spec.entities = [
    entity(tenant[0], tenant[1], [id(), field('name', 'string')]),
    entity(record[0], record[1], [id(), fk(column, tenant[0]), field('value', 'string')], {
      tenantColumn: `${tenant[1].replace(/s$/, '')}_id`,
    }),
  ];
  spec.endpoints = [
    ep('listTenants', 'GET', `/${tenant[1]}`, tenant[0], 'list'),
    ep('getTenant', 'GET', `/${tenant[1]}/{id}`, tenant[0], 'get'),
    ep('createTenant', 'POST', `/${tenant[1]}`, tenant[0], 'create'),
    ep('createRecord', 'POST', `/${record[1]}`, record[0], 'create'),
  ];
  return run(extractSecurity([doc('docs/architecture.md', 'architecture', roleTable.join('\n'))]), spec);
}

const access = (s: Spec, op: string) => s.permissions!.rows.find((r) => r.operationId === op)!.access;

describe('no role reaches tenant data across tenants unless stated', () => {
  const cases: [string, [string, string], [string, string], string[], string][] = [
    [
      'a lab (en)',
      ['Lab', 'labs'],
      ['Result', 'results'],
      [
        '## RBAC',
        '',
        '| Role | Level | Description |',
        '|---|---|---|',
        '| ADMIN | 30 | Full access to everything. |',
        '| TECHNICIAN | 20 | Enters results. |',
      ],
      'technician',
    ],
    [
      'a school (fr)',
      ['Ecole', 'ecoles'],
      ['Note', 'notes'],
      [
        '## Rôles',
        '',
        '| Rôle | Description |',
        '|---|---|',
        '| Administrateur | Accès complet. |',
        '| Enseignant | Saisit les notes. |',
      ],
      'enseignant',
    ],
  ];
  it.each(cases)(
    '%s: a member reads their own tenant, not every tenant',
    (_, tenant, record, table, member) => {
      const s = project(tenant, record, table);
      expect(s.permissions!.roles).toContain(member);
      // Referenced by what the member writes, the tenant row is readable — within the tenant.
      expect(access(s, 'createRecord')[member]).toBe('tenant');
      expect(access(s, 'listTenants')[member]).toBe('tenant');
      expect(access(s, 'getTenant')[member]).toBe('tenant');
      // The admin too reads their own tenant; creating a tenant is not an act inside one.
      const admin = s.permissions!.roles.find((r) => r !== member)!;
      expect(access(s, 'listTenants')[admin]).toBe('tenant');
      expect(access(s, 'createTenant')).toEqual({ [admin]: 'allowed', [member]: 'denied' });
      expect(tenantRule.check(s).problems).toEqual([]);
    },
  );

  it('reports a derived unscoped cell, never a stated one or an admin', () => {
    const s = project(['Lab', 'labs'], ['Result', 'results'], cases[0]![3]);
    const widen = (reason: Origin) => ({
      ...s,
      permissions: {
        ...s.permissions!,
        rows: s.permissions!.rows.map((r) =>
          r.operationId === 'listTenants'
            ? {
                ...r,
                access: { ...r.access, technician: 'allowed' as const, admin: 'allowed' as const },
                reasons: { ...r.reasons, technician: reason, admin: reason },
              }
            : r,
        ),
      },
    });
    const derived = tenantRule.check(widen({ kind: 'rule', rule: 'derive/authz-read-referenced' })).problems;
    expect(derived.map((p) => p.message)).toEqual(['technician reaches GET /labs across tenants']);
    expect(tenantRule.check(widen(fromSource('docs/architecture.md', 9))).problems).toEqual([]);
  });
});
