import pluralize from 'pluralize';
import type { Endpoint } from '../../model/spec/api.js';
import { camel } from './naming.js';
import { routeKey } from './stated.js';

/**
 * One spelling per route template: OpenAPI treats `/tasks/{id}` and `/tasks/{taskId}` as identical
 * paths (OpenAPI 3.1 §4.8.8.2: templated paths with the same hierarchy but different names MUST NOT
 * exist), so later endpoints take the first spelling's parameter names, position by position.
 */
export function canonicalPaths(endpoints: Endpoint[]): Endpoint[] {
  const spelling = new Map<string, string>();
  return endpoints.map((e) => {
    const key = routeKey('X', e.path);
    const first = spelling.get(key);
    if (!first) {
      spelling.set(key, e.path);
      return e;
    }
    if (first === e.path) return e;
    const names = (p: string) => [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const from = names(e.path);
    const to = names(first);
    const rename = new Map(from.map((n, i) => [n, to[i] ?? n]));
    return {
      ...e,
      path: first,
      parameters: e.parameters.map((p) =>
        p.in === 'path' && rename.has(p.name) ? { ...p, name: rename.get(p.name)! } : p,
      ),
    };
  });
}

/**
 * operationIds are unique (OpenAPI 3.1 §4.8.10: case-sensitive, unique among all operations). A
 * second operation that would take a name already used is named from its own method and path:
 * `GET /teams/{id}/shifts` beside `GET /shifts` is `listTeamShifts`, `DELETE /shifts/{id}/signup`
 * beside `POST /shifts/{id}/signup` is `deleteShiftSignup`, `GET /users/me/items` is `listMyItems`.
 */
export function uniqueOperationIds(endpoints: Endpoint[]): Endpoint[] {
  const used = new Set<string>();
  return endpoints.map((e) => {
    let id = e.operationId;
    if (used.has(id)) id = pathOperationId(e) ?? id;
    for (let n = 2; used.has(id); n++) id = `${e.operationId}${n}`;
    used.add(id);
    return id === e.operationId ? e : { ...e, operationId: id };
  });
}

/** An operation's name from its method and the words of its path, or null when they give none. */
function pathOperationId(e: Endpoint): string | null {
  const segs = e.path.split('/').filter((x) => x.length > 0 && !/^(?:api|rest|v\d+)$/i.test(x));
  const item = segs.at(-1)?.startsWith('{') ?? false;
  const words: string[] = [];
  const statics = segs.filter((x) => !x.startsWith('{'));
  statics.forEach((w, i) => {
    // `/users/me/items`: "me" stands for the user segment before it.
    if (w === 'me') {
      words.splice(-1, 1, 'my');
      return;
    }
    const last = i === statics.length - 1 && !item;
    words.push(last ? w : pluralize.singular(w));
  });
  if (words.length === 0) return null;
  const verb =
    e.method === 'GET'
      ? !item && (e.action === 'list' || pluralize.isPlural(statics.at(-1) ?? ''))
        ? 'list'
        : 'get'
      : ({ POST: item ? null : 'create', PUT: 'replace', PATCH: 'update', DELETE: 'delete' } as const)[
          e.method as 'POST' | 'PUT' | 'PATCH' | 'DELETE'
        ];
  return verb ? camel(`${verb} ${words.join(' ')}`) : null;
}

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Auth first, then resources alphabetically; inside a resource by path, then method. */
export function byResourceAndPath(a: Endpoint, b: Endpoint): number {
  const ra = a.resource === 'Auth' ? '' : a.resource;
  const rb = b.resource === 'Auth' ? '' : b.resource;
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);
}
