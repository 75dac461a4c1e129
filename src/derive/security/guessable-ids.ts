import { cite, type Origin } from '../../model/origin.js';
import { type Endpoint, isJsonRoute, type Parameter } from '../../model/spec/api.js';
import type { SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import type { Practice } from '../../model/spec/operations.js';

export const INTEGER_KEY = /^(?:integer|bigint|smallint)$/;

/** The entity a parameter's own name names (`turmaId`, `turma_id` → Turma), or null. */
function namedEntity(param: string, index: KeyIndex): string | null {
  const named = /^(.+?)_?id$/i.exec(param)?.[1];
  if (!named) return null;
  return index.byLowerName.get(named.replace(/[_-]/g, '').toLowerCase())?.name ?? null;
}

/** The entity a filter's field of the endpoint's entity references (`coordinadorId` → Usuario). */
function referencedBy(own: string | null, param: string, index: KeyIndex): string | null {
  const field = own
    ? index.byName.get(own)?.fields.find((f) => f.name === param || f.column === param)
    : undefined;
  return field?.references?.entity ?? null;
}

/**
 * The entity a path parameter identifies: `{taskId}` names Task; `{id}` is the key of the resource
 * whose segment precedes it (`/websites/{id}/accounts` → Website, whatever the endpoint's entity),
 * read from the endpoints that address that segment's records (`GET /websites/{id}`).
 */
export function parameterEntity(
  spec: Pick<Spec, 'entities' | 'endpoints'>,
  path: string,
  param: string,
  index: KeyIndex = keyIndex(spec),
): string | null {
  const named = namedEntity(param, index);
  if (named) return named;
  const segs = path.split('/');
  const at = segs.indexOf(`{${param}}`);
  const segment = at > 0 ? segs[at - 1] : undefined;
  if (!segment) return null;
  return index.bySegment.get(segment) ?? null;
}

/**
 * The lookups parameterEntity and statedIntegerKey make, built once per spec so a pass over every
 * parameter stays linear: entities by name (lower-cased too) and, per path segment, the entity of
 * the first endpoint that addresses one record under it (`GET /websites/{id}` → `websites`).
 * The first match wins, as a search in spec order would.
 */
interface KeyIndex {
  byName: Map<string, Spec['entities'][number]>;
  byLowerName: Map<string, Spec['entities'][number]>;
  bySegment: Map<string, string>;
}

function keyIndex(spec: Pick<Spec, 'entities' | 'endpoints'>): KeyIndex {
  const byName = new Map<string, Spec['entities'][number]>();
  const byLowerName = new Map<string, Spec['entities'][number]>();
  for (const e of spec.entities) {
    if (!byName.has(e.name)) byName.set(e.name, e);
    const lower = e.name.toLowerCase();
    if (!byLowerName.has(lower)) byLowerName.set(lower, e);
  }
  const bySegment = new Map<string, string>();
  for (const e of spec.endpoints) {
    if (!e.entity) continue;
    const es = e.path.split('/');
    const last = es[es.length - 1] ?? '';
    const segment = es[es.length - 2];
    if (es.length >= 2 && segment !== undefined && !bySegment.has(segment) && /^\{[^}]+\}$/.test(last))
      // `PUT /drivers/{driverId}/regions/{regionId}` attaches a region: its last parameter names the
      // region, not the join row the endpoint writes, so `regions` addresses Region.
      bySegment.set(segment, namedEntity(last.slice(1, -1), { byName, byLowerName, bySegment }) ?? e.entity);
  }
  return { byName, byLowerName, bySegment };
}

const MAX_PATHS = 3;

/** A path parameter whose name says it is a secret (`{secret_token}`, `{apiKey}`, `{password}`). */
export const SECRET_PARAM = /secret|token|api[-_]?key|passw(?:or)?d|signature/i;

/**
 * The key of the entity a path parameter identifies, when the documents state it as a sequential
 * integer (SERIAL, BIGSERIAL, INTEGER PRIMARY KEY) with a source line; a key a rule adds never counts.
 */
export function statedIntegerKey(
  spec: Pick<Spec, 'entities' | 'endpoints'>,
  path: string,
  param: Parameter,
  index: KeyIndex = keyIndex(spec),
  /** The endpoint's own entity: `{id}` of `POST /orders/{id}/pay` where no route reads one order. */
  own: string | null = null,
): { entity: string; key: SpecField } | null {
  // A query filter on a key (`?turmaId=`) names its entity itself; a path parameter may name it by
  // the segment before it (`/turmas/{id}`).
  if (param.in !== 'path' && param.in !== 'query') return null;
  const entity =
    param.in === 'path'
      ? (parameterEntity(spec, path, param.name, index) ?? (param.name === 'id' ? own : null))
      : (namedEntity(param.name, index) ?? referencedBy(own, param.name, index));
  const key = (entity === null ? undefined : index.byName.get(entity))?.fields.find((f) => f.primaryKey);
  if (!entity || !key || !INTEGER_KEY.test(key.type.scalar) || key.origin.kind !== 'source') return null;
  return { entity, key };
}

/** A secret path parameter of a route the documents write with it (`/invites/{secret_token}/accept`). */
export function statedSecretInPath(e: Pick<Endpoint, 'origin'>, param: Parameter): boolean {
  return (
    param.in === 'path' &&
    SECRET_PARAM.test(param.name) &&
    e.origin.kind === 'source' &&
    (e.origin.quote ?? '').includes(`{${param.name}}`)
  );
}

/** The generated Spectral ruleset, written beside openapi.yaml (src/render/openapi/ruleset.ts). */
export const SPECTRAL_RULESET_FILE = '.spectral.yaml';
export const NUMERIC_IDS_RULE = 'owasp:api1:2023-no-numeric-ids';
export const SECRETS_IN_URL_RULE = 'owasp:api2:2023-no-credentials-in-url';

/** Where the stated contract wins over an OWASP lint rule: one path parameter of one operation. */
export interface LintException {
  rule: typeof NUMERIC_IDS_RULE | typeof SECRETS_IN_URL_RULE;
  method: Endpoint['method'];
  path: string;
  /** Index of the parameter in the operation's `parameters` (openapi.yaml keeps the Spec's order). */
  index: number;
  param: string;
  /** The stated line that wins: the entity's integer key, or the route that carries the secret. */
  origin: Origin;
}

/**
 * The OWASP rules' own selectors (@stoplight/spectral-owasp-ruleset 2.0.1), so an exception is only
 * written where the rule fires: `id`-like names with an integer schema; credential-like names.
 */
const ID_LIKE = (name: string) => name === 'id' || /(_id|Id|-id)$/.test(name);
const CREDENTIAL_LIKE =
  /^.*(client_?secret|token|access_?token|refresh_?token|id_?token|password|secret|api-?key).*$/i;

/**
 * The one decision (rules `derive/guessable-stated-ids` and `derive/secret-in-stated-path`) of where
 * the documents' stated contract wins over Spectral's OWASP ruleset: `no-numeric-ids` on a path
 * parameter of an entity whose integer key is stated, `no-credentials-in-url` on a secret the stated
 * route writes in its path. The generated ruleset turns exactly these off (citing `origin`), the
 * security section keeps each as a finding (guessableIds, secretsInPaths), and src/verify/spectral.ts
 * excuses nothing else.
 */
export function statedLintExceptions(spec: Pick<Spec, 'entities' | 'endpoints'>): LintException[] {
  const out: LintException[] = [];
  const keys = keyIndex(spec);
  // An operation a server-rendered surface serves has no route in openapi.yaml to excuse.
  for (const e of spec.endpoints.filter(isJsonRoute))
    e.parameters.forEach((p, index) => {
      const at = { method: e.method, path: e.path, index, param: p.name };
      const key = statedIntegerKey(spec, e.path, p, keys, e.entity)?.key;
      if (key && ID_LIKE(p.name) && p.schema.type === 'integer')
        out.push({ rule: NUMERIC_IDS_RULE, ...at, origin: key.origin });
      // A written API contract that types the id as an integer states it so itself.
      else if (p.stated && ID_LIKE(p.name) && p.schema.type === 'integer')
        out.push({ rule: NUMERIC_IDS_RULE, ...at, origin: e.origin });
      // A filter on a stated integer column of the endpoint's own records (`seller_id bigint`, a
      // reference the documents keep without a foreign key) is typed as the documents state it.
      else if (p.in === 'query' && ID_LIKE(p.name) && p.schema.type === 'integer') {
        const field = e.entity
          ? keys.byName.get(e.entity)?.fields.find((f) => f.name === p.name || f.column === p.name)
          : undefined;
        if (field && INTEGER_KEY.test(field.type.scalar) && field.origin.kind === 'source')
          out.push({ rule: NUMERIC_IDS_RULE, ...at, origin: field.origin });
      }
      if (statedSecretInPath(e, p) && CREDENTIAL_LIKE.test(p.name))
        out.push({ rule: SECRETS_IN_URL_RULE, ...at, origin: e.origin });
    });
  return out.sort((a, b) =>
    `${a.path} ${a.method} ${a.index} ${a.rule}` < `${b.path} ${b.method} ${b.index} ${b.rule}` ? -1 : 1,
  );
}

/** The security finding's clause naming the ruleset's exception, only when there is one. */
function lintExceptionClause(
  spec: Pick<Spec, 'entities' | 'endpoints'>,
  rule: LintException['rule'],
): string[] {
  if (!statedLintExceptions(spec).some((x) => x.rule === rule)) return [];
  return [
    `\`${SPECTRAL_RULESET_FILE}\` beside openapi.yaml turns \`${rule}\` off for these path parameters only, each entry citing its stated line, because the stated contract wins`,
  ];
}

/**
 * Rule `derive/guessable-stated-ids`: where the documents state a sequential integer key (SERIAL,
 * BIGSERIAL, INTEGER PRIMARY KEY) and the API takes it in a path, the stated contract is kept, and
 * the security section says, as a finding with each key's source line, that those ids are guessable
 * (OWASP API1:2023, Broken Object Level Authorization), what the design does about it, and that
 * changing them is a decision, not something the compiler does.
 */
export function guessableIds(spec: Pick<Spec, 'entities' | 'endpoints'>): Practice | null {
  const paths = new Map<string, string[]>();
  const keys = keyIndex(spec);
  // Only routes of the JSON API take an id in a path (a server-rendered screen's operation has none).
  for (const e of spec.endpoints.filter(isJsonRoute))
    for (const p of e.parameters) {
      // The finding names ids in paths; a query filter is only excused in the ruleset.
      if (p.in !== 'path') continue;
      const name = statedIntegerKey(spec, e.path, p, keys, e.entity)?.entity;
      if (!name) continue;
      const list = paths.get(name) ?? [];
      if (!list.includes(e.path)) list.push(e.path);
      paths.set(name, list);
    }
  if (paths.size === 0) return null;
  const names = [...paths.keys()].sort();
  const keyOf = (n: string) => keys.byName.get(n)!.fields.find((f) => f.primaryKey)!;
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
      ...lintExceptionClause(spec, NUMERIC_IDS_RULE),
    ].join('; '),
    origin: keyOf(names[0]!).origin,
  };
}

/**
 * Rule `derive/secret-in-stated-path`: a route the documents write with a secret in the path (a
 * capability URL such as `/tma/campaigns/{secret_token}/agree`) is kept as stated, and the security
 * section says, as a finding with its source line, that URLs leak into logs, proxies and history
 * (OWASP API2:2023) and what the design does about it. A derived route never puts a secret there.
 */
export function secretsInPaths(spec: Pick<Spec, 'entities' | 'endpoints'>): Practice | null {
  const hits = spec.endpoints.filter((e) => e.parameters.some((p) => statedSecretInPath(e, p)));
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
      ...lintExceptionClause(spec, SECRETS_IN_URL_RULE),
    ].join('; '),
    origin: hits[0]!.origin,
  };
}
