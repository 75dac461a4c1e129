import { describe, expect, it } from 'vitest';
import { apiStep } from '../../src/derive/api.js';
import { fromSource } from '../../src/model/origin.js';
import type { Endpoint } from '../../src/model/spec/api.js';
import { clinicDomain, clinicSpec, req } from './fixtures.js';
import { readSentences } from './readings.js';

function endpoints(mutate?: (d: ReturnType<typeof clinicDomain>) => void): Endpoint[] {
  const domain = clinicDomain();
  mutate?.(domain);
  // What the sentences state is read in extract; a hand-built domain reads it the same way.
  readSentences(domain);
  return apiStep.derive({ domain, spec: clinicSpec() }).spec.endpoints ?? [];
}
const find = (eps: Endpoint[], method: string, path: string) =>
  eps.find((e) => e.method === method && e.path === path);

describe('derive/api', () => {
  it('nests owned children under their parent and keeps owners at the top', () => {
    const eps = endpoints();
    expect(find(eps, 'GET', '/api/v1/projects/{projectId}/tasks')).toBeDefined();
    expect(find(eps, 'POST', '/api/v1/projects/{projectId}/tasks')).toBeDefined();
    expect(find(eps, 'GET', '/api/v1/tasks')).toBeUndefined();
    // Project → User is an owner, not a parent.
    expect(find(eps, 'GET', '/api/v1/projects')).toBeDefined();
  });

  it('never updates or deletes append-only records, and logs are read-only', () => {
    const eps = endpoints();
    const payments = eps.filter((e) => e.entity === 'Payment').map((e) => e.method);
    expect(payments.sort()).toEqual(['GET', 'GET', 'POST']);
    const logs = eps.filter((e) => e.entity === 'AuditLog').map((e) => e.method);
    expect(logs).toEqual(['GET', 'GET']);
  });

  it('hides internal records such as refresh tokens', () => {
    expect(endpoints().some((e) => e.entity === 'RefreshToken')).toBe(false);
  });

  it('derives a cancel action from the status enum and the requirement', () => {
    const cancel = find(endpoints(), 'POST', '/api/v1/appointments/{id}/cancel');
    expect(cancel?.operationId).toBe('cancelAppointment');
    expect(cancel?.requirements).toEqual(['FR2']);
    expect(cancel?.origin).toMatchObject({ kind: 'rule', rule: 'derive/action-from-state-enum' });
    // The client sends the reason; the server records when.
    expect(Object.keys((cancel?.requestBody?.properties ?? {}) as object)).toEqual(['cancellationReason']);
    // `completed` has no requirement that speaks of completing appointments.
    expect(find(endpoints(), 'POST', '/api/v1/appointments/{id}/complete')).toBeUndefined();
  });

  it('answers create with 201 and a Location header, delete with 204, unique conflicts with 409', () => {
    // A DELETE exists only where a requirement asks for it (rule derive/no-delete-without-requirement).
    expect(find(endpoints(), 'DELETE', '/api/v1/labels/{id}')).toBeUndefined();
    const eps = endpoints((d) =>
      d.requirements.push(req('FR9', 'Users can delete a label they no longer use.', 12)),
    );
    const create = find(eps, 'POST', '/api/v1/labels')!;
    const created = create.responses.find((r) => r.status === 201);
    expect(created?.headers?.Location).toBeDefined();
    expect(create.responses.map((r) => r.status)).toContain(409);
    expect(find(eps, 'DELETE', '/api/v1/labels/{id}')!.responses[0]!.status).toBe(204);
    expect(find(eps, 'POST', '/api/v1/projects')!.responses.map((r) => r.status)).not.toContain(409);
  });

  it('asks for an Idempotency-Key on requests that move money', () => {
    const pay = find(endpoints(), 'POST', '/api/v1/payments')!;
    expect(pay.idempotencyKey).toBe(true);
    expect(pay.parameters.find((p) => p.in === 'header')?.name).toBe('Idempotency-Key');
    expect(find(endpoints(), 'POST', '/api/v1/labels')!.idempotencyKey).toBe(false);
  });

  it('turns a join table into attach/detach sub-resource endpoints, not CRUD', () => {
    const eps = endpoints();
    // Task is itself owned by Project, so its sub-resources sit under the task's nested item path.
    const item = '/api/v1/projects/{projectId}/tasks/{taskId}/labels/{labelId}';
    expect(find(eps, 'PUT', item)?.operationId).toBe('attachTaskLabel');
    expect(find(eps, 'DELETE', item)?.parameters.map((p) => p.name)).toEqual([
      'projectId',
      'taskId',
      'labelId',
    ]);
    expect(eps.some((e) => e.path.includes('task-labels'))).toBe(false);
  });

  it('fits auth endpoints to the strategy: refresh only when stated, none when stated absent', () => {
    const ids = endpoints()
      .filter((e) => e.resource === 'Auth')
      .map((e) => e.operationId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'register',
        'login',
        'logout',
        'refreshToken',
        'getMe',
        'requestPasswordReset',
      ]),
    );
    const none = endpoints((d) => {
      d.securityFacts = [
        { kind: 'strategy', value: 'jwt', text: 'JWT', origin: fromSource('a.md', 1) },
        { kind: 'no-refresh-token', text: 'None in MVP', origin: fromSource('a.md', 2) },
      ];
    });
    expect(none.some((e) => e.operationId === 'refreshToken')).toBe(false);
    expect(none.find((e) => e.operationId === 'login')?.authenticated).toBe(false);
  });

  it('adds search when a requirement asks for it, with pagination defaults 20/100', () => {
    const s = find(endpoints(), 'GET', '/api/v1/appointments/search')!;
    expect(s.requirements).toEqual(['FR3']);
    expect(s.parameters.find((p) => p.name === 'limit')?.schema).toMatchObject({ default: 20, maximum: 100 });
  });

  it('uses stated pagination quantities', () => {
    const eps = endpoints((d) => {
      d.parameters.push({
        key: 'pagination.default',
        label: 'page size',
        value: 50,
        unit: 'count',
        text: '50 per page',
        origin: fromSource('docs/prd.md', 30),
      });
    });
    const list = find(eps, 'GET', '/api/v1/labels')!;
    expect(list.pagination).toEqual({ style: 'offset', default: 50, max: 100 });
  });

  it('keeps stated routes with their origin and a stated route list as the surface', () => {
    const eps = endpoints((d) => {
      d.statedEndpoints = [
        { method: 'GET', path: '/api/labels', origin: fromSource('docs/architecture.md', 100) },
        { method: 'POST', path: '/api/labels', origin: fromSource('docs/architecture.md', 101) },
        { method: 'DELETE', path: '/api/labels/{id}', origin: fromSource('docs/architecture.md', 102) },
      ];
    });
    expect(find(eps, 'DELETE', '/api/labels/{id}')?.origin).toMatchObject({ kind: 'source', line: 102 });
    expect(find(eps, 'GET', '/api/labels/{id}')).toBeUndefined();
    expect(find(eps, 'GET', '/api/projects')).toBeDefined();
    const ids = eps.map((e) => e.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('field schemas', () => {
  it('carry CHECK bounds and examples that respect them', async () => {
    const { fieldSchema, exampleValue } = await import('../../src/derive/api/field-schema.js');
    const { field } = await import('./fixtures.js');
    const price = field('priceCents', 'integer', { check: 'price_cents >= 0' });
    expect(fieldSchema(price)).toMatchObject({ type: 'integer', minimum: 0 });
    const amount = field('amountCents', 'integer', { check: 'amount_cents > 100' });
    expect(fieldSchema(amount)).toMatchObject({ exclusiveMinimum: 100 });
    expect(exampleValue(amount)).toBe(101);
    const rating = field('rating', 'integer', { check: '(rating BETWEEN 1 AND 5)' });
    expect(fieldSchema(rating)).toMatchObject({ minimum: 1, maximum: 5 });
    const name = field('name', 'string', { check: 'char_length(name) >= 3' });
    expect(fieldSchema(name)).toMatchObject({ minLength: 3 });
    // A disjunction stays in the database only.
    expect(fieldSchema(field('n', 'integer', { check: 'n > 0 OR n IS NULL' }))).not.toHaveProperty(
      'exclusiveMinimum',
    );
  });

  it('are bounded by each numeric part of a conjunction; a part against an expression stays in the database', async () => {
    const { fieldSchema, exampleValue } = await import('../../src/derive/api/field-schema.js');
    const { field } = await import('./fixtures.js');
    // encar-demo: `check (year >= 1990 and year <= (extract(year from now())::int + 1))`.
    const year = field('year', 'integer', {
      check: 'year >= 1990 and year <= (extract(year from now())::int + 1)',
    });
    expect(fieldSchema(year)).toMatchObject({ minimum: 1990 });
    expect(fieldSchema(year)).not.toHaveProperty('maximum');
    expect(exampleValue(year)).toBe(1990);
    const seats = field('seats', 'integer', { check: 'seats BETWEEN 2 AND 9 AND seats >= 4' });
    expect(fieldSchema(seats)).toMatchObject({ minimum: 4, maximum: 9 });
    const code = field('code', 'string', { check: 'char_length(code) >= 2 AND char_length(code) <= 8' });
    expect(fieldSchema(code)).toMatchObject({ minLength: 2, maxLength: 8 });
    expect(fieldSchema(field('n', 'integer', { check: 'n > 0 AND n < m' }))).toMatchObject({
      exclusiveMinimum: 0,
    });
    expect(fieldSchema(field('n', 'integer', { check: 'n > 0 AND n < m' }))).not.toHaveProperty(
      'exclusiveMaximum',
    );
  });
});

describe('sign-up', () => {
  it('comes from a requirement about one’s own account, not from registering a record', () => {
    const ids = (text: string) =>
      endpoints((d) => {
        d.requirements = [req('FR1', text)];
      })
        .filter((e) => e.resource === 'Auth')
        .map((e) => e.operationId);
    expect(ids('Front desk staff register a patient at the counter.')).not.toContain('register');
    expect(ids('A patient can register with an email address and a password.')).toContain('register');
    expect(ids('Visitors can sign up for an account.')).toContain('register');
  });
});
