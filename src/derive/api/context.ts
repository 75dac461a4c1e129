import type { Domain, StatedEndpoint } from '../../model/domain.js';
import { byDefault, fromRule, fromSource, type Origin } from '../../model/origin.js';
import type { Endpoint, PagingNames } from '../../model/spec/api.js';
import type { Spec } from '../../model/spec/index.js';
import { isUserEntity, planResources, type Resource } from './resources.js';

/** What every API rule needs to know about the project, read once. */
export interface ApiContext {
  domain: Domain;
  spec: Readonly<Spec>;
  /** `/api`, `/api/v1` or `` — the prefix the documents use, else the default. */
  base: { path: string; origin: Origin };
  pagination: NonNullable<Endpoint['pagination']> & { origin: Origin };
  resources: Resource[];
  /** Entities that are user accounts (see resources.ts). */
  users: ReadonlySet<string>;
}

const BASE_SEGMENT = /^(api|rest|v\d+)$/;

/** The base path most stated routes share (`/api`), else `/api/v1` (a versioned prefix, default). */
export function basePath(stated: readonly StatedEndpoint[]): { path: string; origin: Origin } {
  const counts = new Map<string, { n: number; first: StatedEndpoint }>();
  for (const e of stated) {
    const segs = e.path.split('/').filter(Boolean);
    const prefix: string[] = [];
    for (const s of segs.slice(0, 2)) {
      if (!BASE_SEGMENT.test(s)) break;
      prefix.push(s);
    }
    const key = prefix.length > 0 ? `/${prefix.join('/')}` : '';
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, first: e });
  }
  // An explicit prefix is a deliberate statement; bare paths in diagrams are often shorthand, so the
  // most common prefix wins over none.
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
  const best = ranked.find(([k]) => k !== '') ?? ranked[0];
  if (best && best[0] !== '') {
    const o = best[1].first.origin;
    return { path: best[0], origin: o.kind === 'source' ? fromSource(o.file, o.line) : o };
  }
  if (best) return { path: '', origin: fromRule('derive/base-path-as-stated') };
  return { path: '/api/v1', origin: byDefault('derive/versioned-base-path') };
}

/** Page size from `pagination.*` quantities, else the workflow's 20/100; cursor when a document says so. */
export function paginationOf(domain: Domain): ApiContext['pagination'] {
  const q = (key: string) => domain.parameters.find((p) => p.key === key && p.value !== null);
  const def = q('pagination.default');
  const max = q('pagination.max');
  // A pagination parameter, a requirement or a stated route says cursor (extract/constraints.ts).
  const cursor = (domain.constraints ?? []).some((c) => c.kind === 'pagination-cursor');
  const origin = def?.origin ?? max?.origin ?? byDefault('derive/pagination-20-100');
  // The names a pagination sentence writes (`?curseur=&limite=`) beat the workflow's English ones.
  const names: PagingNames = {};
  for (const n of domain.pagingNames ?? []) names[n.role] = n.name;
  return {
    // Numbered pages only where a pagination sentence names the page parameter (`page` and `per_page`).
    style: cursor ? 'cursor' : names.page ? 'page' : 'offset',
    default: def?.value ?? 20,
    max: Math.max(max?.value ?? 100, def?.value ?? 0),
    ...(Object.keys(names).length > 0 ? { names } : {}),
    origin,
  };
}

/** A list endpoint's pagination: the project's style, sizes and stated parameter names. */
export function listPagination(ctx: ApiContext): NonNullable<Endpoint['pagination']> {
  const { origin: _, ...p } = ctx.pagination;
  return p;
}

/**
 * The stated routes under the stated base path: a route table under "Base path `/api/v1`" lists
 * `/tools` for `/api/v1/tools`. Routes already written with the base keep their path.
 */
export function routesUnderBase(domain: Domain): StatedEndpoint[] {
  const base = statedBase(domain);
  if (!base) return domain.statedEndpoints;
  return domain.statedEndpoints.map((e) =>
    e.path === base.path || e.path.startsWith(`${base.path}/`) ? e : { ...e, path: `${base.path}${e.path}` },
  );
}

/** The base path the documents state most often (the first stated on a tie). */
function statedBase(domain: Domain): { path: string; origin: Origin } | null {
  const counts = new Map<string, { n: number; origin: Origin }>();
  for (const b of domain.basePaths ?? []) {
    const c = counts.get(b.path);
    if (c) c.n++;
    else counts.set(b.path, { n: 1, origin: b.origin });
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  return best ? { path: best[0], origin: best[1].origin } : null;
}

export function apiContext(domain: Domain, spec: Readonly<Spec>): ApiContext {
  const base = statedBase(domain) ?? basePath(domain.statedEndpoints);
  return {
    domain,
    spec,
    base,
    pagination: paginationOf(domain),
    resources: planResources(spec.entities, base.path),
    users: new Set(spec.entities.filter(isUserEntity).map((e) => e.name)),
  };
}
