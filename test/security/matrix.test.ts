import { describe, expect, it } from 'vitest';
import { SECURITY_RULES } from '../../src/check/rules/security.js';
import { authStep } from '../../src/derive/auth.js';
import { authorizationStep } from '../../src/derive/authorization.js';
import { errorsStep } from '../../src/derive/errors.js';
import { validationStep } from '../../src/derive/validation.js';
import type { Domain } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import type { Endpoint } from '../../src/model/spec/api.js';
import { emptySpec, type Spec } from '../../src/model/spec/index.js';
import { entity, field } from '../api/fixtures.js';
import { doc, extractSecurity } from './helpers.js';

const id = () => field('id', 'uuid', { primaryKey: true, readOnly: true, default: 'gen_random_uuid()' });
const fk = (name: string, target: string) =>
  field(name, 'uuid', { references: { entity: target, field: 'id', onDelete: 'cascade' } });

function ep(
  operationId: string,
  method: Endpoint['method'],
  path: string,
  entityName: string | null,
  action: Endpoint['action'],
  authenticated = true,
): Endpoint {
  return {
    operationId,
    method,
    path,
    resource: entityName ?? 'Auth',
    summary: operationId,
    entity: entityName,
    action,
    parameters: path.includes('{')
      ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'id' }]
      : [],
    requestBody: method === 'POST' || method === 'PATCH' ? { type: 'object' } : null,
    responses: [{ status: 200, description: 'ok', schema: { type: 'object' } }],
    authenticated,
    roles: [],
    rateLimit: 'read',
    pagination: null,
    idempotencyKey: false,
    requirements: [],
    origin: fromSource('docs/architecture.md', 1),
  };
}

/** A per-user todo product: tasks owned by users, subtasks owned through their task. */
function todo(): { domain: Domain; spec: Spec } {
  const spec = emptySpec({ name: 'todo', language: 'en', description: null }, []);
  spec.entities = [
    entity('User', 'users', [
      id(),
      field('email', 'email', { unique: true }),
      field('passwordHash', 'string', { sensitive: true }),
    ]),
    entity('Task', 'tasks', [
      id(),
      fk('userId', 'User'),
      field('title', 'string', { type: { scalar: 'string', length: 200 } }),
    ]),
    entity('Subtask', 'subtasks', [id(), fk('taskId', 'Task'), field('title', 'string')]),
  ];
  spec.endpoints = [
    ep('login', 'POST', '/auth/login', null, 'auth', false),
    ep('listTasks', 'GET', '/tasks', 'Task', 'list'),
    ep('createTask', 'POST', '/tasks', 'Task', 'create'),
    ep('deleteTask', 'DELETE', '/tasks/{id}', 'Task', 'delete'),
    ep('updateSubtask', 'PATCH', '/subtasks/{id}', 'Subtask', 'update'),
    ep('getUser', 'GET', '/users/{id}', 'User', 'get'),
  ];
  const domain = extractSecurity([
    doc(
      'docs/architecture.md',
      'architecture',
      '| Setting | Value |\n|---|---|\n| Password hashing | bcrypt, 10 rounds |\n',
    ),
  ]);
  return { domain, spec };
}

function run(domain: Domain, spec: Spec): Spec {
  let s = spec;
  for (const step of [authStep, authorizationStep, validationStep, errorsStep])
    s = { ...s, ...step.derive({ domain, spec: s }).spec };
  return s;
}

describe('the permission matrix on a per-user product', () => {
  const s = run(todo().domain, todo().spec);

  it('scopes the default user role to its own records through real FK columns', () => {
    const m = s.permissions!;
    const row = (op: string) => m.rows.find((r) => r.operationId === op)!.access;
    expect(m.roles).toEqual(['user']);
    expect(row('login')).toEqual({ user: 'allowed' });
    expect(row('listTasks')).toEqual({ user: 'own' });
    expect(row('deleteTask')).toEqual({ user: 'own' });
    expect(row('updateSubtask')).toEqual({ user: 'own' });
    expect(m.ownership.map((o) => [o.entity, o.column, o.kind])).toEqual([
      ['User', 'id', 'self'],
      ['Task', 'user_id', 'column'],
      ['Subtask', 'task_id', 'parent'],
    ]);
    expect(m.ownership[2]!.via).toEqual({ entity: 'Task', column: 'user_id' });
    expect(s.endpoints.find((e) => e.operationId === 'listTasks')!.roles).toEqual(['user']);
    expect(s.endpoints.find((e) => e.operationId === 'login')!.roles).toEqual([]);
  });

  it('keeps a stated bcrypt cost below 12 and warns about it', () => {
    expect(s.auth!.passwordHashing!.value).toBe('bcrypt, cost 10');
    expect(s.auth!.findings!.map((f) => f.code)).toEqual(['hash-cost-below-minimum']);
  });

  it('uses the named defaults where the documents say nothing', () => {
    expect(s.auth!.strategy.origin).toEqual({ kind: 'default', rule: 'derive/auth-default-jwt' });
    expect(s.auth!.accessTokenTtlSeconds).toEqual({
      value: 900,
      origin: { kind: 'default', rule: 'derive/access-token-default-15m' },
    });
    expect(s.auth!.refreshTokenTtlSeconds!.value).toBe(604800);
    expect(s.auth!.refreshRotation!.value).toBe(true);
    expect(s.errors!.format.value).toBe('problem-details');
  });

  it('passes the security check rules, and each rule fails on a spec that breaks it', () => {
    const failing = (spec: Spec) => SECURITY_RULES.flatMap((r) => r.check(spec).problems.map(() => r.code));
    expect(failing(s)).toEqual([]);

    const noRow = { ...s, permissions: { ...s.permissions!, rows: s.permissions!.rows.slice(1) } };
    expect(failing(noRow)).toContain('security/matrix-incomplete');

    const badOwner = {
      ...s,
      permissions: { ...s.permissions!, ownership: [{ ...s.permissions!.ownership[1]!, column: 'title' }] },
    };
    expect(failing(badOwner)).toContain('security/ownership-column');

    const badExample = {
      ...s,
      errors: { ...s.errors!, codes: [{ ...s.errors!.codes[0]!, example: { status: 'oops' } }] },
    };
    expect(failing(badExample)).toEqual(
      expect.arrayContaining(['security/error-example-invalid', 'security/error-category-missing']),
    );

    const leaky = {
      ...s,
      endpoints: s.endpoints.map((e) =>
        e.operationId === 'getUser'
          ? {
              ...e,
              responses: [
                {
                  status: 200,
                  description: 'ok',
                  schema: {
                    type: 'object',
                    properties: {
                      user: { type: 'object', properties: { passwordHash: { type: 'string' } } },
                    },
                  },
                },
              ],
            }
          : e,
      ),
    };
    expect(failing(leaky)).toContain('security/secret-in-response');

    expect(failing({ ...s, auth: null })).toContain('security/no-strategy');
  });
});

describe('permissions from stated roles and user stories', () => {
  it('grants what the RBAC table and the stories say, inherits down the hierarchy, denies the rest', () => {
    const spec = emptySpec({ name: 'lab', language: 'en', description: null }, []);
    spec.entities = [
      entity('Lab', 'labs', [id(), field('name', 'string')]),
      entity('Patient', 'patients', [id(), fk('labId', 'Lab'), field('name', 'string')], {
        tenantColumn: 'lab_id',
      }),
      entity(
        'Result',
        'results',
        [id(), fk('labId', 'Lab'), fk('patientId', 'Patient'), field('value', 'string')],
        { tenantColumn: 'lab_id' },
      ),
    ];
    spec.endpoints = [
      ep('createPatient', 'POST', '/patients', 'Patient', 'create'),
      ep('createResult', 'POST', '/results', 'Result', 'create'),
      ep('deletePatient', 'DELETE', '/patients/{id}', 'Patient', 'delete'),
    ];
    const domain = extractSecurity([
      doc(
        'docs/architecture.md',
        'architecture',
        [
          '## RBAC',
          '',
          '| Role | Level | Description |',
          '|---|---|---|',
          '| ADMIN | 30 | Full access to everything. |',
          '| TECHNICIAN | 20 | Result entry. |',
          '| FRONT_DESK | 10 | Front office. |',
          '',
          'Higher-level roles inherit all permissions of lower-level roles.',
        ].join('\n'),
      ),
      doc(
        'docs/prd.md',
        'prd',
        '> As a front desk staff member, I want to register a new patient so that results can be entered.\n',
      ),
    ]);
    const s = run(domain, spec);
    const row = (op: string) => s.permissions!.rows.find((r) => r.operationId === op)!;
    expect(row('createPatient').access).toEqual({
      admin: 'tenant',
      technician: 'tenant',
      front_desk: 'tenant',
    });
    expect(row('createPatient').origin).toMatchObject({ kind: 'source', file: 'docs/prd.md', line: 1 });
    expect(row('createResult').access).toEqual({
      admin: 'tenant',
      technician: 'tenant',
      front_desk: 'denied',
    });
    expect(row('deletePatient').access).toEqual({
      admin: 'tenant',
      technician: 'denied',
      front_desk: 'denied',
    });
    expect(row('deletePatient').reasons!.front_desk).toEqual({
      kind: 'rule',
      rule: 'derive/authz-deny-by-default',
    });
    expect(s.permissions!.tenant?.column).toBe('lab_id');
  });
});
