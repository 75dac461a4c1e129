import { documentsNameLanguage } from '../../knowledge/name-language.js';
import { isPasswordColumn } from '../../knowledge/sensitive.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import { collectionSegment, idParam, words } from './naming.js';

/**
 * How an entity appears on the API, decided from its shape in the data model:
 * - `root`: an aggregate root, a top-level collection (`/projects`);
 * - `nested`: an owned child (NOT NULL FK with ON DELETE CASCADE to a non-user, non-tenant parent),
 *   listed and created under its parent (`/projects/{projectId}/tasks`);
 * - `join`: the join table of a many-to-many, exposed as attach/detach of a sub-resource;
 * - `reference`: lookup data (types, categories, countries), read-only;
 * - `log`: append-only records written by the system (audit logs, events, history), read-only;
 * - `append-only`: other append-only records (payments, ledger entries): create and read, never change;
 * - `internal`: credentials and machinery (sessions, refresh tokens, outbox), never exposed.
 */
export type ResourceKind = 'root' | 'nested' | 'join' | 'reference' | 'log' | 'append-only' | 'internal';

export interface Resource {
  entity: SpecEntity;
  kind: ResourceKind;
  /** Owning parent for `nested`, with the FK field that names it. */
  parent: { resource: Resource; field: SpecField } | null;
  /** The two sides of a `join`, in field order. */
  sides: { field: SpecField; entity: string }[];
  /** `/projects/{projectId}/tasks`. */
  collectionPath: string;
  /** `/projects/{projectId}/tasks/{id}`. */
  itemPath: string;
  /** Rule id that decided `kind`. */
  rule: string;
}

const INTERNAL =
  /^(user )?(session|refresh token|access token|api token|auth token|token|password reset( token| request)?|email verification( token)?|verification token|otp( code)?|outbox( event| message)?|schema migration|migration|idempotency key|rate limit|magic link|sign[- ]?in link|login link|inloglink|one[- ]time (?:code|token|link|password))s?$/;
const LOG = /\b(audit|log|logs|event|events|history|activity|trail|journal)\b/;
const MONEY_RECORD = /\b(payment|refund|ledger entry|ledger entries|transaction|repayment|disbursement)s?$/;
const REFERENCE = /\b(type|category|kind|country|currency|language|locale|unit|region|timezone|time zone)$/;

export const isUserEntity = (e: SpecEntity): boolean =>
  /^(user|app user|account|member)$/.test(words(e.name)) ||
  (e.fields.some((f) => /^(email|username|login)$/i.test(f.name)) &&
    e.fields.some((f) => /^password(hash|digest)?$/i.test(f.name) || isPasswordColumn(f.column)));

/** The entity that `tenantColumn`s point at (`Lab` for `lab_id`). */
export function tenantEntity(entities: readonly SpecEntity[]): string | null {
  for (const e of entities) {
    if (!e.tenantColumn) continue;
    const f = e.fields.find((x) => x.column === e.tenantColumn);
    if (f?.references) return f.references.entity;
  }
  return null;
}

/**
 * The plan for one entities array, per base path and documents' language. Derivation, checks and
 * renderers ask for the same plan about seven times a run (a 1,000-entity run spent 0.15 s of CPU
 * re-planning, issue 12). The key is the array's identity: each derive step that changes the data
 * model returns a new array, so a changed model is planned afresh; nothing alters an entity after
 * the data step. The resources are frozen, so no caller can change what another one reads; each
 * caller gets its own array.
 */
const plans = new WeakMap<readonly SpecEntity[], Map<string, readonly Resource[]>>();

export function planResources(entities: readonly SpecEntity[], base: string): Resource[] {
  let byKey = plans.get(entities);
  if (!byKey) {
    byKey = new Map();
    plans.set(entities, byKey);
  }
  const key = `${documentsNameLanguage()}\u0000${base}`;
  let plan = byKey.get(key);
  if (!plan) {
    plan = planAfresh(entities, base);
    for (const r of plan) {
      Object.freeze(r.sides);
      if (r.parent) Object.freeze(r.parent);
      Object.freeze(r);
    }
    byKey.set(key, plan);
  }
  return [...plan];
}

function planAfresh(entities: readonly SpecEntity[], base: string): Resource[] {
  const users = new Set(entities.filter(isUserEntity).map((e) => e.name));
  const tenant = tenantEntity(entities);
  const byName = new Map<string, Resource>();
  const sorted = [...entities].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of sorted) byName.set(e.name, classify(e, users, tenant));
  // Parents are resolved once every kind is known; nesting is at most two levels deep (the parent's
  // item path plus the child), deeper chains start again at the top.
  for (const r of byName.values()) {
    if (r.kind !== 'root' || users.has(r.entity.name)) continue;
    const owner = r.entity.fields.find((f) => {
      const ref = f.references;
      if (!ref || f.nullable || ref.onDelete.toLowerCase() !== 'cascade') return false;
      if (ref.entity === r.entity.name || users.has(ref.entity) || ref.entity === tenant) return false;
      const p = byName.get(ref.entity);
      return p !== undefined && p.kind === 'root';
    });
    if (owner?.references) {
      r.kind = 'nested';
      r.rule = 'derive/nest-owned-child';
      r.parent = { resource: byName.get(owner.references.entity)!, field: owner };
    }
  }
  for (const r of byName.values()) setPaths(r, base);
  return [...byName.values()];
}

function classify(e: SpecEntity, users: Set<string>, tenant: string | null): Resource {
  const w = words(e.name);
  const r: Resource = {
    entity: e,
    kind: 'root',
    parent: null,
    sides: [],
    collectionPath: '',
    itemPath: '',
    rule: 'derive/resource-per-aggregate-root',
  };
  const fks = e.fields.filter((f) => f.references);
  if (INTERNAL.test(w)) return { ...r, kind: 'internal', rule: 'derive/hide-internal-records' };
  if (e.joinTable && fks.length >= 2) {
    return {
      ...r,
      kind: 'join',
      rule: 'derive/join-table-as-sub-resource',
      sides: fks.slice(0, 2).map((f) => ({ field: f, entity: f.references!.entity })),
    };
  }
  // Money records are never edited or deleted, only reversed by a new record (double-entry practice).
  if (e.appendOnly || MONEY_RECORD.test(w)) {
    return LOG.test(w)
      ? { ...r, kind: 'log', rule: 'derive/read-only-log' }
      : {
          ...r,
          kind: 'append-only',
          rule: e.appendOnly ? 'derive/no-change-to-append-only' : 'derive/no-change-to-money-records',
        };
  }
  const ownFks = fks.filter((f) => f.column !== e.tenantColumn);
  if (
    REFERENCE.test(w) &&
    ownFks.length === 0 &&
    !e.tenantColumn &&
    !users.has(e.name) &&
    e.name !== tenant
  ) {
    return { ...r, kind: 'reference', rule: 'derive/read-only-reference-data' };
  }
  return r;
}

/**
 * The collection segment: the table's own plural where the table is the entity's name with a plural
 * ending (`Kunde` in `kunden`, `Termin` in `termine`: the documents' word, in their language), else
 * the entity's plural as naming.ts forms it.
 */
function segmentOf(e: Resource['entity']): string {
  const own = collectionSegment(e.name);
  const table = e.table.toLowerCase().replace(/_/g, '-');
  const stem = words(e.name).replace(/ /g, '-');
  // A table the documents write in their own language and that names the entity as it stands
  // (`CREATE TABLE visite` → entity `Visite`) is already the word for the records: its plural formed
  // again would be a guess (`visiti`). English keeps its regular plural (`user` → `/users`).
  if (
    table === stem &&
    (e.notation === 'sql' ||
      e.notation === 'dbml' ||
      e.notation === 'drizzle' ||
      e.notation === 'migration') &&
    /^[a-z-]+$/.test(table) &&
    documentsNameLanguage() !== 'en'
  )
    return table;
  return table.length > stem.length &&
    table.startsWith(stem) &&
    /^[a-z-]+$/.test(table) &&
    table.length - stem.length <= 3
    ? table
    : own;
}

function setPaths(r: Resource, base: string): void {
  const seg = segmentOf(r.entity);
  if (r.kind === 'nested' && r.parent) {
    const p = r.parent.resource;
    const parentItem = `${base}/${segmentOf(p.entity)}/{${idParam(p.entity.name)}}`;
    r.collectionPath = `${parentItem}/${seg}`;
  } else {
    r.collectionPath = `${base}/${seg}`;
  }
  r.itemPath = `${r.collectionPath}/{id}`;
}

/**
 * Rule `derive/nest-owned-child` (and the root resource's own path) with the collection the stated
 * routes give an entity: where a route table serves an entity under its own word (`/requests/{id}`
 * for `AidRequest`, `/lizenzen/{id}` for `Lizenz`), the derived routes of that entity, and of the
 * children nested under it, use that stated segment rather than one formed from the entity's name.
 * `collections` maps an entity to its stated collection path (without an item id).
 */
export function restated(
  resources: readonly Resource[],
  collections: ReadonlyMap<string, string>,
): Resource[] {
  if (collections.size === 0) return [...resources];
  const out = new Map<string, Resource>();
  const redo = (r: Resource): Resource => {
    const done = out.get(r.entity.name);
    if (done) return done;
    const own = collections.get(r.entity.name);
    let next: Resource = r;
    if (r.kind === 'nested' && r.parent) {
      const parent = redo(r.parent.resource);
      if (parent !== r.parent.resource) {
        const p = parent.entity;
        const seg = r.collectionPath.slice(r.collectionPath.lastIndexOf('/') + 1);
        const collectionPath = `${parent.collectionPath}/{${idParam(p.name)}}/${seg}`;
        next = {
          ...r,
          parent: { resource: parent, field: r.parent.field },
          collectionPath,
          itemPath: `${collectionPath}/{id}`,
        };
      }
    } else if (own && r.kind !== 'join' && r.collectionPath !== own)
      next = { ...r, collectionPath: own, itemPath: `${own}/{id}` };
    if (next !== r) Object.freeze(next);
    out.set(r.entity.name, next);
    return next;
  };
  return resources.map(redo);
}
