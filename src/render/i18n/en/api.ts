import { withArticle as a } from '../../../knowledge/english-article.js';

const cap = (s: string) => String(s).charAt(0).toUpperCase() + String(s).slice(1);

/** English wording of the api sections (3. API Endpoints, 4. Business Logic Services) and api checks. */
export const api = {
  rules: {
    heading: 'Business rules',
    intro: (n: number) =>
      `${n} rule(s) stated in the documents, with the entity or operations each constrains, how the design enforces it and the domain error it raises.`,
    header: ['Id', 'Rule', 'Source', 'Constrains', 'Enforced by', 'Error code'],
    enforcement: {
      'db-constraint': 'database constraint',
      validation: 'request validation',
      'service-check': 'service check',
      job: 'background job',
      authorization: 'authorization',
      'retention-policy': 'data retention policy (no purge before the stated minimum)',
      'audit-trail': "audit entry written in the change's transaction",
      behaviour: 'stated behaviour (no request check)',
      'period-quota': 'counted over the period (a report or a check when it ends; no request check)',
      'visibility-scope': 'visibility scope (the reads return only the records in scope; no request error)',
    } as Record<string, string>,
    lifecycles: 'State machines',
    lifecycleIntro: (entity: string, field: string, n: number) =>
      `\`${entity}.${field}\`: ${n} state(s); transitions as the documents state them and as the action endpoints make them, with the roles allowed to make each.`,
    transitionHeader: ['From', 'To', 'Trigger', 'Who', 'Source'],
    system: 'the system (job)',
    fromUnstated: 'not stated in the documents',
    unstated: 'not stated: no operation or job of this design makes it',
    noTransitions: 'No transition is stated in the documents and no action endpoint changes this status.',
  },
  stories: {
    heading: 'Stories and the operations that implement them',
    intro: (mapped: number, total: number) =>
      `${mapped} of ${total} user stories and capability sentences map to an operation (rule \`derive/operation-from-story\`); the actor's role may call each.`,
    header: ['Story', 'Actor', 'Role', 'Action', 'Operations'],
    none: (why: string) => `none — ${why}`,
    suppressedHeading: 'Operations left out on purpose',
    suppressedIntro: (n: number) =>
      `${n} operation(s) a derivation rule would have produced were left out because a stated fact or a named rule says so.`,
    suppressedHeader: ['Operation', 'Rule', 'Why', 'Source'],
    surfaceHeading: (surface: string) => `Served by the ${surface} (no JSON routes)`,
    surfaceIntro: (n: number, surface: string, at: string) =>
      `${n} operation(s) that only the ${surface}'s roles may call are served by its screens, which have no JSON API (${at}): each stays a service method of section 4, outside openapi.yaml.`,
    surfaceHeader: ['Operation', 'Roles', 'Input', 'Rule'],
    calledBySurface: (surface: string) => `${surface} screens (no JSON route)`,
  },
  endpoints: {
    intro: (endpoints: number, resources: number, stated: number, fromNeeds: number, derived: number) =>
      `${endpoints} ${endpoints === 1 ? 'endpoint' : 'endpoints'} in ${resources} ${resources === 1 ? 'resource' : 'resources'}: ${stated} stated in the documents (kept as written, with their source line), ${fromNeeds} designed from user stories and requirements, and ${derived} derived from the data model by named rules.`,
    artifact: (path: string) =>
      `The same API as an OpenAPI 3.1 document: \`${path}\` (component schemas from the data model, shared error responses, security schemes, validated examples).`,
    conventionsHeading: 'Conventions',
    basePath: (path: string) =>
      path ? `Base path: \`${path}\`.` : 'Routes are used as stated, without a common base path.',
    json: 'Bodies are JSON (`application/json`); dates and times are RFC 3339 strings; decimals are numbers with the stored precision stated.',
    pagination: (
      style: string,
      def: number,
      max: number,
      n: { limit: string; cursor: string; offset: string; page: string },
    ) =>
      style === 'page'
        ? `Lists are paginated by page number: \`${n.page}\` (from 1) and \`${n.limit}\` (default ${def}, at most ${max}); the response carries \`items\`, \`total\`, \`${n.limit}\` and \`${n.page}\`.`
        : style === 'cursor'
          ? `Lists are cursor-paginated: \`${n.limit}\` (default ${def}, at most ${max}) and \`${n.cursor}\`; the response carries \`items\` and \`nextCursor\`.`
          : `Lists are paginated with \`${n.limit}\` (default ${def}, at most ${max}) and \`${n.offset}\`; the response carries \`items\`, \`total\`, \`${n.limit}\` and \`${n.offset}\`.`,
    errorsFromCatalog: (mediaType: string) =>
      `Every error response uses the error envelope of section 7 (\`${mediaType}\`), shared in openapi.yaml as \`components/responses\`.`,
    errorsFallback:
      'No error catalog was designed, so error responses use RFC 9457 problem details (`application/problem+json`); section 7 is where a catalog would refine this.',
    authScheme: (scheme: string) => `Authenticated endpoints require ${scheme}; public endpoints say so.`,
    noAuth: 'No authentication strategy is designed, so no security scheme is declared.',
    schemes: {
      bearerAuth: 'a bearer token in the `Authorization` header (RFC 6750)',
      cookieAuth: 'the credential cookie set at sign-in',
      apiKeyAuth: 'an API key in the `X-API-Key` header',
    } as Record<string, string>,
    successEnvelope: (wrapper: string, key: string, from: string) =>
      `Every success body is wrapped as the documents state: \`${wrapper}\`, the resource or page in \`${key}\` (${from}).`,
    created:
      'Creates answer `201 Created` with a `Location` header (RFC 9110 §15.3.2); deletes answer `204 No Content`; a unique value already taken answers `409 Conflict`; rate-limited requests answer `429` with `Retry-After` (RFC 6585).',
    idempotency:
      'Requests that move money require an `Idempotency-Key` header (draft-ietf-httpapi-idempotency-key-header): a retry with the same key returns the first result.',
    summaryHeading: 'Endpoint index',
    summaryTable: { method: 'Method', path: 'Path', operation: 'Operation', auth: 'Auth', source: 'Source' },
    schemasHeading: (entity: string) => `Schemas: ${entity}`,
    schemasNote: (entity: string) =>
      `\`${entity}\` is the response body (secrets left out); \`${entity}Create\` the create body; \`${entity}Update\` has the same properties, all optional (PATCH is a partial update, RFC 5789).`,
    operation: 'Operation',
    auth: 'Auth',
    public: 'public',
    authenticated: 'authenticated',
    roles: (roles: string[]) => `roles: ${roles.join(', ')}`,
    anyRole: 'any signed-in user',
    noRole: 'no role yet: denied by default until a story or the documents name a caller (5.5)',
    rateLimit: 'Rate limit',
    /** Who a stated rate limit counts ("volunteer"), as the documents name them. */
    ratePer: (who: string) => `counted per ${who}`,
    rateClasses: {
      auth: 'auth (strict, per IP and account)',
      read: 'read',
      write: 'write',
      expensive: 'expensive (search, export)',
      webhook: 'webhook (per provider)',
      public: 'public',
    } as Record<string, string>,
    paginationLine: (style: string, def: number, max: number) => `${style}, default ${def}, max ${max}`,
    paginationLabel: 'Pagination',
    idempotencyLabel: 'Idempotency-Key',
    required: 'required',
    requirements: 'Requirements',
    source: 'Source',
    parameters: 'Parameters',
    parameterTable: {
      name: 'Name',
      in: 'In',
      type: 'Type',
      required: 'Required',
      description: 'Description',
    },
    yes: 'yes',
    no: 'no',
    requestBody: 'Request body',
    responses: 'Responses',
    responseTable: { status: 'Status', meaning: 'Meaning', body: 'Body', errors: 'Error codes' },
    noBody: '—',
    errorBody: 'error envelope',
  },
  actions: {
    list: (entity: string) => `List ${entity} records`,
    get: (entity: string) => `Get one ${entity}`,
    create: (entity: string) => `Create ${a(entity)}`,
    update: (entity: string) => `Update ${a(entity)} (partial)`,
    replace: (entity: string) => `Replace ${a(entity)}`,
    delete: (entity: string) => `Delete ${a(entity)}`,
    search: (entity: string) => `Search ${entity} records`,
  } as Record<string, (entity: string) => string>,
  /**
   * A state action's name in the text: `ownWord`, whether the documents' own verb for it ("betalen",
   * "pagare") is written instead of the catalog's translation of the English verb (not in English,
   * where the English verb names it); `title`, a derived action's title ("Factuur betalen").
   */
  stateAction: { ownWord: false, title: (verb: string, entity: string) => `${cap(verb)} ${entity}` },
  services: {
    intro: (services: number, methods: number, transactional: number) =>
      `${services} ${services === 1 ? 'service' : 'services'} with ${methods} public methods; ${transactional} ${transactional === 1 ? 'method writes' : 'methods write'} more than one table and ${transactional === 1 ? 'runs' : 'run'} in one database transaction.`,
    signatures: (language: string, source: string) =>
      `Method signatures are written in ${language}, the language the stack states (${source}).`,
    signaturesNeutral: (language: string, source: string) =>
      `The stack states ${language} (${source}); method signatures are written in a neutral form, \`name(parameter: Type) → Result\`.`,
    conventions:
      '`Actor` is the authenticated caller (user id, role and, in a multi-tenant product, tenant id) taken from the credential. Services throw typed errors; the HTTP layer maps them to statuses:',
    errorTable: { error: 'Error', status: 'HTTP status', meaning: 'Meaning' },
    errors: {
      ValidationError: ['400 / 422', 'invalid input, or a referenced record does not exist'],
      UnauthorizedError: ['401', 'wrong credentials'],
      ForbiddenError: ['403', 'the caller may not act on this record'],
      NotFoundError: ['404', 'no such record visible to the caller'],
      ConflictError: ['409', 'a unique value is taken, or the state does not allow the change'],
      IntegrationError: ['502 / 503', 'a third-party service failed after retries'],
    } as Record<string, [string, string]>,
    purpose: {
      aggregate: (entity: string, members: string[]) =>
        members.length > 1
          ? `Business logic of the ${entity} aggregate (${members.join(', ')}).`
          : `Business logic of ${entity}.`,
      /**
       * The parts the authentication service has (`sign-up`, `sign-in`, `sign-out`, `refresh`,
       * `password-reset`, `current-user`), and the providers the sign-in goes through, with the roles
       * that sign in there when the documents give groups their own way in.
       */
      authentication: (
        parts: readonly string[],
        at: readonly { name: string; roles: readonly string[] }[],
      ) => {
        const names: Record<string, string> = {
          'sign-up': 'sign-up',
          'sign-in': 'sign-in',
          'sign-out': 'sign-out',
          refresh: 'token refresh',
          'password-reset': 'password reset',
          'current-user': 'the current user',
        };
        const list = parts.map((x) => names[x] ?? x);
        const joined =
          list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : (list[0] ?? '');
        const through = at.map(({ name, roles: rs }) => {
          const roles = rs.map((r) => `\`${r}\``).join(', ');
          return rs.length > 0 ? `${roles} sign in through ${name}` : `sign-in goes through ${name}`;
        });
        const text = [joined, ...through].filter((x) => x.length > 0).join('; ');
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      },
      notification: 'Sends notifications through the chosen providers.',
      payment: 'Takes payments through the chosen provider.',
      'stated-routes': (resource: string) => `Operations of the stated \`${resource}\` routes.`,
    },
    dependencies: 'Dependencies',
    transactions: 'Transactions',
    sideEffectsIntro:
      'What the documents state each method causes besides its writes (after the transaction commits; an audit entry within it):',
    sideEffectsHeader: ['Method', 'Side effect', 'Through', 'When', 'Source'],
    sideEffectKinds: {
      email: 'sends an email',
      sms: 'sends an SMS',
      push: 'sends a push notification',
      job: 'enqueues a job',
      event: 'emits an event',
      webhook: 'calls a webhook',
      integration: 'calls an integration',
      audit: 'writes an audit entry',
    } as Record<string, string>,
    noTransactions: 'Every method writes at most one table.',
    transactional: (method: string, rule: string) => `\`${method}\` — one transaction (${rule})`,
    transactionWith: (method: string, how: string, source: string) => `\`${method}\` — ${how} (${source})`,
    transactionMechanisms: {
      'row-lock': 'one transaction, the rows locked with SELECT … FOR UPDATE',
      'optimistic-version': 'one transaction, the version column checked on update',
      'advisory-lock': 'one transaction under an advisory lock',
      constraint: 'one transaction that the constraint of {rule} aborts for a concurrent writer',
      outbox: 'one transaction with its outbox record, published after commit',
      none: 'no transaction across its writes',
      eventual: 'no shared transaction: eventually consistent',
      audit: 'one transaction with the audit entry of {rule}',
    } as Record<string, string>,
    endpoint: 'Endpoint',
    source: 'Source',
  },
  checks: {
    entityWithoutEndpoints: (entity: string) => `${entity} has no endpoint`,
    evidence: (endpoints: number, withSchemas: number, entities: number) =>
      `${endpoints} endpoints, ${withSchemas} with request/response schemas from the data model, covering ${entities} entities`,
  },
  compact: {
    parameters:
      "On derived endpoints a query parameter named after a field filters by equality on that field, `sort` orders by a field (a leading `-` sorts descending), and an `{id}` path parameter is the record's id; `*` marks a required parameter. Types and constraints are those of section 1.",
    standardHeading: 'Standard responses',
    standardIntro:
      "What each status means, and the error codes every endpoint may return with it, declared once. The endpoint tables list each endpoint's statuses and spell out a meaning or an error code only where it differs.",
    standardHeader: ['Status', 'Meaning', 'Error codes on every endpoint'],
    schemasHeading: 'Request and response schemas',
    schemasIntro:
      'Declared once as named components (`components/schemas` in openapi.yaml, one file per entity in `schemas/`) and referenced by name in the endpoint tables. `<Entity>` is the response body (secrets left out), `<Entity>Create` the create body, `<Entity>Update` the partial update (all optional, RFC 5789); `<Entity>Page` wraps a list in `items` and the pagination fields. Required properties are in bold; types and constraints are those of section 1.',
    schemasHeader: ['Schema', 'Properties'],
    serverSet: (list: string) =>
      `Left out of the create and update bodies because the server sets them (each with the rule that says why): ${list}.`,
    singlesHeading: 'Resources with one endpoint',
    resourceColumn: 'Resource',
    endpointHeader: ['Method', 'Path', 'Operation', 'Auth', 'Rate limit', 'Request', 'Responses', 'Source'],
    paginated: 'paginated',
    idempotencyKey: '`Idempotency-Key` header',
    methodHeader: ['Service', 'Method', 'Called by', 'Throws'],
    serviceHeader: ['Service', 'Purpose', 'Dependencies', 'Transactions', 'Source'],
    exampleHeader: ['Error', 'Example body'],
    everyJob: 'Every job below, unless its own table says otherwise',
    sharedFields: (name: string) =>
      `Fields that most entities share line for line are declared once in \`${name}\`; an entity that \`extends ${name}\` has them, with the same type, constraints and origin.`,
    entity: 'Entity',
    tablesHeading: 'Tables',
    summaryHeading: 'Summary',
    glanceLabel: 'At a glance',
    counts: ['entities', 'endpoints', 'services', 'roles', 'background jobs', 'external integrations'],
    stackLabel: 'Stack and design choices',
    proposedLabel: 'Proposed here, not stated in the documents',
    attention: (conflicts: number, questions: number, gaps: number, link: string) =>
      `**Needs a decision**: ${conflicts} conflict(s) between the documents (resolved by precedence; the decisions file overrides), ${questions} open question(s) and ${gaps} modelling gap(s); see ${link}.`,
  },
  flows: {
    heading: 'Flows as stated',
    intro: (n: number) =>
      `${n} flow(s) the documents state, drawn as sequence diagrams: each step is a message from the role that performs it to the API (with the operation it maps to) or to a named integration; a step that names no call is a note. A sequence diagram of the documents is drawn as written.`,
    api: 'API',
    client: 'Client',
  },
};
