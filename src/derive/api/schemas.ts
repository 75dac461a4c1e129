import { isRecordTimeName } from '../../knowledge/record-time-names.js';
import { isSecretField, sensitivity } from '../../knowledge/sensitive.js';
import { isLifecycleField } from '../../knowledge/state-words.js';
import { copyPlain } from '../../model/plain-copy.js';
import { type Endpoint, type JsonSchema, type PagingStyle, pagingName } from '../../model/spec/api.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import { exampleValue, fieldSchema } from './field-schema.js';
import { isUserEntity, planResources, type Resource } from './resources.js';
import { providerKeys, type ServerSetField, serverSetFields } from './server-set.js';

/**
 * Component schemas derived from the data model, so the API can never drift from the schema:
 * `<Entity>` (a response: secrets left out, OWASP ASVS V8.3), `<Entity>Create` (what a client may
 * send: no system-managed, tenant, parent or owner fields), `<Entity>Update` (the same, all optional:
 * PATCH is a partial update, RFC 5789) and `<Entity>Page` (a list envelope).
 */

export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
export const schemaNames = (entity: string) => ({
  read: entity,
  create: `${entity}Create`,
  update: `${entity}Update`,
  page: `${entity}Page`,
});

/**
 * Fields a response never carries: credentials, and fields the data model marks sensitive unless they
 * are personal data the owner may read back (an email address is returned to its owner, a token never).
 */
export const hiddenInResponse = (f: SpecField): boolean =>
  isSecretField(f.name) || isHash(f) || (f.sensitive && sensitivity(f.name) !== 'personal');

const snake = (n: string) => n.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

// Per name, read once: asked per field of every endpoint's schemas (issue 19). Bounded for the
// long-lived MCP server, which reads project after project.
const hashNames = new Map<string, boolean>();
/** A hash or digest of a secret (`key_hash`, `passwordDigest`): never sent, never returned. */
export const isHash = (f: SpecField): boolean => {
  let out = hashNames.get(f.name);
  if (out === undefined) {
    out = /(^|_)(hash|hashed|digest|salt)($|_)/.test(snake(f.name));
    if (hashNames.size >= 50_000) hashNames.clear();
    hashNames.set(f.name, out);
  }
  return out;
};

/**
 * Timestamps the server records when something happens (created, verified, cancelled, expires…):
 * a client never sends them; the dates a client chooses (`starts_at`, `due_date`) are not here.
 */
const SERVER_TIME =
  /^(created|updated|deleted|modified|verified|confirmed|completed|cancell?ed|approved|rejected|authori[sz]ed|processed|sent|delivered|paid|refunded|archived|deactivated|activated|last_login|last_seen|last_used|expires?|expired|locked|revoked|published|submitted|collected|received|accepted|declined|closed|resolved|acknowledged|read|printed|shared|generated|amended|reviewed|validated|signed|entered|registered|reported|issued|performed|disposed|checked_in|checked_out|held|hold_expires|synced|server)_(at|on|date|time|timestamp)$|^(created|updated|deleted|modified)$/;

/** Fields a client never writes: the server owns them (rule `derive/server-owned-fields`). */
export function serverOwned(f: SpecField, users: ReadonlySet<string>): boolean {
  const n = snake(f.name);
  if (isHash(f) || SERVER_TIME.test(n)) return true;
  // The same times named in another language (`oprettet`, `letrehozva`, `erstellt_am`).
  if ((f.type.scalar === 'datetime' || f.type.scalar === 'date') && isRecordTimeName(f.name)) return true;
  if (/_count$|^(version|etag|row_version)$/.test(n)) return true;
  // A description that says the server computes or sets it was read in extract (`serverSet`).
  if (f.serverSet) return true;
  // Who did it (`collected_by`, `authorised_by`) comes from the credential, not the body.
  if (f.references && users.has(f.references.entity) && /_by(_id)?$/.test(n)) return true;
  return false;
}

/** Columns a client does not send: the server sets them from the token or the path. */
const ACTOR_COLUMN = /^(user|owner|created_by|creator|author|updated_by)(_id)?$/;

/** The FK naming the acting user (`tasks.user_id`): set from the credential, never sent or filtered. */
export const isActorField = (f: SpecField, users: ReadonlySet<string>): boolean =>
  f.references !== null && users.has(f.references.entity) && ACTOR_COLUMN.test(f.column);

export function writableFields(
  e: SpecEntity,
  r: Resource | undefined,
  users: ReadonlySet<string>,
  actions: ReadonlySet<string> = new Set(),
  mode: 'create' | 'update' = 'create',
  serverSet: readonly ServerSetField[] = [],
): SpecField[] {
  return e.fields.filter((f) => {
    if (f.readOnly || f.primaryKey || f.type.generated || isSecretField(f.name)) return false;
    if (serverOwned(f, users)) return false;
    // What the model knows the server sets (the caller, a state's time, a total over lines).
    if (serverSet.some((x) => x.field === f.name)) return false;
    // A lifecycle status starts at its default (or, without one, at the state the server sets) and
    // moves only through the state actions: never in a create body when actions move it.
    if (f.enum && isLifecycleField(f.name)) {
      if (mode === 'create' && (f.default !== null || actions.has(e.name))) return false;
      if (mode === 'update' && actions.has(e.name)) return false;
    }
    if (e.tenantColumn && f.column === e.tenantColumn) return false;
    if (r?.parent && f.name === r.parent.field.name) return false;
    if (isActorField(f, users)) return false;
    return true;
  });
}

/**
 * The schemas for one data model and one set of endpoints (the only parts of the spec they read),
 * per pagination style: the check's secret-field rule, openapi.yaml and section 3 all ask for them
 * (at 1,000 entities each build was about 0.15 s of CPU, issue 12). Keyed by the arrays' identity,
 * so a spec with a changed model or changed endpoints gets schemas of its own.
 */
const built = new WeakMap<
  readonly SpecEntity[],
  WeakMap<readonly object[], Map<PagingStyle, Readonly<Record<string, JsonSchema>>>>
>();

/**
 * The component schemas, shared: a caller only reads them. One that refines them (openapi.yaml)
 * takes `entitySchemasToRefine`.
 */
export function entitySchemas(
  spec: Readonly<Spec>,
  pagination: PagingStyle,
): Readonly<Record<string, JsonSchema>> {
  let byEndpoints = built.get(spec.entities);
  if (!byEndpoints) {
    byEndpoints = new WeakMap();
    built.set(spec.entities, byEndpoints);
  }
  let byStyle = byEndpoints.get(spec.endpoints);
  if (!byStyle) {
    byStyle = new Map();
    byEndpoints.set(spec.endpoints, byStyle);
  }
  let schemas = byStyle.get(pagination);
  if (!schemas) {
    schemas = buildEntitySchemas(spec, pagination);
    byStyle.set(pagination, schemas);
  }
  return schemas;
}

/** The component schemas as a copy of the caller's own, to change as it needs. */
export function entitySchemasToRefine(
  spec: Readonly<Spec>,
  pagination: PagingStyle,
): Record<string, JsonSchema> {
  return copyPlain(entitySchemas(spec, pagination)) as Record<string, JsonSchema>;
}

function buildEntitySchemas(spec: Readonly<Spec>, pagination: PagingStyle): Record<string, JsonSchema> {
  const resources = new Map(planResources(spec.entities, '').map((r) => [r.entity.name, r]));
  const users = new Set(spec.entities.filter(isUserEntity).map((e) => e.name));
  const withActions = actionEntities(spec);
  const paged = spec.endpoints.find((e) => e.pagination)?.pagination;
  const out: Record<string, JsonSchema> = {};
  for (const e of spec.entities) {
    const names = schemaNames(e.name);
    const shown = e.fields.filter((f) => !hiddenInResponse(f));
    out[names.read] = object(
      e,
      shown,
      shown.filter((f) => !f.nullable),
      e.description ?? undefined,
    );
    const set = serverSet(e, resources.get(e.name), users, withActions, spec);
    const left = set.length > 0 ? ` Set by the server, never sent: ${serverSetText(set)}.` : '';
    const writable = writableFields(e, resources.get(e.name), users, withActions, 'create', set);
    out[names.create] = object(
      e,
      writable,
      writable.filter((f) => !f.nullable && f.default === null),
      `Fields a client sends to create a ${e.name}.${left}`,
    );
    const changeable = writableFields(e, resources.get(e.name), users, withActions, 'update', set);
    const update = object(
      e,
      changeable,
      [],
      `Fields a client may change on a ${e.name}; all optional (partial update).${left}`,
    );
    if (changeable.length > 0) update.minProperties = 1;
    out[names.update] = update;
    out[names.page] = page(e.name, out[names.read]!, pagination, paged);
  }
  return out;
}

/** `consumidor (derive/owner-from-caller), total (derive/total-of-line-items)`. */
const serverSetText = (set: readonly ServerSetField[]) =>
  set.map((x) => `${x.field} (${x.source ? `${x.source.file}:${x.source.line}` : x.rule})`).join(', ');

/** The fields the server sets on each entity that has any, with the rule that says so (section 3). */
export function serverSetByEntity(spec: Readonly<Spec>): Map<string, ServerSetField[]> {
  const resources = new Map(planResources(spec.entities, '').map((r) => [r.entity.name, r]));
  const users = new Set(spec.entities.filter(isUserEntity).map((e) => e.name));
  const withActions = actionEntities(spec);
  const out = new Map<string, ServerSetField[]>();
  for (const e of spec.entities) {
    const set = serverSet(e, resources.get(e.name), users, withActions, spec);
    if (set.length > 0) out.set(e.name, set);
  }
  return out;
}

/** Entities whose state moves through action endpoints (`POST /orders/{id}/cancel`). */
const actionEntities = (spec: Readonly<Spec>) =>
  new Set(
    spec.endpoints
      .filter((x) => x.action === 'action' && x.method === 'POST' && x.entity)
      .map((x) => x.entity!),
  );

/** The providers' names of a spec, once per list of endpoints and integrations (asked per entity). */
const providerIndex = new WeakMap<
  readonly Endpoint[],
  { integrations: Spec['integrations']; keys: Set<string> }
>();
function providersOf(spec: Readonly<Spec>): Set<string> {
  const hit = providerIndex.get(spec.endpoints);
  if (hit && hit.integrations === spec.integrations) return hit.keys;
  const keys = providerKeys(spec.integrations, spec.endpoints);
  providerIndex.set(spec.endpoints, { integrations: spec.integrations, keys });
  return keys;
}

/**
 * The fields the model says the server sets that a body would otherwise carry: one already left out
 * (an id, a timestamp, a status moved by actions) keeps the reason it had.
 */
function serverSet(
  e: SpecEntity,
  r: Resource | undefined,
  users: ReadonlySet<string>,
  withActions: ReadonlySet<string>,
  spec: Readonly<Spec>,
): ServerSetField[] {
  const set = serverSetFields(e, spec.entities, spec.endpoints, providersOf(spec));
  if (set.length === 0) return set;
  const open = new Set(
    [
      ...writableFields(e, r, users, withActions, 'create'),
      ...writableFields(e, r, users, withActions, 'update'),
    ].map((f) => f.name),
  );
  // What the documents say the server sets is listed with its line even when another reason keeps
  // it out of the bodies already.
  return set.filter((x) => x.rule === 'stated' || open.has(x.field));
}

function object(e: SpecEntity, fields: SpecField[], required: SpecField[], description?: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const example: Record<string, unknown> = {};
  fields.forEach((f, i) => {
    const s = fieldSchema(f);
    if (f.readOnly) s.readOnly = true;
    properties[f.name] = s;
    example[f.name] = exampleValue(f, i + 1);
  });
  const s: JsonSchema = { type: 'object' };
  if (description) s.description = description;
  s.properties = properties;
  if (required.length > 0) s.required = required.map((f) => f.name);
  s.additionalProperties = false;
  s.examples = [example];
  void e;
  return s;
}

/** A list's page, its echoed paging fields under the names the documents give the parameters. */
function page(
  entity: string,
  item: JsonSchema,
  style: PagingStyle,
  paged: Endpoint['pagination'] | undefined,
): JsonSchema {
  const example = (item.examples as unknown[] | undefined)?.[0] ?? {};
  if (style === 'cursor') {
    return {
      type: 'object',
      description: `A page of ${entity} records; pass \`nextCursor\` as \`${pagingName(paged, 'cursor')}\` for the next page.`,
      properties: {
        items: { type: 'array', items: ref(entity) },
        nextCursor: { type: ['string', 'null'] },
      },
      required: ['items', 'nextCursor'],
      additionalProperties: false,
      examples: [{ items: [example], nextCursor: null }],
    };
  }
  const limit = pagingName(paged, 'limit');
  // Numbered pages echo the page number where offset paging echoes the records skipped.
  const offset = pagingName(paged, style === 'page' ? 'page' : 'offset');
  const first = style === 'page' ? 1 : 0;
  return {
    type: 'object',
    description: `A page of ${entity} records with the total count.`,
    properties: {
      items: { type: 'array', items: ref(entity) },
      total: { type: 'integer', minimum: 0 },
      [limit]: { type: 'integer', minimum: 1 },
      [offset]: { type: 'integer', minimum: first },
    },
    required: ['items', 'total', limit, offset],
    additionalProperties: false,
    examples: [{ items: [example], total: 1, [limit]: paged?.default ?? 20, [offset]: first }],
  };
}
