import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import type { Domain, RelationshipFact } from '../../model/domain.js';
import { fromRule, type Origin, type SourceRef } from '../../model/origin.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import { ruleField } from './fields.js';
import { referencingType } from './keys.js';
import { pascal, singularSnake, unique } from './names.js';
import { type EntityIndex, primaryKeyField } from './resolve.js';
import { DATA_RULE } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});
const refOf = (o: Origin): SourceRef[] => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);

/**
 * A relationship stated without a key (an ER diagram, prose "a Course belongs to an Instructor")
 * gets the foreign key it needs: on the many side for 1:N, on the `to` side for 1:1, and a join
 * table for M:N. Returns the join tables it had to add.
 */
export function addRelationshipKeys(
  domain: Domain,
  entities: SpecEntity[],
  index: EntityIndex,
  diagnostics: Diagnostic[],
): SpecEntity[] {
  const added: SpecEntity[] = [];
  const tables = new Set(entities.map((e) => e.table));
  for (const rel of domain.relationships) {
    const from = index.find(rel.from);
    const to = index.find(rel.to);
    if (!from || !to) {
      diagnostics.push(
        diag(
          'data/unresolved-relationship',
          `relationship ${rel.from} → ${rel.to} names an entity no data model defines: left out`,
          at(rel.origin),
        ),
      );
      continue;
    }
    if (rel.kind === 'many-to-many') {
      const through = rel.through ? index.find(rel.through) : findJoin(entities, from, to);
      if (through) {
        through.joinTable = true;
        ensureReference(through, from, rel, false);
        ensureReference(through, to, rel, false);
        if (
          through.primaryKey.length === 0 ||
          (through.primaryKey.length === 1 && through.fields.every((f) => f.column !== 'id'))
        )
          through.primaryKey = through.fields.filter((f) => f.references).map((f) => f.column);
        continue;
      }
      const join = joinEntity(from, to, rel, tables);
      if (join) added.push(join);
      continue;
    }
    // 1:1 and 1:N: the key lives on the `to` side unless either side already references the other.
    // A reference either way realises it (diagrams may draw the pair in either direction).
    if (refersTo(to, from) || refersTo(from, to)) continue;
    // SQL DDL states its columns exactly: a relationship it does not realise is reported, not patched.
    if (to.notation === 'sql') {
      diagnostics.push(
        diag(
          'data/relationship-without-key',
          `relationship ${from.name} → ${to.name} has no foreign key in the SQL of ${to.table}: not added`,
          {
            ...at(rel.origin),
            hint: `add a column referencing ${from.table} to ${to.table}, or remove the relationship`,
          },
        ),
      );
      continue;
    }
    const fk = ensureReference(to, from, rel, rel.required === false);
    if (fk && rel.kind === 'one-to-one') fk.unique = true;
  }
  return added;
}

const refersTo = (child: SpecEntity, parent: SpecEntity) =>
  child.fields.some((f) => f.references?.entity === parent.name);

function findJoin(entities: SpecEntity[], a: SpecEntity, b: SpecEntity): SpecEntity | null {
  return (
    entities.find(
      (e) =>
        e.joinTable &&
        refersTo(e, a) &&
        refersTo(e, b) &&
        (a !== b || e.fields.filter((f) => f.references?.entity === a.name).length >= 2),
    ) ?? null
  );
}

function ensureReference(
  child: SpecEntity,
  parent: SpecEntity,
  rel: RelationshipFact,
  nullable: boolean,
): SpecField | null {
  if (refersTo(child, parent) && child !== parent) return null;
  const key = primaryKeyField(parent);
  if (!key) return null;
  const taken = new Set(child.fields.map((f) => f.column));
  const column = unique(`${singularSnake(parent.table)}_${key.column.replace(/^_/, '')}`, taken);
  const field = ruleField(
    column,
    referencingType(key),
    { nullable },
    fromRule(DATA_RULE.foreignKeyFromRelationship, refOf(rel.origin)),
  );
  field.references = { entity: parent.name, field: key.column, onDelete: '' };
  // Keep the key columns together, before the entity's own attributes.
  const after = child.fields.findIndex((f) => !f.primaryKey && !f.references);
  if (after < 0) child.fields.push(field);
  else child.fields.splice(after, 0, field);
  return field;
}

function joinEntity(
  a: SpecEntity,
  b: SpecEntity,
  rel: RelationshipFact,
  tables: Set<string>,
): SpecEntity | null {
  const ka = primaryKeyField(a);
  const kb = primaryKeyField(b);
  if (!ka || !kb) return null;
  const origin = fromRule(DATA_RULE.joinTableForManyToMany, refOf(rel.origin));
  const table = unique(`${singularSnake(a.table)}_${b.table}`, tables);
  const colA = `${singularSnake(a.table)}_${ka.column.replace(/^_/, '')}`;
  let colB = `${singularSnake(b.table)}_${kb.column.replace(/^_/, '')}`;
  if (colB === colA) colB = `related_${colB}`;
  const fa = ruleField(colA, referencingType(ka), {}, origin);
  fa.references = { entity: a.name, field: ka.column, onDelete: '' };
  const fb = ruleField(colB, referencingType(kb), {}, origin);
  fb.references = { entity: b.name, field: kb.column, onDelete: '' };
  return {
    name: pascal(singularSnake(table)),
    table,
    description: null,
    fields: [fa, fb],
    primaryKey: [fa.column, fb.column],
    uniques: [],
    checks: [],
    softDelete: false,
    tenantColumn: null,
    appendOnly: false,
    joinTable: true,
    notation: rel.notation,
    origin,
    seenIn: [],
  };
}
