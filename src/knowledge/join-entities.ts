import type { EntityFact, FieldFact } from '../model/domain.js';
import { fieldKey } from './names.js';

/**
 * What makes an entity a join table, shared by the relationship extractor (many-to-many `through`)
 * and the cardinality detector in reconcile, which must not reach back into extract.
 */
/** The two FK fields that make up the identity of a join entity, or null. */
export function joinKeys(entity: EntityFact): [FieldFact, FieldFact] | null {
  const fks = entity.fields.filter((f) => f.references);
  if (fks.length !== 2) return null;
  const keys = fks
    .map((f) => fieldKey(f.name))
    .sort()
    .join(',');
  const composite = [entity.primaryKey ?? [], ...entity.uniques].some(
    (cols) => cols.length === 2 && cols.map(fieldKey).sort().join(',') === keys,
  );
  if (!composite) return null;
  // Anything beyond the two keys must be bookkeeping (a surrogate id, timestamps), not data.
  const others = entity.fields.filter((f) => !f.references);
  const bookkeeping = others.every(
    (f) => f.primaryKey || /^(id|created_?at|updated_?at|added_?at|assigned_?at)$/i.test(f.name),
  );
  return bookkeeping ? [fks[0]!, fks[1]!] : null;
}
