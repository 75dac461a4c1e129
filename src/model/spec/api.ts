import type { Origin } from '../origin.js';

/** Sections 3 and 4: the API surface and the business-logic services. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A JSON Schema (2020-12) fragment; `$ref`s point at `#/components/schemas/<Name>`. */
export type JsonSchema = { [key: string]: unknown };

/** The paging query parameters' names, each role's default being its English name. */
export interface PagingNames {
  cursor?: string;
  limit?: string;
  offset?: string;
  /** The page number of page-number paging (`?page=&per_page=`). */
  page?: string;
}

/** How lists page: by cursor, by offset, or by page number (only where the documents state it). */
export type PagingStyle = 'cursor' | 'offset' | 'page';

/** Every role a paging query parameter can have. */
export const PAGING_ROLES = ['limit', 'offset', 'cursor', 'page'] as const;

/** The paging roles a style uses: a stated `page` beside offset paging is a filter of its own. */
export const pagingRolesOf = (style: PagingStyle): readonly (typeof PAGING_ROLES)[number][] =>
  style === 'cursor' ? ['limit', 'cursor'] : style === 'page' ? ['limit', 'page'] : ['limit', 'offset'];

/** The name of a paging parameter on an endpoint (`limit`, or the name the documents write). */
export const pagingName = (
  p: { names?: PagingNames } | null | undefined,
  role: (typeof PAGING_ROLES)[number],
): string => p?.names?.[role] ?? role;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
  description: string;
  /** As a written API contract states it (extract/contracts.ts), not derived. */
  stated?: true;
}

export interface ResponseSpec {
  status: number;
  description: string;
  schema: JsonSchema | null;
  headers?: Record<string, string>;
  /** The schema is as a written API contract states it (extract/contracts.ts), not derived. */
  stated?: true;
  /** Secret properties the stated schema returns, withheld from it until the team decides. */
  withheld?: string[];
}

export type RateLimitClass = 'auth' | 'read' | 'write' | 'expensive' | 'webhook' | 'public';

export interface StatedRateLimit {
  requests: number;
  windowSeconds: number;
  /** As written (`5 attempts per 15 minutes`). */
  text: string;
  origin: Origin;
  /** Who the limit counts, as written ("volunteer"), when the documents say (the limit's key). */
  per?: string;
}

export interface Endpoint {
  /** Stable id (`listTasks`, `createTask`, `cancelAppointment`). */
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path (`/projects/{projectId}/tasks`). */
  path: string;
  /** Resource group it is listed under (`Tasks`). */
  resource: string;
  summary: string;
  /** Entity it acts on, when any. */
  entity: string | null;
  action:
    | 'list'
    | 'get'
    | 'create'
    | 'update'
    | 'replace'
    | 'delete'
    | 'action'
    | 'auth'
    | 'search'
    | 'health'
    | 'webhook';
  parameters: Parameter[];
  requestBody: JsonSchema | null;
  responses: ResponseSpec[];
  /** False for public endpoints (login, register, health, webhooks with signatures). */
  authenticated: boolean;
  /** Roles allowed (filled by authorization; empty = any authenticated user). */
  roles: string[];
  rateLimit: RateLimitClass;
  /** The limit the documents state for this operation (beats the class's), with its source. */
  statedRateLimit?: StatedRateLimit;
  pagination: {
    /** `page`: numbered pages (`?page=&per_page=`), only where the documents state it. */
    style: PagingStyle;
    default: number;
    max: number;
    /** The query names the documents write (`?curseur=&limite=`), where they differ from the workflow's. */
    names?: PagingNames;
  } | null;
  idempotencyKey: boolean;
  /**
   * The state action it performs when its path does not name it in English (a stated route
   * described "cancel", `/annulla`): its lifecycle transition and the story it serves.
   */
  stateVerb?: string;
  /**
   * The verb a story that this state action serves writes for it, when that is another language's
   * verb than the English one its path and operationId are named with ("betalen" for `…/pay`,
   * "pagare" for `pagamentoRata`): the spec's text names the action with it. Display only.
   */
  actionWord?: string;
  /** Requirement ids this endpoint satisfies. */
  requirements: string[];
  origin: Origin;
  /**
   * A user surface the documents say has no JSON API (a server-rendered back office) serves this
   * operation: its screens call the service method, no JSON route does, so the OpenAPI document and
   * the endpoint tables leave it out (rule `derive/server-rendered-surface`; `stated`: the sentence).
   */
  servedBy?: { surface: string; stated: Origin; origin: Origin };
}

/** Whether an operation is a route of the JSON API (not served by a server-rendered surface only). */
export const isJsonRoute = (e: Pick<Endpoint, 'servedBy'>): boolean => e.servedBy === undefined;

export interface ServiceMethod {
  name: string;
  params: { name: string; type: string }[];
  returns: string;
  /** `origin`: where a domain error comes from (the rule sentence naming the code, or the naming rule). */
  throws: { error: string; when: string; origin?: Origin }[];
  /** Writes more than one table: runs in one transaction. */
  transactional: boolean;
  /** Endpoints that call it. */
  endpoints: string[];
  origin: Origin;
  /** What it causes besides its writes, as the documents state it (absent when none is stated). */
  sideEffects?: SideEffect[];
  /**
   * Its transaction boundary with its source: a stated mechanism (the sentence), a business rule
   * enforced by a constraint under concurrent writers, or a named derivation rule; `none` when the
   * documents state there is no transaction across its writes. Absent when nothing derives one.
   */
  transaction?: TransactionBoundary;
}

/** Why a method runs in one transaction (or, as stated, in none), and how writers are kept apart. */
export interface TransactionBoundary {
  /** `one`: its writes commit or fail together; `none`: the documents state there is none. */
  scope: 'one' | 'none';
  /**
   * `atomic` (stated or derived: several writes together), `row-lock` (SELECT … FOR UPDATE),
   * `optimistic-version`, `advisory-lock`, `constraint` (a unique or exclusion constraint the
   * writers race for), `outbox` (the event written in the same transaction, published after commit),
   * `eventual` (stated eventual consistency).
   */
  mechanism:
    | 'atomic'
    | 'row-lock'
    | 'optimistic-version'
    | 'advisory-lock'
    | 'constraint'
    | 'outbox'
    | 'none'
    | 'eventual'
    /** The change and the audit entry an audit-trail rule asks for, committed together. */
    | 'audit';
  /** The business rule (`BR-03`) the boundary enforces, when one does. */
  rule?: string;
  origin: Origin;
}

/** An email sent, a job enqueued, an event emitted or an integration called, with its statement. */
export interface SideEffect {
  /** `audit`: an audit entry written with the change. */
  kind: 'email' | 'sms' | 'push' | 'job' | 'event' | 'webhook' | 'integration' | 'audit';
  /** The provider it goes through, as the documents name it (`Resend`), when named. */
  via: string | null;
  /** The triggering clause as written (`an appointment is confirmed`). */
  trigger: string;
  origin: Origin;
}

export interface Service {
  name: string;
  purpose: string;
  entity: string | null;
  dependencies: string[];
  methods: ServiceMethod[];
  origin: Origin;
}

/** A user story or capability sentence and the operations that implement it (issue: design from what users do). */
export interface StoryTrace {
  /** Requirement id that states it, else `story@<file>:<line>`. */
  id: string;
  /** The actor as written. */
  actor: string;
  /** The role the actor resolves to (`*` for any signed-in user), filled by authorization. */
  role: string | null;
  action: string;
  /** operationIds that implement it; empty when none could be designed (see `unmapped`). */
  operations: string[];
  requirements: string[];
  /** Why no operation implements it (no entity of the data model named, the operation suppressed). */
  unmapped: string | null;
  /** The named rule that read the story's verb, when no lexicon did (`derive/create-from-verb-noun`). */
  rule?: string;
  origin: Origin;
}

/** An operation a derivation rule would have produced and a stated fact or a named rule suppressed. */
export interface SuppressedOperation {
  method: HttpMethod;
  path: string;
  entity: string | null;
  /** Rule id (`derive/deactivate-not-delete`, `derive/no-writes-on-system-data`, ...). */
  rule: string;
  reason: string;
  origin: Origin;
}

/**
 * A flow the documents state (numbered steps of a user or system flow, or a sequence diagram), as
 * the participants and messages of a sequence diagram. Participants are the stated roles and actors,
 * our API and the named integrations; a message carries the operation its step maps to, if any.
 */
export interface SpecFlow {
  name: string;
  participants: FlowParticipant[];
  messages: FlowMessage[];
  origin: Origin;
}

export interface FlowParticipant {
  /** Diagram id (`p1`, `p2`, …), stable within the flow. */
  id: string;
  label: string;
  kind: 'role' | 'actor' | 'api' | 'integration' | 'stated';
  /** The role name or integration provider it resolves to, when it does. */
  ref: string | null;
}

export interface FlowMessage {
  from: string;
  /** Null for a note over `from` (a step that names no call). */
  to: string | null;
  text: string;
  reply: boolean;
  /** operationId of the endpoint the step maps to. */
  operation: string | null;
  origin: Origin;
}

/**
 * The success wrapper the documents state (`{ "data": …, "meta": {…} }`): every 2xx body with a
 * schema goes under `dataKey`. Absent when the documents state none (bodies are the resources).
 */
export interface SuccessEnvelope {
  /** The key the payload goes in (`data`). */
  dataKey: string;
  /** The wrapper as stated, the payload replaced by `{}`. */
  example: Record<string, unknown>;
  /** JSON Schema of the wrapper; `properties[dataKey]` is filled per response. */
  schema: JsonSchema;
  origin: Origin;
}
