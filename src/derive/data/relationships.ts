import type { RelationshipFact } from '../../model/domain.js';
import { fromRule, type Origin, type SourceRef } from '../../model/origin.js';
import type { SpecEntity, SpecRelationship } from '../../model/spec/data.js';
import type { EntityIndex } from './resolve.js';
import { DATA_RULE } from './rules.js';

const refOf = (o: Origin): SourceRef[] => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);

/**
 * Relationships as the schema realises them: one per foreign key (1:1 when the key is unique,
 * else 1:N, `from` the referenced side), and one M:N per join table. A stated relationship
 * between the same pair lends its origin and label; the first match is used once.
 */
export function designRelationships(
  entities: SpecEntity[],
  stated: readonly RelationshipFact[],
  index: EntityIndex,
): SpecRelationship[] {
  const used = new Set<RelationshipFact>();
  // The stated relationships by the pair of entities they join, either way round, in stated order:
  // a scan of every stated relationship per foreign key grew with keys × statements (issue 19).
  const byPair = new Map<SpecEntity, Map<SpecEntity, RelationshipFact[]>>();
  const put = (a: SpecEntity, b: SpecEntity, r: RelationshipFact) => {
    let inner = byPair.get(a);
    if (!inner) {
      inner = new Map();
      byPair.set(a, inner);
    }
    const list = inner.get(b);
    if (list) list.push(r);
    else inner.set(b, [r]);
  };
  for (const r of stated) {
    const from = index.find(r.from);
    const to = index.find(r.to);
    if (!from || !to) continue;
    put(from, to, r);
    if (from !== to) put(to, from, r);
  }
  const match = (a: SpecEntity, b: SpecEntity, manyToMany: boolean) => {
    const fact = byPair
      .get(a)
      ?.get(b)
      ?.find((r) => !used.has(r) && (r.kind === 'many-to-many') === manyToMany);
    if (fact) used.add(fact);
    return fact ?? null;
  };
  const out: SpecRelationship[] = [];
  for (const e of entities) {
    const refs = e.fields.filter((f) => f.references);
    if (e.joinTable && refs.length >= 2) {
      const [a, b] = refs;
      const ta = index.find(a!.references!.entity) ?? entities.find((x) => x.name === a!.references!.entity);
      const tb = index.find(b!.references!.entity) ?? entities.find((x) => x.name === b!.references!.entity);
      if (ta && tb) {
        const fact = match(ta, tb, true);
        out.push({
          from: fact ? (index.find(fact.from)?.name ?? ta.name) : ta.name,
          to: fact ? (index.find(fact.to)?.name ?? tb.name) : tb.name,
          kind: 'many-to-many',
          through: e.name,
          foreignKey: null,
          label: fact?.label ?? null,
          origin: fact?.origin ?? fromRule(DATA_RULE.manyToManyFromJoinTable, refOf(e.origin)),
        });
      }
      for (const f of refs.slice(2)) out.push(fromKey(e, f, match, index));
      continue;
    }
    for (const f of refs) out.push(fromKey(e, f, match, index));
  }
  return out;
}

function fromKey(
  e: SpecEntity,
  f: SpecEntity['fields'][number],
  match: (a: SpecEntity, b: SpecEntity, m: boolean) => RelationshipFact | null,
  index: EntityIndex,
): SpecRelationship {
  const target = index.find(f.references!.entity);
  const fact = target ? match(target, e, false) : null;
  return {
    from: f.references!.entity,
    to: e.name,
    kind:
      f.unique || (e.primaryKey.length === 1 && e.primaryKey[0] === f.column) ? 'one-to-one' : 'one-to-many',
    through: null,
    foreignKey: { entity: e.name, column: f.column },
    label: fact?.label ?? null,
    origin: fact?.origin ?? fromRule(DATA_RULE.relationshipFromForeignKey, refOf(f.origin)),
  };
}
