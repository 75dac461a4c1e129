import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import { compatibleFamily, SCALAR_FAMILY } from '../../knowledge/sql-types.js';
import type { EntityFact, FieldType } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import { noteInferred, ruleField } from './fields.js';
import { nameKey, singularSnake, snake, words } from './names.js';
import { type EntityIndex, fieldByName, primaryKeyField } from './resolve.js';
import { DATA_RULE, TIMESTAMP_COLUMNS } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

/** The key type the project uses: UUID when most stated keys are UUIDs, else an integer identity. */
export function keyConvention(facts: readonly EntityFact[]): 'uuid' | 'integer' {
  let uuid = 0;
  let integer = 0;
  for (const e of facts)
    for (const f of e.fields)
      if (f.primaryKey) {
        if (f.type.scalar === 'uuid') uuid++;
        else if (f.type.scalar === 'integer' || f.type.scalar === 'bigint') integer++;
      }
  return uuid > 0 && uuid >= integer ? 'uuid' : 'integer';
}

/**
 * A join table: its own key is the pair of references (stated composite key, or no key of its
 * own), and it holds little besides them (timestamps, at most one attribute such as `role`).
 */
export function looksLikeJoinTable(fact: EntityFact, entity: SpecEntity): boolean {
  const refs = fact.fields.filter((f) => f.references);
  if (refs.length < 2) return false;
  const ownKey = fact.fields.some((f) => f.primaryKey && !f.references);
  if (ownKey) return false;
  if (fact.primaryKey && fact.primaryKey.length >= 2) return true;
  if (entity.fields.some((f) => f.column === 'id')) return false;
  const others = entity.fields.filter(
    (f) =>
      !fact.fields.find((x) => snake(x.name) === f.column)?.references && !TIMESTAMP_COLUMNS.has(f.column),
  );
  return others.length <= 1;
}

/** Sets `primaryKey` on every entity: stated, the `id` field, the join pair, or an added `id`. */
export function assignPrimaryKey(
  entity: SpecEntity,
  fact: EntityFact | null,
  convention: 'uuid' | 'integer',
  mongodb: boolean,
): void {
  if (fact?.primaryKey && fact.primaryKey.length > 0) {
    entity.primaryKey = fact.primaryKey
      .map((c) => snake(c))
      .filter((c) => entity.fields.some((f) => f.column === c));
  } else {
    const stated = entity.fields.filter((f) => f.primaryKey);
    if (stated.length > 0) entity.primaryKey = stated.map((f) => f.column);
  }
  if (entity.primaryKey.length === 0) {
    const id = entity.fields.find((f) => f.column === 'id' || f.column === '_id');
    if (id) {
      entity.primaryKey = [id.column];
      noteInferred(id, 'primaryKey', fromRule(DATA_RULE.idIsPrimaryKey));
    } else if (entity.joinTable && fact) {
      // References are resolved after keys; the stated ones name the join pair.
      const pair = new Set(fact.fields.filter((f) => f.references).map((f) => snake(f.name)));
      entity.primaryKey = entity.fields.filter((f) => pair.has(f.column)).map((f) => f.column);
    } else {
      const origin = fromRule(mongodb ? DATA_RULE.mongoObjectId : DATA_RULE.addPrimaryKey);
      const type: FieldType = mongodb
        ? { scalar: 'string', raw: 'ObjectId' }
        : convention === 'uuid'
          ? { scalar: 'uuid' }
          : { scalar: 'integer', generated: true };
      const field = ruleField(
        'id',
        type,
        {
          primaryKey: true,
          readOnly: true,
          default: !mongodb && convention === 'uuid' ? 'gen_random_uuid()' : null,
        },
        origin,
      );
      if (mongodb) field.column = '_id';
      entity.fields.unshift(field);
      entity.primaryKey = [field.column];
    }
  }
  for (const f of entity.fields)
    if (entity.primaryKey.includes(f.column)) {
      if (entity.primaryKey.length === 1) f.primaryKey = true;
      if (f.nullable) {
        f.nullable = false;
        f.inferred = (f.inferred ?? []).filter((i) => i.aspect !== 'nullable');
        noteInferred(f, 'nullable', fromRule(DATA_RULE.notNullKey));
      }
      f.readOnly = f.readOnly || (entity.primaryKey.length === 1 && !f.references);
    }
}

/** The type a referencing column must have: the key's type, without identity generation. */
export function referencingType(key: SpecField): FieldType {
  const t: FieldType = { ...key.type };
  delete t.generated;
  if (t.raw && /serial/i.test(t.raw)) delete t.raw;
  return t;
}

/**
 * Resolves a stated reference (`REFERENCES labs(id)`, `FK to Customer`) to an entity and a key
 * column; fixes the referencing column's type to the key's type (PostgreSQL requires comparable
 * types for a foreign key, docs §5.5.5).
 */
export function resolveReference(
  entity: SpecEntity,
  field: SpecField,
  ref: { entity: string; field: string; onDelete?: string },
  index: EntityIndex,
  diagnostics: Diagnostic[],
): void {
  const target = index.find(ref.entity);
  const path = `entities.${entity.name}.fields.${field.column}`;
  if (!target) {
    diagnostics.push(
      diag(
        'data/unresolved-reference',
        `${entity.table}.${field.column} references "${ref.entity}", which no data model defines: kept as a plain column`,
        {
          ...at(field.origin),
          path,
        },
      ),
    );
    return;
  }
  const key = (ref.field ? fieldByName(target, ref.field) : null) ?? primaryKeyField(target);
  if (!key) {
    diagnostics.push(
      diag(
        'data/unresolved-reference',
        `${entity.table}.${field.column} references ${target.table}.${ref.field || 'id'}, which is not a column with a single-column key`,
        {
          ...at(field.origin),
          path,
        },
      ),
    );
    return;
  }
  if (!key.primaryKey && !key.unique) {
    // A foreign key must point at a primary key or unique column (PostgreSQL docs §5.5.5).
    key.unique = true;
    noteInferred(key, 'unique', fromRule(DATA_RULE.foreignKeyType));
  }
  const want = referencingType(key);
  const family = SCALAR_FAMILY[field.type.scalar];
  // Ids written as plain strings (`userId: string`) are the usual notation for a key: no warning;
  // nor for a column written only as a reference (`animal_id — FK to animals`), which states no type.
  if (
    family !== 'string' &&
    field.type.raw !== 'reference' &&
    family !== SCALAR_FAMILY[want.scalar] &&
    !compatibleFamily(want.scalar, family)
  ) {
    diagnostics.push(
      diag(
        'data/foreign-key-type-mismatch',
        `${entity.table}.${field.column} is ${field.type.raw ?? field.type.scalar} but references ${target.table}.${key.column} (${key.type.raw ?? key.type.scalar}): the column takes the key's type`,
        {
          ...at(field.origin),
          path,
        },
      ),
    );
    noteInferred(field, 'type', fromRule(DATA_RULE.foreignKeyType));
  }
  field.type = want;
  field.readOnly = false;
  field.references = { entity: target.name, field: key.column, onDelete: ref.onDelete ?? '' };
}

/** `user_id`/`userId` → the entity it names (`users`), for documents that do not state the FK. */
export function entityNamedBy(column: string, index: EntityIndex): SpecEntity | null {
  const m = /^(.+)_id$/.exec(column);
  if (!m) return null;
  return index.find(m[1]!);
}

const OWNED_SUFFIXES =
  /^(item|items|line|lines|entry|entries|detail|details|value|values|parameter|parameters|option|options|step|steps|part|parts|member|members|version|versions|attachment|attachments|variant|variants|setting|settings)$/;

/**
 * ON DELETE by ownership (PostgreSQL docs §5.5.5): a join row or a part of its parent
 * (`order_items` of `orders`, `subtasks` of `tasks`) goes with it (cascade); an optional link is
 * cleared (set null); a required link to a shared or lookup row blocks the delete (restrict).
 * A stated ON DELETE always wins.
 */
export function chooseOnDelete(entity: SpecEntity, field: SpecField, target: SpecEntity): void {
  const ref = field.references;
  if (!ref || ref.onDelete) return;
  let rule: string;
  if (entity.joinTable) {
    ref.onDelete = 'cascade';
    rule = DATA_RULE.onDeleteJoinTable;
  } else if (isOwnedBy(entity, target, field)) {
    ref.onDelete = 'cascade';
    rule = DATA_RULE.onDeleteOwnedChild;
  } else if (field.nullable) {
    ref.onDelete = 'set null';
    rule = DATA_RULE.onDeleteOptional;
  } else {
    ref.onDelete = 'restrict';
    rule = DATA_RULE.onDeleteShared;
  }
  noteInferred(field, 'onDelete', fromRule(rule));
}

function isOwnedBy(child: SpecEntity, parent: SpecEntity, field: SpecField): boolean {
  if (field.nullable || child === parent) return false;
  const c = words(singularSnake(child.table));
  const p = words(singularSnake(parent.table));
  const pk = nameKey(parent.table);
  // `order_items` → `orders`, `rate_card_items` → `rate_cards`: the child's name is the parent's plus a part noun.
  if (
    c.length > p.length &&
    p.every((w, i) => c[i] === w) &&
    OWNED_SUFFIXES.test(c.slice(p.length).join('_'))
  )
    return true;
  // `subtasks` → `tasks`: a sub-record of its parent kind.
  if (c.length === 1 && c[0] === `sub${p.join('')}`) return true;
  // The child's key includes the reference (identifying relationship).
  if (child.primaryKey.length > 1 && child.primaryKey.includes(field.column)) return true;
  return nameKey(child.table) === `${pk}item`;
}
