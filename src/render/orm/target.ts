import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';

export type OrmKind = 'prisma' | 'drizzle';

/**
 * The ORM or migration tool the documents state (spec.deployment.migration.tool, read from the
 * stack by derive/deployment). `kind` is null for tools this compiler does not write a schema for
 * (TypeORM, Sequelize, raw SQL, ...): the completion report names them as not produced.
 */
export function statedOrm(spec: Spec): { kind: OrmKind | null; name: string } | null {
  const tool = spec.deployment?.migration?.tool;
  if (!tool || spec.entities.length === 0) return null;
  const primary = spec.database.dialects[0];
  if (primary !== 'postgresql') return { kind: null, name: tool };
  if (/prisma/i.test(tool)) return { kind: 'prisma', name: tool };
  if (/drizzle/i.test(tool)) return { kind: 'drizzle', name: tool };
  return { kind: null, name: tool };
}

export const pascal = (s: string): string =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

export const camel = (s: string): string => {
  const p = pascal(s);
  return p ? p[0]!.toLowerCase() + p.slice(1) : p;
};

/** A relation: the FK field on `from` pointing at `to`'s referenced field. */
export interface OrmRelation {
  from: SpecEntity;
  field: SpecField;
  to: SpecEntity;
  toField: SpecField;
  /** Relation field on `from` (`author`) and back-relation field on `to` (`posts`). */
  name: string;
  backName: string;
  /** Unique FK: one-to-one, the back relation is a single optional record. */
  one: boolean;
  relationName: string;
}

const plural = (s: string): string =>
  /(s|x|ch|sh)$/.test(s) ? `${s}es` : /[^aeiou]y$/.test(s) ? `${s.slice(0, -1)}ies` : `${s}s`;

/**
 * Every foreign key as a pair of relation fields with names that collide with no column and no
 * other relation (Prisma and Drizzle both need one name per side).
 */
export function relations(spec: Spec): OrmRelation[] {
  const byName = new Map(spec.entities.map((e) => [e.name, e]));
  const taken = new Map(spec.entities.map((e) => [e.name, new Set(e.fields.map((f) => f.name))]));
  const out: OrmRelation[] = [];
  for (const from of spec.entities)
    for (const field of from.fields) {
      if (!field.references) continue;
      const to = byName.get(field.references.entity);
      const toField = to?.fields.find(
        (f) => f.name === field.references!.field || f.column === field.references!.field,
      );
      if (!to || !toField) continue;
      const base = field.name.replace(/Id$/, '') || camel(to.name);
      const fromTaken = taken.get(from.name)!;
      let name = fromTaken.has(base) ? `${base}Ref` : base;
      while (fromTaken.has(name)) name = `${name}_`;
      fromTaken.add(name);
      const sameTarget = from.fields.filter((f) => f.references?.entity === to.name).length > 1;
      const one = field.unique && !from.primaryKey.includes(field.column);
      let backName = one ? camel(from.name) : plural(camel(from.name));
      if (sameTarget || from.name === to.name) backName = `${backName}By${pascal(base)}`;
      const toTaken = taken.get(to.name)!;
      while (toTaken.has(backName)) backName = `${backName}_`;
      toTaken.add(backName);
      out.push({
        from,
        field,
        to,
        toField,
        name,
        backName,
        one,
        relationName: `${from.name}_${field.name}`,
      });
    }
  return out;
}
