import { joinKeys } from '../../knowledge/join-entities.js';
import { fieldKey } from '../../knowledge/names.js';
import type { EntityFact, FieldFact, RelationshipFact } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import { rank } from './merge-fields.js';

/**
 * Relationships implied by foreign keys, merged with the ones drawn explicitly (mermaid, Prisma):
 * - an FK column makes its target the "one" side of a one-to-many (one-to-one when the column is
 *   unique or the whole primary key);
 * - a join entity whose identity is exactly two FK columns (composite primary key or composite
 *   unique) makes its two targets many-to-many `through` it.
 * One relationship per (from, to, kind, through); the most precise notation's origin is kept and
 * the drawn label, when any, is kept as the label.
 */

const refs = (o: Origin) => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);

function isOneToOne(entity: EntityFact, f: FieldFact): boolean {
  if (f.unique) return true;
  const pk = entity.primaryKey;
  if (f.primaryKey && (!pk || pk.length <= 1)) return true;
  return entity.uniques.some((u) => u.length === 1 && fieldKey(u[0]!) === fieldKey(f.name));
}

export function impliedRelationships(entities: readonly EntityFact[]): RelationshipFact[] {
  const out: RelationshipFact[] = [];
  for (const e of entities) {
    for (const f of e.fields) {
      if (!f.references) continue;
      out.push({
        from: f.references.entity,
        to: e.name,
        kind: isOneToOne(e, f) ? 'one-to-one' : 'one-to-many',
        label: f.name,
        notation: e.notation,
        origin: f.origin,
      });
    }
    const join = joinKeys(e);
    if (join) {
      const [a, b] = join;
      out.push({
        from: a.references!.entity,
        to: b.references!.entity,
        kind: 'many-to-many',
        through: e.name,
        notation: e.notation,
        origin: fromRule('extract/join-table-many-to-many', [...refs(a.origin), ...refs(b.origin)]),
      });
    }
  }
  return out;
}

const keyOf = (r: RelationshipFact) => {
  // A many-to-many has no direction: Task–Label and Label–Task are one relationship.
  const ends = r.kind === 'many-to-many' ? [r.from, r.to].sort() : [r.from, r.to];
  return `${ends.join('>')}|${r.kind}|${r.through ?? ''}`;
};

/** Merges drawn and implied relationships: one per key, most precise notation first. */
export function mergeRelationships(
  drawn: readonly RelationshipFact[],
  implied: readonly RelationshipFact[],
): RelationshipFact[] {
  const byKey = new Map<string, RelationshipFact>();
  const labels = new Map<string, string[]>();
  for (const r of [...implied, ...drawn]) {
    const k = keyOf(r);
    const hit = byKey.get(k);
    if (r.label) {
      const list = labels.get(k);
      if (list) list.push(r.label);
      else labels.set(k, [r.label]);
    }
    if (!hit || rank(r.notation) < rank(hit.notation)) byKey.set(k, { ...r });
  }
  // The first drawn label and the first drawn `required` per key, found in one pass over `drawn`.
  const drawnLabels = new Map<string, string>();
  const drawnRequired = new Map<string, boolean>();
  for (const d of drawn) {
    const k = keyOf(d);
    if (d.label && !drawnLabels.has(k)) drawnLabels.set(k, d.label);
    if (d.required !== undefined && !drawnRequired.has(k)) drawnRequired.set(k, d.required);
  }
  const merged: RelationshipFact[] = [];
  for (const [k, r] of byKey) {
    const drawnLabel = drawnLabels.get(k);
    const all = [...new Set(labels.get(k) ?? [])];
    const label = drawnLabel ?? (all.length > 0 ? all.join(', ') : undefined);
    if (label !== undefined) r.label = label;
    else delete r.label;
    const required = drawnRequired.get(k);
    if (required !== undefined) r.required = required;
    merged.push(r);
  }
  return merged;
}
