import { sameStem } from '../../knowledge/inflect.js';
import type { StoryIntent as Intent, StoryFact as Story } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { Endpoint } from '../../model/spec/api.js';
import { errorResponses } from './crud.js';
import { camel, pascal } from './naming.js';

/**
 * Rule `derive/resource-from-story-noun`: when the documents state no data model at all, a story's
 * operation is designed on the noun the story itself uses ("accept a mission" → `POST
 * /missions/{id}/accept`), spelled as written, with untyped bodies: the data model is an open
 * question, the need for the operation is not.
 */

const plural = (noun: string, lang: string): string => {
  if (/s$|x$/.test(noun)) return noun;
  if ((lang === 'es' || lang === 'pt') && /[^aeiou]$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
};

export function nounOperation(
  intent: Intent,
  s: Story,
  base: string,
  lang: string,
  known: readonly string[] = [],
): Endpoint | string {
  // The object noun was read with the story (read/story-words.ts), stated product names passed over.
  const noun = s.object;
  if (!noun) return 'the story names no object';
  // `technician` in the English epics and `technicien` in the French PRD: one resource, named as
  // first met.
  const many = known.find((k) => sameStem(k, noun)) ?? plural(noun, lang);
  const one = many === noun ? noun.replace(/e?s$/, '') : noun;
  const collection = `${base}/${many}`;
  const item = `${collection}/{id}`;
  const origin: Origin = fromRule(
    'derive/resource-from-story-noun',
    s.origin.kind === 'source' ? [{ file: s.origin.file, line: s.origin.line }] : [],
  );
  const idParam = {
    name: 'id',
    in: 'path' as const,
    required: true,
    schema: { type: 'string' },
    description: `Id of the ${one}.`,
  };
  const make = (
    method: Endpoint['method'],
    path: string,
    action: Endpoint['action'],
    opId: string,
    status: number,
  ): Endpoint => ({
    operationId: opId,
    method,
    path,
    resource: pascal(many),
    summary: s.action.charAt(0).toUpperCase() + s.action.slice(1, 100),
    entity: null,
    action,
    parameters: path.includes('{id}') ? [idParam] : [],
    requestBody:
      method === 'POST' && action === 'create'
        ? { type: 'object' }
        : method === 'PATCH'
          ? { type: 'object', minProperties: 1 }
          : null,
    responses: [
      {
        status,
        description: status === 204 ? 'Done.' : `The ${one}.`,
        schema: status === 204 ? null : { type: 'object' },
      },
      ...errorResponses({
        authenticated: true,
        notFound: path.includes('{id}'),
        body: method === 'POST' || method === 'PATCH',
        conflict: false,
        references: false,
        idempotent: false,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: method === 'GET' ? 'read' : 'write',
    pagination: null,
    idempotencyKey: false,
    requirements: s.requirements,
    origin,
  });
  const P = pascal(one);
  switch (intent.kind) {
    case 'view':
    case 'search':
    case 'manage':
      return make('GET', collection, 'list', `list${pascal(many)}`, 200);
    case 'create':
      return make('POST', collection, 'create', `create${P}`, 201);
    case 'update':
    case 'settings':
      return make('PATCH', item, 'update', `update${P}`, 200);
    case 'delete':
      return make('DELETE', item, 'delete', `delete${P}`, 204);
    case 'deactivate':
      return make('POST', `${item}/deactivate`, 'action', `deactivate${P}`, 200);
    case 'state':
      return make('POST', `${item}/${intent.verb}`, 'action', `${camel(intent.verb)}${P}`, 200);
    case 'export':
      return make('GET', `${collection}/export`, 'action', `export${pascal(many)}`, 200);
    default:
      return 'no operation on a noun for this intent';
  }
}
