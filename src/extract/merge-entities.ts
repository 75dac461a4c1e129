import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { entityKey, entityName, fieldKey } from '../knowledge/names.js';
import type { Domain, EntityFact, EnumFact, IndexFact, RelationshipFact } from '../model/domain.js';
import { cite, type Origin } from '../model/origin.js';
import { copyPlain } from '../model/plain-copy.js';
import { foldEntity, rank } from './data/merge-fields.js';
import { impliedRelationships, mergeRelationships } from './data/relationships.js';

/**
 * One entity described in several places (SQL, a mermaid diagram, a field table, prose) becomes one
 * EntityFact. Names are normalised (`users`, `User`, `user` → `User`, table `users`); fields are
 * matched by a case- and separator-free key (`passwordHash` = `password_hash`); the precedence of
 * notations and the conflict rules are documented in data/merge-fields.ts. Then: named types are
 * resolved against the enums read, foreign keys and index targets against the entities, and
 * relationships are implied from foreign keys and de-duplicated with the drawn ones.
 */
export function mergeEntities(domain: Domain): { domain: Domain; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const entities = foldAll(domain.entities, diagnostics);
  diagnostics.push(...sameThingTwice(entities));
  const lookup = nameLookup(entities);
  const enums = mergeEnums(domain.enums, diagnostics);
  const unresolved = resolveFieldTypes(entities, enums, lookup, diagnostics);
  const indexes = resolveIndexes(domain.indexes, lookup, diagnostics);
  const drawn = resolveDrawn(domain.relationships, lookup, diagnostics);
  const relationships = mergeRelationships(drawn.kept, impliedRelationships(entities));
  const defined = new Set(entities.map((e) => entityKey(e.name)));
  const mentioned = new Map<string, Domain['mentionedEntities'][number]>();
  for (const m of [...domain.mentionedEntities, ...drawn.undefinedNames, ...unresolved]) {
    const key = entityKey(m.name);
    if (!defined.has(key) && !mentioned.has(key))
      mentioned.set(key, { name: entityName(m.name), origin: m.origin });
  }
  // Mentions matter only beside a data model: with none at all, the missing model is the finding.
  return {
    domain: {
      ...domain,
      entities,
      enums,
      indexes,
      relationships,
      mentionedEntities: entities.length > 0 ? [...mentioned.values()] : [],
    },
    diagnostics,
  };
}

/** Groups by normalised name (or stated table), most precise notation first, and folds each group. */
function foldAll(list: readonly EntityFact[], out: Diagnostic[]): EntityFact[] {
  const groups = new Map<string, EntityFact[]>();
  const tableToKey = new Map<string, string>();
  for (const e of list) if (e.table) tableToKey.set(e.table.toLowerCase(), entityKey(e.name));
  for (const e of list) {
    const key = tableToKey.get(e.writtenAs.toLowerCase()) ?? entityKey(e.name);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const merged: EntityFact[] = [];
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => rank(a.notation) - rank(b.notation));
    const base = clone(ordered[0]!);
    const seen = new Set(base.seenIn.map(cite));
    for (const other of ordered.slice(1)) foldEntity(base, clone(other), out, seen);
    // Several fields each marked PK (mermaid, tables) are one composite primary key.
    const keys = base.fields.filter((f) => f.primaryKey).map((f) => f.name);
    if (keys.length > 1 && !base.primaryKey) {
      // Field-level `primaryKey` means a single-column key, as in SQL; the composite lives on the entity.
      base.primaryKey = keys;
      for (const f of base.fields) {
        if (!f.primaryKey) continue;
        f.primaryKey = false;
        f.nullable = false;
      }
    }
    merged.push(base);
  }
  return merged;
}

/** A deep copy of the fact (model/plain-copy.ts). */
const clone = (e: EntityFact): EntityFact => copyPlain(e) as EntityFact;

/** Every way a document may name an entity → its normalised name. */
function nameLookup(entities: readonly EntityFact[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entities) {
    map.set(entityKey(e.name), e.name);
    if (e.table) map.set(e.table.toLowerCase(), e.name);
    map.set(e.writtenAs.toLowerCase(), e.name);
  }
  return map;
}

const resolve = (lookup: Map<string, string>, written: string): string | undefined =>
  lookup.get(written.toLowerCase()) ?? lookup.get(entityKey(written));

const atOf = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

function mergeEnums(list: readonly EnumFact[], out: Diagnostic[]): EnumFact[] {
  const byName = new Map<string, EnumFact>();
  for (const e of list) {
    const key = e.name.toLowerCase();
    const hit = byName.get(key);
    if (!hit) byName.set(key, { ...e, values: [...e.values] });
    else if (hit.values.join('|') !== e.values.join('|')) {
      out.push(
        diag(
          'extract/conflicting-type',
          `enum ${e.name} has values (${e.values.join(', ')}) here but (${hit.values.join(', ')}) at ${cite(hit.origin)}; the first definition is kept`,
          atOf(e.origin),
        ),
      );
    }
  }
  return [...byName.values()];
}

/**
 * A field typed by a name (`user_role`, `Customer`, `OrderStatus`) is an enum when such an enum was
 * read, a reference when such an entity exists, and otherwise an unknown type kept as text.
 */
function resolveFieldTypes(
  entities: EntityFact[],
  enums: EnumFact[],
  lookup: Map<string, string>,
  out: Diagnostic[],
): { name: string; origin: Origin }[] {
  const unresolved: { name: string; origin: Origin }[] = [];
  const enumByName = new Map(enums.map((e) => [e.name.toLowerCase(), e]));
  const byName = new Map(entities.map((e) => [e.name, e]));
  for (const e of entities) {
    for (const f of e.fields) {
      if (f.references) {
        const target = resolve(lookup, f.references.entity);
        if (target) {
          f.references.entity = target;
          if (f.type.raw === 'reference') {
            // Bullets and prose name the target, not the column type: it is the target key's type.
            const key = byName.get(target)?.fields.find((x) => x.name === f.references!.field);
            if (key) f.type = { ...key.type, raw: 'reference' };
            if (f.type.generated) delete f.type.generated;
          }
        } else {
          out.push(
            diag(
              'extract/unknown-entity-reference',
              `${e.name}.${f.name} references ${f.references.entity}, which no data model defines; the foreign key is dropped`,
              {
                ...atOf(f.origin),
                path: `entities.${e.name}.fields.${f.name}`,
              },
            ),
          );
          // Reported and kept as a mention, never invented.
          unresolved.push({ name: f.references.entity, origin: f.origin });
          delete f.references;
        }
      }
      if (!f.enumName && !f.enumValues && f.type.scalar === 'enum') {
        // "enum" with no values anywhere (`enum status` in a diagram): text until a document lists them.
        f.type = { ...f.type, scalar: 'string' };
      }
      if (!f.enumName || f.enumValues) continue;
      const en = enumByName.get(f.enumName.toLowerCase()) ?? enumByName.get(fieldKey(f.enumName));
      if (en) {
        f.type = { ...f.type, scalar: 'enum' };
        f.enumName = en.name;
        f.enumValues = [...en.values];
        continue;
      }
      const target = resolve(lookup, f.enumName);
      if (target && !f.references) {
        const pk = byName.get(target)?.fields.find((x) => x.primaryKey);
        f.type = pk
          ? { ...pk.type, raw: f.type.raw ?? f.enumName }
          : { scalar: 'uuid', raw: f.type.raw ?? f.enumName };
        f.references = { entity: target, field: pk?.name ?? 'id' };
        delete f.enumName;
        continue;
      }
      if (f.type.scalar === 'enum') {
        out.push(
          diag(
            'extract/unknown-type',
            `${e.name}.${f.name} has type ${f.type.raw ?? f.enumName}, which is neither a known type nor a defined enum; kept as text`,
            {
              ...atOf(f.origin),
              path: `entities.${e.name}.fields.${f.name}`,
            },
          ),
        );
        f.type = { ...f.type, scalar: 'string' };
        delete f.enumName;
      }
    }
  }
  return unresolved;
}

function resolveIndexes(
  list: readonly IndexFact[],
  lookup: Map<string, string>,
  out: Diagnostic[],
): IndexFact[] {
  const seen = new Set<string>();
  const kept: IndexFact[] = [];
  for (const i of list) {
    const entity = resolve(lookup, i.entity);
    if (!entity) {
      out.push(
        diag('extract/unknown-table', `index on ${i.entity}, which no data model defines`, atOf(i.origin)),
      );
      continue;
    }
    const key = `${entity}|${i.columns.map(fieldKey).join(',')}|${i.unique}|${i.where ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push({ ...i, entity });
  }
  return kept;
}

function resolveDrawn(
  list: readonly RelationshipFact[],
  lookup: Map<string, string>,
  out: Diagnostic[],
): { kept: RelationshipFact[]; undefinedNames: { name: string; origin: Origin }[] } {
  const kept: RelationshipFact[] = [];
  const undefinedNames: { name: string; origin: Origin }[] = [];
  for (const r of list) {
    const from = resolve(lookup, r.from);
    const to = resolve(lookup, r.to);
    const through = r.through === undefined ? undefined : resolve(lookup, r.through);
    const missing = [from ? null : r.from, to ? null : r.to].filter((x): x is string => x !== null);
    if (missing.length > 0) {
      for (const name of missing) undefinedNames.push({ name, origin: r.origin });
      out.push(
        diag(
          'extract/unknown-entity-reference',
          `relationship ${r.from} – ${r.to}: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not defined by any data model`,
          atOf(r.origin),
        ),
      );
      continue;
    }
    const rel: RelationshipFact = { ...r, from: from!, to: to! };
    if (through) rel.through = through;
    kept.push(rel);
  }
  return { kept, undefinedNames };
}

/**
 * "Two names for one thing": entities from different notations whose field sets nearly coincide
 * (at least four fields, at least 80% shared by key) but whose names differ. Reported, not merged:
 * which name is meant is the author's call.
 */
function sameThingTwice(entities: readonly EntityFact[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Only entities with four fields or more can be compared: the pairs are taken among those alone
  // (in the same order), not among all entities (thousands of small ones on a 1 MB document, issue 12).
  const compared = entities
    .map((e) => ({
      e,
      keys: new Set(
        e.fields.map((f) => fieldKey(f.name)).filter((k) => !/^(id|createdat|updatedat)$/.test(k)),
      ),
    }))
    .filter((c) => c.keys.size >= 4);
  // Pairs of one notation are never compared: with a single notation there is no pair at all (every
  // pair of 3,000 SQL tables was walked only to be skipped, issue 19).
  if (new Set(compared.map((c) => c.e.notation)).size < 2) return out;
  for (let i = 0; i < compared.length; i++) {
    for (let j = i + 1; j < compared.length; j++) {
      const { e: a, keys: ka } = compared[i]!;
      const { e: b, keys: kb } = compared[j]!;
      if (a.notation === b.notation) continue;
      let shared = 0;
      for (const k of ka) if (kb.has(k)) shared++;
      if (shared / Math.max(ka.size, kb.size) < 0.8) continue;
      out.push(
        diag(
          'extract/possibly-same-entity',
          `${a.name} (${a.notation}, ${cite(a.origin)}) and ${b.name} (${b.notation}, ${cite(b.origin)}) share ${shared} fields: probably one entity under two names`,
          { ...atOf(b.origin), path: `entities.${b.name}` },
        ),
      );
    }
  }
  return out;
}
