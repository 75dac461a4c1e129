import { fromRule, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type {
  ErrorCategory,
  ErrorCode,
  PermissionMatrix,
  ValidationSpec,
} from '../../model/spec/security.js';
import { type Envelope, exampleBody } from './envelope.js';

interface CodeDraft {
  code: string;
  status: number;
  title: string;
  message: string;
  category: ErrorCategory;
  endpoints: string[];
  origin: Origin;
  details?: { field: string; code: string; message: string }[];
}

/** The derived operations that send a one-time link or code (derive/auth-passwordless-sign-in, password reset). */
const SENDS_ONE_TIME_SECRET = new Set(['requestSignInLink', 'requestSignInCode', 'requestPasswordReset']);

const upperSnake = (s: string) =>
  s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();

/**
 * The error catalogue: one code per category the workflow lists (400, 401, 403, 404, 409, 500) plus
 * 422 (business rules), 429 (rate limits) and 503 (dependencies), each with the endpoints that can
 * return it and an example body in the chosen envelope. A code the documents state (`NOT_FOUND`)
 * keeps its name and source.
 */
export function errorCodes(input: {
  envelope: Envelope;
  endpoints: readonly Endpoint[];
  entities: readonly SpecEntity[];
  permissions: PermissionMatrix | null;
  validation: ValidationSpec | null;
  jwt: boolean;
  stated: { example: Record<string, unknown>; origin: Origin } | null;
  /** Fields the server sets (`derive/server-set.ts`), each with its rule. */
  serverSet?: readonly { entity: string; field: string; rule: string }[];
}): ErrorCode[] {
  const { envelope, endpoints, entities } = input;
  const ids = (f: (e: Endpoint) => boolean) => endpoints.filter(f).map((e) => e.operationId);
  const withInput = ids((e) => e.requestBody !== null || e.parameters.length > 0);
  const authed = ids((e) => e.authenticated);
  const rows = input.permissions?.rows ?? [];
  const denied = new Set(
    rows.filter((r) => Object.values(r.access).some((a) => a === 'denied')).map((r) => r.operationId),
  );
  const restricted = ids((e) => denied.has(e.operationId) && e.authenticated);
  const byId = ids((e) => e.parameters.some((p) => p.in === 'path'));
  const writes = ids(
    (e) => ['create', 'update', 'replace', 'action'].includes(e.action) && e.entity !== null,
  );
  // The operations that take a credential (a password, a one-time code or link, a refresh token:
  // RFC 6749 §1.5) and can find it wrong. Asking for a sign-in link or code, or for a password
  // reset, presents none: it answers 202 whether or not the account exists, never 401.
  const login = ids(
    (e) =>
      e.action === 'auth' &&
      /log-?in|sign-?in|token|session/i.test(`${e.operationId} ${e.path}`) &&
      e.method === 'POST' &&
      !SENDS_ONE_TIME_SECRET.has(e.operationId),
  );
  const rule = (id: string) => fromRule(id);

  // A stated example code (`"error": "NOT_FOUND"`) names its category's code.
  const statedCode = (() => {
    const p = envelope.fields.code;
    if (!input.stated || !p) return null;
    let cur: unknown = input.stated.example;
    for (const k of p.split('/').slice(1)) cur = (cur as Record<string, unknown>)?.[k];
    const status = envelope.fields.status ? p && lookup(input.stated.example, envelope.fields.status) : null;
    return typeof cur === 'string' && /^[A-Z][A-Z0-9_]+$/.test(cur)
      ? { code: cur, status: typeof status === 'number' ? status : null }
      : null;
  })();

  const requiredRule = input.validation?.rules.find(
    (r) => r.rule === 'required' && endpoints.some((e) => e.action === 'create' && e.entity === r.entity),
  );
  const drafts: CodeDraft[] = [
    {
      code: 'VALIDATION_ERROR',
      status: 400,
      title: 'Validation failed',
      category: 'validation',
      message: 'The request body or parameters are invalid.',
      endpoints: withInput,
      origin: rule('derive/error-400-validation'),
      details: [
        {
          field: requiredRule ? `/${requiredRule.field}` : '/name',
          code: 'required',
          message: 'This field is required.',
        },
      ],
    },
    {
      code: 'UNAUTHENTICATED',
      status: 401,
      title: 'Authentication required',
      category: 'authentication',
      message: 'Sign in to continue.',
      endpoints: authed,
      origin: rule('derive/error-401-unauthenticated'),
    },
    ...(input.jwt
      ? [
          {
            code: 'TOKEN_EXPIRED',
            status: 401,
            title: 'Token expired',
            category: 'authentication' as const,
            message: 'The access token has expired.',
            endpoints: authed,
            origin: rule('derive/error-401-token-expired'),
          },
        ]
      : []),
    ...(login.length > 0
      ? [
          {
            code: 'INVALID_CREDENTIALS',
            status: 401,
            title: 'Invalid credentials',
            category: 'authentication' as const,
            message: 'The email or password is incorrect.',
            endpoints: login,
            origin: rule('derive/error-401-invalid-credentials'),
          },
        ]
      : []),
    {
      code: 'FORBIDDEN',
      status: 403,
      title: 'Forbidden',
      category: 'authorization',
      message: 'Your role does not allow this action.',
      endpoints: restricted,
      origin: rule('derive/error-403-forbidden'),
    },
    // Records outside the caller's ownership or tenant answer 404, not 403, so ids do not leak (OWASP ASVS V4.2.1).
    {
      code: 'NOT_FOUND',
      status: 404,
      title: 'Not found',
      category: 'not-found',
      message: 'The resource does not exist.',
      endpoints: byId,
      origin: rule('derive/error-404-not-found'),
    },
  ];
  // Each entity's writes, grouped once in the endpoints' order (a scan of every endpoint per entity
  // grew with entities × endpoints, issue 19).
  const writesOf = new Map<string, string[]>();
  for (const x of endpoints) {
    if (x.entity === null || !['create', 'update', 'replace'].includes(x.action)) continue;
    const list = writesOf.get(x.entity);
    if (list) list.push(x.operationId);
    else writesOf.set(x.entity, [x.operationId]);
  }
  // A provider's reference is the provider's answer, never the caller's input, and a code the server
  // issues is unique by construction: neither duplicate is a conflict a client's write can cause.
  const fromProvider = new Set(
    (input.serverSet ?? [])
      .filter(
        (x) => x.rule === 'derive/provider-reference-server-set' || x.rule === 'derive/code-of-owned-record',
      )
      .map((x) => `${x.entity}.${x.field}`),
  );
  // The writes a unique value's code already explains (`SHIPMENT_TTN_TAKEN` on `createShipment`).
  const uniqueCovered = new Set<string>();
  for (const e of entities) {
    const uniques = e.fields.filter(
      (f) => f.unique && !f.primaryKey && !f.readOnly && !fromProvider.has(`${e.name}.${f.name}`),
    );
    if (uniques.length === 0) continue;
    const targets = writesOf.get(e.name) ?? [];
    if (targets.length === 0) continue;
    for (const t of targets) uniqueCovered.add(t);
    for (const f of uniques)
      drafts.push({
        code: `${upperSnake(e.name)}_${upperSnake(f.name)}_TAKEN`,
        status: 409,
        title: 'Already exists',
        category: 'conflict',
        message: `A ${e.name} with this ${f.name} already exists.`,
        endpoints: targets,
        origin: fromRule(
          'derive/error-409-unique',
          f.origin.kind === 'source' ? [{ file: f.origin.file, line: f.origin.line }] : undefined,
        ),
      });
  }
  // Rule `derive/error-409-conflict`: the state or version conflict is answered only by a write that
  // answers 409 at all (a stated contract's 409, a state action, a reused idempotency key), and never
  // by a create or edit whose only conflict is a unique value already taken: a new record has no
  // state to conflict with, and the taken value has its own code above.
  const byOp = new Map(endpoints.map((x) => [x.operationId, x]));
  const conflicting = writes.filter((id) => {
    const x = byOp.get(id)!;
    if (!x.responses.some((r) => r.status === 409)) return false;
    return x.action === 'action' || !uniqueCovered.has(id);
  });
  drafts.push({
    code: 'CONFLICT',
    status: 409,
    title: 'Conflict',
    category: 'conflict',
    message: 'The resource changed or is in a state that does not allow this action.',
    endpoints: conflicting,
    origin: rule('derive/error-409-conflict'),
  });
  // A rule's own operations when the rules table names them; else every write of its entity.
  const business = input.validation?.businessRules ?? [];
  const guarded = new Set(business.flatMap((b) => b.operations ?? []));
  const ruled = new Set(
    business
      .filter((b) => (b.operations ?? []).length === 0)
      .map((b) => b.entity)
      .filter((x): x is string => x !== null),
  );
  const businessTargets = ids(
    (e) =>
      guarded.has(e.operationId) ||
      (e.entity !== null &&
        ruled.has(e.entity) &&
        ['create', 'update', 'replace', 'action', 'delete'].includes(e.action)),
  );
  if (businessTargets.length > 0)
    drafts.push({
      code: 'BUSINESS_RULE_VIOLATION',
      status: 422,
      title: 'Business rule violated',
      category: 'business-rule',
      message: 'The request breaks a business rule.',
      endpoints: businessTargets,
      origin: rule('derive/error-422-business-rule'),
    });
  drafts.push(
    {
      code: 'RATE_LIMITED',
      status: 429,
      title: 'Too many requests',
      category: 'rate-limit',
      message: 'Too many requests; retry after the time in Retry-After.',
      endpoints: ['*'],
      origin: rule('derive/error-429-rate-limited'),
    },
    {
      code: 'INTERNAL_ERROR',
      status: 500,
      title: 'Internal error',
      category: 'server',
      message: 'Something went wrong; quote the request id when reporting it.',
      endpoints: ['*'],
      origin: rule('derive/error-500-internal'),
    },
    {
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
      title: 'Service unavailable',
      category: 'unavailable',
      message: 'A dependency is unavailable; retry later.',
      endpoints: ['*'],
      origin: rule('derive/error-503-unavailable'),
    },
  );
  if (statedCode) {
    const target =
      drafts.find((d) => d.code === statedCode.code) ??
      (statedCode.status ? drafts.find((d) => d.status === statedCode.status) : undefined);
    if (target) {
      target.code = statedCode.code;
      target.origin = input.stated!.origin;
    }
  }
  const instance =
    endpoints
      .find((e) => e.parameters.some((p) => p.in === 'path'))
      ?.path.replace(/\{[^}]+\}/g, '3f2b8c1e-9d4a-4e7b-8a51-2c6d0f9e7a13') ?? '/';
  return drafts
    .filter(
      (d) =>
        d.endpoints.length > 0 ||
        ['validation', 'authentication', 'authorization', 'not-found', 'conflict', 'server'].includes(
          d.category,
        ),
    )
    .map((d) => ({
      code: d.code,
      status: d.status,
      title: d.title,
      category: d.category,
      endpoints: d.endpoints,
      origin: d.origin,
      example: exampleBody(envelope, {
        code: d.code,
        status: d.status,
        title: d.title,
        message: d.message,
        details: d.details ?? null,
        instance,
      }),
    }));
}

function lookup(obj: Record<string, unknown>, pointer: string): unknown {
  let cur: unknown = obj;
  for (const k of pointer.split('/').slice(1)) cur = (cur as Record<string, unknown>)?.[k];
  return cur;
}
