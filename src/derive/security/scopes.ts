import { stripAccents } from '../../knowledge/inflect.js';
import type { Domain } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { OpenQuestion } from '../../model/spec/index.js';
import type {
  Access,
  OwnershipRule,
  PermissionMatrix,
  RoleScope,
  RoleSpec,
} from '../../model/spec/security.js';
import { leadsTo } from './matrix.js';
import { userEntity } from './ownership.js';
import { facts, matchPersona } from './roles.js';

/** `Segnalazioni` / `segnalazione`, `condomìni` / `condominio`, `rendez-vous` / `RendezVous`. */
const norm = (w: string) =>
  stripAccents(w)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

function sameNoun(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= Math.max(4, Math.max(a.length, b.length) - 2);
}

/** The first word of the object that names an entity of the model (`rate` → `Rata` by its table). */
export function entityNamed(nouns: readonly string[], entities: readonly SpecEntity[]): SpecEntity | null {
  for (const n of nouns) {
    const w = norm(n);
    const hit = entities.find((e) => sameNoun(w, norm(e.name)) || sameNoun(w, norm(e.table)));
    if (hit) return hit;
  }
  return null;
}

/**
 * The path by which `role` owns records of `entity`: one named for the role or through the role's
 * entity, else a generic owner column (`user_id`) or a parent reached through one.
 */
function ownedBy(
  ownership: readonly OwnershipRule[],
  entity: string,
  role: string,
): OwnershipRule | undefined {
  const paths = ownership.filter((o) => o.entity === entity);
  return (
    paths.find((o) => (o.kind === 'role-column' || o.kind === 'parent') && leadsTo(o, role)) ??
    paths.find((o) => o.kind === 'column') ??
    paths.find(
      (o) =>
        o.kind === 'parent' &&
        !o.role &&
        ownership.some((p) => p.entity === o.via?.entity && p.column === o.via.column && p.kind === 'column'),
    )
  );
}

/** Entities whose foreign keys lead to `root` (itself included), a few levels deep. */
function beneath(root: string, entities: readonly SpecEntity[], user: string | null): Set<string> {
  const out = new Set([root]);
  for (let depth = 0; depth < 4; depth++) {
    let grew = false;
    for (const e of entities) {
      if (out.has(e.name) || e.name === user) continue;
      if (
        e.fields.some((f) => f.references && f.references.entity !== e.name && out.has(f.references.entity))
      ) {
        out.add(e.name);
        grew = true;
      }
    }
    if (!grew) break;
  }
  return out;
}

/**
 * Rule `derive/authz-stated-scope`: a stated "X sees only …" (or a roles table's "everything on their
 * own …") scopes the role through a real foreign-key path from what it sees to the user — the
 * column named for the role on that entity (`segnalazioni.fornitore_id`: its own records), or a record
 * of the role that points at it (`unita.condomino_id` with `unita.condominio_id`: the records of the
 * condominium the role has a unit in). What the statement names and the records beneath it are
 * scoped; the role reaches nothing else but its own user record. A statement whose path the model
 * lacks is not applied (the question is asked).
 */
export function statedScopes(
  domain: Domain,
  roles: readonly RoleSpec[],
  entities: readonly SpecEntity[],
  ownership: readonly OwnershipRule[],
): { scopes: RoleScope[]; unresolved: { role: string; text: string; origin: Origin }[] } {
  const user = userEntity(entities);
  const scopes: RoleScope[] = [];
  const unresolved: { role: string; text: string; origin: Origin }[] = [];
  if (!user) return { scopes, unresolved };
  for (const s of facts(domain, 'scope-statement')) {
    const role = matchPersona(s.actor, [...roles]);
    if (!role || role === '*' || scopes.some((x) => x.role === role)) continue;
    const target = entityNamed(s.nouns, entities);
    if (!target || target.name === user.name) {
      unresolved.push({ role, text: s.text, origin: s.origin });
      continue;
    }
    // "Station staff see only the bookings of their own station": the record the sentence names
    // after what is seen, keyed by both the target and the user row (`bookings.station_id`,
    // `users.station_id`): the records of the user's station, not the bookings they made.
    const place = sharedKey(target, user, s.nouns, entities);
    if (place) {
      scopes.push({
        role,
        entity: target.name,
        access: 'tenant',
        path: `${target.table}.${place.target} = ${user.table}.${place.user} of the current user`,
        entities: [...beneath(target.name, entities, user.name)].sort(),
        everything: s.everything,
        origin: s.origin,
      });
      continue;
    }
    // The column named for the role on the target, or a parent reached through one, or a parent
    // that is the role's own entity (`appointments.patient_id → patients.user_id` for `patient`),
    // else the target's owner column (`tasks.user_id`: "their own tasks").
    const own = ownedBy(ownership, target.name, role);
    // Another record of the role that points at the target: the role's unit in the condominium.
    const through = own
      ? null
      : entities
          .filter((e) => e.name !== target.name)
          .map((e) => ({
            e,
            mine: ownership.find((o) => o.entity === e.name && o.kind === 'role-column' && leadsTo(o, role)),
            link: e.fields.find((f) => f.references?.entity === target.name),
          }))
          .find((x) => x.mine && x.link);
    if (!own && !through) {
      unresolved.push({ role, text: s.text, origin: s.origin });
      continue;
    }
    const path = own
      ? own.description
      : `${target.table}.id ∈ ${through!.e.table}.${through!.link!.column} where ${through!.e.table}.${through!.mine!.column} = current user`;
    scopes.push({
      role,
      entity: target.name,
      access: own ? 'own' : 'tenant',
      path,
      entities: [...beneath(target.name, entities, user.name)].sort(),
      everything: s.everything,
      origin: s.origin,
    });
  }
  return { scopes, unresolved };
}

/**
 * The record a scope sentence names after what is seen ("the bookings of their own station") that
 * both the target and the user row point at: the two columns that make the path. Null when the
 * sentence names no such record, or either side has no key to it.
 */
function sharedKey(
  target: SpecEntity,
  user: SpecEntity,
  nouns: readonly string[],
  entities: readonly SpecEntity[],
): { target: string; user: string } | null {
  const at = nouns.findIndex((n) => entityNamed([n], [target]) !== null);
  for (const noun of nouns.slice(at + 1)) {
    const place = entityNamed([noun], entities);
    if (!place || place.name === target.name || place.name === user.name) continue;
    const fromTarget = target.fields.find((f) => f.references?.entity === place.name);
    const fromUser = user.fields.find((f) => f.references?.entity === place.name);
    if (fromTarget && fromUser) return { target: fromTarget.column, user: fromUser.column };
  }
  return null;
}

/**
 * Applies the stated scopes to the matrix rows: a scoped role reaches the records of its scope as
 * `own` or `tenant` (never `allowed`), and nothing outside it but its own user record, unless a
 * stated route table names the role for that route (a stated contract beats the rule).
 */
export function applyScopes(
  rows: PermissionMatrix['rows'],
  endpoints: readonly Endpoint[],
  scopes: readonly RoleScope[],
  roles: readonly string[],
  user: string | null,
  stated: (e: Endpoint, role: string) => boolean = () => false,
  ownership: readonly OwnershipRule[] = [],
): PermissionMatrix['rows'] {
  const owned = (entity: string, role: string) => ownedBy(ownership, entity, role) !== undefined;
  if (scopes.length === 0) return rows;
  const byOp = new Map(endpoints.map((e) => [e.operationId, e]));
  return rows.map((row) => {
    const e = byOp.get(row.operationId);
    if (!e?.entity || !e.authenticated) return row;
    const access: Record<string, Access> = { ...row.access };
    const reasons: Record<string, Origin> = { ...(row.reasons ?? {}) };
    for (const s of scopes) {
      const now = access[s.role] ?? 'denied';
      if (now === 'denied') continue;
      const because = fromRule('derive/authz-stated-scope', ref(s.origin));
      if (s.entities.includes(e.entity)) {
        // The sentence says what the role sees; what it changes stays its own where a path says so
        // (a condòmino sees every instalment of the building, pays those of their own unit).
        const want: Access =
          s.access === 'tenant' && e.method !== 'GET' && owned(e.entity, s.role) ? 'own' : s.access;
        // An owner-column rule's `own` (the bookings a staff member made) yields to a stated scope
        // over a shared record (the bookings of their station).
        const why = reasons[s.role] ?? row.origin;
        const ownerRule =
          now === 'own' && want === 'tenant' && why.kind === 'rule' && why.rule === 'derive/authz-owner-only';
        if (now === 'allowed' || (now === 'tenant' && want === 'own') || ownerRule) {
          access[s.role] = want;
          // A stated route keeps its citation; the scope's own source is in section 5.7.
          if (reasons[s.role]?.kind !== 'source') reasons[s.role] = because;
        }
      } else if (e.entity === user) {
        if (now === 'allowed' && !s.everything) {
          access[s.role] = 'own';
          reasons[s.role] = fromRule('derive/authz-self-profile');
        }
      } else if (!s.everything && owned(e.entity, s.role)) {
        // "Only their own tasks" does not take away their own labels: those stay theirs alone.
        if (now === 'allowed' || now === 'tenant') {
          access[s.role] = 'own';
          reasons[s.role] = because;
        }
      } else if (!s.everything && !stated(e, s.role)) {
        // "Sees only …" excludes the rest; "everything on their own …" grants within and says
        // nothing of the rest.
        access[s.role] = 'denied';
        reasons[s.role] = because;
      }
    }
    // The row cites the reason of its least privileged allowed role, as buildMatrix does.
    const granted = [...roles].reverse().find((r) => access[r] !== undefined && access[r] !== 'denied');
    const origin = granted ? (reasons[granted] ?? row.origin) : row.origin;
    return { ...row, access, reasons, origin };
  });
}

/** A scope statement whose path the model lacks: asked, never guessed. */
export function scopeQuestions(
  unresolved: readonly { role: string; text: string; origin: Origin }[],
): OpenQuestion[] {
  return unresolved.map((u) => ({
    id: `security/scope/${u.role}/${u.origin.kind === 'source' ? u.origin.line : 0}`,
    text: `The documents scope ${u.role} ("${u.text.slice(0, 120)}"), but no foreign key of the data model leads from what it names to the user: which column scopes it?`,
    source: u.origin,
    options: [],
  }));
}

const ref = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);
