import type { Endpoint } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import type { Resource } from '../api/resources.js';

const LOG = /(audit|log|event|history|activity|trail|journal)/i;

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
  const referencing = entities.filter((x) => x.fields.some((f) => f.references?.entity === e.entity));
  if (
    e.action === 'action' &&
    e.method !== 'GET' &&
    referencing.some((x) => x.appendOnly && LOG.test(x.name))
  )
    return 'derive/transaction-state-change-with-history';
  if (
    e.action === 'delete' &&
    r.entity.softDelete &&
    [...resources.values()].some((c) => c.parent?.resource.entity.name === e.entity)
  )
    return 'derive/transaction-cascading-soft-delete';
  if (e.action === 'create' && (r.kind === 'append-only' || r.entity.appendOnly)) {
    const targets = r.entity.fields
      .filter((f) => f.references)
      .map((f) => entities.find((x) => x.name === f.references!.entity))
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
