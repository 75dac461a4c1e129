import type { JsonSchema } from '../../model/spec/api.js';
import type { Spec } from '../../model/spec/index.js';

/** Names of the shared error responses (components.responses), by status (RFC 9110 §15 reason phrases). */
export const ERROR_RESPONSES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'ContentTooLarge',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableContent',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  503: 'ServiceUnavailable',
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * RFC 9457 problem details: used only when the error step designed no catalog, so that every error
 * response still has a body schema; openapi.yaml says so in the schema's description.
 */
const PROBLEM: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details (fallback: no error catalog was designed for this project).',
  properties: {
    type: { type: 'string', format: 'uri-reference' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string', format: 'uri-reference' },
  },
  required: ['title', 'status'],
};

export interface ErrorComponents {
  schemaName: string;
  schema: JsonSchema;
  mediaType: string;
  responses: Record<string, unknown>;
  /** The shared response each operation's error status refers to (`operationId status` → name). */
  byOperation: Map<string, string>;
}

const pascal = (code: string): string =>
  code
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/**
 * Shared error responses, bodies from the error catalog. The catalog says which endpoints can
 * return each code, so an operation's response lists only its own codes as examples: a mock server
 * (Prism) answers a 401 on `GET /appointments` with "Authentication required", never with the
 * login's "invalid credentials". Operations with the same codes for a status share one component;
 * the most common set takes the plain name (`Unauthorized`), others add their codes
 * (`UnauthorizedInvalidCredentials`). Every operation also documents 500 and `default`
 * (OWASP API8:2023: errors have a defined body, never a stack trace).
 */
export function errorComponents(
  spec: Spec,
  endpoints: { operationId: string; statuses: number[] }[],
  headers: (status: number) => Record<string, unknown>,
): ErrorComponents {
  const catalog = spec.errors;
  const schema: JsonSchema = catalog ? structuredClone(catalog.envelopeSchema) : PROBLEM;
  const mediaType = catalog
    ? (catalog.mediaType ??
      (catalog.format.value === 'problem-details' ? 'application/problem+json' : 'application/json'))
    : 'application/problem+json';
  const schemaName = catalog ? 'Error' : 'Problem';
  // The codes of each status, and of each status and operation (or `*`), indexed once: a scan of
  // every code and its operation list per operation grew with operations × codes (issue 19).
  type Code = NonNullable<Spec['errors']>['codes'][number];
  const byCode = (a: Code, b: Code) => (a.code < b.code ? -1 : 1);
  const position = new Map<Code, number>();
  const withStatus = new Map<number, Code[]>();
  const named = new Map<string, Code[]>();
  for (const c of catalog?.codes ?? []) {
    position.set(c, position.size);
    const same = withStatus.get(c.status);
    if (same) same.push(c);
    else withStatus.set(c.status, [c]);
    for (const op of new Set(c.endpoints)) {
      const key = `${c.status} ${op}`;
      const list = named.get(key);
      if (list) list.push(c);
      else named.set(key, [c]);
    }
  }
  const allSorted = new Map<number, Code[]>();
  const codesFor = (status: number, operationId: string): Code[] => {
    const mine = named.get(`${status} ${operationId}`) ?? [];
    const any = named.get(`${status} *`) ?? [];
    if (mine.length + any.length > 0)
      return [...new Set([...mine, ...any])].sort((a, b) => position.get(a)! - position.get(b)!).sort(byCode);
    let all = allSorted.get(status);
    if (!all) {
      all = [...(withStatus.get(status) ?? [])].sort(byCode);
      allSorted.set(status, all);
    }
    return [...all];
  };
  // An operation no code names has the status's own list (every code of the status, or those of
  // `*`): its key is joined once per status, not once per operation (5,600 operations × hundreds of
  // codes of a status at 1,000 entities).
  const statusKeys = new Map<number, string>();
  const keyOf = (status: number, operationId: string): string => {
    const own = named.has(`${status} ${operationId}`);
    let key = own ? undefined : statusKeys.get(status);
    if (key === undefined) {
      key = codesFor(status, operationId)
        .map((c) => c.code)
        .join(',');
      if (!own) statusKeys.set(status, key);
    }
    return key;
  };
  // status → code-set key → operations
  const groups = new Map<number, Map<string, string[]>>();
  for (const e of endpoints)
    for (const status of new Set(e.statuses)) {
      if (!ERROR_RESPONSES[status]) continue;
      const key = keyOf(status, e.operationId);
      const byKey = groups.get(status) ?? new Map<string, string[]>();
      const ops = byKey.get(key);
      if (ops) ops.push(e.operationId);
      else byKey.set(key, [e.operationId]);
      groups.set(status, byKey);
    }
  const responses: Record<string, unknown> = {};
  const byOperation = new Map<string, string>();
  for (const status of [...groups.keys()].sort((a, b) => a - b)) {
    const base = ERROR_RESPONSES[status]!;
    const sets = [...groups.get(status)!.entries()].sort((a, b) =>
      b[1].length !== a[1].length ? b[1].length - a[1].length : a[0] < b[0] ? -1 : 1,
    );
    sets.forEach(([key, ops], i) => {
      const codes = key ? key.split(',') : [];
      const name = i === 0 ? base : `${base}${codes.map(pascal).join('') || i}`;
      for (const op of ops) byOperation.set(`${op} ${status}`, name);
      const first = ops[0]!;
      responses[name] = errorResponse(spec, status, codesFor(status, first), schemaName, mediaType, headers);
    });
  }
  return { schemaName, schema, mediaType, responses, byOperation };
}

function errorResponse(
  spec: Spec,
  status: number,
  codes: NonNullable<Spec['errors']>['codes'],
  schemaName: string,
  mediaType: string,
  headers: (status: number) => Record<string, unknown>,
): Record<string, unknown> {
  const media: Record<string, unknown> = { schema: { $ref: `#/components/schemas/${schemaName}` } };
  if (codes.length > 0) {
    media.examples = Object.fromEntries(
      codes.map((c) => [c.code.replace(/[^A-Za-z0-9_.-]/g, '_'), { summary: c.title, value: c.example }]),
    );
  } else {
    const name = ERROR_RESPONSES[status] ?? String(status);
    media.examples = { [name]: { summary: REASON[status], value: genericExample(spec, status) } };
  }
  const response: Record<string, unknown> = { description: REASON[status] ?? String(status) };
  const h = headers(status);
  if (Object.keys(h).length > 0) response.headers = h;
  response.content = { [mediaType]: media };
  return response;
}

/**
 * An example body for a status the catalog has no code for: another code's example with the
 * code, message and status fields (the catalog's JSON pointers) set for this status; the RFC 9457
 * minimum (`title`, `status`) without a catalog.
 */
function genericExample(spec: Spec, status: number): Record<string, unknown> {
  const catalog = spec.errors;
  const reason = REASON[status] ?? String(status);
  const model = catalog?.codes[0]?.example;
  if (!catalog || !model) return { title: reason, status };
  const out = structuredClone(model) as Record<string, unknown>;
  const set = (pointer: string | null | undefined, value: unknown) => {
    if (!pointer) return;
    const parts = pointer.replace(/^\//, '').split('/');
    let node: Record<string, unknown> = out;
    for (const p of parts.slice(0, -1)) {
      if (!node[p] || typeof node[p] !== 'object') return;
      node = node[p] as Record<string, unknown>;
    }
    if (parts.at(-1)! in node) node[parts.at(-1)!] = value;
  };
  set(catalog.fields?.code, reason.toUpperCase().replace(/\W+/g, '_'));
  set(catalog.fields?.message, `${reason}.`);
  set(catalog.fields?.status, status);
  if ('status' in out && typeof out.status === 'number') out.status = status;
  if ('statusCode' in out && typeof out.statusCode === 'number') out.statusCode = status;
  if ('title' in out) out.title = reason;
  if ('type' in out && typeof out.type === 'string')
    out.type = `/problems/${reason.toLowerCase().replace(/\W+/g, '-')}`;
  if (typeof out.detail === 'string') out.detail = `${reason}.`;
  const required = (catalog.envelopeSchema.required as string[] | undefined) ?? [];
  for (const k of ['errors', 'instance']) if (!required.includes(k)) delete out[k];
  return out;
}
