import { cite } from '../../model/origin.js';
import type { Spec } from '../../model/spec/index.js';
import type { Practice } from '../../model/spec/operations.js';

export const INTEGER_KEY = /^(?:integer|bigint|smallint)$/;

/**
 * The entity a path parameter identifies: `{taskId}` names Task; `{id}` is the key of the resource
 * whose segment precedes it (`/websites/{id}/accounts` → Website, whatever the endpoint's entity),
 * read from the endpoints that address that segment's records (`GET /websites/{id}`).
 */
export function parameterEntity(
  spec: Pick<Spec, 'entities' | 'endpoints'>,
  path: string,
  param: string,
): string | null {
  const named = /^(.+?)_?id$/i.exec(param)?.[1];
  if (named && named.length > 0) {
    const key = named.replace(/[_-]/g, '').toLowerCase();
    const hit = spec.entities.find((e) => e.name.toLowerCase() === key);
    if (hit) return hit.name;
  }
  const segs = path.split('/');
  const at = segs.indexOf(`{${param}}`);
  const segment = at > 0 ? segs[at - 1] : undefined;
  if (!segment) return null;
  for (const e of spec.endpoints) {
    if (!e.entity) continue;
    const es = e.path.split('/');
    const last = es[es.length - 1] ?? '';
    if (es.length >= 2 && es[es.length - 2] === segment && /^\{[^}]+\}$/.test(last)) return e.entity;
  }
  return null;
}

const MAX_PATHS = 3;

/**
 * Rule `derive/guessable-stated-ids`: where the documents state a sequential integer key (SERIAL,
 * BIGSERIAL, INTEGER PRIMARY KEY) and the API takes it in a path, the stated contract is kept, and
 * the security section says, as a finding with each key's source line, that those ids are guessable
 * (OWASP API1:2023, Broken Object Level Authorization), what the design does about it, and that
 * changing them is a decision, not something the compiler does.
 */
export function guessableIds(spec: Pick<Spec, 'entities' | 'endpoints'>): Practice | null {
  const paths = new Map<string, string[]>();
  for (const e of spec.endpoints)
    for (const p of e.parameters) {
      if (p.in !== 'path') continue;
      const name = parameterEntity(spec, e.path, p.name);
      const key = spec.entities.find((x) => x.name === name)?.fields.find((f) => f.primaryKey);
      if (!name || !key || !INTEGER_KEY.test(key.type.scalar) || key.origin.kind !== 'source') continue;
      const list = paths.get(name) ?? [];
      if (!list.includes(e.path)) list.push(e.path);
      paths.set(name, list);
    }
  if (paths.size === 0) return null;
  const names = [...paths.keys()].sort();
  const keyOf = (n: string) => spec.entities.find((x) => x.name === n)!.fields.find((f) => f.primaryKey)!;
  const stated = names.map((n) => `\`${n}\` (\`${cite(keyOf(n).origin)}\`)`).join(', ');
  const all = [...new Set(names.flatMap((n) => paths.get(n)!))].sort();
  const shown = all.slice(0, MAX_PATHS).map((p) => `\`${p}\``);
  return {
    ref: 'A01',
    topic: 'Guessable identifiers',
    measure: [
      `the stated sequential integer keys of ${stated} are taken as ids in paths such as ${shown.join(', ')}: they are guessable (OWASP API1:2023)`,
      'every request by id checks ownership or tenant in the query and answers 404 for a record the caller may not see',
      'replacing them with UUIDs changes a stated contract and needs a decision',
    ].join('; '),
    origin: keyOf(names[0]!).origin,
  };
}

/** A path parameter whose name says it is a secret (`{secret_token}`, `{apiKey}`, `{password}`). */
export const SECRET_PARAM = /secret|token|api[-_]?key|passw(?:or)?d|signature/i;

/**
 * Rule `derive/secret-in-stated-path`: a route the documents write with a secret in the path (a
 * capability URL such as `/tma/campaigns/{secret_token}/agree`) is kept as stated, and the security
 * section says, as a finding with its source line, that URLs leak into logs, proxies and history
 * (OWASP API2:2023) and what the design does about it. A derived route never puts a secret there.
 */
export function secretsInPaths(spec: Pick<Spec, 'endpoints'>): Practice | null {
  const hits = spec.endpoints.filter((e) =>
    e.parameters.some(
      (p) =>
        p.in === 'path' &&
        SECRET_PARAM.test(p.name) &&
        e.origin.kind === 'source' &&
        (e.origin.quote ?? '').includes(`{${p.name}}`),
    ),
  );
  if (hits.length === 0) return null;
  const routes = hits
    .map((e) => `\`${e.method} ${e.path}\` (\`${cite(e.origin)}\`)`)
    .sort()
    .join(', ');
  return {
    ref: 'A04',
    topic: 'Secrets in URLs',
    measure: [
      `${routes} carry a secret in the path as stated: URLs end up in access logs, proxies and browser history (OWASP API2:2023)`,
      'the token is random with at least 128 bits, single-purpose and revocable, and request logs mask it',
    ].join('; '),
    origin: hits[0]!.origin,
  };
}
