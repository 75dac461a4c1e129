import { diag } from '../diagnostics/diagnostic.js';
import { fromRule } from '../model/origin.js';
import type { Endpoint, SuppressedOperation } from '../model/spec/api.js';
import type { Spec } from '../model/spec/index.js';
import type { AnonymousCaller, PermissionMatrix, RoleSpec } from '../model/spec/security.js';
import { deriveGrants } from './security/grants.js';
import { buildMatrix, ownerScopedRoles } from './security/matrix.js';
import { ownershipRules, userEntity } from './security/ownership.js';
import { roleAuth } from './security/principal-auth.js';
import { machinePrincipals } from './security/principals.js';
import { ancestry, resolveRoles } from './security/roles.js';
import { applyScopes, scopeQuestions, statedScopes } from './security/scopes.js';
import { accessKey, signedRoutes, statedRouteAccess, unknownRouteCallers } from './security/stated-access.js';
import { applyStories, storyKey } from './security/stories.js';
import { tenantRoot } from './security/tenancy.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `authorization`: roles (with hierarchy), permissions per resource and action,
 * ownership and tenant rules, and the permission matrix of every endpoint × every role; returns the
 * endpoints with `roles` filled so the OpenAPI renderer can emit per-operation security.
 */
export const authorizationStep: DeriveStep = {
  name: 'authorization',
  derive: ({ domain, spec }) => {
    const resolved = resolveRoles(domain);
    const { defaulted, diagnostics } = resolved;
    // Rule `derive/anonymous-caller`: a role the documents describe as not signed in ("Visitor | not
    // signed in", 「游客 | 未登录的访问者」) holds no token: it is the public caller, reaching only the
    // public routes, never a column of the matrix, a token's `role` or a role that signs in or out.
    const signedIn = resolved.roles.filter((r) => !r.anonymous);
    const anonymousRoles = signedIn.length > 0 ? resolved.roles.filter((r) => r.anonymous) : [];
    // Machines (devices, webhook senders, services, agents) are principals, not roles of the matrix.
    const { roles, principals } = machinePrincipals(
      domain,
      signedIn.length > 0 ? signedIn : resolved.roles,
      spec.endpoints,
      spec.integrations,
    );
    const ownership = ownershipRules(
      spec.entities,
      roles.map((r) => r.name),
    );
    const scoped = statedScopes(domain, roles, spec.entities, ownership);
    const {
      grants,
      vocabulary,
      diagnostics: grantDiags,
    } = deriveGrants(domain, roles, spec.entities, defaulted, scoped.scopes, storyEntities(spec));
    diagnostics.push(...grantDiags);
    const ownerScoped = ownerScopedRoles(roles, defaulted, ownership, vocabulary.ownScoped);
    const statedAccess = statedRouteAccess(domain, roles);
    const unknown = unknownRouteCallers(
      domain,
      statedAccess,
      roles,
      spec.endpoints,
      principals.map((p) => p.name),
    );
    diagnostics.push(...unknown.diagnostics);
    // Rule `derive/authz-webhook-machine-only`: a provider's webhook (a stated integration's callback
    // route, or a public route a signature verifies: "无需登录（验签）") is called by the provider, a
    // machine principal, never by a user role nor an anonymous visitor.
    const hookPaths = new Set(spec.integrations.flatMap((i) => i.webhooks.map((w) => w.path)));
    const signed = signedRoutes(domain);
    const machineOnly = new Set(
      spec.endpoints
        .filter(
          (e) =>
            e.action === 'webhook' ||
            signed.has(accessKey(e.method, e.origin) ?? '') ||
            (!e.authenticated && hookPaths.has(e.path)),
        )
        .map((e) => e.operationId),
    );
    const built = buildMatrix({
      endpoints: spec.endpoints,
      entities: spec.entities,
      roles,
      grants,
      vocabulary,
      ownership,
      ownerScoped,
      statedAccess,
      tenantRoot: tenantRoot(spec.entities),
      machineOnly,
    });
    const {
      rows,
      endpoints: storyEndpoints,
      stories,
      diagnostics: storyDiags,
    } = applyStories(
      spec.stories ?? [],
      built.rows,
      built.endpoints,
      roles,
      spec.entities,
      ownership,
      new Set((domain.stories ?? []).filter((s) => s.own).map((s) => storyKey(s.origin, s.action))),
    );
    diagnostics.push(...storyDiags);
    // Stated scopes last: no derived grant or story widens a role the documents scope.
    const statedReads = statedReadsOf(storyEndpoints, statedAccess, roles, machineOnly);
    const scopedRows = applyScopes(
      rows,
      storyEndpoints,
      scoped.scopes,
      roles.map((r) => r.name),
      userEntity(
        spec.entities,
        roles.map((r) => r.name),
      )?.name ?? null,
      (e, role) => {
        const key = accessKey(e.method, e.origin);
        const said = key ? statedAccess.get(key) : undefined;
        const lineage = ancestry(roles, role);
        if (said && (said.any || said.roles.some((r) => lineage.includes(r)))) return true;
        // A stated route that lets the role read records of this entity (the public
        // `GET /berths/availability`, or a read route its access cell names the role for) says the
        // role reads them: "a visitor sees only their own reservations" scopes the reservations,
        // and takes nothing away from a read the route table gives the visitor.
        return e.method === 'GET' && !!e.entity && lineage.some((r) => statedReads.has(`${r}\0${e.entity}`));
      },
      ownership,
    );
    // The endpoints carry the roles of their scoped rows: the Auth column and the operation's security
    // say what section 5.5 says.
    const rowRoles = new Map(
      scopedRows.map((r) => [
        r.operationId,
        roles.map((x) => x.name).filter((n) => r.access[n] !== undefined && r.access[n] !== 'denied'),
      ]),
    );
    const endpoints =
      scoped.scopes.length === 0
        ? storyEndpoints
        : storyEndpoints.map((e) => {
            const now = rowRoles.get(e.operationId);
            return e.authenticated && now && now.join() !== e.roles.join() ? { ...e, roles: now } : e;
          });
    // Multi-tenant products scope every tenant table by one column (the most common one).
    // Rule `derive/no-delete-without-caller`: a delete a rule designed that every role is denied,
    // with no story, grant or stated access naming a caller, is an operation nobody may call: it is
    // left out, named, rather than designed (issue 13). Reads stay (the gap the matrix shows until a
    // story names who reads them), and so do creates and edits: a requirement asked for those, and
    // the matrix asks who makes them.
    const uncalled = new Set(
      endpoints
        .filter(
          (e) =>
            e.origin.kind === 'rule' &&
            // A join's detach goes with its attach: a link, not a record of its own.
            e.origin.rule !== 'derive/join-table-as-sub-resource' &&
            e.action === 'delete' &&
            e.authenticated &&
            e.roles.length === 0 &&
            e.requirements.length === 0 &&
            nobody(scopedRows.find((r) => r.operationId === e.operationId)),
        )
        .map((e) => e.operationId),
    );
    // Rule `derive/no-write-without-caller`: a create or edit a rule designed that every role is
    // denied, whose requirements each name another operation of the same kind that a role may call
    // (FR-2 "create a reservation for one boat and one berth" gave `POST /berths` beside the
    // visitor's `POST /reservations`), is designed for nobody: it is left out, named.
    const servedBy = new Map<string, Set<string>>();
    for (const e of endpoints)
      if (e.roles.length > 0 || !e.authenticated)
        for (const r of e.requirements) {
          const kinds = servedBy.get(r);
          if (kinds) kinds.add(e.action);
          else servedBy.set(r, new Set([e.action]));
        }
    const unwritten = new Set(
      endpoints
        .filter(
          (e) =>
            e.origin.kind === 'rule' &&
            e.origin.rule !== 'derive/join-table-as-sub-resource' &&
            (e.action === 'create' || e.action === 'update') &&
            e.authenticated &&
            e.roles.length === 0 &&
            e.requirements.length > 0 &&
            e.requirements.every((r) => servedBy.get(r)?.has(e.action)) &&
            nobody(scopedRows.find((r) => r.operationId === e.operationId)),
        )
        .map((e) => e.operationId),
    );
    for (const id of unwritten) uncalled.add(id);
    const callable = endpoints.filter((e) => !uncalled.has(e.operationId));
    const callableRows = scopedRows.filter((r) => !uncalled.has(r.operationId));
    const uncalledOps = endpoints
      .filter((e) => uncalled.has(e.operationId))
      .map(
        (e): SuppressedOperation => ({
          method: e.method,
          path: e.path,
          entity: e.entity,
          rule: unwritten.has(e.operationId)
            ? 'derive/no-write-without-caller'
            : 'derive/no-delete-without-caller',
          reason: unwritten.has(e.operationId)
            ? 'no role may call it: the requirements that named it are served by another operation a role calls'
            : 'no role may call it: no story, grant or stated access names a caller',
          origin: e.origin,
        }),
      );
    const services =
      uncalled.size > 0 && spec.services
        ? spec.services.map((sv) => ({
            ...sv,
            methods: sv.methods.filter(
              (m) => !m.endpoints.every((id) => uncalled.has(id)) || m.endpoints.length === 0,
            ),
          }))
        : undefined;
    const tenantColumns = spec.entities.map((e) => e.tenantColumn).filter((c): c is string => !!c);
    const counts = new Map<string, number>();
    for (const c of tenantColumns) counts.set(c, (counts.get(c) ?? 0) + 1);
    const column = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const tenant: PermissionMatrix['tenant'] = column
      ? {
          column,
          origin:
            spec.entities.find((e) => e.tenantColumn === column)?.origin ?? fromRule('derive/tenant-scope'),
        }
      : null;
    for (const r of roles) {
      if (
        scopedRows.length > 0 &&
        scopedRows.every(
          (row) =>
            row.access[r.name] === 'denied' ||
            (row.reasons?.[r.name]?.kind === 'rule' &&
              [
                'derive/authz-public-endpoint',
                'derive/authz-self-service',
                'derive/authz-self-profile',
                'derive/authz-deny-by-default',
              ].includes((row.reasons[r.name] as { rule: string }).rule)),
        )
      )
        if (!grants.some((g) => g.role === r.name) && r.inherits.length === 0)
          diagnostics.push(
            diag(
              'security/role-without-permissions',
              `role "${r.name}" received no permission: it reaches only public and self-service endpoints`,
            ),
          );
    }
    const questions = [...unknown.questions, ...scopeQuestions(scoped.unresolved)];
    // Public routes, less those only a token's holder calls (`refreshToken` presents a refresh token)
    // and the webhooks a provider calls with its signature.
    const publicOps = callable
      .filter(
        (e) =>
          !e.authenticated && !machineOnly.has(e.operationId) && !TOKEN_HOLDER_OPERATIONS.has(e.operationId),
      )
      .map((e) => e.operationId)
      .sort();
    const anonymousCallers: AnonymousCaller[] = anonymousRoles.map((r) => ({
      name: r.name,
      label: r.label,
      description: r.description,
      operations: publicOps,
      origin: r.origin.kind === 'source' ? r.origin : fromRule('derive/anonymous-caller'),
    }));
    const perRole = spec.auth ? roleAuth(domain, roles, spec.auth) : [];
    const permissions: PermissionMatrix = {
      roles: roles.map((r) => r.name),
      rows: callableRows,
      ownership,
      tenant,
      ...(scoped.scopes.length > 0 ? { scopes: scoped.scopes } : {}),
      grants,
    };
    return {
      spec: {
        roles,
        permissions,
        endpoints: callable,
        stories,
        ...(uncalledOps.length > 0 ? { suppressed: [...(spec.suppressed ?? []), ...uncalledOps] } : {}),
        ...(services ? { services } : {}),
        ...(principals.length > 0 ? { principals } : {}),
        ...(anonymousCallers.length > 0 ? { anonymousCallers } : {}),
        ...(perRole.length > 0 && spec.auth ? { auth: { ...spec.auth, perRole } } : {}),
        ...(questions.length > 0 ? { questions: [...(spec.questions ?? []), ...questions] } : {}),
      },
      diagnostics,
    };
  },
};

/**
 * `role\0entity` for each entity a stated route lets a role read: a stated GET route whose access
 * cell names the role (or any signed-in user), and a stated public GET route (every role).
 */
function statedReadsOf(
  endpoints: readonly Endpoint[],
  statedAccess: ReadonlyMap<string, { any: boolean; roles: string[] }>,
  roles: readonly RoleSpec[],
  machineOnly: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  for (const e of endpoints) {
    if (e.method !== 'GET' || !e.entity || e.origin.kind !== 'source' || machineOnly.has(e.operationId))
      continue;
    const key = accessKey(e.method, e.origin);
    const said = key ? statedAccess.get(key) : undefined;
    const who = !e.authenticated || said?.any ? roles.map((r) => r.name) : (said?.roles ?? []);
    for (const r of who) out.add(`${r}\0${e.entity}`);
  }
  return out;
}

/** The auth routes of derive/api/auth-endpoints.ts that only the holder of a token calls. */
const TOKEN_HOLDER_OPERATIONS = new Set(['refreshToken', 'logout']);

/** Whether a matrix row denies every role (a row with no roles decides nothing). */
function nobody(row: { access: Record<string, string> } | undefined): boolean {
  return (
    !!row && Object.keys(row.access).length > 0 && Object.values(row.access).every((a) => a === 'denied')
  );
}

/**
 * The entities each story's operations act on, by the story's line: a story the API maps to its
 * operations ("record the handover of the bike" → `pickupBooking`) grants on those entities only,
 * never on another entity its words name (the bike), which the operations do not touch.
 */
function storyEntities(spec: Readonly<Spec>): Map<string, Set<string>> {
  const byId = new Map(spec.endpoints.map((e) => [e.operationId, e.entity]));
  const out = new Map<string, Set<string>>();
  for (const s of spec.stories ?? []) {
    if (s.origin.kind !== 'source' || s.operations.length === 0) continue;
    const entities = new Set<string>();
    for (const op of s.operations) {
      const entity = byId.get(op);
      if (entity) entities.add(entity);
    }
    if (entities.size > 0) out.set(`${s.origin.file}:${s.origin.line}`, entities);
  }
  return out;
}
