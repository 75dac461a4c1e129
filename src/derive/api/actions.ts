import { nameWords } from '../../knowledge/server-issued-names.js';
import { verbOf } from '../../knowledge/state-verb.js';
import { STATE_COLUMN } from '../../knowledge/state-words.js';
import type { Requirement } from '../../model/domain.js';
import { fromRule, type Origin, type SourceRef } from '../../model/origin.js';
import type { Endpoint, JsonSchema } from '../../model/spec/api.js';
import { type ApiContext, listPagination } from './context.js';
import {
  article,
  errorResponses,
  idempotencyHeader,
  movesMoney,
  paginationParams,
  pathParams,
  resourceName,
} from './crud.js';
import { fieldSchema } from './field-schema.js';
import { requirementsMentioning } from './mentions.js';
import { camel, collectionSegment, idParam, mentionPattern, pascal, pluralPascal, words } from './naming.js';
import type { Resource } from './resources.js';
import { ref, schemaNames } from './schemas.js';

/**
 * Endpoints beyond CRUD: state transitions (`POST /appointments/{id}/cancel` when a status enum has
 * `cancelled` and a requirement speaks of cancelling appointments), search (when a requirement asks
 * to search, find or look up an entity) and attach/detach for many-to-many join tables.
 */

// The English verb of a status value (`approved` → `approve`, `storniert` → `cancel`) lives with the
// state words: the statement layer reads a marked state's verb with it too (read/story-words.ts).
export { verbOf } from '../../knowledge/state-verb.js';

/** One pattern per verb (not global, so stateless): compiled per requirement and verb before (issue 19). */
const verbForms = new Map<string, RegExp>();

/** Whole words of `text` that are forms of `verb` (cancel → cancel, cancels, cancelled, cancellation). */
export function mentionsVerb(text: string, verb: string): boolean {
  let re = verbForms.get(verb);
  if (!re) {
    const stem = verb.replace(/-/g, '[\\s-]?').replace(/e$/, '');
    re = new RegExp(`\\b${stem}[a-z]*\\b`, 'i');
    verbForms.set(verb, re);
  }
  return re.test(text);
}

const functional = (r: Requirement) =>
  r.kind === 'functional' || r.kind === 'user-story' || r.kind === 'epic' || r.kind === 'other';
const refs = (reqs: Requirement[]): SourceRef[] =>
  reqs.flatMap((r) => (r.origin.kind === 'source' ? [{ file: r.origin.file, line: r.origin.line }] : []));

export function transitionEndpoints(r: Resource, ctx: ApiContext): Endpoint[] {
  if (r.kind !== 'root' && r.kind !== 'nested') return [];
  const e = r.entity;
  const state = e.fields.find((f) => f.enum && f.enum.length > 1 && STATE_COLUMN.test(f.name));
  if (!state?.enum) return [];
  const reqs = requirementsMentioning(ctx.domain.requirements, e.name).filter(functional);
  const out: Endpoint[] = [];
  const seen = new Set<string>();
  // The initial state (the column default, else the first value) is reached by creating the record,
  // not by an action.
  const initial = state.default?.replace(/^'|'(::\w+)?$/g, '') ?? state.enum[0];
  for (const value of state.enum) {
    if (value === initial) continue;
    const verb = verbOf(value);
    if (!verb || seen.has(verb)) continue;
    // A requirement that has the system make the change at a stated time asks for a job, not a route.
    const why = reqs.filter(
      (q) => q.timedSystemAction !== verb && (mentionsVerb(q.text, verb) || q.stateVerbs?.includes(verb)),
    );
    if (why.length === 0) continue;
    seen.add(verb);
    const money = movesMoney(e.name);
    const body = transitionBody(e, verb);
    out.push({
      operationId: `${camel(verb)}${e.name}`,
      method: 'POST',
      path: `${r.itemPath}/${verb}`,
      resource: resourceName(r),
      summary: `${pascal(verb).replace(/([a-z])([A-Z])/g, '$1 $2')} ${article(words(e.name))} (${state.name} → ${value})`,
      entity: e.name,
      action: 'action',
      parameters: [...pathParams(r, true), ...(money ? [idempotencyHeader()] : [])],
      requestBody: body,
      responses: [
        {
          status: 200,
          description: `The ${e.name} with ${state.name} ${value}.`,
          schema: ref(schemaNames(e.name).read),
        },
        ...errorResponses({
          authenticated: true,
          notFound: true,
          body: body !== null,
          conflict: true,
          references: false,
          idempotent: money,
        }),
      ],
      authenticated: true,
      roles: [],
      rateLimit: 'write',
      pagination: null,
      idempotencyKey: money,
      requirements: why.map((q) => q.id),
      origin: fromRule('derive/action-from-state-enum', [
        ...refs(why),
        ...refs([{ origin: state.origin } as Requirement]),
      ]),
    });
  }
  return out;
}

/**
 * What a client sends with a transition: the entity's own fields named for it (`cancellationReason`
 * for cancel, `rejectionNote` for reject), never timestamps or actors, which the server records.
 */
function transitionBody(e: Resource['entity'], verb: string): JsonSchema | null {
  const stem = verb.replace(/-/g, '').replace(/e$/, '').toLowerCase();
  if (stem.length < 3) return null;
  const fields = e.fields.filter(
    (f) =>
      !f.readOnly &&
      !f.primaryKey &&
      !f.references &&
      !f.enum &&
      !['date', 'datetime', 'time', 'boolean'].includes(f.type.scalar) &&
      f.name.toLowerCase().startsWith(stem),
  );
  if (fields.length === 0) return null;
  const s: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema({ ...f, nullable: false })])),
    additionalProperties: false,
  };
  return s;
}

/**
 * The body of a state action designed from a story or a stated route (rule
 * `derive/action-note-from-action`): the record's text named for the action's verb and one more word
 * (`void_reason` for `…/void`, `cancel_reason` for `…/cancel`) of a record that holds the action's time
 * (`voided_at`), which the action records and no create or update body carries; null when none. Optional: the column is empty until then.
 */
export function actionNoteBody(e: Resource['entity'], verb: string): JsonSchema | null {
  const v = verb.replace(/-/g, '').toLowerCase();
  // Only a record that holds the action's time (`voided_at`, `cancelled_at`) records the action and
  // its note: a `checkin_token` of a site is the site's own value, no note of a check-in.
  const timed = e.fields.some(
    (f) =>
      (f.type.scalar === 'datetime' || f.type.scalar === 'date') && verbOf(nameWords(f.name)[0] ?? '') === v,
  );
  if (!timed) return null;
  const fields = e.fields.filter((f) => {
    if (f.readOnly || f.primaryKey || f.references || f.enum) return false;
    if (f.type.scalar !== 'string' && f.type.scalar !== 'text') return false;
    const w = nameWords(f.name);
    return w.length === 2 && w[0] === v;
  });
  if (fields.length === 0) return null;
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema({ ...f, nullable: false })])),
    additionalProperties: false,
  };
}

const SEARCH = /\b(search|find|look ?up|lookup)\w*\b/i;
const WANT = /\b(?:I want|I'd like|I need|quiero|quero|je veux|je souhaite|ich möchte|ich will)\b([\s\S]*)$/i;

export function searchEndpoint(r: Resource, ctx: ApiContext): Endpoint | null {
  if (r.kind === 'join' || r.kind === 'internal') return null;
  const why = requirementsMentioning(ctx.domain.requirements, r.entity.name).filter((q) => {
    if (!functional(q)) return false;
    // In a story the actor is who searches ("As a chatbot user, I want … to find …"), not what is
    // searched: only the wanted part counts, and it must name the entity too.
    const wanted = WANT.exec(q.text)?.[1];
    if (wanted === undefined) return SEARCH.test(q.text);
    return SEARCH.test(wanted) && mentionPattern(r.entity.name).test(wanted);
  });
  if (why.length === 0) return null;
  const e = r.entity;
  return {
    operationId: `search${pluralPascal(e.name)}`,
    method: 'GET',
    path: `${r.collectionPath}/search`,
    resource: resourceName(r),
    summary: `Search ${words(pluralPascal(e.name))}`,
    entity: e.name,
    action: 'search',
    parameters: [
      ...pathParams(r, false),
      {
        name: 'q',
        in: 'query',
        required: true,
        schema: { type: 'string', minLength: 1, maxLength: 200 },
        description: `Text to match against ${e.name} records.`,
      },
      ...paginationParams(ctx),
    ],
    requestBody: null,
    responses: [
      { status: 200, description: `Matching ${e.name} records.`, schema: ref(schemaNames(e.name).page) },
      ...errorResponses({
        authenticated: true,
        notFound: r.parent !== null,
        body: false,
        conflict: false,
        references: false,
        idempotent: false,
        query: true,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: 'expensive',
    pagination: listPagination(ctx),
    idempotencyKey: false,
    requirements: why.map((q) => q.id),
    origin: fromRule('derive/search-from-requirement', refs(why)),
  };
}

/**
 * A join table `task_labels(task_id, label_id)` becomes `GET /tasks/{taskId}/labels`,
 * `PUT /tasks/{taskId}/labels/{labelId}` (attach; PUT is idempotent, RFC 9110 §9.2.2) and
 * `DELETE /tasks/{taskId}/labels/{labelId}` (detach), listed under the first side's resource.
 */
export function joinEndpoints(r: Resource, byName: Map<string, Resource>, ctx: ApiContext): Endpoint[] {
  if (r.kind !== 'join' || r.sides.length < 2) return [];
  const [a, b] = r.sides as [Resource['sides'][0], Resource['sides'][0]];
  const owner = byName.get(a.entity);
  const other = byName.get(b.entity);
  if (!owner || !other || owner.kind === 'internal' || other.kind === 'internal') return [];
  const ownerItem = owner.itemPath.replace(/\{id\}$/, `{${idParam(owner.entity.name)}}`);
  const collection = `${ownerItem}/${collectionSegment(other.entity.name)}`;
  const idOf = (x: Resource, name = idParam(x.entity.name)) => ({
    name,
    in: 'path' as const,
    required: true,
    schema: { type: 'string' },
    description: `Id of the ${x.entity.name}.`,
  });
  const parentParams = [...pathParams(owner, false), idOf(owner)];
  // A self-referencing join (`user_follows(user_id, followed_id)`) or one back to the owner's parent
  // would repeat a parameter name (OpenAPI 3.1 §4.8.12.1: parameters are unique by name and location).
  const otherName = parentParams.some((p) => p.name === idParam(other.entity.name))
    ? `related${other.entity.name}Id`
    : idParam(other.entity.name);
  const origin = fromRule(
    'derive/join-table-as-sub-resource',
    r.entity.origin.kind === 'source' ? [{ file: r.entity.origin.file, line: r.entity.origin.line }] : [],
  );
  const base = {
    resource: resourceName(owner),
    entity: r.entity.name,
    requestBody: null,
    authenticated: true,
    roles: [],
    pagination: null,
    idempotencyKey: false,
    requirements: [],
    origin,
  };
  const pair = `${owner.entity.name}${other.entity.name}`;
  const errs = errorResponses({
    authenticated: true,
    notFound: true,
    body: false,
    conflict: false,
    references: false,
    idempotent: false,
  });
  return [
    {
      ...base,
      operationId: `list${owner.entity.name}${pluralPascal(other.entity.name)}`,
      method: 'GET',
      path: collection,
      summary: `List the ${words(pluralPascal(other.entity.name))} of a ${words(owner.entity.name)}`,
      action: 'list',
      parameters: [...parentParams, ...paginationParams(ctx)],
      responses: [
        {
          status: 200,
          description: `A page of ${other.entity.name} records.`,
          schema: ref(schemaNames(other.entity.name).page),
        },
        ...errs,
      ],
      rateLimit: 'read',
      pagination: listPagination(ctx),
    },
    {
      ...base,
      operationId: `attach${pair}`,
      method: 'PUT',
      path: `${collection}/{${otherName}}`,
      summary: `Attach a ${words(other.entity.name)} to a ${words(owner.entity.name)}`,
      action: 'action',
      parameters: [...parentParams, idOf(other, otherName)],
      responses: [{ status: 204, description: 'Attached (or already attached).', schema: null }, ...errs],
      rateLimit: 'write',
    },
    {
      ...base,
      operationId: `detach${pair}`,
      method: 'DELETE',
      path: `${collection}/{${otherName}}`,
      summary: `Detach a ${words(other.entity.name)} from a ${words(owner.entity.name)}`,
      action: 'delete',
      parameters: [...parentParams, idOf(other, otherName)],
      responses: [{ status: 204, description: 'Detached.', schema: null }, ...errs],
      rateLimit: 'write',
    },
  ];
}

/**
 * A stated state action with no status value behind it (`deactivate` when the documents say records
 * are deactivated, never deleted): `POST {item}/{verb}`, answered with the record.
 */
export function transitionFor(r: Resource, verb: string, because: Origin): Endpoint {
  const e = r.entity;
  return {
    operationId: `${camel(verb)}${e.name}`,
    method: 'POST',
    path: `${r.itemPath}/${verb}`,
    resource: resourceName(r),
    summary: `${pascal(verb)} ${article(words(e.name))} (instead of deleting it)`,
    entity: e.name,
    action: 'action',
    parameters: pathParams(r, true),
    requestBody: null,
    responses: [
      { status: 200, description: `The ${e.name}, now inactive.`, schema: ref(schemaNames(e.name).read) },
      ...errorResponses({
        authenticated: true,
        notFound: true,
        body: false,
        conflict: true,
        references: false,
        idempotent: false,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: 'write',
    pagination: null,
    idempotencyKey: false,
    requirements: [],
    origin: fromRule(
      'derive/deactivate-not-delete',
      because.kind === 'source' ? [{ file: because.file, line: because.line }] : [],
    ),
  };
}
