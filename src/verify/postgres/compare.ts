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

/**
 * Every difference between the designed model and what PostgreSQL built: tables, columns, type
 * family, NOT NULL, primary and unique keys, foreign keys with their ON DELETE, indexes, and
 * anything in the database the model does not have. Returned in model order, so the list is stable.
 */
export function compareCatalog(spec: Spec, catalog: Catalog): string[] {
  const out: string[] = [];
  const enums = new Set(catalog.enums.map((e) => e.name));
  const tables = new Set(catalog.tables);
  for (const e of spec.entities) {
    if (!tables.has(e.table)) {
      out.push(`table ${e.table} is missing`);
      continue;
    }
    const cols = catalog.columns.filter((c) => c.table === e.table);
    const cons = catalog.constraints.filter((c) => c.table === e.table);
    const idx = catalog.indexes.filter((i) => i.table === e.table);
    for (const f of e.fields) {
      const c = cols.find((x) => x.column === f.column);
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
        const target = spec.entities.find((x) => x.name === f.references!.entity);
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
      if (!e.fields.some((f) => f.column === c.column))
        out.push(`column ${e.table}.${c.column} is not in the model`);
    const pk = cons.find((x) => x.type === 'p');
    if (!pk || !same(pk.columns, e.primaryKey))
      out.push(
        `primary key of ${e.table} is (${pk?.columns.join(', ') ?? ''}), the model says (${e.primaryKey.join(', ')})`,
      );
    for (const i of spec.database.indexes.filter((x) => x.entity === e.name))
      if (!idx.some((x) => same(x.columns, i.columns) && x.unique === i.unique && !x.primary))
        out.push(`index ${i.name} on ${e.table} (${i.columns.join(', ')}) is missing`);
  }
  for (const t of catalog.tables)
    if (!spec.entities.some((e) => e.table === t)) out.push(`table ${t} is not in the model`);
  for (const en of spec.database.enums) {
    const got = catalog.enums.find((x) => x.name === en.name);
    if (!got) out.push(`enum type ${en.name} is missing`);
    else if (!same(got.values, en.values))
      out.push(
        `enum type ${en.name} has (${got.values.join(', ')}), the model says (${en.values.join(', ')})`,
      );
  }
  return out;
}
