import { entitySchemas, schemaNames } from '../../../derive/api/schemas.js';
import { cite } from '../../../model/origin.js';
import type { Endpoint } from '../../../model/spec/api.js';
import { securitySchemes } from '../../openapi/security.js';
import { OPENAPI_PATH } from '../../openapi.js';
import type { RenderContext, Section } from '../../types.js';
import { blocks, fence, heading, source, table } from '../format.js';
import { endpointBlock } from './api/endpoint.js';
import { compactJson } from './api/json.js';

/**
 * Section 3 (workflow step 2): the API grouped by resource — conventions, an index, then per
 * resource the schemas once and every endpoint with auth, parameters, bodies, responses and errors.
 * Null when there is no API (no entities and no stated routes).
 */
export const apiSection: Section = {
  id: 'api',
  render: (ctx) => {
    const { spec } = ctx;
    if (spec.endpoints.length === 0) return null;
    const t = ctx.t.api.endpoints;
    const stated = spec.endpoints.filter((e) => e.origin.kind === 'source').length;
    const resources = [...new Set(spec.endpoints.map((e) => e.resource))];
    const parts: string[] = [
      heading(2, ctx.t.common.sections.api),
      t.intro(spec.endpoints.length, resources.length, stated, spec.endpoints.length - stated),
      t.artifact(OPENAPI_PATH),
      heading(3, t.conventionsHeading),
      conventions(ctx),
      heading(3, t.summaryHeading),
      table(
        [
          t.summaryTable.method,
          t.summaryTable.path,
          t.summaryTable.operation,
          t.summaryTable.auth,
          t.summaryTable.source,
        ],
        spec.endpoints.map((e) => [
          e.method,
          `\`${e.path}\``,
          `\`${e.operationId}\``,
          e.authenticated ? t.authenticated : t.public,
          `\`${cite(e.origin)}\``,
        ]),
      ),
      storiesBlock(ctx),
      suppressedBlock(ctx),
    ].filter((x): x is string => x !== null);
    const pagination = spec.endpoints.find((e) => e.pagination)?.pagination?.style ?? 'offset';
    const schemas = entitySchemas(spec, pagination);
    for (const resource of resources) {
      const eps = spec.endpoints.filter((e) => e.resource === resource);
      parts.push(heading(3, resource));
      for (const entity of entitiesOf(eps)) {
        const n = schemaNames(entity);
        const shown = { [n.read]: strip(schemas[n.read]), [n.create]: strip(schemas[n.create]) };
        if (!schemas[n.read]) continue;
        parts.push(
          heading(4, t.schemasHeading(entity)),
          t.schemasNote(entity),
          fence('json', compactJson(shown)),
        );
      }
      for (const e of eps) parts.push(endpointBlock(e, ctx));
    }
    return blocks(...parts);
  },
};

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
        s.operations.length > 0 ? s.operations.map((o) => `\`${o}\``).join(', ') : t.none(s.unmapped ?? ''),
      ]),
    ),
  );
}

/** Operations a derivation rule would have produced and a stated fact or a named rule left out. */
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
  const authFrom = spec.auth ? ` (${source(spec.auth.strategy.origin)})` : '';
  const lines = [
    t.basePath(base),
    t.json,
    page ? t.pagination(page.style, page.default, page.max) : null,
    spec.errors
      ? t.errorsFromCatalog(
          spec.errors.mediaType ??
            (spec.errors.format.value === 'problem-details'
              ? 'application/problem+json'
              : 'application/json'),
        )
      : t.errorsFallback,
    scheme ? `${t.authScheme(t.schemes[scheme.name] ?? scheme.name)}${authFrom}` : t.noAuth,
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

/** Schemas as shown in the document: without the examples (openapi.yaml carries them). */
function strip(s: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!s) return s;
  const { examples: _examples, ...rest } = s;
  return rest;
}
