import { fromRule } from '../../model/origin.js';
import type { Endpoint, JsonSchema, ServiceMethod } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import { pascal } from '../api/naming.js';
import { isActorField } from '../api/schemas.js';

/**
 * One service method per endpoint: the endpoint's inputs as typed parameters (the caller, path ids,
 * the query, the body), its success body as the return type, and the errors it throws, named after
 * the HTTP statuses the endpoint answers with (RFC 9110 §15).
 */
export function methodFor(
  e: Endpoint,
  entities: ReadonlyMap<string, SpecEntity>,
  users: ReadonlySet<string>,
  transactional: string | null,
): ServiceMethod {
  const params: ServiceMethod['params'] = [];
  if (e.authenticated) params.push({ name: 'actor', type: 'Actor' });
  for (const p of e.parameters.filter((x) => x.in === 'path'))
    params.push({ name: p.name, type: tsType(p.schema) });
  const query = e.parameters.filter((x) => x.in === 'query');
  if (query.length > 0)
    params.push({
      name: 'query',
      type: `{ ${query.map((q) => `${q.name}${q.required ? '' : '?'}: ${tsType(q.schema)}`).join('; ')} }`,
    });
  if (e.idempotencyKey) params.push({ name: 'idempotencyKey', type: 'string' });
  if (e.requestBody)
    params.push({
      name: e.action === 'update' ? 'patch' : 'input',
      type: tsType(e.requestBody, e.operationId),
    });
  const ok = e.responses.find((r) => r.status < 300);
  const returns = `Promise<${ok?.schema ? tsType(ok.schema, `${pascal(e.operationId)}Result`) : 'void'}>`;
  const entity = e.entity ? entities.get(e.entity) : undefined;
  return {
    name: e.operationId,
    params,
    returns,
    throws: throwsOf(e, entity, users),
    transactional: transactional !== null,
    endpoints: [e.operationId],
    origin: transactional ? fromRule(transactional) : fromRule('derive/service-method-per-endpoint'),
  };
}

function throwsOf(
  e: Endpoint,
  entity: SpecEntity | undefined,
  users: ReadonlySet<string>,
): ServiceMethod['throws'] {
  const statuses = new Set(e.responses.map((r) => r.status));
  const name = entity?.name ?? 'resource';
  const out: ServiceMethod['throws'] = [];
  if (statuses.has(400) || statuses.has(422)) {
    out.push({
      error: 'ValidationError',
      when: statuses.has(422)
        ? `the input is invalid or names a record that does not exist`
        : 'the input is invalid',
    });
  }
  if (e.operationId === 'login')
    out.push({ error: 'UnauthorizedError', when: 'the credentials do not match an account' });
  if (statuses.has(403)) {
    const owned = entity && (entity.tenantColumn || entity.fields.some((f) => isActorField(f, users)));
    out.push({
      error: 'ForbiddenError',
      when: owned
        ? `the ${name} belongs to another ${entity?.tenantColumn ? 'tenant' : 'user'}, or the caller's role may not do this`
        : `the caller's role may not do this`,
    });
  }
  if (statuses.has(404))
    out.push({ error: 'NotFoundError', when: `no ${name} has this id (or it is not visible to the caller)` });
  if (statuses.has(409)) {
    out.push({
      error: 'ConflictError',
      when:
        e.action === 'action'
          ? `the ${name}'s current state does not allow this`
          : !entity
            ? 'the account already exists'
            : e.idempotencyKey && !uniqueFields(entity)
              ? 'a request with the same Idempotency-Key is in flight'
              : `a unique value (${uniqueFields(entity) || 'key'}) is already taken`,
    });
  }
  return out;
}

const uniqueFields = (e: SpecEntity | undefined) =>
  e
    ? e.fields
        .filter((f) => f.unique && !f.primaryKey)
        .map((f) => f.name)
        .join(', ')
    : '';

/** A JSON Schema fragment as a TypeScript type (`$ref`s become their component names). */
export function tsType(s: JsonSchema | null | undefined, inlineName?: string): string {
  if (!s) return 'unknown';
  if (typeof s.$ref === 'string') return s.$ref.slice(s.$ref.lastIndexOf('/') + 1);
  if (s.type === 'object' && inlineName)
    return pascal(inlineName.replace(/Result$/, '')) + (inlineName.endsWith('Result') ? 'Result' : 'Input');
  const types = [s.type].flat().filter((t): t is string => typeof t === 'string');
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const one = (t: string): string => {
    switch (t) {
      case 'integer':
      case 'number':
        return 'number';
      case 'array':
        return `${tsType(s.items as JsonSchema)}[]`;
      case 'object':
        return 'Record<string, unknown>';
      case 'null':
        return 'null';
      default:
        return t;
    }
  };
  return types.length > 0 ? types.map(one).join(' | ') : 'unknown';
}
