import { isUserEntity, planResources } from '../derive/api/resources.js';
import { hiddenInResponse, isActorField, writableFields } from '../derive/api/schemas.js';
import type { ScalarType } from '../model/domain.js';
import { type Endpoint, isJsonRoute } from '../model/spec/api.js';
import type { SpecEntity, SpecField } from '../model/spec/data.js';
import type { Spec } from '../model/spec/index.js';
import type { ArtifactRenderer } from './types.js';

export const GRAPHQL_PATH = 'backend-spec/schema.graphql';

/**
 * Artifact `graphql`: `backend-spec/schema.graphql`, a GraphQL SDL (GraphQL spec, October 2021)
 * beside the REST API, only when the documents choose GraphQL as the API style. Types and inputs
 * come from the same data model and the same operations as openapi.yaml: list/get endpoints become
 * queries, the others mutations, so the two contracts cannot disagree.
 */
export const graphqlArtifact: ArtifactRenderer = {
  name: 'graphql',
  render: (spec) => {
    const chosen = spec.decisions.some((d) => /api style/i.test(d.topic) && /graphql/i.test(d.choice));
    if (!chosen || spec.endpoints.length === 0) return [];
    // The same operations as openapi.yaml: none a server-rendered surface serves.
    const json = spec.endpoints.filter(isJsonRoute);
    if (json.length === 0) return [];
    return [{ path: GRAPHQL_PATH, text: graphqlSchema({ ...spec, endpoints: json }) }];
  },
};

const SCALARS: Record<ScalarType, string> = {
  uuid: 'ID',
  string: 'String',
  text: 'String',
  email: 'String',
  url: 'String',
  phone: 'String',
  integer: 'Int',
  // GraphQL Int is 32-bit (spec §3.5.1): 64-bit integers travel as strings.
  bigint: 'String',
  decimal: 'Float',
  float: 'Float',
  boolean: 'Boolean',
  date: 'Date',
  datetime: 'DateTime',
  time: 'Time',
  json: 'JSON',
  binary: 'String',
  enum: 'String',
  array: 'String',
};

const enumName = (e: SpecEntity, f: SpecField) => `${e.name}${f.name[0]!.toUpperCase()}${f.name.slice(1)}`;
const enumValue = (v: string) => {
  const n = v
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(n) ? n : `V_${n}`;
};
const lowerFirst = (s: string) => s[0]!.toLowerCase() + s.slice(1);

function typeOf(e: SpecEntity, f: SpecField, required: boolean): string {
  const base =
    f.enum && f.enum.length > 0
      ? enumName(e, f)
      : f.type.scalar === 'array'
        ? `[${SCALARS[f.type.items ?? 'string']}!]`
        : SCALARS[f.type.scalar];
  return required ? `${base}!` : base;
}

export function graphqlSchema(spec: Spec): string {
  const users = new Set(spec.entities.filter(isUserEntity).map((e) => e.name));
  const resources = new Map(planResources(spec.entities, '').map((r) => [r.entity.name, r]));
  const used = new Set(spec.endpoints.map((e) => e.entity).filter((x): x is string => x !== null));
  const entities = spec.entities.filter((e) => used.has(e.name) && resources.get(e.name)?.kind !== 'join');
  const out: string[] = ['scalar Date', 'scalar DateTime', 'scalar Time', 'scalar JSON', ''];
  for (const e of entities) {
    for (const f of e.fields.filter((x) => x.enum && x.enum.length > 0 && !hiddenInResponse(x))) {
      out.push(
        `enum ${enumName(e, f)} {`,
        ...[...new Set(f.enum!.map(enumValue))].map((v) => `  ${v}`),
        '}',
        '',
      );
    }
    const shown = e.fields.filter((f) => !hiddenInResponse(f));
    out.push(`type ${e.name} {`, ...shown.map((f) => `  ${f.name}: ${typeOf(e, f, !f.nullable)}`));
    for (const f of shown.filter(
      (x) => x.references && entities.some((o) => o.name === x.references!.entity),
    )) {
      const rel = f.name.replace(/Id$/, '');
      if (rel !== f.name && !shown.some((x) => x.name === rel))
        out.push(`  ${rel}: ${f.references!.entity}${f.nullable ? '' : '!'}`);
    }
    out.push(
      '}',
      '',
      `type ${e.name}Page {`,
      `  items: [${e.name}!]!`,
      '  total: Int',
      '  nextCursor: String',
      '}',
      '',
    );
    const writable = writableFields(e, resources.get(e.name), users).filter((f) => !isActorField(f, users));
    if (writable.length > 0) {
      out.push(
        `input ${e.name}CreateInput {`,
        ...writable.map((f) => `  ${f.name}: ${typeOf(e, f, !f.nullable && f.default === null)}`),
        '}',
        '',
      );
      out.push(
        `input ${e.name}UpdateInput {`,
        ...writable.map((f) => `  ${f.name}: ${typeOf(e, f, false)}`),
        '}',
        '',
      );
    }
  }
  const known = new Set(entities.map((e) => e.name));
  const ops = spec.endpoints.filter((e) => e.entity && known.has(e.entity));
  const queries = ops
    .filter((e) => e.method === 'GET')
    .map((e) => field(e, spec))
    .filter(Boolean);
  const mutations = ops
    .filter((e) => e.method !== 'GET')
    .map((e) => field(e, spec))
    .filter(Boolean);
  if (queries.length > 0) out.push('type Query {', ...queries, '}', '');
  if (mutations.length > 0) out.push('type Mutation {', ...mutations, '}', '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** One root field per operation, named after the operationId; arguments are the path ids and query. */
function field(e: Endpoint, spec: Spec): string {
  const entity = spec.entities.find((x) => x.name === e.entity)!;
  const args: string[] = [];
  for (const p of e.parameters) {
    if (p.in === 'path') args.push(`${p.name}: ID!`);
    else if (p.in === 'query' && p.name !== 'sort') {
      const f = entity.fields.find((x) => x.name === p.name);
      const t = f ? typeOf(entity, f, false) : p.schema.type === 'integer' ? 'Int' : 'String';
      args.push(`${p.name}: ${p.required && !f ? `${t}!` : t}`);
    } else if (p.in === 'header' && p.name === 'Idempotency-Key') args.push('idempotencyKey: String!');
  }
  const body =
    typeof e.requestBody?.$ref === 'string'
      ? e.requestBody.$ref.slice(e.requestBody.$ref.lastIndexOf('/') + 1)
      : null;
  if (body && /(Create|Update)$/.test(body)) args.push(`input: ${body}Input!`);
  const ok = e.responses.find((r) => r.status < 300);
  const ref =
    typeof ok?.schema?.$ref === 'string' ? ok.schema.$ref.slice(ok.schema.$ref.lastIndexOf('/') + 1) : null;
  const returns = ref && (ref === entity.name || ref === `${entity.name}Page`) ? `${ref}!` : 'Boolean!';
  return `  ${lowerFirst(e.operationId)}${args.length > 0 ? `(${args.join(', ')})` : ''}: ${returns}`;
}
