import type { CodeInfo } from './types.js';

/** Diagnostic codes of the api area. Keys are stable: tools and users match on them. */
export const API_CODES = {
  'api/no-auth-stated': {
    severity: 'info',
    description: 'The documents state there is no authentication: no login routes, every operation public.',
  },
  'api/story-without-operation': {
    severity: 'warning',
    description:
      'A user story or capability sentence names an actor and an action, but no operation implements it (the reason is given).',
  },
  'api/route-variants': {
    severity: 'warning',
    description:
      'The documents state the same route with different base paths (`/auth/login` and `/api/auth/login`); the first spelling is used.',
  },
  'api/server-rendered-surface': {
    severity: 'info',
    description:
      'The documents say a user surface (a back office, an admin panel) has no JSON API: the operations only its users call are served by its server-rendered screens, left out of the OpenAPI document; a surface whose users no role names leaves every operation in the JSON API.',
  },
  'api/route-list-omits': {
    severity: 'info',
    description:
      'A stated route list covers a resource, so operations the data model would suggest but the list leaves out were not added.',
  },
  'api/route-without-entity': {
    severity: 'info',
    description:
      'A stated route names no entity of the data model; it is kept as stated, without request or response schemas.',
  },
  'api/entity-without-endpoints': {
    severity: 'warning',
    description: 'An entity users act on has no endpoint: nothing in the API reads or writes it.',
  },
  'api/endpoint-incomplete': {
    severity: 'warning',
    description:
      'An endpoint lacks a success response, a request schema it needs, or a parameter for a path template.',
  },
  'api/openapi-invalid': {
    severity: 'error',
    description: 'openapi.yaml fails an error-level rule of the Redocly recommended ruleset.',
  },
  'api/openapi-warning': {
    severity: 'info',
    description: 'openapi.yaml triggers a warning-level rule of the Redocly recommended ruleset.',
  },
  'api/json-schema-invalid': {
    severity: 'error',
    description:
      'A JSON Schema (an entity schema file or an OpenAPI component) does not compile in Ajv strict mode.',
  },
  'api/example-invalid': {
    severity: 'error',
    description: 'An example in openapi.yaml or a schema file does not validate against its own schema.',
  },
} as const satisfies Record<string, CodeInfo>;
