import { describe, expect, it } from 'vitest';
import { serverSetFields } from '../../src/derive/api/server-set.js';
import type { Endpoint } from '../../src/model/spec/api.js';
import type { SpecEntity } from '../../src/model/spec/data.js';
import { withinCpu } from '../helpers/cpu-time.js';

// Issue 19: rule derive/state-flag-from-action looked for each entity's stated action routes among
// every endpoint of the spec (entities × endpoints: 5.3 s of self time at 3,000 synthetic entities).
// 6,000 entities with a `closed` flag and a stated `POST …/{id}/close` each, among 48,000 endpoints.

const N = 6000;
const field = (name: string, scalar: string, extra: object = {}) => ({
  name,
  column: name,
  type: { scalar },
  nullable: false,
  default: null,
  readOnly: false,
  primaryKey: false,
  ...extra,
});
const entities = Array.from(
  { length: N },
  (_, i) =>
    ({
      name: `Desk${i}`,
      table: `desks_${i}`,
      fields: [
        field('id', 'uuid', { primaryKey: true, readOnly: true }),
        field('label', 'string'),
        field('closed', 'boolean'),
      ],
    }) as unknown as SpecEntity,
);
const endpoint = (i: number, method: string, path: string, action: string, stated: boolean) =>
  ({
    operationId: `${action}${i}`,
    method,
    path,
    entity: `Desk${i}`,
    action,
    authenticated: true,
    roles: [],
    origin: stated
      ? { kind: 'source', file: 'docs/architecture.md', line: i + 1 }
      : { kind: 'rule', rule: 'derive/crud' },
  }) as unknown as Endpoint;
const endpoints = entities.flatMap((_, i) => [
  endpoint(i, 'GET', `/desks-${i}`, 'list', false),
  endpoint(i, 'GET', `/desks-${i}/{id}`, 'read', false),
  endpoint(i, 'PATCH', `/desks-${i}/{id}`, 'update', false),
  endpoint(i, 'DELETE', `/desks-${i}/{id}`, 'delete', false),
  endpoint(i, 'POST', `/desks-${i}`, 'create', false),
  endpoint(i, 'PUT', `/desks-${i}/{id}`, 'update', false),
  endpoint(i, 'GET', `/desks-${i}/search`, 'search', false),
  endpoint(i, 'POST', `/desks-${i}/{id}/close`, 'action', true),
]);

describe('server-set fields at thousands of entities', { timeout: 120_000 }, () => {
  it('finds each entity’s stated actions without scanning every endpoint', () => {
    const sets = withinCpu(
      2000,
      () => entities.map((e) => serverSetFields(e, entities, endpoints)),
      `${N} entities, ${endpoints.length} endpoints`,
    );
    // Each flag is set by its own entity's action, and only that one.
    expect(sets.every((s) => s.length === 1 && s[0]!.field === 'closed')).toBe(true);
    expect(sets[7]![0]!.rule).toBe('derive/state-flag-from-action');
  });
});
