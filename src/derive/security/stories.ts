import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { roleKey } from '../../knowledge/role-names.js';
import { fromRule, fromSource, type Origin } from '../../model/origin.js';
import type { Endpoint, StoryTrace } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { Access, OwnershipRule, PermissionMatrix, RoleSpec } from '../../model/spec/security.js';
import { ancestry, isAdminRole, matchPersona, sameRole } from './roles.js';

/**
 * Rule `derive/authz-from-story`: the actor of a story may call the operations that implement it.
 * The access follows the data: tenant-scoped where the entity carries the tenant column, own records
 * where an ownership path leads to the actor's role, else allowed. A story never widens access the
 * matrix already gives.
 */

const ANY =
  /^(users?|usuari[oa]s?|utilisateur(?:rice)?s?|benutzer(?:innen)?|nutzer(?:innen)?|usuários?|anyone|everyone|todos|tous|alle|authenticated users?|registered users?|logged[- ]in users?)$/i;
const SPLIT = /\s*(?:\/|,|\bor\b|\band\b|\bo\b|\by\b|\bou\b|\bet\b|\boder\b|\bund\b|\be\b)\s*/i;

/** The roles a story's actor names (`Admin/Editor` → both; `any user` → `*`), empty when none. */
export function storyRoles(actor: string, roles: RoleSpec[]): string[] {
  const whole = matchPersona(actor, roles);
  if (whole === '*' || ANY.test(actor.trim())) return roles.length === 1 ? [roles[0]!.name] : ['*'];
  const parts = actor.split(SPLIT).filter((p) => p.trim().length > 1);
  const out = new Set<string>();
  if (parts.length > 1)
    for (const p of parts) {
      const m = matchPersona(p, roles);
      if (m && m !== '*') out.add(m);
    }
  if (out.size === 0 && whole) out.add(whole);
  // "technician" and the role `technicien`: the same word in two languages shares its stem.
  if (out.size === 0) {
    const stem = (w: string) =>
      w
        .toLowerCase()
        .replace(/[^a-z]/g, '')
        .slice(0, 7);
    const words = actor
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 6);
    for (const r of roles)
      if (r.name.length >= 6 && words.some((w) => stem(w) === stem(r.name))) out.add(r.name);
  }
  return [...out];
}

/** The first entity of a name, from an index kept per entity list (asked per story operation and role). */
const nameIndexes = new WeakMap<readonly SpecEntity[], { size: number; byName: Map<string, SpecEntity> }>();
function firstNamed(entities: readonly SpecEntity[], name: string): SpecEntity | undefined {
  let x = nameIndexes.get(entities);
  if (!x || x.size !== entities.length) {
    const byName = new Map<string, SpecEntity>();
    for (const e of entities) if (!byName.has(e.name)) byName.set(e.name, e);
    x = { size: entities.length, byName };
    nameIndexes.set(entities, x);
  }
  return x.byName.get(name);
}

const rank: Record<Access, number> = { denied: 0, own: 1, tenant: 2, allowed: 3 };

function accessFor(
  e: Endpoint,
  role: string,
  entities: readonly SpecEntity[],
  ownership: OwnershipRule[],
): Access {
  const entity = e.entity ? firstNamed(entities, e.entity) : undefined;
  // A dashboard or report of a multi-tenant product reads the caller's tenant only (matrix.ts).
  if (!entity) return entities.some((x) => x.tenantColumn) ? 'tenant' : 'allowed';
  // A path through a parent named for the role, or a column named for it (`reservations.cycliste_id`).
  const own = ownership.find(
    (o) =>
      o.entity === entity.name &&
      ((o.via && sameRole(roleKey(o.via.entity), role)) ||
        (o.kind === 'role-column' && o.role !== undefined && sameRole(o.role, role))),
  );
  if (own) return 'own';
  if (entity.tenantColumn) return 'tenant';
  return 'allowed';
}

/**
 * The route's record names its owner by a column that points at the user entity (`bookings.member_id
 * → members`): whoever calls it as "my booking" is that user.
 */
function ownsByUserColumn(e: Endpoint, entities: readonly SpecEntity[], ownership: OwnershipRule[]): boolean {
  const entity = e.entity ? firstNamed(entities, e.entity) : undefined;
  return entity !== undefined && ownership.some((o) => o.entity === entity.name && o.kind === 'column');
}

export function applyStories(
  stories: StoryTrace[],
  rows: PermissionMatrix['rows'],
  endpoints: Endpoint[],
  roles: RoleSpec[],
  entities: readonly SpecEntity[],
  ownership: OwnershipRule[],
  /** The stories (`id` and action) that act on the actor's own record (`StoryFact.own`). */
  ownStories: ReadonlySet<string> = new Set(),
): {
  stories: StoryTrace[];
  rows: PermissionMatrix['rows'];
  endpoints: Endpoint[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const byOp = new Map(rows.map((r) => [r.operationId, r]));
  // The first endpoint of each operationId (a search of all endpoints per story operation grew
  // with stories × endpoints, issue 19).
  const endpointOf = new Map<string, Endpoint>();
  for (const e of endpoints) if (!endpointOf.has(e.operationId)) endpointOf.set(e.operationId, e);
  // The routes that make the same request of one entity (`GET /shifts`, `GET /teams/{id}/shifts`).
  const requestKey = (e: Endpoint) => `${e.entity}|${e.method}|${e.action}`;
  const sameRequest = new Map<string, Endpoint[]>();
  // Only reads make the same request on two routes; two actions on one entity are two operations.
  for (const e of endpoints) {
    if (!e.entity || (e.action !== 'list' && e.action !== 'get')) continue;
    const list = sameRequest.get(requestKey(e));
    if (list) list.push(e);
    else sameRequest.set(requestKey(e), [e]);
  }
  // Each role with the roles whose permissions it includes, once per call (not per story).
  const ancestors = new Map(roles.map((r) => [r.name, ancestry(roles, r.name)]));
  const out: StoryTrace[] = [];
  const moved: { from: string; to: string | null; requirements: readonly string[] }[] = [];
  for (const s of stories) {
    const who = storyRoles(s.actor, roles);
    const role = who.length === 0 ? null : who.join('|');
    const trace: StoryTrace = { ...s, role };
    out.push(trace);
    // A role that includes the actor's permissions ("Everything a coordinator does, plus …") may
    // call what the actor's story asks for too.
    const targets = who.includes('*')
      ? roles.map((r) => r.name)
      : roles.map((r) => r.name).filter((n) => ancestors.get(n)!.some((a) => who.includes(a)));
    const because: Origin =
      s.origin.kind === 'source' ? fromSource(s.origin.file, s.origin.line, s.origin.quote) : s.origin;
    for (const op of s.operations) {
      const row = byOp.get(op);
      const e = endpointOf.get(op);
      if (!row || !e?.authenticated) continue;
      for (const t of targets) {
        const now = row.access[t] ?? 'denied';
        const want = accessFor(e, t, entities, ownership);
        // Rule `derive/authz-own-by-story`: "annuler ma réservation" — the actor acts on a record
        // of their own, so a caller the route table (or a grant) lets in reaches, through a route
        // to one record, the records its ownership path leads to only.
        if (
          now === 'allowed' &&
          (want === 'own' || ownsByUserColumn(e, entities, ownership)) &&
          e.path.includes('{') &&
          ownStories.has(storyKey(s.origin, s.action))
        ) {
          row.access[t] = 'own';
          row.reasons = {
            ...(row.reasons ?? {}),
            [t]: fromRule('derive/authz-own-by-story', refs(s.origin) ?? []),
          };
          continue;
        }
        if (rank[now] >= rank[want] || now !== 'denied') continue;
        const reason = row.reasons?.[t];
        // A route table that names the route's callers is the contract; which operation a story asks
        // for is read from its words. The stated callers stand, and the disagreement is said.
        // A table whose callers name no role of the model ("nutritionist" beside the persona
        // "nutricionista") grants nobody: there the story's actor is who calls it, as before.
        const statedCallers = Object.values(row.access).some((a) => a !== 'denied');
        if (statedCallers && reason?.kind === 'rule' && reason.rule === 'derive/authz-stated-route-access') {
          // "The team lead sees the shifts of their team": the route table gives the team lead
          // `GET /teams/{id}/shifts`, not the parents' `GET /shifts`. The same request on another
          // route of the entity that the table lets the actor call serves the story.
          const other = (sameRequest.get(requestKey(e)) ?? []).find(
            (x) => x !== e && (byOp.get(x.operationId)?.access[t] ?? 'denied') !== 'denied',
          );
          if (other) {
            trace.operations = [...new Set(trace.operations.map((o) => (o === op ? other.operationId : o)))];
            // The story's requirements go with it: the route it left no longer implements them.
            moved.push({ from: op, to: other.operationId, requirements: s.requirements });
            continue;
          }
          diagnostics.push(
            diag(
              'security/story-beyond-route-access',
              `story ${s.id} asks ${t} to call ${op}, whose route table names other callers: the stated callers are kept`,
              {
                ...(s.origin.kind === 'source' ? { at: { file: s.origin.file, line: s.origin.line } } : {}),
                hint: 'add the role to the route table, or correct the story',
              },
            ),
          );
          // The route is not what the story's actor asked for: the story no longer names it.
          trace.operations = trace.operations.filter((o) => o !== op);
          moved.push({ from: op, to: null, requirements: s.requirements });
          if (trace.operations.length === 0 && !trace.unmapped)
            trace.unmapped = 'the route table names other callers for the route it asks for';
          continue;
        }
        // A stated matrix denied it: the story wins (both are stated), and the disagreement is said.
        if (reason?.kind === 'rule' && reason.rule === 'derive/authz-stated-matrix')
          diagnostics.push(
            diag(
              'security/story-beyond-matrix',
              `story ${s.id} lets ${t} call ${op}, which the stated permission matrix does not grant ${t}`,
              {
                ...(s.origin.kind === 'source' ? { at: { file: s.origin.file, line: s.origin.line } } : {}),
                hint: 'correct the matrix or the story, or record the choice in the decisions file',
              },
            ),
          );
        row.access[t] = want;
        row.reasons = { ...(row.reasons ?? {}), [t]: because };
        // The row cites the statement that lets its least privileged roles in: the story, not the
        // named rule that let only an administrator in.
        if (row.origin.kind === 'rule') row.origin = because;
      }
    }
  }
  // Rule `derive/authz-state-action-by-story-actor`: a state action (cancel, check in, complete…)
  // whose stories name who makes it is made by those actors (and administrators) only; a generic
  // "may update" grant does not let every role check patients in.
  const actors = new Map<string, Set<string>>();
  for (const s of out) {
    if (!s.role) continue;
    const who = s.role === '*' ? roles.map((r) => r.name) : s.role.split('|');
    for (const op of s.operations) {
      const set = actors.get(op) ?? new Set<string>();
      for (const w of who) set.add(w);
      actors.set(op, set);
    }
  }
  for (const e of endpoints) {
    if (e.action !== 'action' || e.method !== 'POST' || !e.authenticated) continue;
    const named = actors.get(e.operationId);
    const row = byOp.get(e.operationId);
    if (!named || !row) continue;
    for (const r of roles) {
      if (named.has(r.name) || isAdminRole(r.name) || row.access[r.name] === 'denied') continue;
      // A route table that names the caller ("| POST | …/annulation | cycliste, responsable |") is
      // stated access: the stories' actors add to it, they never take a stated caller away.
      const why = row.reasons?.[r.name];
      if (
        why?.kind === 'source' &&
        e.origin.kind === 'source' &&
        why.file === e.origin.file &&
        why.line === e.origin.line
      )
        continue;
      row.access[r.name] = 'denied';
      row.reasons = {
        ...(row.reasons ?? {}),
        [r.name]: fromRule('derive/authz-state-action-by-story-actor', refs(e.origin)),
      };
    }
  }
  // A requirement stays on the route a story left only where another story still maps it there.
  const kept = (op: string, req: string) =>
    out.some((t) => t.operations.includes(op) && t.requirements.includes(req));
  const requirementsOf = (e: Endpoint): string[] => {
    let reqs = e.requirements;
    for (const m of moved) {
      if (m.from === e.operationId)
        reqs = reqs.filter((r) => !m.requirements.includes(r) || kept(e.operationId, r));
      if (m.to === e.operationId) reqs = [...new Set([...reqs, ...m.requirements])];
    }
    return reqs;
  };
  const next = endpoints.map((e) => {
    const row = byOp.get(e.operationId);
    const tagged = moved.length > 0 ? requirementsOf(e) : e.requirements;
    const same = tagged.length === e.requirements.length && tagged.every((r, i) => r === e.requirements[i]);
    const base = same ? e : { ...e, requirements: tagged };
    if (!row || !e.authenticated) return base;
    return { ...base, roles: roles.filter((r) => row.access[r.name] !== 'denied').map((r) => r.name) };
  });
  return { stories: out, rows, endpoints: next, diagnostics };
}

/**
 * A story told apart from the other parts of its sentence: its line and its action (the trace's id
 * gains the spec's folder, `reparations-atelier/Exigence 3`).
 */
export const storyKey = (origin: Origin, action: string): string =>
  `${origin.kind === 'source' ? `${origin.file}:${origin.line}` : ''}\n${action}`;

const refs = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);
