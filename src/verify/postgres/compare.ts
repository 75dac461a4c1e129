import { compatibleFamily, pgFamily, SCALAR_FAMILY, type TypeFamily } from '../../knowledge/sql-types.js';
import type { Spec } from '../../model/spec/index.js';
import type { Catalog } from './catalog.js';

/** pg_constraint.confdeltype codes (docs ch. 51.13). */
const ON_DELETE: Record<string, string> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};

function catalogFamily(dataType: string, udtName: string, enums: Set<string>): TypeFamily | null {
  if (dataType === 'ARRAY') return 'array';
  if (dataType === 'USER-DEFINED')
    return enums.has(udtName) ? 'enum' : udtName === 'citext' ? 'string' : null;
  return pgFamily(dataType);
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Items by key, each list in the input's order (so every `find` below keeps its first match). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The first item per key, as `Array.find` would return it. */
function firstBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of items) if (!out.has(key(item))) out.set(key(item), item);
  return out;
}

/**
 * Every difference between the designed model and what PostgreSQL built: tables, columns, type
 * family, NOT NULL, primary and unique keys, foreign keys with their ON DELETE, indexes, and
 * anything in the database the model does not have. Returned in model order, so the list is stable.
 * Everything is looked up by name once (linear in the schema: 1,000+ entities have ~10,000 columns).
 */
export function compareCatalog(spec: Spec, catalog: Catalog): string[] {
  const out: string[] = [];
  const enums = new Set(catalog.enums.map((e) => e.name));
  const tables = new Set(catalog.tables);
  const columnsOf = groupBy(catalog.columns, (c) => c.table);
  const constraintsOf = groupBy(catalog.constraints, (c) => c.table);
  const indexesOf = groupBy(catalog.indexes, (i) => i.table);
  const entityNamed = firstBy(spec.entities, (e) => e.name);
  const modelIndexesOf = groupBy(spec.database.indexes, (i) => i.entity);
  const modelTables = new Set(spec.entities.map((e) => e.table));
  const catalogEnum = firstBy(catalog.enums, (e) => e.name);
  for (const e of spec.entities) {
    if (!tables.has(e.table)) {
      out.push(`table ${e.table} is missing`);
      continue;
    }
    const cols = columnsOf.get(e.table) ?? [];
    const cons = constraintsOf.get(e.table) ?? [];
    const idx = indexesOf.get(e.table) ?? [];
    const colNamed = firstBy(cols, (c) => c.column);
    const modelColumns = new Set(e.fields.map((f) => f.column));
    for (const f of e.fields) {
      const c = colNamed.get(f.column);
      if (!c) {
        out.push(`column ${e.table}.${f.column} is missing`);
        continue;
      }
      const family = catalogFamily(c.dataType, c.udtName, enums);
      const want = SCALAR_FAMILY[f.type.scalar];
      if (!family || (family !== want && !compatibleFamily(f.type.scalar, family)))
        out.push(
          `column ${e.table}.${f.column} is ${c.dataType} (${c.udtName}), the model says ${f.type.scalar}`,
        );
      if (c.nullable !== f.nullable)
        out.push(
          `column ${e.table}.${f.column} is ${c.nullable ? 'nullable' : 'NOT NULL'}, the model says ${f.nullable ? 'nullable' : 'NOT NULL'}`,
        );
      if (f.unique && !f.primaryKey && !idx.some((i) => i.unique && same(i.columns, [f.column])))
        out.push(`column ${e.table}.${f.column} has no unique index`);
      if (f.references) {
        const target = entityNamed.get(f.references.entity);
        const fk = cons.find((x) => x.type === 'f' && same(x.columns, [f.column]));
        if (!fk)
          out.push(`foreign key ${e.table}.${f.column} → ${target?.table ?? f.references.entity} is missing`);
        else {
          if (fk.refTable !== target?.table || !same(fk.refColumns, [f.references.field]))
            out.push(
              `foreign key ${e.table}.${f.column} references ${fk.refTable}(${fk.refColumns.join(', ')}), the model says ${target?.table}(${f.references.field})`,
            );
          const action = ON_DELETE[fk.onDelete ?? 'a'] ?? 'no action';
          if (action !== (f.references.onDelete || 'no action'))
            out.push(
              `foreign key ${e.table}.${f.column} is ON DELETE ${action.toUpperCase()}, the model says ${f.references.onDelete.toUpperCase()}`,
            );
        }
      }
    }
    for (const c of cols)
      if (!modelColumns.has(c.column)) out.push(`column ${e.table}.${c.column} is not in the model`);
    const pk = cons.find((x) => x.type === 'p');
    if (!pk || !same(pk.columns, e.primaryKey))
      out.push(
        `primary key of ${e.table} is (${pk?.columns.join(', ') ?? ''}), the model says (${e.primaryKey.join(', ')})`,
      );
    for (const i of modelIndexesOf.get(e.name) ?? [])
      if (!idx.some((x) => same(x.columns, i.columns) && x.unique === i.unique && !x.primary))
        out.push(`index ${i.name} on ${e.table} (${i.columns.join(', ')}) is missing`);
  }
  for (const t of catalog.tables) if (!modelTables.has(t)) out.push(`table ${t} is not in the model`);
  for (const en of spec.database.enums) {
    const got = catalogEnum.get(en.name);
    if (!got) out.push(`enum type ${en.name} is missing`);
    else if (!same(got.values, en.values))
      out.push(
        `enum type ${en.name} has (${got.values.join(', ')}), the model says (${en.values.join(', ')})`,
      );
  }
  return out;
}
