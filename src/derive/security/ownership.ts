import { stripAccents } from '../../knowledge/inflect.js';
import { roleKey } from '../../knowledge/role-names.js';
import { isUserEntityName } from '../../knowledge/user-entity.js';
import { fromRule } from '../../model/origin.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { OwnershipRule } from '../../model/spec/security.js';
import { sameRole } from './roles.js';

/**
 * The entity that represents a signed-in person: `User` (`Utente`, `Usuario`…), else one holding
 * credentials, else the entity named for a role of the
 * documents (`Volunteer` for the role `volunteer`) that other records point at: the role's people
 * are rows of it, and their records reference them. Found once per entity list and roles: derive
 * asks for it per entity and per endpoint, a scan of every entity each time (entities × entities:
 * 12 s of a 1 MB document naming 5,000 entities, issue 12). A list is the same list only while its
 * length is (spec lists are not edited in place).
 */
const usersOf = new WeakMap<
  readonly SpecEntity[],
  { length: number; roles: string; user: SpecEntity | null }
>();
export function userEntity(
  entities: readonly SpecEntity[],
  roles: readonly string[] = [],
): SpecEntity | null {
  const key = roles.join('\u0000');
  const known = usersOf.get(entities);
  if (known && known.length === entities.length && known.roles === key) return known.user;
  const user = findUserEntity(entities, roles);
  usersOf.set(entities, { length: entities.length, roles: key, user });
  return user;
}

function findUserEntity(entities: readonly SpecEntity[], roles: readonly string[]): SpecEntity | null {
  const named = entities.find((e) => isUserEntityName(e.name) || isUserEntityName(e.table));
  if (named) return named;
  const credentials = entities.find(holdsCredentials);
  if (credentials) return credentials;
  // The record the API maps the identity provider's subject to (`idp_sub`, `auth0_subject`).
  return (
    roleEntity(entities, roles)?.entity ??
    entities.find((e) => e.fields.some((f) => SUBJECT_COLUMN.test(f.column))) ??
    null
  );
}

/** The role a user entity was chosen for by its name only (no `User` entity, no credentials). */
function byRoleName(
  entities: readonly SpecEntity[],
  roles: readonly string[],
): { entity: SpecEntity; role: string } | null {
  if (entities.some((e) => isUserEntityName(e.name) || isUserEntityName(e.table) || holdsCredentials(e)))
    return null;
  return roleEntity(entities, roles);
}

const holdsCredentials = (e: SpecEntity) =>
  e.fields.some((f) => /password|passwd/i.test(f.column)) &&
  e.fields.some((f) => /email|username|login/i.test(f.column));

/** The entity named for a role that other records point at (`Volunteer`, `signups.volunteer_id`). */
function roleEntity(
  entities: readonly SpecEntity[],
  roles: readonly string[],
): { entity: SpecEntity; role: string } | null {
  for (const e of entities) {
    const role = roles.find((r) => sameRole(stripAccents(roleKey(r)), stripAccents(roleKey(e.name))));
    if (role && entities.some((x) => x !== e && x.fields.some((f) => f.references?.entity === e.name)))
      return { entity: e, role };
  }
  return null;
}

/** A column for the identity provider's subject (`sub`, `auth0_subject`, `idp_sub`). */
const SUBJECT_COLUMN = /(?:^|_)sub(?:ject)?$/;

/** FK columns that name the record's owner (not an actor column such as `reviewed_by`). */
const OWNER_COLUMN = /^(user|owner|author|creator|created_by|account|member)(_id|_by)?$/;

/** `condomino_id` → `condomino`, `fornitoreId` → `fornitore`: the word an FK column is named for. */
const columnWord = (column: string) => stripAccents(roleKey(column).replace(/_(id|uuid|ref|fk)$/, ''));

/**
 * Whether an FK column to the user entity names the acting role's own record: a generic owner column
 * (`user_id`, `owner_id`) or one named for the role (`bookings.resident_id` for `resident`). A
 * receptionist's `appointments.patient_id` names someone else.
 */
export function ownColumnOf(column: string, role: string): boolean {
  return OWNER_COLUMN.test(column) || sameRole(columnWord(column), stripAccents(roleKey(role)));
}

/**
 * Ownership rules (OWASP ASVS V4.2.1, insecure direct object references): each rule names a real FK
 * path to the user entity, whatever the column is called — the entity's own FK to the user entity
 * (`tasks.user_id`; `unita.condomino_id`, named for the role `condòmino`; `segnalazioni.aperta_da`,
 * a reference that says who acted), or the FK to a parent that has one (`subtasks.task_id →
 * tasks.user_id`, `rate.unita_id → unita.condomino_id`). The user entity owns itself through its
 * primary key.
 */
export function ownershipRules(
  entities: readonly SpecEntity[],
  roles: readonly string[] = [],
): OwnershipRule[] {
  const user = userEntity(entities, roles);
  if (!user) return [];
  const rules: OwnershipRule[] = [];
  const pk = user.fields.find((f) => f.primaryKey)?.column ?? user.primaryKey[0];
  // The user entity of one role (`Volunteer`) is that role's own record only: a coordinator is no row of it.
  const only = byRoleName(entities, roles);
  const selfRole = only && only.entity === user ? only.role : null;
  if (pk)
    rules.push({
      entity: user.name,
      column: pk,
      kind: 'self',
      ...(selfRole ? { role: selfRole } : {}),
      via: null,
      description: `${user.table}.${pk} = current user`,
      origin: fromRule('derive/authz-self-record'),
    });
  // Another kind of person the API signs in ("maps the token's `sub` to a staff member"): a record
  // with a column for the identity provider's subject (`auth0_subject`) and a column whose values are
  // roles of the documents (`role: coordinator | org_admin`) is the own record of those roles.
  for (const e of entities) {
    if (!e.fields.some((f) => SUBJECT_COLUMN.test(f.column))) continue;
    const key = e.fields.find((f) => f.primaryKey)?.column ?? e.primaryKey[0];
    if (!key) continue;
    const listed = roles.filter((r) =>
      e.fields.some((f) => f.enum?.some((v) => sameRole(roleKey(v), roleKey(r)))),
    );
    // The user entity whose role column lists every role already owns itself for each (the rule
    // above): a row per role would say it again.
    if (e === user && !selfRole && listed.length === roles.length) continue;
    for (const role of listed)
      rules.push({
        entity: e.name,
        column: key,
        kind: 'self',
        role,
        via: null,
        description: `${e.table}.${key} = current user (${role})`,
        origin: fromRule('derive/authz-subject-record'),
      });
  }
  // Entities whose owner column says whose they are: their other paths are not ownership.
  const owned = new Set<string>();
  for (const e of entities) {
    if (e.name === user.name) continue;
    const owner = e.fields.find((f) => f.references?.entity === user.name && OWNER_COLUMN.test(f.column));
    if (owner) {
      owned.add(e.name);
      rules.push({
        entity: e.name,
        column: owner.column,
        kind: 'column',
        via: null,
        description: `${e.table}.${owner.column} = current user`,
        origin: fromRule('derive/authz-owner-column', ref(owner.origin)),
      });
    }
    for (const f of e.fields) {
      if (f.references?.entity !== user.name || f === owner) continue;
      const role = roles.find((r) => sameRole(stripAccents(roleKey(r)), columnWord(f.column)));
      rules.push(
        role
          ? {
              entity: e.name,
              column: f.column,
              kind: 'role-column',
              role,
              via: null,
              description: `${e.table}.${f.column} = current user (${role})`,
              origin: fromRule('derive/authz-role-column', ref(f.origin)),
            }
          : {
              entity: e.name,
              column: f.column,
              kind: 'reference',
              via: null,
              description: `${e.table}.${f.column} → ${user.table}.${pk ?? 'id'}`,
              origin: fromRule('derive/authz-user-reference', ref(f.origin)),
            },
      );
    }
  }
  // Every FK to an owned parent is a path (`appointments.patient_id`, `appointments.clinician_id`):
  // the matrix picks the one that leads to the role's own record.
  const direct = rules.filter((r) => r.kind === 'column' || r.kind === 'role-column');
  for (const e of entities) {
    if (e.name === user.name || owned.has(e.name)) continue;
    for (const f of e.fields) {
      if (!f.references || f.references.entity === e.name) continue;
      for (const parent of direct.filter((r) => r.entity === f.references!.entity)) {
        const parentTable = entities.find((x) => x.name === parent.entity)?.table ?? parent.entity;
        rules.push({
          entity: e.name,
          column: f.column,
          kind: 'parent',
          via: { entity: parent.entity, column: parent.column },
          ...(parent.role ? { role: parent.role } : {}),
          description: `${e.table}.${f.column} → ${parentTable}.${parent.column} = current user`,
          origin: fromRule('derive/authz-owner-via-parent', ref(f.origin)),
        });
      }
    }
  }
  // …and one step further: a record of an owned child is owned the same way (`payments.appointment_id
  // → appointments.patient_id → patients.user_id`), so a patient who may read payments reads their own.
  const viaParent = rules.filter((r) => r.kind === 'parent');
  const has = new Set(rules.map((r) => r.entity));
  for (const e of entities) {
    if (e.name === user.name || owned.has(e.name) || has.has(e.name)) continue;
    for (const f of e.fields) {
      if (!f.references || f.references.entity === e.name) continue;
      for (const parent of viaParent.filter((r) => r.entity === f.references!.entity)) {
        rules.push({
          ...parent,
          entity: e.name,
          column: f.column,
          description: `${e.table}.${f.column} → ${parent.description}`,
          origin: fromRule('derive/authz-owner-via-parent', ref(f.origin)),
        });
      }
    }
  }
  return rules;
}

const ref = (o: SpecEntity['origin']) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);
