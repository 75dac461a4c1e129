import { withArticle as article } from '../../knowledge/english-article.js';
import { fromRule, type Origin } from '../../model/origin.js';
import {
  type Endpoint,
  type JsonSchema,
  type Parameter,
  pagingName,
  type ResponseSpec,
} from '../../model/spec/api.js';
import type { SpecField } from '../../model/spec/data.js';
import { type ApiContext, listPagination } from './context.js';
import { fieldSchema } from './field-schema.js';
import { idParam, pluralPascal, words } from './naming.js';
import type { Resource } from './resources.js';
import { hiddenInResponse, isActorField, ref, schemaNames } from './schemas.js';

export { article };

/** Requests that move money carry an Idempotency-Key (draft-ietf-httpapi-idempotency-key-header). */
const MONEY =
  /\b(payment|invoice|refund|charge|payout|transfer|disbursement|repayment|withdrawal|deposit|settlement|transaction)s?\b/;
export const movesMoney = (entity: string): boolean => MONEY.test(words(entity));

/** Which CRUD operations each kind of resource gets (see resources.ts for the kinds). */
const OPERATIONS: Record<Resource['kind'], Endpoint['action'][]> = {
  root: ['list', 'create', 'get', 'update', 'delete'],
  nested: ['list', 'create', 'get', 'update', 'delete'],
  reference: ['list', 'get'],
  log: ['list', 'get'],
  'append-only': ['list', 'create', 'get'],
  join: [],
  internal: [],
};

export function crudEndpoints(r: Resource, ctx: ApiContext): Endpoint[] {
  return OPERATIONS[r.kind].map((action) => crud(r, action, ctx));
}

export const pkField = (r: Resource): SpecField | undefined =>
  r.entity.fields.find((f) => f.primaryKey) ?? r.entity.fields.find((f) => f.name === 'id');

export function idSchema(f: SpecField | undefined): JsonSchema {
  if (!f) return { type: 'string' };
  const s = fieldSchema({ ...f, nullable: false, description: null });
  delete s.maxLength;
  return s;
}

export function pathParams(r: Resource, item: boolean): Parameter[] {
  const out: Parameter[] = [];
  if (r.parent) {
    const p = r.parent.resource;
    out.push({
      name: idParam(p.entity.name),
      in: 'path',
      required: true,
      schema: idSchema(pkField(p)),
      description: `Id of the parent ${p.entity.name}.`,
    });
  }
  if (item)
    out.push({
      name: 'id',
      in: 'path',
      required: true,
      schema: idSchema(pkField(r)),
      description: `Id of the ${r.entity.name}.`,
    });
  return out;
}

export function crud(r: Resource, action: Endpoint['action'], ctx: ApiContext): Endpoint {
  const e = r.entity;
  const names = schemaNames(e.name);
  const item = action === 'get' || action === 'update' || action === 'delete';
  const origin: Origin = fromRule(
    r.rule === 'derive/resource-per-aggregate-root'
      ? `derive/crud-for-${r.kind === 'nested' ? 'owned-child' : 'aggregate-root'}`
      : r.rule,
    [e.origin].flatMap((o) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : [])),
  );
  const money = movesMoney(e.name) && action === 'create';
  const parameters = [
    ...pathParams(r, item),
    ...(action === 'list' ? listQuery(r, ctx) : []),
    ...(money ? [idempotencyHeader()] : []),
  ];
  const ok: ResponseSpec[] =
    {
      list: [{ status: 200, description: `A page of ${e.name} records.`, schema: ref(names.page) }],
      get: [{ status: 200, description: `The ${e.name}.`, schema: ref(names.read) }],
      create: [
        {
          status: 201,
          description: `The created ${e.name}.`,
          schema: ref(names.read),
          headers: { Location: 'URL of the created resource (RFC 9110 §10.2.2).' },
        },
      ],
      update: [{ status: 200, description: `The updated ${e.name}.`, schema: ref(names.read) }],
      delete: [
        {
          status: 204,
          description: e.softDelete ? `The ${e.name} was marked deleted.` : `The ${e.name} was deleted.`,
          schema: null,
        },
      ],
    }[action as 'list'] ?? [];
  const body = action === 'create' ? ref(names.create) : action === 'update' ? ref(names.update) : null;
  return {
    operationId: operationId(r, action),
    method: ({ list: 'GET', get: 'GET', create: 'POST', update: 'PATCH', delete: 'DELETE' } as const)[
      action as 'list'
    ],
    path: item ? r.itemPath : r.collectionPath,
    resource: resourceName(r),
    summary: summary(action, e.name),
    entity: e.name,
    action,
    parameters,
    requestBody: body,
    responses: [
      ...ok,
      ...errorResponses({
        authenticated: true,
        notFound: item || r.parent !== null,
        body: body !== null,
        conflict: body !== null && hasUnique(r),
        references: body !== null && hasReferences(r),
        idempotent: money,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: action === 'list' || action === 'get' ? 'read' : 'write',
    pagination: action === 'list' ? listPagination(ctx) : null,
    idempotencyKey: money,
    requirements: [],
    origin,
  };
}

/** The resource group an entity's endpoints are listed under: its aggregate root. */
export function resourceName(r: Resource): string {
  return pluralPascal((r.parent?.resource ?? r).entity.name);
}

export function operationId(r: Resource, action: Endpoint['action']): string {
  const n = r.entity.name;
  switch (action) {
    case 'list':
      return `list${pluralPascal(n)}`;
    case 'search':
      return `search${pluralPascal(n)}`;
    case 'create':
      return `create${n}`;
    case 'update':
      return `update${n}`;
    case 'replace':
      return `replace${n}`;
    case 'delete':
      return `delete${n}`;
    default:
      return `get${n}`;
  }
}

/** `a task`, `an audit log`. */

export function summary(action: Endpoint['action'], entity: string): string {
  const w = article(words(entity));
  switch (action) {
    case 'list':
      return `List ${words(pluralPascal(entity))}`;
    case 'create':
      return `Create ${w}`;
    case 'get':
      return `Get ${w}`;
    case 'update':
      return `Update ${w}`;
    case 'replace':
      return `Replace ${w}`;
    case 'delete':
      return `Delete ${w}`;
    case 'search':
      return `Search ${words(pluralPascal(entity))}`;
    default:
      return `${action} ${w.replace(/^an? /, '')}`;
  }
}

export const hasUnique = (r: Resource): boolean =>
  r.entity.fields.some((f) => f.unique && !f.primaryKey) || r.entity.uniques.length > 0;
const hasReferences = (r: Resource): boolean =>
  r.entity.fields.some(
    (f) => f.references && !f.readOnly && f.column !== r.entity.tenantColumn && f !== r.parent?.field,
  );

export function idempotencyHeader(): Parameter {
  return {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    schema: { type: 'string', maxLength: 255 },
    description:
      'Unique key per logical request; a retry with the same key returns the first result (draft-ietf-httpapi-idempotency-key-header).',
  };
}

/**
 * Error statuses an operation can answer with (RFC 9110 §15): 400 malformed or invalid input,
 * 401 no valid credentials, 403 not allowed, 404 unknown resource, 409 conflict with the current
 * state (a unique value taken, a reused idempotency key in flight), 422 a referenced record does not
 * exist or an idempotency key reused with another payload, 429 rate limited (RFC 6585 §4).
 */
export function errorResponses(o: {
  authenticated: boolean;
  notFound: boolean;
  body: boolean;
  conflict: boolean;
  references: boolean;
  idempotent: boolean;
  query?: boolean;
}): ResponseSpec[] {
  const out: ResponseSpec[] = [];
  if (o.body || o.query)
    out.push({ status: 400, description: 'The request is malformed or fails validation.', schema: null });
  if (o.authenticated) {
    out.push({ status: 401, description: 'Missing or invalid credentials.', schema: null });
    out.push({
      status: 403,
      description: 'The caller may not perform this operation on this resource.',
      schema: null,
    });
  }
  if (o.notFound)
    out.push({
      status: 404,
      description: 'The resource does not exist or is not visible to the caller.',
      schema: null,
    });
  if (o.conflict || o.idempotent)
    out.push({
      status: 409,
      description: o.conflict
        ? 'A unique value is already taken, or the resource state does not allow this.'
        : 'A request with this Idempotency-Key is still being processed.',
      schema: null,
    });
  if (o.references || o.idempotent)
    out.push({
      status: 422,
      description: o.references
        ? 'A referenced record does not exist.'
        : 'The Idempotency-Key was used with a different payload.',
      schema: null,
    });
  out.push({
    status: 429,
    description: 'Too many requests; retry after the time in Retry-After.',
    schema: null,
    headers: { 'Retry-After': 'Seconds to wait before retrying (RFC 9110 §10.2.3).' },
  });
  return out;
}

/** Filters on indexed fields and enums, a sort, and pagination (workflow step 11: defaults 20/100). */
type Indexes = ApiContext['spec']['database']['indexes'];
const indexesByEntity = new WeakMap<Indexes, { length: number; by: Map<string, Indexes> }>();
/** The indexed columns of an entity (indexes grouped by entity once, not scanned per resource). */
function indexedColumns(indexes: Indexes, name: string, table: string): Set<string> {
  let cached = indexesByEntity.get(indexes);
  // The length guards against an index list that grew since it was grouped.
  if (cached?.length !== indexes.length) {
    const by = new Map<string, Indexes>();
    for (const i of indexes) {
      const list = by.get(i.entity);
      if (list) list.push(i);
      else by.set(i.entity, [i]);
    }
    cached = { length: indexes.length, by };
    indexesByEntity.set(indexes, cached);
  }
  const by = cached.by;
  const own = name === table ? (by.get(name) ?? []) : [...(by.get(name) ?? []), ...(by.get(table) ?? [])];
  return new Set(own.flatMap((i) => i.columns));
}

export function listQuery(r: Resource, ctx: ApiContext): Parameter[] {
  const e = r.entity;
  const indexed = indexedColumns(ctx.spec.database.indexes, e.name, e.table);
  const skip = (f: SpecField) =>
    f.primaryKey ||
    isActorField(f, ctx.users) ||
    f.column === e.tenantColumn ||
    f === r.parent?.field ||
    hiddenInResponse(f) ||
    f.sensitive ||
    f.type.scalar === 'json' ||
    f.type.scalar === 'array';
  const filters = e.fields.filter(
    (f) =>
      !skip(f) && (indexed.has(f.column) || (f.enum && f.enum.length > 0) || f.type.scalar === 'boolean'),
  );
  const out: Parameter[] = filters.map((f) => {
    const s = fieldSchema({ ...f, nullable: false, description: null });
    return {
      name: f.name,
      in: 'query',
      required: false,
      schema: s,
      description: `Only ${e.name} records whose ${f.name} equals this value${indexed.has(f.column) ? ' (indexed)' : ''}.`,
    };
  });
  const sortable = e.fields.filter(
    (f) =>
      !skip(f) &&
      (indexed.has(f.column) || /^(createdAt|updatedAt)$/.test(f.name)) &&
      f.type.scalar !== 'boolean',
  );
  if (sortable.length > 0) {
    const values = sortable.flatMap((f) => [f.name, `-${f.name}`]);
    const def = sortable.find((f) => f.name === 'createdAt') ? '-createdAt' : values[0];
    out.push({
      name: 'sort',
      in: 'query',
      required: false,
      schema: { type: 'string', enum: values, default: def },
      description: 'Sort field; a leading `-` sorts descending.',
    });
  }
  out.push(...paginationParams(ctx));
  return out;
}

export function paginationParams(ctx: ApiContext): Parameter[] {
  const p = ctx.pagination;
  const limit: Parameter = {
    name: pagingName(p, 'limit'),
    in: 'query',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: p.max, default: p.default },
    description: `Page size (default ${p.default}, at most ${p.max}).`,
  };
  if (p.style === 'page')
    return [
      {
        name: pagingName(p, 'page'),
        in: 'query',
        required: false,
        schema: { type: 'integer', minimum: 1, default: 1 },
        description: 'Page number, from 1.',
      },
      limit,
    ];
  return p.style === 'cursor'
    ? [
        {
          name: pagingName(p, 'cursor'),
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'Opaque cursor from the previous page (`nextCursor`).',
        },
        limit,
      ]
    : [
        limit,
        {
          name: pagingName(p, 'offset'),
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 0, default: 0 },
          description: 'Number of records to skip.',
        },
      ];
}
