import type { SpecEntity } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import type { Problem, Rule } from '../types.js';

/**
 * Check rules of the data layer: the workflow's checklist items "All data models defined with
 * relationships and constraints" (`data-models`) and "Database schema includes indexes for
 * performance" (`indexes`). No entities at all makes both not applicable, never a pass.
 */

const noData = () => ({
  problems: [] as Problem[],
  evidence: 'no data model in the documents',
  applicable: false,
});
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every entity has a primary key whose columns exist. */
export const primaryKeysRule: Rule = {
  code: 'data/missing-primary-key',
  description: 'Every entity has a primary key made of its own columns.',
  checklist: 'data-models',
  check(spec: Spec) {
    if (spec.entities.length === 0) return noData();
    const problems: Problem[] = spec.entities
      .filter(
        (e) => e.primaryKey.length === 0 || e.primaryKey.some((c) => !e.fields.some((f) => f.column === c)),
      )
      .map((e) => ({ message: `${e.table} has no primary key`, path: `entities.${e.name}.primaryKey` }));
    const composite = spec.entities.filter((e) => e.primaryKey.length > 1).length;
    return {
      problems,
      evidence: `${plural(spec.entities.length - problems.length, 'entity', 'entities')} of ${spec.entities.length} with a primary key (${composite} composite)`,
    };
  },
};

/** Every field has a type a schema can hold; enums have values. */
export const fieldTypesRule: Rule = {
  code: 'data/field-without-type',
  description: 'Every field has a column type, and every enum field lists its values.',
  checklist: 'data-models',
  check(spec: Spec) {
    if (spec.entities.length === 0) return noData();
    const problems: Problem[] = [];
    let fields = 0;
    for (const e of spec.entities)
      for (const f of e.fields) {
        fields++;
        if (!f.type?.scalar)
          problems.push({
            message: `${e.table}.${f.column} has no type`,
            path: `entities.${e.name}.fields.${f.column}`,
          });
        else if (f.type.scalar === 'enum' && (!f.enum || f.enum.length === 0))
          problems.push({
            message: `${e.table}.${f.column} is an enum without values`,
            path: `entities.${e.name}.fields.${f.column}`,
          });
      }
    const constrained = spec.entities.reduce(
      (n, e) =>
        n +
        e.fields.filter((f) => !f.nullable || f.unique || f.references || f.check).length +
        e.uniques.length +
        e.checks.length,
      0,
    );
    return {
      problems,
      evidence: `${plural(fields, 'typed field')}, ${plural(constrained, 'constraint')} (not null, unique, foreign key, check)`,
    };
  },
};

/** Every relationship names entities of the model, and its foreign key column exists. */
export const relationshipsRule: Rule = {
  code: 'data/unresolved-relationship-key',
  description:
    'Every relationship joins two entities of the model through an existing foreign key or join table.',
  checklist: 'data-models',
  check(spec: Spec) {
    if (spec.entities.length === 0) return noData();
    const byName = new Map(spec.entities.map((e) => [e.name, e]));
    const problems: Problem[] = [];
    for (const [i, r] of spec.relationships.entries()) {
      const path = `relationships.${i}`;
      if (!byName.has(r.from) || !byName.has(r.to)) {
        problems.push({
          message: `relationship ${r.from} → ${r.to} names an entity that is not in the model`,
          path,
        });
        continue;
      }
      if (r.kind === 'many-to-many') {
        const through = r.through ? byName.get(r.through) : undefined;
        if (!through || !refers(through, r.from) || !refers(through, r.to))
          problems.push({
            message: `many-to-many ${r.from} ↔ ${r.to} has no join table referencing both`,
            path,
          });
      } else if (r.foreignKey) {
        const holder = byName.get(r.foreignKey.entity);
        const column = holder?.fields.find((f) => f.column === r.foreignKey!.column);
        if (!column?.references)
          problems.push({
            message: `${r.from} → ${r.to}: ${r.foreignKey.entity}.${r.foreignKey.column} is not a foreign key`,
            path,
          });
      }
    }
    const kinds = ['one-to-one', 'one-to-many', 'many-to-many'].map(
      (k) => `${spec.relationships.filter((r) => r.kind === k).length} ${k}`,
    );
    return {
      problems,
      evidence: `${plural(spec.relationships.length, 'relationship')} resolved (${kinds.join(', ')})`,
    };
  },
};

const refers = (e: SpecEntity, target: string) => e.fields.some((f) => f.references?.entity === target);

/**
 * Every foreign key leads some index (PostgreSQL does not index referencing columns, docs §5.5.5:
 * without one, a parent delete or a join scans the child table).
 */
export const foreignKeyIndexesRule: Rule = {
  code: 'data/unindexed-foreign-key',
  description: 'Every foreign-key column is the leading column of an index or of the primary key.',
  checklist: 'indexes',
  check(spec: Spec) {
    if (spec.entities.length === 0 || spec.database.dialects.length === 0) return noData();
    const problems: Problem[] = [];
    let keys = 0;
    // Each entity's index leading columns, grouped once (a filter of all indexes per entity grew
    // with entities × indexes, issue 19).
    const leading = new Map<string, (string | undefined)[]>();
    for (const i of spec.database.indexes) {
      const list = leading.get(i.entity);
      if (list) list.push(i.columns[0]);
      else leading.set(i.entity, [i.columns[0]]);
    }
    for (const e of spec.entities) {
      const leads = [e.primaryKey[0], ...(leading.get(e.name) ?? [])];
      for (const f of e.fields) {
        if (!f.references) continue;
        keys++;
        if (!leads.includes(f.column))
          problems.push({
            message: `${e.table}.${f.column} (foreign key) is not the leading column of any index`,
            path: `entities.${e.name}.fields.${f.column}`,
          });
      }
    }
    const ruled = spec.database.indexes.filter((i) => i.origin.kind === 'rule').length;
    return {
      problems,
      evidence: `${plural(spec.database.indexes.length, 'index', 'indexes')} (${spec.database.indexes.length - ruled} stated or unique, ${ruled} by rule); ${keys - problems.length} of ${plural(keys, 'foreign key')} indexed`,
    };
  },
};

/** Every table is reachable by its primary key (the key is indexed by the database itself). */
export const primaryKeyAccessRule: Rule = {
  code: 'data/missing-primary-key',
  description: 'Every table can be read by primary key.',
  checklist: 'indexes',
  check(spec: Spec) {
    if (spec.entities.length === 0 || spec.database.dialects.length === 0) return noData();
    const without = spec.entities.filter((e) => e.primaryKey.length === 0);
    return {
      problems: without.map((e) => ({
        message: `${e.table} cannot be read by primary key`,
        path: `entities.${e.name}`,
      })),
      evidence: `${spec.entities.length - without.length} of ${plural(spec.entities.length, 'table')} reachable by primary key`,
    };
  },
};

export const DATA_RULES: Rule[] = [
  primaryKeysRule,
  fieldTypesRule,
  relationshipsRule,
  foreignKeyIndexesRule,
  primaryKeyAccessRule,
];
