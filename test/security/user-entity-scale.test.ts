import { describe, expect, it } from 'vitest';
import { userEntity } from '../../src/derive/security/ownership.js';
import type { SpecEntity } from '../../src/model/spec/data.js';
import { withinCpu } from '../helpers/cpu-time.js';

/**
 * Derive asks for the user entity once per entity and per endpoint (server-set fields, validation,
 * scopes). Answered by a scan of every entity each time, a 1 MB document naming ~5,000 entities
 * spent 12 s of CPU in it (issue 12: each 1 MB document compiles in under 5 s).
 */
const entity = (name: string, columns: string[]): SpecEntity => ({
  name,
  table: name.toLowerCase(),
  description: null,
  fields: columns.map((column) => ({ name: column, column }) as unknown as SpecEntity['fields'][number]),
  primaryKey: ['id'],
  uniques: [],
  checks: [],
  softDelete: false,
  tenantColumn: null,
  appendOnly: false,
  joinTable: false,
  notation: 'sql',
  origin: { kind: 'rule', rule: 'test' } as unknown as SpecEntity['origin'],
  seenIn: [],
});

describe('userEntity on a large model', () => {
  it('answers once per entity of 5,000 without a scan of every entity each time', () => {
    const entities = Array.from({ length: 5000 }, (_, i) => entity(`Item${i.toString(36)}`, ['id', 'label']));
    entities.push(entity('Login', ['id', 'email', 'password_hash']));
    const found = withinCpu(
      1500,
      () => entities.map(() => userEntity(entities)?.name ?? null),
      '5,000 look-ups of the user entity',
    );
    expect(new Set(found)).toEqual(new Set(['Login']));
  });

  it('a list with another length is looked at again', () => {
    const entities = [entity('Note', ['id', 'title'])];
    expect(userEntity(entities)).toBeNull();
    entities.push(entity('Member', ['id', 'name']));
    expect(userEntity(entities)?.name).toBe('Member');
  });
});
