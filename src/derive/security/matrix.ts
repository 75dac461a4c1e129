import { sameStem } from '../../knowledge/inflect.js';
import { roleKey } from '../../knowledge/role-names.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type {
  Access,
  OwnershipRule,
  PermissionGrant,
  PermissionMatrix,
  RoleSpec,
} from '../../model/spec/security.js';
import { type MatrixCell, nounKey, type Vocabulary } from './grants.js';
import { ancestry, isAdminRole, sameRole } from './roles.js';
import { accessKey, type StatedRouteAccess } from './stated-access.js';
import type { Action } from './vocabulary.js';

const NEED: Record<Endpoint['action'], Action | null> = {
  list: 'read',
  get: 'read',
  search: 'read',
  create: 'create',
  update: 'update',
  replace: 'update',
  delete: 'delete',
  action: 'update',
  auth: null,
  health: null,
  webhook: null,
};

export interface MatrixInput {
  endpoints: readonly Endpoint[];
  entities: readonly SpecEntity[];
  roles: RoleSpec[];
  grants: PermissionGrant[];
  vocabulary: Vocabulary;
  ownership: OwnershipRule[];
  /** Roles scoped to their own records (per-user products: the single or default `user` role). */
  ownerScoped: Set<string>;
  /** Who may call a stated route, from its table's access column (see stated-access.ts). */
  statedAccess?: ReadonlyMap<string, StatedRouteAccess>;
  /** The tenant entity of a multi-tenant product (`Lab`), when the documents state tenancy. */
  tenantRoot?: string | null;
  /** Operations only a provider calls with its signature (stated webhooks and signed callbacks). */
  machineOnly?: ReadonlySet<string>;
}

const singular = (w: string) =>
  w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

/**
 * The lookups `decide` makes for every endpoint × role, indexed once per matrix: a scan of every
 * entity, grant or ownership path per cell made the matrix quadratic in the number of entities.
 * Each index keeps the order of its list, so the first match is the one a scan would find.
 */
interface MatrixIndex {
  entityByName: Map<string, SpecEntity>;
  grantsByResource: Map<string, { at: number; grant: PermissionGrant }[]>;
  /** Per entity name: the grants for it or for `*`, in the order of `input.grants`. */
  grantsFor: Map<string, PermissionGrant[]>;
  ownershipByEntity: Map<string, OwnershipRule[]>;
  /** Per `resource\0entity`: the stated cells that speak for it. */
  cells: Map<string, MatrixCell[]>;
  /** Per entity name: the state actions a grant names by verb (`authorise` on Result for `pathologist`). */
  namedVerbs: Map<string, string[]>;
}

function indexMatrix(input: MatrixInput): MatrixIndex {
  const entityByName = new Map<string, SpecEntity>();
  for (const x of input.entities) if (!entityByName.has(x.name)) entityByName.set(x.name, x);
  const grantsByResource = new Map<string, { at: number; grant: PermissionGrant }[]>();
  input.grants.forEach((grant, at) => {
    const list = grantsByResource.get(grant.resource);
    if (list) list.push({ at, grant });
    else grantsByResource.set(grant.resource, [{ at, grant }]);
  });
  const ownershipByEntity = new Map<string, OwnershipRule[]>();
  for (const o of input.ownership) {
    const list = ownershipByEntity.get(o.entity);
    if (list) list.push(o);
    else ownershipByEntity.set(o.entity, [o]);
  }
  const namedVerbs = new Map<string, string[]>();
  for (const g of input.grants)
    if (g.verb && g.action === 'update')
      namedVerbs.set(g.resource, [...(namedVerbs.get(g.resource) ?? []), g.verb]);
  return {
    entityByName,
    grantsByResource,
    grantsFor: new Map(),
    ownershipByEntity,
    cells: new Map(),
    namedVerbs,
  };
}

function grantsFor(x: MatrixIndex, name: string): PermissionGrant[] {
  let out = x.grantsFor.get(name);
  if (!out) {
    const own = x.grantsByResource.get(name) ?? [];
    const wild = name === '*' ? [] : (x.grantsByResource.get('*') ?? []);
    out = [...own, ...wild].sort((a, b) => a.at - b.at).map((g) => g.grant);
    x.grantsFor.set(name, out);
  }
  return out;
}

/** One decision for one role on one endpoint, with why. */
function decide(
  e: Endpoint,
  role: RoleSpec,
  input: MatrixInput,
  x: MatrixIndex,
): { access: Access; origin: Origin } {
  // Webhooks are called by a provider with a signature, never by a signed-in role: no sign-in makes
  // them public to the roles (they answer the provider's signed calls only, section 5.8), so this
  // rule comes before the public-route one.
  if (e.action === 'webhook' || input.machineOnly?.has(e.operationId))
    return { access: 'denied', origin: fromRule('derive/authz-webhook-machine-only') };
  if (!e.authenticated) return { access: 'allowed', origin: fromRule('derive/authz-public-endpoint') };
  if (e.action === 'auth' || e.action === 'health')
    return { access: 'allowed', origin: fromRule('derive/authz-self-service') };
  // A GET action (`/conversations/{id}/assessments`) reads; other actions change state.
  const need = e.method === 'GET' ? 'read' : NEED[e.action]!;
  const lineage = ancestry(input.roles, role.name);
  const key = accessKey(e.method, e.origin);
  const said = key ? input.statedAccess?.get(key) : undefined;
  // The route table names who calls the route: that is the whole answer, unless it names no role the
  // model knows (then the other rules decide, and the unmatched words are reported).
  // A cell that names only callers no role is (`auditor`) states who calls, and it is no one the
  // model knows: nobody is granted the route on a guess; the word is asked about (authorization.ts).
  if (said && !said.any && said.roles.length === 0 && said.unmatched.length > 0)
    return { access: 'denied', origin: fromRule('derive/authz-stated-route-access', ref(said.origin)) };
  const entity = e.entity ? x.entityByName.get(e.entity) : undefined;
  if (said && (said.any || said.roles.length > 0)) {
    const allowed = said.any || said.roles.some((r) => lineage.includes(r));
    if (!allowed)
      return { access: 'denied', origin: fromRule('derive/authz-stated-route-access', ref(said.origin)) };
    // Who calls the route is stated; which records they reach still follows the stated ownership and
    // tenancy ("volunteers see and change only their own sign-ups"), as for any other grant.
    // "Citizen (own)": the table itself limits this caller to its own records.
    const plain = said.roles.filter((r) => !said.own.includes(r));
    if (said.own.some((r) => lineage.includes(r)) && !plain.some((r) => lineage.includes(r)))
      return { access: 'own', origin: said.origin };
    const scope = said.any || !entity ? null : recordScope(input, x, e, entity, role.name);
    if (scope === 'own')
      return { access: 'own', origin: fromRule('derive/authz-owner-only', ref(said.origin)) };
    return { access: scope ?? 'allowed', origin: said.origin };
  }
  // A sentence that refuses this role the operation ("A volunteer cannot cancel shifts") is stated:
  // no description, story or default rule grants it back.
  const refused =
    entity &&
    input.vocabulary.denials.find(
      (d) =>
        d.role === role.name &&
        d.resource === entity.name &&
        (d.action === need || d.action === 'manage') &&
        (d.verb
          ? e.action === 'action' && e.method !== 'GET' && sameVerb(actionWord(e), d.verb)
          : d.action !== 'update' ||
            e.action !== 'action' ||
            !namedElsewhere(e, x.namedVerbs.get(entity.name))),
    );
  if (refused) return { access: 'denied', origin: refused.origin };
  // A dashboard, a report or an analytics read of a multi-tenant product sums the caller's tenant's
  // records, never every tenant's: it is scoped like the reads of the entities it counts.
  const entityless: Access = input.tenantRoot ? 'tenant' : 'allowed';
  const cells = statedCells(e, input.vocabulary.cells, x);
  const mine = cells.filter((c) => lineage.includes(c.role));
  let stated: Origin | null = null;
  if (mine.length > 0) {
    const verb = e.action === 'action' ? actionWord(e) : null;
    // A verb the matrix gives to a role by name (`Technicien | Voir/Accepter`) is not covered by
    // another role's generic "update".
    const named = verb !== null && cells.some((c) => c.grants.some((g) => g.verb === verb));
    const hit = mine.find((c) =>
      c.grants.some(
        (g) =>
          g.action === 'manage' ||
          // A verb-specific cell (`Accept`) grants that action only, never a generic update.
          (g.action === need && (verb === null ? !g.verb : g.verb === verb || (!g.verb && !named))) ||
          // A role that may change or act on a record may read it.
          (need === 'read' && g.action !== 'delete'),
      ),
    );
    // A cell with a word nobody reads (`Voir/Favoris`) may grant more than is known: deny by
    // default, but do not claim the matrix says no.
    if (!hit)
      return {
        access: 'denied',
        origin: fromRule(
          mine.some((c) => c.unread > 0) ? 'derive/authz-deny-by-default' : 'derive/authz-stated-matrix',
          ref(mine[0]!.origin),
        ),
      };
    if (!entity) return { access: entityless, origin: hit.origin };
    stated = hit.origin;
  }
  if (!entity) {
    const wild = x.grantsByResource.get('*')?.find((g) => lineage.includes(g.grant.role));
    if (wild) return { access: entityless, origin: wild.grant.origin };
    // Only the resource the endpoint is (`dashboard`, `analytics`) is compared with the words the
    // role's stated actions use ("dashboard view"): a word the path shares with another statement
    // ("test" in `/analytics/trends-test-volume` and "enter test results") grants nothing.
    const words = e.resource
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0)
      .map(singular);
    for (const r of lineage)
      for (const w of input.vocabulary.words.get(r) ?? [])
        if (words.includes(w.word)) return { access: entityless, origin: w.origin };
    return { access: 'denied', origin: fromRule('derive/authz-deny-by-default') };
  }
  const grant = grantsFor(x, entity.name).find(
    (g) =>
      lineage.includes(g.role) &&
      // Where a stated matrix speaks for this resource, only its cells count (checked above).
      (mine.length === 0 || g.origin.kind === 'source') &&
      (g.resource === entity.name || g.resource === '*') &&
      (g.action === need || g.action === 'manage') &&
      // A grant of one column ("can waive the deposit") is the record's update, no state action.
      (!g.field || e.action === 'update' || e.action === 'replace') &&
      // A grant of one state action (`complete`) is that route's only, never a PATCH or another action.
      (g.verb
        ? e.action === 'action' && e.method !== 'GET' && sameVerb(actionWord(e), g.verb)
        : // A state action the documents give a role by name ("Result authorisation" for the
          // pathologist) is not covered by another role's general update ("edit results").
          g.action !== 'update' || !namedElsewhere(e, x.namedVerbs.get(entity.name))),
  );
  // The ownership path that leads to this role's own record (`appointments.patient_id` for `patient`).
  const paths = x.ownershipByEntity.get(entity.name) ?? [];
  const owned = ownPath(paths, role.name);
  if (grant) {
    if (owned && input.ownerScoped.has(role.name) && owned.kind !== 'self')
      return { access: 'own', origin: fromRule('derive/authz-owner-only', ref(grant.origin)) };
    // A role's own entity (`Volunteer` for `volunteer`) lists its own row only, never every person's.
    if (
      owned?.kind === 'self' &&
      input.ownerScoped.has(role.name) &&
      (e.action !== 'list' || owned.role === role.name)
    )
      return { access: 'own', origin: fromRule('derive/authz-owner-only', ref(grant.origin)) };
    // A role whose own record carries no tenant column (`volunteers`, who serve several
    // organizations) belongs to no tenant: the tenant scope binds the tenant's members only.
    const member = !outsideTenant(input, role.name);
    if (entity.tenantColumn && member) return { access: 'tenant', origin: stated ?? grant.origin };
    // The tenant's own row (`labs`): a member, its admin included, reaches their own tenant, never
    // every tenant's; creating a tenant is not an act inside one.
    if (entity.name === input.tenantRoot && e.action !== 'create' && member)
      return { access: 'tenant', origin: stated ?? grant.origin };
    return { access: 'allowed', origin: stated ?? grant.origin };
  }
  // Every signed-in person may read and edit their own profile (OWASP ASVS V4.2.1 still applies).
  if (owned?.kind === 'self' && (e.action === 'get' || e.action === 'update'))
    return { access: 'own', origin: fromRule('derive/authz-self-profile') };
  return { access: 'denied', origin: fromRule('derive/authz-deny-by-default') };
}

/** The records of `entity` a role reaches through a route: its own, its tenant's, or null for any. */
function recordScope(
  input: MatrixInput,
  x: MatrixIndex,
  e: Endpoint,
  entity: SpecEntity,
  role: string,
): 'own' | 'tenant' | null {
  const owned = ownPath(x.ownershipByEntity.get(entity.name) ?? [], role);
  if (owned && input.ownerScoped.has(role) && owned.kind !== 'self') return 'own';
  if (owned?.kind === 'self' && input.ownerScoped.has(role) && (e.action !== 'list' || owned.role === role))
    return 'own';
  const member = !outsideTenant(input, role);
  if (entity.tenantColumn && member) return 'tenant';
  return null;
}

/**
 * The role belongs to no tenant: its own record (the user entity named for it) is of an entity
 * outside the tenant scope, or the documents give it the making of tenants ("Onboards new
 * organizations", "Platform operators create organizations"): who makes tenants works across them.
 */
function outsideTenant(input: MatrixInput, role: string): boolean {
  const self = input.ownership.find((o) => o.kind === 'self' && o.role === role);
  if (self) return !input.entities.find((x) => x.name === self.entity)?.tenantColumn;
  // A role with everything ("Lab owner. Full access to everything.") owns its tenant; it is in it.
  if (input.grants.some((g) => g.role === role && g.resource === '*')) return false;
  return input.grants.some(
    (g) =>
      g.role === role &&
      g.resource === input.tenantRoot &&
      (g.action === 'create' || g.action === 'manage') &&
      g.origin.kind === 'source',
  );
}

/**
 * The ownership path that leads to this role's own record: a column named for the role
 * (`unita.condomino_id` for `condòmino`) or a parent reached through one, a parent that is the role's
 * entity (`appointments.patient_id` for `patient`), else the owner column; a `reference` (who opened
 * it) and another role's column are never this role's ownership.
 */
export function ownPath(paths: readonly OwnershipRule[], role: string): OwnershipRule | undefined {
  return (
    paths.find((o) => o.kind === 'role-column' && leadsTo(o, role)) ??
    paths.find((o) => o.kind === 'parent' && !!o.role && leadsTo(o, role)) ??
    paths.find((o) => !o.role && leadsTo(o, role)) ??
    paths.find((o) => (o.kind === 'column' || o.kind === 'self') && (!o.role || o.role === role)) ??
    paths.find((o) => o.kind === 'parent' && !o.role)
  );
}

/** Whether a path leads to this role's own record: named for the role, or through the role's entity. */
export const leadsTo = (o: OwnershipRule, role: string): boolean =>
  o.role ? o.role === role : !!o.via && sameRole(roleKey(o.via.entity), role);

/** The stated matrix cells (any role) that speak for this endpoint's resource. */
function statedCells(e: Endpoint, cells: readonly MatrixCell[], x: MatrixIndex): MatrixCell[] {
  if (cells.length === 0) return [];
  const at = `${e.resource}\0${e.entity ?? '\u0001'}`;
  let out = x.cells.get(at);
  if (!out) {
    const key = nounKey(e.resource);
    out = cells.filter((c) =>
      c.entity ? c.resource === e.entity : c.resource === key || sameStem(c.resource, key),
    );
    x.cells.set(at, out);
  }
  return out;
}

/** Whether a state-action route makes a state action some grant names by verb. */
function namedElsewhere(e: Endpoint, verbs: readonly string[] | undefined): boolean {
  if (!verbs || e.action !== 'action' || e.method === 'GET') return false;
  const word = actionWord(e);
  return verbs.some((v) => sameVerb(word, v));
}

/** `complete` and `completed`, `check-in` and `check_in`: the same state action. */
const sameVerb = (word: string | null, verb: string) =>
  !!word && (word === verb || sameStem(word.replace(/[-_]/g, ''), verb.replace(/[-_]/g, '')));

/** `POST /missions/{id}/accept` → `accept`: the state action an action endpoint makes. */
function actionWord(e: Endpoint): string | null {
  const last = e.path.split('/').filter(Boolean).pop() ?? '';
  return /^\{.*\}$/.test(last) ? null : last.toLowerCase();
}

const RANK: Record<Origin['kind'], number> = { source: 0, decision: 1, assistant: 2, rule: 3, default: 4 };

/**
 * The permission matrix: every endpoint × every role with an explicit decision (deny by default,
 * OWASP ASVS V4.1.3), and the endpoints with `roles` filled (public endpoints keep `[]`).
 */
export function buildMatrix(input: MatrixInput): { rows: PermissionMatrix['rows']; endpoints: Endpoint[] } {
  const rows: PermissionMatrix['rows'] = [];
  const endpoints: Endpoint[] = [];
  const index = indexMatrix(input);
  for (const e of input.endpoints) {
    const access: Record<string, Access> = {};
    const reasons: Record<string, Origin> = {};
    for (const r of input.roles) {
      const d = decide(e, r, input, index);
      access[r.name] = d.access;
      reasons[r.name] = d.origin;
    }
    // The row cites the grant of its least privileged allowed role: the most specific statement.
    const granted = [...input.roles]
      .reverse()
      .filter((r) => access[r.name] !== 'denied')
      .map((r) => reasons[r.name]!);
    const origin =
      granted[0] ??
      Object.values(reasons).sort((a, b) => RANK[a.kind] - RANK[b.kind])[0] ??
      fromRule('derive/authz-deny-by-default');
    rows.push({ operationId: e.operationId, access, origin, reasons });
    const roles = e.authenticated
      ? input.roles.filter((r) => access[r.name] !== 'denied').map((r) => r.name)
      : [];
    endpoints.push({ ...e, roles });
  }
  return { rows, endpoints };
}

/** Which roles see only their own records: per-user products (one non-admin role, or the default). */
export function ownerScopedRoles(
  roles: RoleSpec[],
  defaulted: boolean,
  ownership: OwnershipRule[],
  stated: ReadonlySet<string> = new Set(),
): Set<string> {
  if (!ownership.some((o) => o.kind !== 'self' && o.kind !== 'reference')) return new Set();
  const nonAdmin = roles.filter((r) => !isAdminRole(r.name));
  const perUser = defaulted || nonAdmin.length === 1;
  // Per-user products scope every non-admin role; elsewhere only the roles the documents scope.
  return new Set(nonAdmin.filter((r) => perUser || stated.has(r.name)).map((r) => r.name));
}

const ref = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : undefined);
