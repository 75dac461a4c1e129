import { summary } from '../../../derive/api/crud.js';
import { words } from '../../../derive/api/naming.js';
import { entitySchemas, schemaNames } from '../../../derive/api/schemas.js';
import { cite } from '../../../model/origin.js';
import { type Endpoint, isJsonRoute, pagingName } from '../../../model/spec/api.js';
import type { PermissionMatrix } from '../../../model/spec/security.js';
import type { Messages } from '../../i18n/index.js';
import { referencedSchemas } from '../../openapi/document.js';
import { securitySchemes } from '../../openapi/security.js';
import { OPENAPI_PATH } from '../../openapi.js';
import type { RenderContext, Section } from '../../types.js';
import { blocks, heading, source, table } from '../format.js';
import { actionVerbOf, stateActionWord, titleVerb } from '../state-action-words.js';
import {
  type Conventions,
  conventionsOf,
  propertiesCell,
  requestCell,
  responsesCell,
  sourceCell,
  standardRows,
} from './api/compact.js';
import { flowsBlock } from './api/flows.js';
import { compactJson } from './api/json.js';

/**
 * Section 3 (workflow step 2): conventions and the standard responses declared once, the request
 * and response schemas once as named components, then per resource one table of its endpoints
 * (auth, rate limit, request, statuses, source) carrying only what differs from the conventions.
 * Null when there is no API (no entities and no stated routes).
 */
export const apiSection: Section = {
  id: 'api',
  render: (full) => {
    // The routes of the JSON API: an operation a server-rendered surface serves is listed apart
    // (rule `derive/server-rendered-surface`); its body schemas stay, the service still takes them.
    const json = full.spec.endpoints.filter(isJsonRoute);
    const ctx: RenderContext =
      json.length === full.spec.endpoints.length
        ? full
        : { ...full, spec: { ...full.spec, endpoints: json } };
    const { spec } = ctx;
    if (spec.endpoints.length === 0) return null;
    const t = ctx.t.api.endpoints;
    const c = ctx.t.api.compact;
    const conv = conventionsOf(spec.endpoints, spec.errors?.codes ?? []);
    const stated = spec.endpoints.filter((e) => e.origin.kind === 'source').length;
    // Operations a story or a requirement asked for are designed from the needs, not from the model.
    const fromNeeds = spec.endpoints.filter(
      (e) =>
        e.origin.kind === 'rule' &&
        (e.origin.rule === 'derive/operation-from-story' ||
          e.origin.rule === 'derive/resource-from-story-noun' ||
          e.origin.rule.endsWith('-from-requirement')),
    ).length;
    const resources = [...new Set(spec.endpoints.map((e) => e.resource))];
    const parts: string[] = [
      heading(2, ctx.t.common.sections.api),
      t.intro(
        spec.endpoints.length,
        resources.length,
        stated,
        fromNeeds,
        spec.endpoints.length - stated - fromNeeds,
      ),
      t.artifact(OPENAPI_PATH),
      heading(3, t.conventionsHeading),
      conventions(ctx),
      c.parameters,
      heading(4, c.standardHeading),
      c.standardIntro,
      table(c.standardHeader, standardRows(conv)),
      schemasBlock(full),
      storiesBlock(full),
      flowsBlock(full),
      suppressedBlock(ctx),
      ...surfaceBlocks(full),
    ].filter((x): x is string => x !== null);
    const base = commonBase(spec.endpoints);
    // Each resource's endpoints, in the spec's order, grouped once (a filter per resource grew with
    // resources × endpoints, issue 19).
    const byResource = new Map<string, Endpoint[]>();
    for (const e of spec.endpoints) {
      const list = byResource.get(e.resource);
      if (list) list.push(e);
      else byResource.set(e.resource, [e]);
    }
    const endpointsOf = (r: string) => byResource.get(r) ?? [];
    // Resources under the common base path first, then those outside it (health, webhooks).
    const isOutside = new Map(
      resources.map((r) => [r, endpointsOf(r).every((e) => !e.path.startsWith(`${base}/`)) ? 1 : 0]),
    );
    const outside = (r: string) => isOutside.get(r)!;
    const ordered = [...resources].sort((a, b) => outside(a) - outside(b));
    // A resource with one endpoint shares one table (a Resource column instead of a heading and a
    // repeated table header each): bmadserver has 20 such read-only resources.
    const one = (r: string) => endpointsOf(r).length === 1;
    const shared = ordered.filter(one).length >= 2;
    const singles: Endpoint[] = [];
    // The permission rows by operation, indexed once for every table (built per table, it grew with
    // resources × operations, issue 19).
    const permissions = new Map((spec.permissions?.rows ?? []).map((r) => [r.operationId, r]));
    for (const resource of ordered) {
      const eps = endpointsOf(resource);
      if (shared && eps.length === 1) singles.push(eps[0]!);
      else parts.push(heading(3, resource), endpointTable(eps, conv, ctx, permissions));
    }
    if (singles.length > 0)
      parts.push(heading(3, c.singlesHeading), endpointTable(singles, conv, ctx, permissions, true));
    return blocks(...parts);
  },
};

function endpointTable(
  eps: Endpoint[],
  conv: Conventions,
  ctx: RenderContext,
  rows: ReadonlyMap<string, PermissionMatrix['rows'][number]>,
  withResource = false,
): string {
  const t = ctx.t.api.endpoints;
  const c = ctx.t.api.compact;
  const codes = ctx.spec.errors?.codes ?? [];
  // An operation the permission matrix denies to every role (deny by default, no story or stated
  // access names a caller) is not open to "any signed-in user": section 5.5 and this table agree.
  const nobody = (e: Endpoint) => {
    const row = rows.get(e.operationId);
    return (
      !!row && Object.keys(row.access).length > 0 && Object.values(row.access).every((a) => a === 'denied')
    );
  };
  return table(
    withResource ? [c.resourceColumn, ...c.endpointHeader] : c.endpointHeader,
    eps.map((e) => {
      const describe = ctx.t.api.actions[e.action];
      // A stated route keeps its stated summary; one the CRUD rule worded (`Get an account`) is
      // worded by the catalog like any derived endpoint.
      // The list wording names the plural derive formed in the documents' language: the resource's.
      const worded =
        !!e.entity &&
        (e.summary === summary(e.action, e.entity) ||
          (e.action === 'list' && e.summary === `List ${words(e.resource)}`));
      const stated = e.origin.kind === 'source' && !worded;
      const title = stated || !describe || !e.entity ? actionTitle(e, ctx.t) : describe(words(e.entity));
      return [
        ...(withResource ? [e.resource] : []),
        e.method,
        `\`${e.path}\``,
        `\`${e.operationId}\` — ${title}`,
        e.authenticated
          ? e.roles.length > 0
            ? e.roles.join(', ')
            : nobody(e)
              ? t.noRole
              : t.anyRole
          : t.public,
        e.statedRateLimit
          ? `${e.statedRateLimit.text}${rateKey(e.statedRateLimit, t.ratePer)} (${source(e.statedRateLimit.origin)})`
          : (t.rateClasses[e.rateLimit] ?? e.rateLimit),
        requestCell(e, c, (s) => `\`${compactJson(s, Number.MAX_SAFE_INTEGER)}\``, ctx.t.derived),
        responsesCell(e, conv, codes, ctx.t.derived),
        sourceCell(e),
      ];
    }),
  );
}

/** Each component schema once: its properties by name (types and constraints live in section 1). */
function schemasBlock(ctx: RenderContext): string | null {
  const { spec } = ctx;
  const c = ctx.t.api.compact;
  const pagination = spec.endpoints.find((e) => e.pagination)?.pagination?.style ?? 'offset';
  const schemas = entitySchemas(spec, pagination);
  const used = entitiesOf(spec.endpoints);
  // A create or update body no operation takes (`AuditLogCreate` when the audit log is written by
  // the system only) is not part of the API: openapi.yaml leaves it out, and so does this table.
  const referenced = referencedSchemas(spec.endpoints, schemas);
  const rows: string[][] = [];
  for (const entity of used) {
    const n = schemaNames(entity);
    for (const name of [n.read, n.create, n.update]) {
      const s = schemas[name];
      if (s && (name === n.read || referenced.has(name))) rows.push([`\`${name}\``, propertiesCell(s)]);
    }
  }
  if (rows.length === 0) return null;
  // The fields the model says the server sets, each with its rule (issue 13: every suppression named).
  const byEntity = new Map<
    string,
    { field: string; rule: string; source?: { file: string; line: number } }[]
  >();
  for (const x of spec.serverSetFields ?? []) {
    const list = byEntity.get(x.entity);
    if (list) list.push(x);
    else byEntity.set(x.entity, [x]);
  }
  // A set: looked up for each entity with server-set fields (an array scan each was entities²).
  const usedSet = new Set(used);
  const set = [...byEntity]
    .filter(([entity]) => {
      const n = schemaNames(entity);
      return usedSet.has(entity) && (referenced.has(n.create) || referenced.has(n.update));
    })
    .map(
      ([entity, fields]) =>
        `\`${entity}\`: ${fields
          .map((f) => `\`${f.field}\` (\`${f.source ? `${f.source.file}:${f.source.line}` : f.rule}\`)`)
          .join(', ')}`,
    );
  return blocks(
    heading(3, c.schemasHeading),
    c.schemasIntro,
    table(c.schemasHeader, rows),
    set.length > 0 ? c.serverSet(set.join('; ')) : null,
  );
}

/** Which operation implements each story, and what the story's actor is. */
function storiesBlock(ctx: RenderContext): string | null {
  const stories = ctx.spec.stories ?? [];
  if (stories.length === 0) return null;
  const t = ctx.t.api.stories;
  const mapped = stories.filter((s) => s.operations.length > 0).length;
  return blocks(
    heading(3, t.heading),
    t.intro(mapped, stories.length),
    table(
      t.header,
      stories.map((s) => [
        `${s.id} \`${cite(s.origin)}\``,
        s.actor,
        s.role ?? '—',
        s.action.length > 120 ? `${s.action.slice(0, 117)}...` : s.action,
        s.operations.length > 0
          ? `${s.operations.map((o) => `\`${o}\``).join(', ')}${s.rule ? ` (\`${s.rule}\`)` : ''}`
          : t.none(s.unmapped ?? ''),
      ]),
    ),
  );
}

/** Operations a derivation rule would have produced and a stated fact or a named rule left out. */
/**
 * The operations each server-rendered surface serves (rule `derive/server-rendered-surface`): no
 * route of openapi.yaml, a service method its screens call, with the roles that may call it.
 */
function surfaceBlocks(ctx: RenderContext): string[] {
  const bySurface = new Map<string, Endpoint[]>();
  for (const e of ctx.spec.endpoints) {
    if (!e.servedBy) continue;
    const list = bySurface.get(e.servedBy.surface);
    if (list) list.push(e);
    else bySurface.set(e.servedBy.surface, [e]);
  }
  const t = ctx.t.api.stories;
  return [...bySurface].map(([surface, eps]) =>
    blocks(
      heading(3, t.surfaceHeading(surface)),
      t.surfaceIntro(eps.length, surface, source(eps[0]!.servedBy!.stated)),
      table(
        t.surfaceHeader,
        eps.map((e) => [
          `\`${e.operationId}\``,
          e.roles.join(', '),
          !e.requestBody
            ? '—'
            : typeof e.requestBody.$ref === 'string'
              ? `\`${e.requestBody.$ref.slice(e.requestBody.$ref.lastIndexOf('/') + 1)}\``
              : `\`${compactJson(e.requestBody, Number.MAX_SAFE_INTEGER)}\``,
          `\`${cite(e.servedBy!.origin)}\``,
        ]),
      ),
    ),
  );
}

function suppressedBlock(ctx: RenderContext): string | null {
  const gone = ctx.spec.suppressed ?? [];
  if (gone.length === 0) return null;
  const t = ctx.t.api.stories;
  return blocks(
    heading(3, t.suppressedHeading),
    t.suppressedIntro(gone.length),
    table(
      t.suppressedHeader,
      gone.map((g) => [`${g.method} \`${g.path}\``, `\`${g.rule}\``, g.reason, `\`${cite(g.origin)}\``]),
    ),
  );
}

function conventions(ctx: RenderContext): string {
  const { spec } = ctx;
  const t = ctx.t.api.endpoints;
  const page = spec.endpoints.find((e) => e.pagination)?.pagination;
  const base = commonBase(spec.endpoints);
  const scheme = securitySchemes(spec);
  const perRole = spec.auth?.perRole ?? [];
  const authFrom = spec.auth ? ` (${source(spec.auth.strategy.origin)})` : '';
  const lines = [
    t.basePath(base),
    t.json,
    page
      ? t.pagination(page.style, page.default, page.max, {
          limit: pagingName(page, 'limit'),
          cursor: pagingName(page, 'cursor'),
          offset: pagingName(page, 'offset'),
          page: pagingName(page, 'page'),
        })
      : null,
    spec.errors
      ? t.errorsFromCatalog(
          spec.errors.mediaType ??
            (spec.errors.format.value === 'problem-details'
              ? 'application/problem+json'
              : 'application/json'),
        )
      : t.errorsFallback,
    spec.successEnvelope
      ? t.successEnvelope(
          JSON.stringify(spec.successEnvelope.example).replace(/\{\}/g, '…'),
          spec.successEnvelope.dataKey,
          source(spec.successEnvelope.origin),
        )
      : null,
    new Set(perRole.map((g) => g.transport)).size > 1
      ? // Groups of roles with their own mechanism (a session cookie, a provider's bearer token).
        t.authScheme(
          perRole
            .map((g) => {
              const name = g.transport === 'cookie' ? 'cookieAuth' : 'bearerAuth';
              const roles = g.roles.map((r) => `\`${r}\``).join(', ');
              return `${t.schemes[name] ?? name} (${roles}, ${source(g.stated ?? g.origin)})`;
            })
            .join('; '),
        )
      : scheme
        ? `${t.authScheme(t.schemes[scheme.name] ?? scheme.name)}${authFrom}`
        : t.noAuth,
    t.created,
    spec.endpoints.some((e) => e.idempotencyKey) ? t.idempotency : null,
  ];
  return lines
    .filter((l): l is string => l !== null)
    .map((l) => `- ${l}`)
    .join('\n');
}

function commonBase(endpoints: Endpoint[]): string {
  const counts = new Map<string, number>();
  for (const e of endpoints) {
    const m = /^(\/(?:api|rest|v\d+)(?:\/v\d+)?)\//.exec(e.path);
    const k = m?.[1] ?? '';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

function entitiesOf(eps: Endpoint[]): string[] {
  const refs = new Set<string>();
  for (const e of eps) {
    const json = JSON.stringify([e.requestBody, e.responses.map((r) => r.schema)]);
    for (const m of json.matchAll(/#\/components\/schemas\/([A-Za-z0-9_]+)/g)) {
      const name = m[1]!.replace(/(Create|Update|Page)$/, '');
      refs.add(name);
    }
  }
  return [...refs].sort();
}

/** Who a stated limit counts, when its text does not already say ("10 bookings per minute" by volunteers). */
function rateKey(limit: { text: string; per?: string }, per: (who: string) => string): string {
  if (!limit.per || limit.text.toLowerCase().includes(limit.per.toLowerCase())) return '';
  return `, ${per(limit.per)}`;
}

/**
 * `summary` read as `^<verb> (?:an? )?<entity>( \(.+ → .+\))?$` with both words literal, as that
 * regular expression would (the article tried first): `[whole, tail]`, the tail undefined when there
 * is none, or null. Compared as strings: a pattern compiled per endpoint was a second of CPU at
 * 3,000 entities (issue 19).
 */
function verbEntityTitle(summary: string, verb: string, entity: string): [string, string | undefined] | null {
  const head = `${verb} `;
  if (!summary.startsWith(head)) return null;
  for (const article of ['an ', 'a ', '']) {
    if (!summary.startsWith(article, head.length)) continue;
    const at = head.length + article.length;
    if (!summary.startsWith(entity, at)) continue;
    const tail = summary.slice(at + entity.length);
    if (tail === '') return [summary, undefined];
    if (TRANSITION_TAIL.test(tail)) return [summary, tail];
  }
  return null;
}
const TRANSITION_TAIL = /^ \(.+ → .+\)$/;

/**
 * The title of a state action a derive rule named from its English verb ("Pay factuur"): in the
 * document's language, with the documents' own verb where a story wrote one ("Factuur betalen").
 * Any other summary (a stated route's description) is kept as written.
 */
function actionTitle(e: Endpoint, t: Messages): string {
  const verb = actionVerbOf(e);
  if (!verb || !e.entity || e.origin.kind !== 'rule') return e.summary;
  const entity = words(e.entity);
  // derive/api writes `Pay invoice` for a story's action, `Pay an invoice (open → paid)` for a
  // lifecycle's; the phrasebook words the second unless the documents have their own verb.
  const m = verbEntityTitle(e.summary, titleVerb(verb), entity);
  if (!m) return e.summary;
  const own = !!e.actionWord && t.api.stateAction.ownWord;
  if (m[1] && !own) return e.summary;
  const word = stateActionWord(verb, e.actionWord, t);
  return word ? `${t.api.stateAction.title(word, entity)}${m[1] ?? ''}` : e.summary;
}
