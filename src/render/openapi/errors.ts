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
}

/** Shared error responses for the statuses the endpoints use, bodies from the error catalog. */
export function errorComponents(spec: Spec, statuses: number[]): ErrorComponents {
  const catalog = spec.errors;
  const schema: JsonSchema = catalog ? structuredClone(catalog.envelopeSchema) : PROBLEM;
  const mediaType = catalog
    ? (catalog.mediaType ??
      (catalog.format.value === 'problem-details' ? 'application/problem+json' : 'application/json'))
    : 'application/problem+json';
  const schemaName = catalog ? 'Error' : 'Problem';
  const responses: Record<string, unknown> = {};
  for (const status of [...new Set(statuses)].sort((a, b) => a - b)) {
    const name = ERROR_RESPONSES[status];
    if (!name) continue;
    const media: Record<string, unknown> = { schema: { $ref: `#/components/schemas/${schemaName}` } };
    const codes = (catalog?.codes ?? [])
      .filter((c) => c.status === status)
      .sort((a, b) => (a.code < b.code ? -1 : 1));
    if (codes.length > 0) {
      media.examples = Object.fromEntries(
        codes.map((c) => [c.code.replace(/[^A-Za-z0-9_.-]/g, '_'), { summary: c.title, value: c.example }]),
      );
    } else if (!catalog) {
      media.examples = { [name]: { value: { title: REASON[status], status } } };
    }
    const response: Record<string, unknown> = { description: REASON[status] ?? String(status) };
    if (status === 429) {
      response.headers = {
        'Retry-After': {
          description: 'Seconds to wait before retrying (RFC 9110 §10.2.3).',
          schema: { type: 'integer', minimum: 0 },
        },
      };
    }
    response.content = { [mediaType]: media };
    responses[name] = response;
  }
  return { schemaName, schema, mediaType, responses };
}
