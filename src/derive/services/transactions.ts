import type { Endpoint } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { Resource } from '../api/resources.js';

const LOG = /(audit|log|event|history|activity|trail|journal)/i;

/** Entities by name and by the entity they reference, built once per entity list (one scan, not one per endpoint). */
interface EntityIndex {
  length: number;
  byName: Map<string, SpecEntity>;
  referencing: Map<string, SpecEntity[]>;
}
const entityIndexes = new WeakMap<SpecEntity[], EntityIndex>();
function entityIndex(entities: SpecEntity[]): EntityIndex {
  const known = entityIndexes.get(entities);
  if (known?.length === entities.length) return known;
  const byName = new Map<string, SpecEntity>();
  const referencing = new Map<string, SpecEntity[]>();
  for (const x of entities) {
    if (!byName.has(x.name)) byName.set(x.name, x);
    for (const target of new Set(x.fields.flatMap((f) => (f.references ? [f.references.entity] : [])))) {
      const list = referencing.get(target);
      if (list) list.push(x);
      else referencing.set(target, [x]);
    }
  }
  const index = { length: entities.length, byName, referencing };
  entityIndexes.set(entities, index);
  return index;
}

/** The entities whose resource is nested under another entity's resource. */
const parentsOf = new WeakMap<Map<string, Resource>, { size: number; parents: Set<string> }>();
function parentEntities(resources: Map<string, Resource>): Set<string> {
  let cached = parentsOf.get(resources);
  if (cached?.size !== resources.size) {
    const parents = new Set(
      [...resources.values()].flatMap((c) => (c.parent ? [c.parent.resource.entity.name] : [])),
    );
    cached = { size: resources.size, parents };
    parentsOf.set(resources, cached);
  }
  return cached.parents;
}

/**
 * The rule that makes an operation transactional, or null: it writes more than one table, so the
 * writes must commit or fail together (one database transaction; PostgreSQL docs §3.4).
 * - a state change that also appends to the entity's history/event table;
 * - a soft delete that also marks the owned children deleted;
 * - creating an append-only record that changes the state of the record it references
 *   (a payment settling an invoice);
 * - registering an account in a multi-tenant product (the tenant and its first user).
 */
export function transactionRule(
  e: Endpoint,
  resources: Map<string, Resource>,
  entities: SpecEntity[],
): string | null {
  if (!e.entity) {
    if (e.operationId === 'register' && entities.some((x) => x.tenantColumn))
      return 'derive/transaction-register-tenant-and-user';
    return null;
  }
  const r = resources.get(e.entity);
  if (!r) return null;
  const index = entityIndex(entities);
  const referencing = index.referencing.get(e.entity) ?? [];
  if (
    e.action === 'action' &&
    e.method !== 'GET' &&
    referencing.some((x) => x.appendOnly && LOG.test(x.name))
  )
    return 'derive/transaction-state-change-with-history';
  if (e.action === 'delete' && r.entity.softDelete && parentEntities(resources).has(e.entity))
    return 'derive/transaction-cascading-soft-delete';
  if (e.action === 'create' && (r.kind === 'append-only' || r.entity.appendOnly)) {
    const targets = r.entity.fields
      .filter((f) => f.references)
      .map((f) => index.byName.get(f.references!.entity))
      .filter((x): x is SpecEntity => x !== undefined);
    if (
      targets.some((t) =>
        t.fields.some((f) => /^(status|state|balance|amountPaid|paidAmount|outstanding\w*)$/i.test(f.name)),
      )
    )
      return 'derive/transaction-record-updates-referenced-state';
  }
  return null;
}
