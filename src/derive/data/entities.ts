import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import type { Domain, EntityFact, Notation } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import { fieldFromFact, noteInferred, ruleField } from './fields.js';
import {
  assignPrimaryKey,
  chooseOnDelete,
  entityNamedBy,
  keyConvention,
  looksLikeJoinTable,
  resolveReference,
} from './keys.js';
import { snake, tableName, unique } from './names.js';
import { addRelationshipKeys } from './relationship-keys.js';
import { EntityIndex } from './resolve.js';
import { DATA_RULE } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

/** Notations whose CHECK expressions are SQL and can go into the schema as written. */
const SQL_NOTATIONS = new Set<Notation>(['sql', 'prisma', 'dbml', 'migration']);

const APPEND_ONLY_NAME =
  /(^|_)(audit|audits|audit_log|log|logs|event|events|ledger|ledgers|history|histories|journal|journals|movement|movements|activity_log|changelog)$/;
const SOFT_DELETE_TEXT = /soft[- ]delet/i;
const USER_LIKE = /^(user|users|person|people|member|members|profile|profiles|employee|employees)$/;

/**
 * Domain entities → designed entities: fields, keys, references with ON DELETE, timestamps,
 * tenant column, append-only and join-table flags, and the validation each field implies.
 */
export function designEntities(domain: Domain, mongodb: boolean, diagnostics: Diagnostic[]): SpecEntity[] {
  const tables = new Set<string>();
  const names = new Set<string>();
  const facts = new Map<SpecEntity, EntityFact>();
  const writtenAs = new Map<SpecEntity, string>();
  const entities: SpecEntity[] = [];
  for (const fact of domain.entities) {
    if (names.has(fact.name)) {
      diagnostics.push(
        diag(
          'data/duplicate-entity',
          `entity ${fact.name} is defined twice: the second definition is ignored`,
          at(fact.origin),
        ),
      );
      continue;
    }
    names.add(fact.name);
    const entity = baseEntity(fact, tables, diagnostics);
    facts.set(entity, fact);
    writtenAs.set(entity, fact.writtenAs);
    entities.push(entity);
  }
  const index = new EntityIndex(entities, writtenAs);
  const throughNames = new Set(
    domain.relationships
      .filter((r) => r.kind === 'many-to-many' && r.through)
      .map((r) => index.find(r.through!)),
  );
  for (const e of entities) {
    e.joinTable = throughNames.has(e) || looksLikeJoinTable(facts.get(e)!, e);
  }
  // Rule derive/add-primary-key: a key the documents do not state is a UUID, not a guessable
  // sequence (OWASP API1:2023), even in a project whose stated keys are integers; it follows the
  // project's integer convention only where a stated column already refers to the entity with an
  // integer, so no stated column changes type.
  const convention = keyConvention(domain.entities);
  const integerReferenced = new Set<SpecEntity>();
  for (const e of entities)
    for (const ff of facts.get(e)?.fields ?? []) {
      if (!/^(?:integer|bigint|smallint)$/.test(ff.type.scalar)) continue;
      const target = ff.references ? index.find(ff.references.entity) : entityNamedBy(snake(ff.name), index);
      if (target) integerReferenced.add(target);
    }
  for (const e of entities)
    assignPrimaryKey(
      e,
      facts.get(e) ?? null,
      convention === 'integer' && integerReferenced.has(e) ? 'integer' : 'uuid',
      mongodb,
    );

  // References: stated ones first, then `<entity>_id` columns where the notation has no FK syntax.
  for (const e of entities) {
    const fact = facts.get(e)!;
    for (const ff of fact.fields) {
      const field = e.fields.find((f) => f.column === snake(ff.name));
      if (!field || !ff.references) continue;
      resolveReference(e, field, ff.references, index, diagnostics);
    }
    if (!SQL_NOTATIONS.has(fact.notation))
      for (const field of e.fields) {
        if (field.references || field.primaryKey) continue;
        const target = entityNamedBy(field.column, index);
        if (!target) continue;
        resolveReference(e, field, { entity: target.name, field: '' }, index, diagnostics);
        if (field.references) noteInferred(field, 'references', fromRule(DATA_RULE.foreignKeyByName));
      }
  }
  const all = [...entities, ...addRelationshipKeys(domain, entities, index, diagnostics)];
  for (const e of all)
    for (const f of e.fields) {
      const target = f.references ? index.find(f.references.entity) : null;
      if (target) chooseOnDelete(e, f, target);
    }
  for (const e of all) finishEntity(e, facts.get(e) ?? null);
  markTenant(all, statedTenant(domain));
  return all;
}

/** The tenant column the documents state, when they state one. */
function statedTenant(domain: Domain): { column: string; origin: Origin } | null {
  for (const f of domain.securityFacts ?? [])
    if (f.kind === 'tenant-column') return { column: f.column, origin: f.origin };
  return null;
}

function baseEntity(fact: EntityFact, tables: Set<string>, diagnostics: Diagnostic[]): SpecEntity {
  const wanted = fact.table ? snake(fact.table) : tableName(fact.name);
  const table = unique(wanted, tables);
  if (table !== wanted)
    diagnostics.push(
      diag(
        'data/duplicate-table',
        `table name ${wanted} is used by two entities: ${fact.name} gets ${table}`,
        at(fact.origin),
      ),
    );
  const sqlChecks = SQL_NOTATIONS.has(fact.notation);
  const fields: SpecEntity['fields'] = [];
  for (const ff of fact.fields) {
    const field = fieldFromFact(
      ff,
      fact.name,
      diagnostics,
      fact.notation === 'sql' ||
        fact.notation === 'dbml' ||
        fact.notation === 'drizzle' ||
        fact.notation === 'migration',
    );
    if (fields.some((f) => f.column === field.column)) {
      diagnostics.push(
        diag(
          'data/duplicate-field',
          `${table}.${field.column} is defined twice: the second definition is ignored`,
          at(ff.origin),
        ),
      );
      continue;
    }
    if (field.check && !sqlChecks) {
      field.validation = [{ rule: 'business', detail: field.check, origin: ff.origin }];
      field.check = null;
    }
    fields.push(field);
  }
  const uniques: SpecEntity['uniques'] = [];
  for (const cols of fact.uniques) {
    const columns = cols.map((c) => snake(c)).filter((c) => fields.some((f) => f.column === c));
    if (columns.length === 1) fields.find((f) => f.column === columns[0])!.unique = true;
    else if (columns.length > 1) {
      // The line that states it and the name it is given, when the notation says (gorm uniqueIndex).
      const stated = fact.uniqueSources?.find(
        (u) => u.columns.length === cols.length && u.columns.every((c, i) => c === cols[i]),
      );
      uniques.push({
        columns,
        origin: stated?.origin ?? fact.origin,
        ...(stated?.name ? { name: stated.name } : {}),
      });
    }
  }
  return {
    name: fact.name,
    table,
    description: fact.description ?? null,
    fields,
    primaryKey: [],
    uniques,
    checks: fact.checks
      .filter((c) => sqlChecks || c.sql)
      .map((c) => ({ expression: c.expression, origin: c.origin, ...(c.name ? { name: c.name } : {}) })),
    softDelete: false,
    tenantColumn: null,
    appendOnly: false,
    joinTable: false,
    notation: fact.notation,
    origin: fact.origin,
    seenIn: [...fact.seenIn],
    ...(fact.aliases?.length ? { aliases: fact.aliases.map((a) => ({ ...a })) } : {}),
  };
}

/**
 * Creation and update timestamps as the documents name them in any language: a stated one takes
 * the place of the default `created_at` / `updated_at` (never both). Accents are ignored
 * (`fecha_creación`, `creata_il`, `aangemaakt_op`).
 */
const CREATED_COLUMN =
  /^(created(_(at|on|date|time|ts))?|creation_(date|time)|date_created|inserted_at|creado(_(en|el))?|fecha_(de_)?(creacion|alta|registro)|criado(_em)?|data_(de_)?criacao|cree_le|date_(de_)?creation|erstellt(_am)?|erstellungs(datum|zeit)|angelegt(_am)?|creat[oa](_il)?|data_(di_)?creazione|aangemaakt(_op)?|aanmaakdatum)$/;
const UPDATED_COLUMN =
  /^(updated(_(at|on|date|time|ts))?|modified(_(at|on))?|last_modified(_at)?|actualizado(_(en|el))?|fecha_(de_)?(actualizacion|modificacion)|atualizado(_em)?|data_(de_)?atualizacao|modifie_le|mis_a_jour_le|date_(de_)?modification|geaendert(_am)?|geandert(_am)?|aktualisiert(_am)?|aggiornat[oa](_il)?|modificat[oa](_il)?|data_(di_)?modifica|gewijzigd(_op)?|bijgewerkt(_op)?|laatst_gewijzigd(_op)?)$/;
const plainColumn = (c: string) =>
  c
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const isTimestamp = (f: SpecField) => f.type.scalar === 'datetime' || f.type.scalar === 'date';
export const isCreatedColumn = (f: SpecField) => isTimestamp(f) && CREATED_COLUMN.test(plainColumn(f.column));
export const isUpdatedColumn = (f: SpecField) => isTimestamp(f) && UPDATED_COLUMN.test(plainColumn(f.column));

/** Timestamps (the workflow's step 1 asks for created_at/updated_at), soft delete, append-only. */
function finishEntity(e: SpecEntity, fact: EntityFact | null): void {
  const text = `${e.description ?? ''} ${fact?.description ?? ''}`;
  // A log-like table name, or a note the statement layer read as "rows are never changed".
  e.appendOnly = !e.joinTable && (APPEND_ONLY_NAME.test(e.table) || fact?.appendOnly === true);
  const has = (c: string) => e.fields.some((f) => f.column === c || f.column === c.replace(/_/g, ''));
  const ts = (name: string, rule: string, nullable = false) =>
    ruleField(
      name,
      { scalar: 'datetime' },
      { nullable, default: nullable ? null : 'now()', readOnly: true },
      fromRule(rule),
    );
  // A notation that states the table keeps no times (Sequelize `timestamps: false`) beats the default.
  const stamped = !e.joinTable && !fact?.noTimestamps;
  if (stamped && !has('created_at') && !e.fields.some(isCreatedColumn))
    e.fields.push(ts('created_at', DATA_RULE.createdAt));
  if (stamped && !e.appendOnly && !has('updated_at') && !e.fields.some(isUpdatedColumn))
    e.fields.push(ts('updated_at', DATA_RULE.updatedAt));
  if (has('deleted_at') || has('is_deleted')) e.softDelete = true;
  else if (SOFT_DELETE_TEXT.test(text)) {
    e.softDelete = true;
    e.fields.push(ts('deleted_at', DATA_RULE.softDelete, true));
  }
  systemDefaults(e, fact);
}

/**
 * Values the database should fill in when the documents name the column but not how it is set:
 * a UUID key gets `gen_random_uuid()` (built in from PostgreSQL 13, docs §9.14), an integer key
 * written outside SQL becomes an identity, and a required created_at/updated_at gets `now()`.
 */
function systemDefaults(e: SpecEntity, fact: EntityFact | null): void {
  const rule = fromRule(DATA_RULE.systemDefault);
  for (const f of e.fields) {
    if (f.default !== null || f.references || f.type.generated) continue;
    const key = e.primaryKey.length === 1 && e.primaryKey[0] === f.column;
    if (key && f.type.scalar === 'uuid' && !/objectid/i.test(f.type.raw ?? '')) {
      f.default = 'gen_random_uuid()';
      noteInferred(f, 'default', rule);
    } else if (
      key &&
      (f.type.scalar === 'integer' || f.type.scalar === 'bigint') &&
      fact &&
      fact.notation !== 'sql'
    ) {
      f.type = { ...f.type, generated: true };
      noteInferred(f, 'identity', rule);
    } else if (!f.nullable && f.type.scalar === 'datetime' && (isCreatedColumn(f) || isUpdatedColumn(f))) {
      f.default = 'now()';
      f.readOnly = true;
      noteInferred(f, 'default', rule);
    }
  }
}

/**
 * Multi-tenancy: when most tables reference one entity that is not a user (`lab_id` on 22 of 23
 * tables), that column is the tenant scope every query filters on (OWASP ASVS V4.2.1: object-level
 * access checks), and the composite indexes lead with it.
 */
function markTenant(entities: SpecEntity[], stated: { column: string; origin: Origin } | null): void {
  // A stated tenant column ("every organization-owned row carries `organization_id`") marks every
  // table that has it as a reference, however few they are.
  if (stated) {
    const scoped = entities.filter((e) =>
      e.fields.some((f) => f.column === stated.column && f.references && f.references.entity !== e.name),
    );
    if (scoped.length > 0) {
      for (const e of scoped) {
        e.tenantColumn = stated.column;
        noteInferred(e.fields.find((x) => x.column === stated.column)!, 'tenant', stated.origin);
      }
      return;
    }
  }
  const counts = new Map<string, { column: string; entities: SpecEntity[] }>();
  const candidates = entities.filter((e) => !e.joinTable);
  for (const e of candidates)
    for (const f of e.fields) {
      if (!f.references || f.nullable) continue;
      const key = `${f.references.entity}|${f.column}`;
      const c = counts.get(key) ?? { column: f.column, entities: [] };
      if (!c.entities.includes(e)) c.entities.push(e);
      counts.set(key, c);
    }
  let best: { target: string; column: string; entities: SpecEntity[] } | null = null;
  // The first entity of each name, and the candidates as a set: a find and a filter over every
  // entity per referenced column grew with entities × foreign keys (issue 19).
  const byName = new Map<string, SpecEntity>();
  for (const e of entities) if (!byName.has(e.name)) byName.set(e.name, e);
  const candidateSet = new Set(candidates);
  for (const [key, c] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const target = key.split('|')[0]!;
    const targetEntity = byName.get(target);
    if (!targetEntity || USER_LIKE.test(targetEntity.table)) continue;
    const others = candidates.length - (candidateSet.has(targetEntity) ? 1 : 0);
    if (
      c.entities.length >= 3 &&
      c.entities.length * 2 > others &&
      (!best || c.entities.length > best.entities.length)
    )
      best = { target, column: c.column, entities: c.entities };
  }
  if (!best) return;
  for (const e of best.entities) {
    e.tenantColumn = best.column;
    const f = e.fields.find((x) => x.column === best.column)!;
    noteInferred(f, 'tenant', fromRule(DATA_RULE.tenantColumn));
  }
}
