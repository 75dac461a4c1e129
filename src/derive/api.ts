import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { StatedEndpoint } from '../model/domain.js';
import { cite } from '../model/origin.js';
import type { Endpoint, SuppressedOperation } from '../model/spec/api.js';
import { joinEndpoints, searchEndpoint, transitionEndpoints, transitionFor } from './api/actions.js';
import { authEndpoints } from './api/auth-endpoints.js';
import { apiContext, routesUnderBase } from './api/context.js';
import { crudEndpoints } from './api/crud.js';
import { successEnvelope } from './api/envelope.js';
import { byResourceAndPath, canonicalPaths, uniqueOperationIds } from './api/finish.js';
import { gateUnneeded } from './api/needs.js';
import { statedRateLimits } from './api/rate-limits.js';
import { restated, tenantEntity } from './api/resources.js';
import { routeLists } from './api/route-lists.js';
import { routeKey, statedEndpoints } from './api/stated.js';
import { storyOperations } from './api/story-operations.js';
import { deactivationStated, noAuthStated, statements, suppressed, suppression } from './api/suppress.js';
import { traceRequirements } from './api/trace.js';
import { isStatedRoute, statedPublic } from './security/stated-access.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `api` (workflow step 2): stated routes first (authoritative, with their source line),
 * then endpoints derived from the data model by named rules (resources, CRUD by kind, state
 * transitions, search, attach/detach, authentication), skipping what a stated route list leaves out
 * on purpose. The security steps that run later refine `authenticated` and fill `roles`.
 */
export const apiStep: DeriveStep = {
  name: 'api',
  derive: ({ domain, spec }) => {
    if (
      spec.entities.length === 0 &&
      domain.statedEndpoints.length === 0 &&
      (domain.stories ?? []).length === 0
    )
      return { spec: { endpoints: [] }, diagnostics: [] };
    const diagnostics: Diagnostic[] = [];
    const ctx = apiContext(domain, spec);
    const stated = dedupe(routesUnderBase(domain), ctx.base.path, diagnostics);
    const open = noAuthStated(domain);
    const auth = open ? [] : authEndpoints(ctx);
    const fromDocs = statedEndpoints(stated, ctx, auth);
    const unknown = fromDocs.filter(
      (e) => e.entity === null && e.resource !== 'Auth' && e.action !== 'health' && e.action !== 'webhook',
    );
    if (unknown.length > 0 && spec.entities.length > 0) {
      const first = unknown[0]!.origin;
      diagnostics.push(
        diag(
          'api/route-without-entity',
          `${unknown.length} stated route(s) name no entity of the data model and are kept as stated, without schemas: ${unknown.map((e) => `${e.method} ${e.path}`).join(', ')}`,
          first.kind === 'source' ? { at: { file: first.file, line: first.line } } : {},
        ),
      );
    }
    ctx.resources = restated(ctx.resources, statedCollections(fromDocs, ctx.base.path));
    const lists = routeLists(stated, fromDocs);
    const byName = new Map(ctx.resources.map((r) => [r.entity.name, r]));
    const derived: Endpoint[] = [...auth];
    const said = statements(domain);
    const nonFunctional = new Set(
      domain.requirements.filter((q) => q.kind === 'non-functional').map((q) => q.text),
    );
    const asked = said.filter((s) => !nonFunctional.has(s.text));
    const dropped: SuppressedOperation[] = [];
    const crudMade = new Set<Endpoint>();
    for (const r of ctx.resources) {
      const crud = crudEndpoints(r, ctx);
      for (const e of crud) crudMade.add(e);
      for (const e of [...crud, ...transitionEndpoints(r, ctx)]) {
        const why = suppression(e, r, said, asked);
        if (why) dropped.push(suppressed(e, why));
        else derived.push(e);
        const stated =
          why?.rule === 'derive/deactivate-not-delete' ? deactivationStated(r, said, ctx.resources) : null;
        if (stated) derived.push(transitionFor(r, 'deactivate', stated.origin));
      }
      derived.push(...joinEndpoints(r, byName, ctx));
      const search = searchEndpoint(r, ctx);
      if (search) derived.push(search);
    }
    // The first join resource of each name (a lookup per endpoint, not a scan of every resource).
    const joinsByName = new Map<string, (typeof ctx.resources)[number]>();
    for (const r of ctx.resources)
      if (r.kind === 'join' && !joinsByName.has(r.entity.name)) joinsByName.set(r.entity.name, r);
    const taken = new Set(fromDocs.map((e) => routeKey(e.method, e.path)));
    // An account step a stated route already serves (`POST /auth/link`, "sends the magic link") is not
    // designed a second time under the derived path.
    const servedSteps = new Set(fromDocs.filter((e) => e.resource === 'Auth').map((e) => e.operationId));
    const omitted = new Map<string, string[]>();
    const kept: Endpoint[] = [];
    for (const e of derived) {
      const key = routeKey(e.method, e.path);
      if (taken.has(key) || (e.resource === 'Auth' && servedSteps.has(e.operationId))) continue;
      // `POST /produtores/{id}/approve` beside the stated `/aprovar` (read as `approve`): the stated
      // route performs the action and carries the requirements that asked for it.
      const served = statedAction(fromDocs, e);
      if (served !== undefined) {
        const reqs = [...new Set([...fromDocs[served]!.requirements, ...e.requirements])];
        fromDocs[served] = { ...fromDocs[served]!, requirements: reqs };
        continue;
      }
      const group = e.action === 'auth' ? 'Auth' : (e.entity ?? '');
      // Accounts are managed through the auth routes when a route list states those and no user routes.
      const viaAuth =
        e.entity !== null && ctx.users.has(e.entity) && !lists.has(e.entity) ? lists.get('Auth') : undefined;
      const list = lists.get(group) ?? viaAuth;
      const joinSides = (e.entity !== null ? joinsByName.get(e.entity)?.sides : undefined) ?? [];
      const joinList = joinSides.map((s) => lists.get(s.entity)).find(Boolean);
      const cover = list ?? joinList;
      if (cover) {
        const k = `${group}|${cover}`;
        omitted.set(k, [...(omitted.get(k) ?? []), `${e.method} ${e.path}`]);
        continue;
      }
      taken.add(key);
      kept.push(e);
    }
    for (const [k, routes] of [...omitted.entries()].sort()) {
      const [group, at] = k.split('|') as [string, string];
      diagnostics.push(
        diag(
          'api/route-list-omits',
          `the route list at ${at} covers ${group}; not added: ${routes.join(', ')}`,
        ),
      );
    }
    // Only the CRUD operations that survived the stated routes are gated (a stated route is never).
    const derivedCrud = new Set(kept.filter((e) => crudMade.has(e)).map((e) => routeKey(e.method, e.path)));
    const blocked = new Map(dropped.map((d) => [`${d.method} ${d.path}`, d.rule]));
    const fromStories = storyOperations(domain.stories ?? [], [...fromDocs, ...kept], ctx, blocked);
    const finished = uniqueOperationIds(canonicalPaths(fromStories.endpoints));
    const stories = fromStories.stories.map((t, i) => ({
      ...t,
      operations: [...new Set(fromStories.links[i]!.map((k) => finished[k]!.operationId))],
    }));
    const traced = traceRequirements(
      finished,
      domain.requirements,
      new Set([tenantEntity(spec.entities)].filter((x): x is string => x !== null)),
    );
    const needed = gateUnneeded({
      endpoints: traced,
      derivedCrud,
      resources: ctx.resources,
      listed: new Set(
        ctx.resources
          .filter((r) => lists.has(r.entity.name) || r.sides.some((s) => lists.has(s.entity)))
          .map((r) => r.entity.name),
      ),
      users: ctx.users,
      linked: new Set(stories.flatMap((t) => t.operations)),
      domain,
    });
    dropped.push(...needed.dropped);
    const endpoints = needed.kept.sort(byResourceAndPath);
    if (open) {
      diagnostics.push(
        diag(
          'api/no-auth-stated',
          'the documents state there is no authentication: every operation is public',
          {
            at: open.kind === 'source' ? { file: open.file, line: open.line } : undefined,
          },
        ),
      );
    }
    // A route table that marks a route public (`Who: public`) states that it needs no sign-in.
    const publicRoutes = statedPublic(domain);
    const final = statedRateLimits(
      endpoints.map((e) =>
        open || (publicRoutes.size > 0 && isStatedRoute(e, publicRoutes)) ? publicEndpoint(e) : e,
      ),
      domain,
    );
    const envelope = successEnvelope(domain);
    const finalRoutes = new Set(final.map((e) => `${e.method} ${e.path}`));
    return {
      spec: {
        endpoints: final,
        stories,
        // An operation a route table states stays, whatever a rule would have left out: it is no
        // operation "left out on purpose".
        suppressed: dropped.filter((d) => !finalRoutes.has(`${d.method} ${d.path}`)),
        ...(envelope ? { successEnvelope: envelope } : {}),
      },
      diagnostics,
    };
  },
};

/**
 * The index in `stated` of the stated route that performs the state action a derived route was
 * designed for (same entity, and its segment or description read as the same English verb), or
 * undefined. Only derived state actions are compared.
 */
function statedAction(stated: readonly Endpoint[], e: Endpoint): number | undefined {
  if (e.origin.kind !== 'rule' || e.action !== 'action' || e.method !== 'POST' || e.entity === null)
    return undefined;
  if (e.origin.rule !== 'derive/action-from-state-enum' && e.origin.rule !== 'derive/deactivate-not-delete')
    return undefined;
  const verb = e.path.slice(e.path.lastIndexOf('/') + 1);
  const i = stated.findIndex(
    (x) =>
      x.entity === e.entity &&
      x.method !== 'GET' &&
      (x.stateVerb === verb || (x.action === 'action' && x.path.endsWith(`/${verb}`))),
  );
  return i >= 0 ? i : undefined;
}

/**
 * The collection path the stated routes give each entity: `X` of a stated `X/{id}` read, change or
 * state action, or of a stated list or create at `X`, where `X` is under the base path, holds no
 * parameter and no `me` segment (a caller's own records are no collection), and the parameter is
 * the record's id. The path most of the entity's routes share wins; none when they disagree evenly.
 */
function statedCollections(stated: readonly Endpoint[], base: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const e of stated) {
    if (e.origin.kind !== 'source' || !e.entity) continue;
    const m = /^((?:\/[^/{}]+)+?)(?:\/\{([^}]+)\}(?:\/([^/{}]+))?)?$/.exec(e.path);
    if (!m) continue;
    const [, at, param, verb] = m;
    if (!at || (base && !at.startsWith(`${base}/`)) || at.split('/').includes('me')) continue;
    const idLike = param !== undefined && /^(id|\w*Id|\w*_id)$/.test(param);
    const fits =
      param === undefined
        ? e.action === 'list' || e.action === 'create'
        : idLike &&
          (verb === undefined
            ? ['get', 'update', 'replace', 'delete'].includes(e.action)
            : e.action === 'action' && e.method !== 'GET');
    // `POST /items/{id}/favorite` makes a Favorite of an item: the segment names another record.
    if (!fits || !namesEntity(at.slice(at.lastIndexOf('/') + 1), e.entity)) continue;
    const byPath = counts.get(e.entity) ?? new Map<string, number>();
    byPath.set(at, (byPath.get(at) ?? 0) + 1);
    counts.set(e.entity, byPath);
  }
  const out = new Map<string, string>();
  for (const [entity, byPath] of counts) {
    const ranked = [...byPath].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) continue;
    out.set(entity, ranked[0]![0]);
  }
  return out;
}

/** Whether a path segment names the entity: a word of each shares its first letters (`ordres`, `OrdreReparation`). */
function namesEntity(segment: string, entity: string): boolean {
  const seg = segment.toLowerCase().split(/[-_]+/).filter(Boolean);
  const name = entity
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/\s+/);
  return seg.some((a) =>
    name.some((b) => {
      const n = Math.min(4, a.length, b.length);
      return n >= 3 && a.slice(0, n) === b.slice(0, n);
    }),
  );
}

/** Rule `derive/no-auth-stated`: a public operation answers neither 401 nor 403. */
function publicEndpoint(e: Endpoint): Endpoint {
  return {
    ...e,
    authenticated: false,
    roles: [],
    responses: e.responses.filter((r) => r.status !== 401 && r.status !== 403),
  };
}

/**
 * A route stated twice: the first statement, with what only the second one says. A description or
 * access comes only from a route table's row: a prose line's words after a route are often about
 * something else ("accepts query params for future use").
 */
function filledFrom(first: StatedEndpoint, second: StatedEndpoint): StatedEndpoint {
  const out: StatedEndpoint = { ...first };
  if (second.row && !first.row) {
    if (second.description !== undefined) out.description = second.description;
    if (out.access === undefined && second.access !== undefined) out.access = second.access;
  }
  if (out.verb === undefined && second.verb !== undefined) out.verb = second.verb;
  if (out.authStep === undefined && second.authStep !== undefined) out.authStep = second.authStep;
  if (out.query === undefined && second.query !== undefined) out.query = second.query;
  for (const k of ['cites', 'requirements'] as const) {
    const more = (second[k] ?? []).filter((x) => !(out[k] ?? []).includes(x));
    if (more.length > 0) out[k] = [...(out[k] ?? []), ...more];
  }
  return out;
}

/** One endpoint per route; a route stated under two base paths is reported (the documents disagree). */
function dedupe(
  stated: readonly StatedEndpoint[],
  base: string,
  diagnostics: Diagnostic[],
): StatedEndpoint[] {
  const chosen = new Map<string, StatedEndpoint>();
  const order: string[] = [];
  for (const s of stated) {
    const key = routeKey(s.method, s.path);
    const seen = chosen.get(key);
    if (!seen) {
      chosen.set(key, s);
      order.push(key);
      continue;
    }
    if (seen.path === s.path) {
      // "… by webhook (`POST /webhooks/vipps`)" in prose, then the route table's row: the row's
      // description and access column still say what the route is and who calls it.
      chosen.set(key, filledFrom(seen, s));
      continue;
    }
    // The spelling with the project's base path wins; the other is reported.
    const [keep, drop] =
      base && s.path.startsWith(`${base}/`) && !seen.path.startsWith(`${base}/`) ? [s, seen] : [seen, s];
    chosen.set(key, keep);
    const at =
      drop.origin.kind === 'source' ? { at: { file: drop.origin.file, line: drop.origin.line } } : {};
    diagnostics.push(
      diag(
        'api/route-variants',
        `${drop.method} ${drop.path} is also stated as ${keep.method} ${keep.path} (${cite(keep.origin)}); using ${keep.path}`,
        at,
      ),
    );
  }
  return order.map((k) => chosen.get(k)!);
}
