import { byDefault, type Origin } from '../../model/origin.js';
import type { ErrorCatalog } from '../../model/spec/security.js';

export type Fields = NonNullable<ErrorCatalog['fields']>;

export interface Envelope {
  format: ErrorCatalog['format'];
  schema: Record<string, unknown>;
  mediaType: string;
  fields: Fields;
  /** The stated example (stated envelopes) or null (RFC 9457). */
  template: Record<string, unknown> | null;
}

const ROLE_OF: [keyof Fields, RegExp][] = [
  ['status', /^(statuscode|status_code|status|http_?status)$/i],
  ['code', /^(code|errorcode|error_code|error|type|kind)$/i],
  ['message', /^(message|msg|detail|description|error_description|errormessage)$/i],
  ['details', /^(details|errors|fielderrors|field_errors|violations|issues)$/i],
  ['requestId', /^(request_?id|trace_?id|correlation_?id)$/i],
];

/** Where the code, message, status, details and request id sit in a stated body (JSON Pointers). */
function locate(
  example: Record<string, unknown>,
  prefix = '',
  fields: Fields = { code: null, message: null, status: null, details: null, requestId: null },
): Fields {
  for (const [key, value] of Object.entries(example)) {
    const pointer = `${prefix}/${key}`;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      locate(value as Record<string, unknown>, pointer, fields);
      continue;
    }
    for (const [role, re] of ROLE_OF) {
      if (!re.test(key) || fields[role] !== null) continue;
      if (role === 'status' && typeof value !== 'number' && value !== '') continue;
      if (role === 'code' && typeof value === 'number') continue;
      fields[role] = pointer;
      break;
    }
  }
  return fields;
}

function schemaOf(value: unknown, role: keyof Fields | null): Record<string, unknown> {
  if (role === 'status') return { type: 'integer', minimum: 100, maximum: 599 };
  if (role === 'details') return { type: 'array', items: { type: 'object' } };
  if (Array.isArray(value)) return { type: 'array' };
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return {
      type: 'object',
      properties: Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, schemaOf(v, null)])),
      required: Object.keys(obj),
      additionalProperties: false,
    };
  }
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number' };
  if (typeof value === 'boolean') return { type: 'boolean' };
  return { type: 'string', minLength: 1 };
}

/** JSON Schema of a stated body: every key the documents show is required; nothing else is allowed. */
function statedSchema(
  example: Record<string, unknown>,
  fields: Fields,
  prefix = '',
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(example)) {
    const pointer = `${prefix}/${k}`;
    const role = (Object.keys(fields) as (keyof Fields)[]).find((r) => fields[r] === pointer) ?? null;
    properties[k] =
      v && typeof v === 'object' && !Array.isArray(v)
        ? statedSchema(v as Record<string, unknown>, fields, pointer)
        : schemaOf(v, role);
  }
  return { type: 'object', properties, required: Object.keys(example), additionalProperties: false };
}

/**
 * The error envelope: the documents' own when they state one (honoured as written), otherwise
 * RFC 9457 problem details (`application/problem+json`) carrying the workflow's fields — error code,
 * message (`detail`), field errors and request id — as extension members (RFC 9457 §3.2).
 */
export function chooseEnvelope(
  stated: { example: Record<string, unknown>; origin: Origin } | null,
): Envelope {
  if (stated) {
    const fields = locate(stated.example);
    return {
      format: { value: 'stated', origin: stated.origin },
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'Error',
        ...statedSchema(stated.example, fields),
      },
      mediaType: 'application/json',
      fields,
      template: stated.example,
    };
  }
  return {
    format: { value: 'problem-details', origin: byDefault('derive/errors-rfc9457-problem-details') },
    schema: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Problem',
      type: 'object',
      required: ['type', 'title', 'status', 'code', 'request_id'],
      properties: {
        type: { type: 'string', format: 'uri-reference' },
        title: { type: 'string', minLength: 1 },
        status: { type: 'integer', minimum: 100, maximum: 599 },
        detail: { type: 'string' },
        instance: { type: 'string', format: 'uri-reference' },
        code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' },
        request_id: { type: 'string', minLength: 1 },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['field', 'code', 'message'],
            properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
            additionalProperties: false,
          },
        },
      },
      // RFC 9457 §3.2: problem types may add extension members; clients ignore unknown ones.
      additionalProperties: true,
    },
    mediaType: 'application/problem+json',
    fields: {
      code: '/code',
      message: '/detail',
      status: '/status',
      details: '/errors',
      requestId: '/request_id',
    },
    template: null,
  };
}

export interface ExampleValues {
  code: string;
  status: number;
  title: string;
  message: string;
  details: { field: string; code: string; message: string }[] | null;
  instance: string;
}

const set = (obj: Record<string, unknown>, pointer: string, value: unknown) => {
  const parts = pointer.split('/').slice(1);
  let cur = obj;
  for (const p of parts.slice(0, -1)) cur = cur[p] as Record<string, unknown>;
  cur[parts[parts.length - 1]!] = value;
};

/** One example body in the chosen envelope. */
export function exampleBody(envelope: Envelope, v: ExampleValues): Record<string, unknown> {
  if (!envelope.template) {
    const body: Record<string, unknown> = {
      type: `/problems/${v.code.toLowerCase().replace(/_/g, '-')}`,
      title: v.title,
      status: v.status,
      detail: v.message,
      instance: v.instance,
      code: v.code,
      request_id: 'req_01J9ZK3M5Q8R2T4V6W8X0Y2Z4A',
    };
    if (v.details) body.errors = v.details;
    return body;
  }
  const body = structuredClone(envelope.template);
  const f = envelope.fields;
  if (f.code) set(body, f.code, v.code);
  if (f.status) set(body, f.status, v.status);
  if (f.message) set(body, f.message, v.message);
  if (f.requestId) set(body, f.requestId, 'req_01J9ZK3M5Q8R2T4V6W8X0Y2Z4A');
  if (f.details) set(body, f.details, v.details ?? []);
  // Leaves the documents left as placeholders (`{ statusCode, error, message }`) get a typed value.
  const fill = (o: Record<string, unknown>) => {
    for (const [k, val] of Object.entries(o)) {
      if (val && typeof val === 'object' && !Array.isArray(val)) fill(val as Record<string, unknown>);
      else if (val === '') o[k] = v.title;
    }
  };
  fill(body);
  return body;
}
