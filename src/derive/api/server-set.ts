import { MONEY_WORDS } from '../../knowledge/amount-concepts.js';
import { stripAccents } from '../../knowledge/inflect.js';
import {
  isPositionWord,
  isQuantityName,
  isRateName,
  isTotalLike,
  isTotalName,
  isUnitPriceName,
} from '../../knowledge/line-items.js';
import { isProviderReferenceName, providerKey } from '../../knowledge/provider-reference.js';
import { roleKey } from '../../knowledge/role-names.js';
import {
  holdsCoordinates,
  isCodeName,
  isDistanceName,
  nameWords,
} from '../../knowledge/server-issued-names.js';
import { serverStateRule, type ValueKind } from '../../knowledge/server-state-names.js';
import { verbOf } from '../../knowledge/state-verb.js';
import { isLifecycleField } from '../../knowledge/state-words.js';
import { isCreatorColumn, namesWhomRecordIsFor } from '../../knowledge/user-entity.js';
import type { Endpoint } from '../../model/spec/api.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Integration } from '../../model/spec/operations.js';
import { userEntity } from '../security/ownership.js';
import { sameRole } from '../security/roles.js';

/**
 * Fields of a record the server sets, found from what the model knows, each with the rule that says
 * why (issue 13: no server-owned field in a create or update body, every suppression named):
 *
 * - `stated`: a field the documents say the system sets ("set by the server", "is recorded as a late
 *   cancellation"), read in extract/server-set.ts; the statement's line is the source.
 * - `derive/owner-from-caller`: the FK to the entity of the one role that creates the record
 *   (`pedidos.consumidor` when only a `consumidor` may `POST /pedidos`): the caller, from the token.
 * - `derive/creator-from-caller`: the one NOT NULL FK to the user entity, named for no role, of a
 *   record signed-in callers create (`segnalazioni.aperta_da`, "opened by"): it records who created
 *   the row, so it is the caller, from the token.
 * - `derive/role-column-from-caller`: the FK to the user entity named for the one role that creates
 *   the record (`damage_reports.mechanic_id` when only a `mechanic` reports damage): the caller.
 * - `derive/parent-from-path`: the FK to the parent a record is created under
 *   (`POST /condomini/{id}/segnalazioni` → `segnalazioni.condominio_id`): the path says it.
 * - `derive/state-time-server-set`: a date-time named for a status the record reaches after its
 *   creation (`estornadoEm` beside `estornado`, `reservaExpiraEm` beside `expirado`): recorded when
 *   the record gets there, or the deadline the server gives it; the initial status is left out (a
 *   record is created in it, at a time its client may choose).
 * - `derive/queue-position-server-set`: a number named for a status value and a place in its queue
 *   (`waitlistPos` beside `waitlisted`): the server numbers the queue as records join and leave it.
 * - `derive/total-of-line-items`: the total of a record whose line items state a quantity and a unit
 *   price (`pedidos.total` over `itens_pedido`): their sum.
 * - `derive/total-from-rate`: the one total of a record when another record holds a rate
 *   (`bookings.total_cents` beside `prices.daily_rate_cents`): computed from the rate.
 * - `derive/provider-reference-server-set`: a provider's reference, a field named for an integration
 *   the documents use beside a word of an identifier (`stripe_payment_intent_id`,
 *   `yookassa_payment_id`): the provider answers with it when the server calls it, or sends it in its
 *   webhook; a client never sends it (it may be returned).
 * - `derive/state-flag-from-action`: a boolean named for a state (`ferme` "closed", `cancelled`,
 *   `paid`) whose verb a stated action route performs on the record or on the record it belongs to
 *   (`POST /ateliers/{id}/fermetures` closes a workshop's day, and `Creneau.ferme` with it): that
 *   action sets it, a create or an edit never does.
 */
export interface ServerSetField {
  field: string;
  /** The document line that says the server sets it, when a statement does (read in extract). */
  source?: { file: string; line: number };
  rule:
    | 'stated'
    | 'derive/owner-from-caller'
    | 'derive/creator-from-caller'
    | 'derive/parent-from-path'
    | 'derive/state-time-server-set'
    | 'derive/queue-position-server-set'
    | 'derive/total-of-line-items'
    | 'derive/provider-reference-server-set'
    | 'derive/state-flag-from-action'
    | 'derive/action-time-from-action'
    | 'derive/action-reading-from-action'
    | 'derive/status-from-actions'
    | 'derive/role-column-from-caller'
    | 'derive/total-from-rate'
    | 'derive/role-column-from-action'
    | 'derive/distance-from-places'
    | 'derive/code-of-owned-record'
    | 'derive/status-from-webhook'
    | 'derive/action-note-from-action'
    | 'derive/subject-from-token'
    | 'derive/sign-in-state'
    | 'derive/last-event-time'
    | 'derive/stored-file-size'
    | 'derive/actor-from-caller'
    | 'derive/tenant-from-token'
    | 'derive/anonymised-time'
    | 'derive/record-time'
    | 'derive/hold-expiry';
}

export function serverSetFields(
  e: SpecEntity,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
  providers: ReadonlySet<string> = new Set(),
): ServerSetField[] {
  const out: ServerSetField[] = [];
  const add = (f: SpecField, rule: ServerSetField['rule']) => {
    if (!f.readOnly && !f.primaryKey && !out.some((x) => x.field === f.name))
      out.push({ field: f.name, rule, ...(rule === 'stated' && f.serverSet ? { source: f.serverSet } : {}) });
  };
  // What the documents say the server sets comes first: the statement, not a rule, is the reason.
  for (const f of e.fields) if (f.serverSet) add(f, 'stated');
  const creators = createsOf(endpoints, e.name).filter((x) => x.authenticated);
  const roles = [...new Set(creators.flatMap((x) => x.roles))];
  if (creators.length > 0 && roles.length > 0 && creators.every((x) => x.roles.length > 0))
    for (const f of e.fields) {
      const target = f.references?.entity;
      if (target && target !== e.name && roles.every((r) => sameRole(roleKey(target), r)))
        add(f, 'derive/owner-from-caller');
    }
  const creator = creatorField(e, entities, roles);
  if (creators.length > 0 && creators.every((x) => x.roles.length > 0) && creator)
    add(creator, 'derive/creator-from-caller');
  const actor = roleColumn(e, entities, creators);
  if (actor) add(actor, 'derive/role-column-from-caller');
  for (const x of creators) for (const f of parentFromPath(x, e, entities)) add(f, 'derive/parent-from-path');
  for (const f of stateTimes(e)) add(f, 'derive/state-time-server-set');
  for (const f of queuePositions(e)) add(f, 'derive/queue-position-server-set');
  const total = lineItemTotal(e, entities);
  if (total) add(total, 'derive/total-of-line-items');
  const rated = rateTotal(e, entities);
  if (rated) add(rated, 'derive/total-from-rate');
  if (providers.size > 0)
    for (const f of e.fields)
      if (!f.references && isProviderReferenceName(f.name, providers))
        add(f, 'derive/provider-reference-server-set');
  for (const f of stateFlags(e, entities, endpoints)) add(f, 'derive/state-flag-from-action');
  const times = actionTimes(e, endpoints);
  for (const f of times) add(f, 'derive/action-time-from-action');
  // `void_reason` beside `voided_at` and `POST …/{id}/void`: the text the action records with its
  // time (the reason it is given), never sent on create.
  const heads = new Set(times.map((f) => nameWords(f.name)[0]!));
  for (const f of e.fields)
    if (
      !f.references &&
      (f.type.scalar === 'string' || f.type.scalar === 'text') &&
      nameWords(f.name).length === 2 &&
      [...heads].some((h) => verbOf(h) === nameWords(f.name)[0])
    )
      add(f, 'derive/action-note-from-action');
  for (const f of actionReadings(e, endpoints)) add(f, 'derive/action-reading-from-action');
  for (const f of statusFromActions(e, endpoints)) add(f, 'derive/status-from-actions');
  for (const f of actionRoleColumns(e, entities, endpoints, creators))
    add(f, 'derive/role-column-from-action');
  for (const f of distances(e, entities)) add(f, 'derive/distance-from-places');
  for (const f of webhookStatus(e, endpoints)) add(f, 'derive/status-from-webhook');
  for (const f of e.fields) {
    const rule = accountOrEventRule(f);
    if (rule) add(f, rule);
  }
  // A code unique across every caller's records, on a record its caller owns: the caller cannot
  // know which codes other callers hold, so the server issues it.
  if (out.some((x) => CALLER_RULES.has(x.rule)))
    for (const f of e.fields)
      if (!f.references && f.unique && !f.nullable && f.default === null && isCodeName(f.name))
        if (f.type.scalar === 'string' || f.type.scalar === 'text') add(f, 'derive/code-of-owned-record');
  return out;
}

/**
 * The rule that keeps a field out of the bodies by what its name and kind say it holds
 * (knowledge/server-state-names.ts: the token's subject, the sign-in's state, the latest event's
 * time, a stored size, the actor, the tenant, the erasure's or recording's time, a hold's end).
 */
function accountOrEventRule(f: SpecField): ServerSetField['rule'] | null {
  const kind: ValueKind =
    f.type.scalar === 'datetime' || f.type.scalar === 'date' || f.type.scalar === 'boolean'
      ? f.type.scalar
      : NUMERIC.has(f.type.scalar)
        ? 'number'
        : f.type.scalar === 'string' || f.type.scalar === 'text' || f.type.scalar === 'uuid'
          ? 'text'
          : 'other';
  const rule = serverStateRule(f.name, (f.enum ?? null) !== null ? 'other' : kind, f.references !== null);
  return rule ? (`derive/${rule}` as ServerSetField['rule']) : null;
}

const CALLER_RULES = new Set<ServerSetField['rule']>([
  'derive/owner-from-caller',
  'derive/creator-from-caller',
  'derive/role-column-from-caller',
]);

/**
 * The FKs to the user entity named for a role that performs a stated action route on the record
 * and creates none (`orders.courier_id` beside `POST /orders/{id}/pickup` for `courier`, while only a
 * `customer` creates orders; `segnalazioni.fornitore_id` beside the supplier's `PATCH …/stato`, while
 * the administrator's `POST …/assegna` fills it): an action after creation sets it — the role's own
 * or an assignment — and the creator never chooses it (rule `derive/role-column-from-action`).
 */
function actionRoleColumns(
  e: SpecEntity,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
  creators: readonly Endpoint[],
): SpecField[] {
  if (creators.length === 0 || creators.some((x) => x.roles.length === 0)) return [];
  const user = userEntity(entities);
  if (!user || user.name === e.name) return [];
  const actors = [...new Set(statedActionsOf(endpoints, e.name).flatMap((x) => x.roles))];
  const creating = creators.flatMap((x) => x.roles);
  return e.fields.filter((f) => {
    if (f.references?.entity !== user.name || !f.nullable) return false;
    const named = stripAccents(roleKey(f.column).replace(/_(id|uuid|ref|fk)$/, ''));
    const role = actors.find((r) => sameRole(stripAccents(roleKey(r)), named));
    return role !== undefined && !creating.some((r) => sameRole(r, role));
  });
}

/**
 * The status column of a record whose collection a stated webhook route sits under
 * (`POST /fizetesek/simplepay/ipn` for `fizetesek.statusz`, `POST /payments/vnpay/ipn`): the
 * provider's notification moves it, so no client sends it (rule `derive/status-from-webhook`).
 */
function webhookStatus(e: SpecEntity, endpoints: readonly Endpoint[]): SpecField[] {
  const heads = webhookHeads(endpoints);
  if (heads.size === 0) return [];
  const under = heads.has(flat(e.table)) || heads.has(flat(e.name));
  if (!under) return [];
  return e.fields.filter(
    (f) =>
      !f.references &&
      (f.type.scalar === 'string' || f.type.scalar === 'text' || (f.enum ?? null) !== null) &&
      isLifecycleField(f.name),
  );
}

/** The first path segment of each stated webhook route, flattened, once per endpoint list. */
const webhookIndex = new WeakMap<readonly Endpoint[], { length: number; heads: Set<string> }>();
function webhookHeads(endpoints: readonly Endpoint[]): Set<string> {
  const hit = webhookIndex.get(endpoints);
  if (hit && hit.length === endpoints.length) return hit.heads;
  const heads = new Set<string>();
  for (const x of endpoints) {
    if (x.action !== 'webhook' || x.origin.kind !== 'source') continue;
    const first = x.path
      .split('/')
      .filter((s) => s && !/^(?:api|v\d+)$/i.test(s))
      .at(0);
    if (first !== undefined && !first.startsWith('{')) heads.add(flat(first));
  }
  webhookIndex.set(endpoints, { length: endpoints.length, heads });
  return heads;
}

/** The entities that hold coordinates, by name, once per model. */
const placedIndex = new WeakMap<readonly SpecEntity[], Set<string>>();
function placedEntities(entities: readonly SpecEntity[]): Set<string> {
  let hit = placedIndex.get(entities);
  if (!hit) {
    hit = new Set(entities.filter((x) => holdsCoordinates(x.fields.map((g) => g.name))).map((x) => x.name));
    placedIndex.set(entities, hit);
  }
  return hit;
}

/**
 * A number named for a distance (`distance_km`, `jarak_km`) on a record that refers to two records
 * holding coordinates (the pickup address and the outlet): the server measures it between them (rule
 * `derive/distance-from-places`).
 */
function distances(e: SpecEntity, entities: readonly SpecEntity[]): SpecField[] {
  const withPlace = placedEntities(entities);
  const placed = new Set(
    e.fields.flatMap((f) =>
      f.references && withPlace.has(f.references.entity) ? [f.references.entity] : [],
    ),
  );
  if (placed.size < 2) return [];
  return e.fields.filter((f) => !f.references && NUMERIC.has(f.type.scalar) && isDistanceName(f.name));
}

const flatWord = (w: string) =>
  stripAccents(w)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The verbs of the stated action routes on `e`, flattened (`pickup`, `checkin`, `weigh`). */
function statedActionWords(e: SpecEntity, endpoints: readonly Endpoint[]): Set<string> {
  return new Set(
    statedActionsOf(endpoints, e.name).map((x) =>
      flatWord(x.stateVerb ?? x.path.slice(x.path.lastIndexOf('/') + 1)),
    ),
  );
}

/**
 * The date-times of `e` named for the verb of a stated action route on `e` (`picked_up_at` beside
 * `POST /bookings/{id}/pickup`, `closed_at` beside `POST /damage_reports/{id}/close`): the action
 * records when it happened, a create or an edit never does (rule `derive/action-time-from-action`).
 */
function actionTimes(e: SpecEntity, endpoints: readonly Endpoint[]): SpecField[] {
  // A state action a story asks for (`POST /invoices/{id}/void` for "void an invoice") records its
  // time as a stated one does (`voided_at`).
  const actions = statedActionWords(e, endpoints);
  for (const x of storyActionsOf(endpoints, e.name))
    actions.add(flatWord(x.stateVerb ?? x.path.slice(x.path.lastIndexOf('/') + 1)));
  if (actions.size === 0) return [];
  return e.fields.filter((f) => {
    if (f.references || (f.type.scalar !== 'datetime' && f.type.scalar !== 'date')) return false;
    const words = f.name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_]+/)
      .filter(Boolean);
    if (words.length < 2 || !/^(?:at|on|time|date)$/.test(words[words.length - 1]!)) return false;
    const head = verbOf(words[0]!);
    if (!head) return false;
    return actions.has(flatWord([head, ...words.slice(1, -1)].join('')));
  });
}

/**
 * The numbers of `e` whose name opens with the verb of a stated action route on `e`
 * (`return_battery_level` beside `POST /bookings/{id}/return`, `weight_kg` beside `…/weigh`):
 * a reading the action takes when it happens, so a create or an edit never sends it (rule
 * `derive/action-reading-from-action`). Numbers only: a date (`pickup_slot_start`), a reference
 * (`pickup_address_id`) or a text named for the action may be the client's plan for it.
 */
function actionReadings(e: SpecEntity, endpoints: readonly Endpoint[]): SpecField[] {
  const actions = statedActionWords(e, endpoints);
  if (actions.size === 0) return [];
  return e.fields.filter((f) => {
    if (f.references || f.primaryKey || !NUMERIC.has(f.type.scalar)) return false;
    const ws = nameWords(f.name);
    // `handler_id` beside `…/handle` names a record, not a reading.
    if (ws.length < 2 || /^(?:id|uuid|ref|fk)$/.test(ws[ws.length - 1]!)) return false;
    const head = ws[0]!;
    if (actions.has(head) || actions.has(verbOf(head) ?? '')) return true;
    // The noun of the verb, one letter longer (`weight_kg` beside `POST …/weigh`), when the field
    // holds no charge: `delivery_fee` beside `…/deliver` is a price, not a reading the action takes.
    return (
      !ws.some((w) => MONEY_WORDS.includes(w)) &&
      [...actions].some((a) => a.length >= 5 && head.length === a.length + 1 && head.startsWith(a))
    );
  });
}

const NUMERIC = new Set(['integer', 'bigint', 'decimal', 'float']);

/**
 * The status column the data model gives a default (`status text DEFAULT 'open'`) of a record a
 * stated action route moves (`POST /damage_reports/{id}/close`): the record is created in its default
 * and only the actions move it, so neither a create nor an edit body carries it (rule
 * `derive/status-from-actions`; an enum status is left out the same way in `writableFields`).
 */
function statusFromActions(e: SpecEntity, endpoints: readonly Endpoint[]): SpecField[] {
  if (statedActionsOf(endpoints, e.name).length === 0) return [];
  return e.fields.filter(
    (f) =>
      !f.references &&
      f.default !== null &&
      (f.type.scalar === 'string' || f.type.scalar === 'text') &&
      isLifecycleField(f.name),
  );
}

/**
 * The boolean fields of `e` named for a state whose verb a stated action route performs on `e`, or
 * on an entity `e` references that has no such flag itself (rule `derive/state-flag-from-action`).
 */
function stateFlags(
  e: SpecEntity,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
): SpecField[] {
  const flagVerb = (f: SpecField) =>
    f.type.scalar === 'boolean' && !f.references
      ? verbOf(stripAccents(f.name.replace(/^is[A-Z_]/, (m) => m.slice(-1).toLowerCase())))
      : null;
  const parents = new Set(e.fields.flatMap((f) => (f.references ? [f.references.entity] : [])));
  // The verb of each stated action route on the record or on a record it belongs to (its last
  // segment, or the verb its description was read as).
  const actions = [e.name, ...parents]
    .flatMap((name) => statedActionsOf(endpoints, name))
    .map((x) => ({ entity: x.entity!, verb: x.stateVerb ?? x.path.slice(x.path.lastIndexOf('/') + 1) }));
  if (actions.length === 0) return [];
  return e.fields.filter((f) => {
    const verb = flagVerb(f);
    if (verb === null) return false;
    return actions.some((a) => {
      if (a.verb !== verb) return false;
      if (a.entity === e.name) return true;
      // A parent's action sets the flag of the records it holds only when the parent has no such
      // flag of its own (`POST /tasks/{id}/complete` completes the task, not its subtasks).
      const parent = entities.find((x) => x.name === a.entity);
      return !parent?.fields.some((g) => flagVerb(g) === verb);
    });
  });
}

/**
 * The stated action routes (`POST /orders/{id}/cancel` written in the documents) of each entity,
 * indexed once per endpoint list like `createsOf`: every entity asks for its own and its parents'.
 */
const statedActionIndex = new WeakMap<
  readonly Endpoint[],
  { length: number; byEntity: Map<string, Endpoint[]> }
>();

function statedActionsOf(endpoints: readonly Endpoint[], entity: string): Endpoint[] {
  let hit = statedActionIndex.get(endpoints);
  if (!hit || hit.length !== endpoints.length) {
    const byEntity = new Map<string, Endpoint[]>();
    for (const x of endpoints)
      if (x.origin.kind === 'source' && x.action === 'action' && x.entity !== null) {
        const list = byEntity.get(x.entity);
        if (list) list.push(x);
        else byEntity.set(x.entity, [x]);
      }
    hit = { length: endpoints.length, byEntity };
    statedActionIndex.set(endpoints, hit);
  }
  // Checked again: an endpoint's entity may have been renamed since the index was built.
  return (hit.byEntity.get(entity) ?? []).filter((x) => x.entity === entity);
}

/** The state actions stories ask for on each entity, indexed once per endpoint list. */
const storyActionIndex = new WeakMap<
  readonly Endpoint[],
  { length: number; byEntity: Map<string, Endpoint[]> }
>();

function storyActionsOf(endpoints: readonly Endpoint[], entity: string): Endpoint[] {
  let hit = storyActionIndex.get(endpoints);
  if (!hit || hit.length !== endpoints.length) {
    const byEntity = new Map<string, Endpoint[]>();
    for (const x of endpoints)
      if (
        x.action === 'action' &&
        x.entity !== null &&
        x.origin.kind === 'rule' &&
        x.origin.rule === 'derive/operation-from-story'
      ) {
        const list = byEntity.get(x.entity);
        if (list) list.push(x);
        else byEntity.set(x.entity, [x]);
      }
    hit = { length: endpoints.length, byEntity };
    storyActionIndex.set(endpoints, hit);
  }
  return (hit.byEntity.get(entity) ?? []).filter((x) => x.entity === entity);
}

/**
 * The names of the providers the documents use, as field names would write them (`providerKey`):
 * each integration in use (status `chosen`) by its name and id, a catalogued one's first word too
 * ("Twilio Verify" → `twilio`), and the slug of a stated webhook route that names one of them
 * (`/webhooks/yookassa` for "ЮKassa", whose name is not all Latin letters; `/webhooks/viva` for
 * "Viva Wallet", its first word). Four letters or more.
 */
export function providerKeys(
  integrations: readonly Integration[],
  endpoints: readonly Endpoint[],
): Set<string> {
  const out = new Set<string>();
  const partial: string[] = [];
  const put = (k: string) => {
    if (k.length >= 4) out.add(k);
  };
  for (const i of integrations) {
    if (i.status !== 'chosen') continue;
    const key = providerKey(i.name);
    // A name in another script keeps only its Latin letters ("ЮKassa" → `kassa`): not its name, but
    // the part a route's Latin slug for it carries.
    if (/[^\p{Script=Latin}\d\s\p{P}\p{S}]/u.test(i.name)) {
      if (key.length >= 4) partial.push(key);
      continue;
    }
    put(key);
    put(providerKey(i.provider));
    if (i.known) put(providerKey(i.name.split(/\s+/)[0] ?? ''));
  }
  if (out.size === 0 && partial.length === 0) return out;
  for (const x of endpoints) {
    if (x.action !== 'webhook') continue;
    // Every word of the path (`/fizetesek/simplepay/ipn` names SimplePay before its `ipn`):
    // `/webhooks/viva` for "Viva Wallet" is the first word of the provider's name.
    for (const part of x.path.split('/')) {
      if (!part || part.startsWith('{')) continue;
      const slug = providerKey(part);
      if (
        slug.length >= 4 &&
        [...out, ...partial].some(
          (k) => slug.includes(k) || k.startsWith(slug) || (slug.length >= 6 && k.includes(slug)),
        )
      )
        out.add(slug);
    }
  }
  return out;
}

/**
 * The `POST … create` endpoints of each entity, indexed once per endpoint list (every entity asks:
 * a scan each was quadratic at thousands of entities). Rebuilt when the list grows.
 */
const createIndex = new WeakMap<readonly Endpoint[], { length: number; byEntity: Map<string, Endpoint[]> }>();

function createsOf(endpoints: readonly Endpoint[], entity: string): Endpoint[] {
  let hit = createIndex.get(endpoints);
  if (!hit || hit.length !== endpoints.length) {
    const byEntity = new Map<string, Endpoint[]>();
    for (const x of endpoints)
      if (x.entity && x.method === 'POST' && x.action === 'create') {
        const list = byEntity.get(x.entity);
        if (list) list.push(x);
        else byEntity.set(x.entity, [x]);
      }
    hit = { length: endpoints.length, byEntity };
    createIndex.set(endpoints, hit);
  }
  // Checked again: an endpoint's entity may have been renamed since the index was built.
  return (hit.byEntity.get(entity) ?? []).filter((x) => x.entity === entity);
}

/**
 * The FK that records who created the record: the only NOT NULL FK to the user entity that no role
 * is named after (`aperta_da`, `created_by`); a column named for a role (`fornitore_id`) is a choice
 * the client or a later action makes.
 */
function creatorField(
  e: SpecEntity,
  entities: readonly SpecEntity[],
  creators: readonly string[],
): SpecField | null {
  // `shifts.created_by` with no declared foreign key: its name says it is the creator.
  const byName = e.fields.find((f) => !f.references && !f.nullable && isCreatorColumn(f.column)) ?? null;
  const user = userEntity(entities);
  if (!user || user.name === e.name) return byName;
  const named = (f: SpecField) => {
    const w = stripAccents(roleKey(f.column).replace(/_(id|uuid|ref|fk)$/, ''));
    return creators.some((r) => sameRole(stripAccents(roleKey(r)), w)) || namesWhomRecordIsFor(w);
  };
  const toUser = e.fields.filter((f) => f.references?.entity === user.name && !f.nullable);
  if (toUser.length === 0) return byName;
  if (toUser.length !== 1) return null;
  return named(toUser[0]!) ? null : toUser[0]!;
}

/**
 * The one NOT NULL FK to the user entity named for the one role that creates the record
 * (`damage_reports.mechanic_id` when only a `mechanic` may `POST /bikes/{id}/damage_reports`): the
 * mechanic who reports it is the caller, from the token (rule `derive/role-column-from-caller`). A
 * record that several roles create, or that names that role twice, leaves the choice to the client.
 */
function roleColumn(
  e: SpecEntity,
  entities: readonly SpecEntity[],
  creators: readonly Endpoint[],
): SpecField | null {
  if (creators.length === 0 || creators.some((x) => x.roles.length !== 1)) return null;
  const role = creators[0]!.roles[0]!;
  if (creators.some((x) => !sameRole(x.roles[0]!, role))) return null;
  const user = userEntity(entities);
  if (!user || user.name === e.name) return null;
  const named = e.fields.filter(
    (f) =>
      f.references?.entity === user.name &&
      sameRole(
        stripAccents(roleKey(role)),
        stripAccents(roleKey(f.column).replace(/_(id|uuid|ref|fk)$/, '')),
      ),
  );
  return named.length === 1 && !named[0]!.nullable ? named[0]! : null;
}

/** `/condomini/{id}/segnalazioni` → the entity of `condomini`; the record's FKs to it come from the path. */
function parentFromPath(x: Endpoint, e: SpecEntity, entities: readonly SpecEntity[]): SpecField[] {
  const segments = x.path.split('/').filter(Boolean);
  const out: SpecField[] = [];
  for (let i = 1; i < segments.length; i++) {
    if (!/^\{.+\}$/.test(segments[i]!) || /^\{/.test(segments[i - 1]!)) continue;
    const word = flat(segments[i - 1]!);
    const named = entities.filter(
      (p) => p.name !== e.name && (flat(p.table) === word || flat(p.name) === word),
    );
    // `/ordres/{id}/pieces` for `ordres_reparation`: the head word of one table only.
    const headed = entities.filter(
      (p) => p.name !== e.name && p.table.includes('_') && flat(p.table.split('_')[0]!) === word,
    );
    const parent = named[0] ?? (headed.length === 1 ? headed[0] : undefined);
    if (!parent) continue;
    const fks = e.fields.filter((f) => f.references?.entity === parent.name);
    if (fks.length === 1) out.push(fks[0]!);
  }
  return out;
}

const flat = (w: string) =>
  stripAccents(w)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** The date-time fields named for a status value reached after creation (see above). */
function stateTimes(e: SpecEntity): SpecField[] {
  const status = e.fields.find((f) => f.enum && f.enum.length > 1 && isLifecycleField(f.name));
  if (!status?.enum) return [];
  const initial = status.default?.replace(/^'|'(::\w+)?$/g, '') ?? null;
  const reached = status.enum
    .filter((v) => v !== initial)
    .flatMap((v) => nameWords(v).map((w) => ({ w, verb: verbOf(v) !== null })))
    .filter((x) => x.w.length >= 5);
  if (reached.length === 0) return [];
  return e.fields.filter((f) => {
    if (!['datetime', 'date'].includes(f.type.scalar) || f === status) return false;
    // The field's word is the value (`estornado`) or its stem, five letters or more, when the value
    // is the outcome of a verb (`expira` of `expirado`, `cancel` of `cancelled`).
    return nameWords(f.name).some((w) =>
      reached.some((v) => w === v.w || (w.length >= 5 && v.verb && v.w.startsWith(w))),
    );
  });
}

/** The integer fields named for a status value and a place (`waitlist_pos` beside `waitlisted`). */
function queuePositions(e: SpecEntity): SpecField[] {
  const status = e.fields.find((f) => f.enum && f.enum.length > 1 && isLifecycleField(f.name));
  if (!status?.enum) return [];
  const values = status.enum.flatMap((v) => nameWords(v)).filter((w) => w.length >= 5);
  return e.fields.filter((f) => {
    if (!['integer', 'bigint'].includes(f.type.scalar) || f.references) return false;
    const ws = nameWords(f.name);
    // The queue's word is the value or its stem (`waitlist` of `waitlisted`), beside a place word.
    return (
      ws.some(isPositionWord) &&
      ws.some((w) => w.length >= 5 && values.some((v) => v === w || v.startsWith(w)))
    );
  });
}

/**
 * The one total of a record (`total_cents`, `total_amount`) when another record of the model holds a
 * rate (`prices.daily_rate_cents`, `services.price_per_kg`): the server computes the total from the
 * rate and what the record measures (its days, its weight), so a client never sends it (rule
 * `derive/total-from-rate`).
 */
function rateTotal(e: SpecEntity, entities: readonly SpecEntity[]): SpecField | null {
  const totals = e.fields.filter(
    (f) =>
      !f.references &&
      isTotalLike(f.name) &&
      ['decimal', 'integer', 'bigint', 'float'].includes(f.type.scalar),
  );
  if (totals.length !== 1) return null;
  const rate = entities.some(
    (x) =>
      x.name !== e.name &&
      x.fields.some(
        (f) =>
          !f.references &&
          isRateName(f.name) &&
          ['decimal', 'integer', 'bigint', 'float'].includes(f.type.scalar),
      ),
  );
  return rate ? totals[0]! : null;
}

/** The total field of a record whose child lines state a quantity and a unit price, or null. */
function lineItemTotal(e: SpecEntity, entities: readonly SpecEntity[]): SpecField | null {
  // A decimal may be typed `string` in the stated code (TypeORM's `numeric` columns).
  const totals = e.fields.filter(
    (f) => isTotalName(f.name) && ['decimal', 'integer', 'bigint', 'float', 'string'].includes(f.type.scalar),
  );
  if (totals.length !== 1) return null;
  const lines = entities.filter(
    (x) =>
      x.name !== e.name &&
      x.fields.some((f) => f.references?.entity === e.name) &&
      x.fields.some((f) => isQuantityName(f.name)) &&
      x.fields.some((f) => isUnitPriceName(f.name)),
  );
  return lines.length > 0 ? totals[0]! : null;
}
