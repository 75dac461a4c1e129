import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import type { EnumFact } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { DatabaseSpec, SpecEntity } from '../../model/spec/data.js';
import { noteInferred } from './fields.js';
import { singularSnake, snake, unique } from './names.js';
import { DATA_RULE } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

/**
 * Named enum types (PostgreSQL `CREATE TYPE ... AS ENUM`, docs §8.7): stated ones keep their
 * name; a field with allowed values but no type name gets `<table singular>_<column>`. Type names
 * share a namespace with tables (every table is also a composite type, docs §8.16), so a clash is
 * renamed. A stated default outside the values is dropped, since PostgreSQL would reject it.
 */
export function designEnums(
  entities: SpecEntity[],
  stated: readonly EnumFact[],
  diagnostics: Diagnostic[],
): DatabaseSpec['enums'] {
  const taken = new Set(entities.map((e) => e.table));
  const out: DatabaseSpec['enums'] = [];
  const byName = new Map<string, DatabaseSpec['enums'][number]>();
  // By final type name, so reusing a field's type is a lookup, not a search over every enum.
  const byTypeName = new Map<string, DatabaseSpec['enums'][number]>();
  const statedByKey = new Map(stated.map((e) => [snake(e.name), e]));
  const add = (name: string, values: string[], origin: Origin) => {
    const e = { name: unique(name, taken), values: dedupe(values), origin };
    out.push(e);
    byName.set(snake(name), e);
    if (!byTypeName.has(e.name)) byTypeName.set(e.name, e);
    return e;
  };
  for (const e of stated)
    if (e.values.length > 0 && !byName.has(snake(e.name))) add(snake(e.name), e.values, e.origin);

  for (const entity of entities)
    for (const f of entity.fields) {
      if (f.references) continue;
      const rawKey = f.type.raw ? snake(f.type.raw) : '';
      const statedName = f.enumName ? snake(f.enumName) : statedByKey.has(rawKey) ? rawKey : null;
      if (f.type.scalar !== 'enum' && !f.enum && !statedName) continue;
      if (f.type.scalar !== 'enum' && !f.enum && statedName && !byName.has(statedName)) continue;
      let values = f.enum ?? (statedName ? (byName.get(statedName)?.values ?? null) : null);
      if (!values || values.length === 0) {
        diagnostics.push(
          diag(
            'data/enum-without-values',
            `${entity.table}.${f.column} is an enum but no document lists its values: stored as text`,
            {
              ...at(f.origin),
              path: `entities.${entity.name}.fields.${f.column}`,
            },
          ),
        );
        f.type = { scalar: 'string' };
        f.enumName = null;
        continue;
      }
      values = dedupe(values);
      let type = statedName ? byName.get(statedName) : undefined;
      if (type && !sameValues(type.values, values)) {
        diagnostics.push(
          diag(
            'data/enum-conflict',
            `${entity.table}.${f.column} lists values ${values.join(', ')} but enum ${type.name} has ${type.values.join(', ')}: the field gets its own type`,
            at(f.origin),
          ),
        );
        type = undefined;
      }
      if (!type) {
        const own = byTypeName.get(`${singularSnake(entity.table)}_${f.column}`);
        const existing = own && sameValues(own.values, values) ? own : undefined;
        type =
          existing ??
          add(
            statedName ?? `${singularSnake(entity.table)}_${f.column}`,
            values,
            statedName ? f.origin : fromRule(DATA_RULE.enumName),
          );
        if (!statedName) noteInferred(f, 'enumName', fromRule(DATA_RULE.enumName));
      }
      f.type = { ...f.type, scalar: 'enum' };
      f.enumName = type.name;
      f.enum = [...type.values];
      if (f.default !== null) {
        const literal = /^'((?:[^']|'')*)'$/.exec(f.default)?.[1]?.replace(/''/g, "'");
        if (literal === undefined || !type.values.includes(literal)) {
          diagnostics.push(
            diag(
              'data/default-not-portable',
              `default ${f.default} of ${entity.table}.${f.column} is not one of ${type.values.join(', ')}: left out of the schema`,
              at(f.origin),
            ),
          );
          f.default = null;
        }
      }
    }
  // A foreign key holds values of the key it references, so it shares that key's type exactly.
  const entityByName = new Map<string, SpecEntity>();
  for (const e of entities) if (!entityByName.has(e.name)) entityByName.set(e.name, e);
  for (const entity of entities)
    for (const f of entity.fields) {
      if (!f.references) continue;
      const ref = f.references;
      const key = entityByName.get(ref.entity)?.fields.find((k) => k.column === ref.field);
      if (!key) continue;
      f.type = { ...key.type };
      delete f.type.generated;
      f.enum = key.enum ? [...key.enum] : null;
      f.enumName = key.enumName;
    }
  return out;
}

const dedupe = (values: string[]) => [...new Set(values)];
const sameValues = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
