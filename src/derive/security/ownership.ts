import { fromRule } from '../../model/origin.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { OwnershipRule } from '../../model/spec/security.js';

/** The entity that represents a signed-in person: `User`, else one holding credentials. */
export function userEntity(entities: readonly SpecEntity[]): SpecEntity | null {
  const named = entities.find(
    (e) =>
      /^(user|app_?user|account|member)s?$/i.test(e.name) || /^(users|app_users|accounts)$/i.test(e.table),
  );
  if (named) return named;
  return (
    entities.find(
      (e) =>
        e.fields.some((f) => /password|passwd/i.test(f.column)) &&
        e.fields.some((f) => /email|username|login/i.test(f.column)),
    ) ?? null
  );
}

/** FK columns that name the record's owner (not an actor column such as `reviewed_by`). */
const OWNER_COLUMN = /^(user|owner|author|creator|created_by|account|member)(_id|_by)?$/;

/**
 * Ownership rules (OWASP ASVS V4.2.1, insecure direct object references): each rule names a real FK
 * column — the entity's own FK to the user entity (`tasks.user_id`), or the FK to a parent that has
 * one (`subtasks.task_id → tasks.user_id`). The user entity owns itself through its primary key.
 */
export function ownershipRules(entities: readonly SpecEntity[]): OwnershipRule[] {
  const user = userEntity(entities);
  if (!user) return [];
  const rules: OwnershipRule[] = [];
  const pk = user.fields.find((f) => f.primaryKey)?.column ?? user.primaryKey[0];
  if (pk)
    rules.push({
      entity: user.name,
      column: pk,
      kind: 'self',
      via: null,
      description: `${user.table}.${pk} = current user`,
      origin: fromRule('derive/authz-self-record'),
    });
  for (const e of entities) {
    if (e.name === user.name) continue;
    const owner = e.fields.find((f) => f.references?.entity === user.name && OWNER_COLUMN.test(f.column));
    if (owner)
      rules.push({
        entity: e.name,
        column: owner.column,
        kind: 'column',
        via: null,
        description: `${e.table}.${owner.column} = current user`,
        origin: fromRule('derive/authz-owner-column', ref(owner.origin)),
      });
  }
  // Every FK to an owned parent is a path (`appointments.patient_id`, `appointments.clinician_id`):
  // the matrix picks the one that leads to the role's own record.
  const direct = new Set(rules.map((r) => r.entity));
  for (const e of entities) {
    if (e.name === user.name || direct.has(e.name)) continue;
    for (const f of e.fields) {
      const parent = f.references
        ? rules.find((r) => r.entity === f.references!.entity && r.kind === 'column')
        : undefined;
      if (!parent) continue;
      const parentTable = entities.find((x) => x.name === parent.entity)?.table ?? parent.entity;
      rules.push({
        entity: e.name,
        column: f.column,
        kind: 'parent',
        via: { entity: parent.entity, column: parent.column },
        description: `${e.table}.${f.column} → ${parentTable}.${parent.column} = current user`,
        origin: fromRule('derive/authz-owner-via-parent', ref(f.origin)),
      });
    }
  }
  return rules;
}

const ref = (o: SpecEntity['origin']) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);
