import { type Diagnostic, diag } from '../../diagnostics/diagnostic.js';
import type { IndexFact } from '../../model/domain.js';
import { fromRule, type Origin } from '../../model/origin.js';
import type { SpecEntity, SpecField, SpecIndex } from '../../model/spec/data.js';
import { singularSnake, snake, unique } from './names.js';
import type { EntityIndex } from './resolve.js';
import { DATA_RULE } from './rules.js';

const at = (o: Origin) => (o.kind === 'source' ? { at: { file: o.file, line: o.line } } : {});

/** Columns people look rows up by (a URL slug, a code or barcode scanned at a desk, another system's id). */
const LOOKUP = /^(slug|code|sku|barcode|barcode_data|external_id|external_ref|[a-z0-9_]+_external_id)$/;
/** Login identifiers: looked up on the accounts table only, not wherever an email is stored. */
const LOGIN = /^(email|e_mail|email_address|username|user_name|login|handle)$/;
const ACCOUNT_TABLE = /(^|_)(users|accounts|members|customers|employees|profiles|admins|staff)$/;
const STRINGY = new Set(['string', 'text', 'email', 'url', 'phone']);
const STATUS = /^(status|state)$/;

interface Column {
  name: string;
  desc: boolean;
  opclass: string | null;
}

/** `updatedAt DESC`, `-updatedAt`, `name gin_trgm_ops`, `"customer.fullName"` → column parts. */
function parseColumn(written: string): Column {
  let w = written.trim().replace(/^["'`]|["'`]$/g, '');
  let desc = false;
  let opclass: string | null = null;
  if (w.startsWith('-')) {
    desc = true;
    w = w.slice(1);
  }
  const m = /^(.+?)\s+([a-z0-9_]+_ops)\b/i.exec(w);
  if (m) {
    w = m[1]!;
    opclass = m[2]!.toLowerCase();
  }
  const d = /^(.+?)\s+(asc|desc)(\s+nulls\s+(first|last))?$/i.exec(w);
  if (d) {
    w = d[1]!;
    desc = d[2]!.toLowerCase() === 'desc';
  }
  return { name: w.trim(), desc, opclass };
}

/**
 * Indexes: every stated one (with its line), every unique constraint, and by named rules an index
 * on each foreign key (PostgreSQL does not index referencing columns itself, docs §5.5.5), tenant +
 * status and tenant + created_at composites, and lookup fields (email, slug, codes, external ids).
 */
export function designIndexes(
  entities: SpecEntity[],
  stated: readonly IndexFact[],
  entityIndex: EntityIndex,
  reservedNames: Set<string>,
  diagnostics: Diagnostic[],
  documents = false,
): SpecIndex[] {
  const names = new Set(reservedNames);
  const perEntity = new Map<SpecEntity, SpecIndex[]>(entities.map((e) => [e, []]));
  const has = (e: SpecEntity, cols: string[], exact = false) =>
    [e.primaryKey, ...perEntity.get(e)!.map((i) => i.columns)].some((c) =>
      exact ? c.length === cols.length && cols.every((x, i) => c[i] === x) : cols.every((x, i) => c[i] === x),
    );
  const push = (e: SpecEntity, index: Omit<SpecIndex, 'name' | 'entity'> & { name?: string }) => {
    const base = snake(index.name ?? `idx_${e.table}_${index.columns.join('_')}`);
    perEntity.get(e)!.push({ ...index, entity: e.name, name: unique(base, names) });
  };

  for (const fact of stated) {
    const e = entityIndex.find(fact.entity);
    if (!e) {
      diagnostics.push(
        diag(
          'data/index-unknown-table',
          `index on ${fact.entity} names a table no data model defines: left out`,
          at(fact.origin),
        ),
      );
      continue;
    }
    const parts = fact.columns.map(parseColumn);
    const resolved = parts.map((p) => columnOf(e, p.name, documents));
    const fields = resolved.map((r) => r?.field ?? null);
    const missing = parts.filter((_, i) => !fields[i]).map((p) => p.name);
    if (missing.length > 0) {
      diagnostics.push(
        diag(
          'data/index-unknown-column',
          `index on ${e.table} (${fact.columns.join(', ')}) names ${missing.join(', ')}, not a column of ${e.table}: left out`,
          at(fact.origin),
        ),
      );
      continue;
    }
    const columns = resolved.map((r) => r!.column);
    if (
      perEntity
        .get(e)!
        .some(
          (i) =>
            i.columns.join() === columns.join() &&
            i.unique === fact.unique &&
            i.where === (fact.where ?? null),
        )
    )
      continue;
    const index: Parameters<typeof push>[1] = {
      columns,
      unique: fact.unique,
      method: fact.method?.toLowerCase() ?? null,
      opclasses: Object.fromEntries(parts.flatMap((p, i) => (p.opclass ? [[columns[i]!, p.opclass]] : []))),
      descending: parts.flatMap((p, i) => (p.desc ? [columns[i]!] : [])),
      where: fact.where ?? null,
      purpose: 'stated',
      constraint: null,
      origin: fact.origin,
    };
    // GIN/GiST have no default operator class for text (docs §11.2, §F.35): a stated trigram-style
    // index on a text column needs pg_trgm's class.
    if (index.method === 'gin' || index.method === 'gist')
      for (const [i, f] of fields.entries())
        if (STRINGY.has(f!.type.scalar) && !index.opclasses![columns[i]!]) {
          index.opclasses![columns[i]!] = `${index.method}_trgm_ops`;
          index.purpose = `stated; operator class by rule ${DATA_RULE.extensionTrigram}`;
        }
    const unfit = methodProblem(index.method, index.unique, fields as SpecField[]);
    if (unfit) {
      diagnostics.push(
        diag(
          'data/index-method-unsupported',
          `index on ${e.table} (${columns.join(', ')}) is stated as ${index.method}, but ${unfit}: it becomes a b-tree index`,
          at(fact.origin),
        ),
      );
      index.method = null;
      index.opclasses = {};
    }
    if (fact.name) index.name = fact.name;
    push(e, index);
  }

  for (const e of entities) {
    const rule = (columns: string[], purpose: string, id: string) =>
      push(e, {
        columns,
        unique: false,
        method: null,
        opclasses: {},
        descending: [],
        where: null,
        purpose,
        constraint: null,
        origin: fromRule(id),
      });
    for (const f of e.fields)
      if (f.unique && !f.primaryKey && !has(e, [f.column], true))
        push(e, {
          name: `${e.table}_${f.column}_key`,
          columns: [f.column],
          unique: true,
          method: null,
          opclasses: {},
          descending: [],
          where: null,
          purpose: 'unique constraint',
          constraint: 'unique',
          origin: f.inferred?.find((i) => i.aspect === 'unique')?.origin ?? f.origin,
        });
    for (const u of e.uniques)
      if (!has(e, u.columns, true))
        push(e, {
          name: u.name ?? `${e.table}_${u.columns.join('_')}_key`,
          columns: u.columns,
          unique: true,
          method: null,
          opclasses: {},
          descending: [],
          where: null,
          purpose: 'unique constraint',
          constraint: 'unique',
          origin: u.origin,
        });
    for (const f of e.fields)
      if (f.references && !has(e, [f.column]))
        rule([f.column], `foreign key → ${f.references.entity}`, DATA_RULE.indexForeignKey);
    const tenant = e.tenantColumn;
    if (tenant) {
      const status = e.fields.find(
        (f) =>
          f.column !== tenant &&
          (STATUS.test(f.column) || (f.type.scalar === 'enum' && f.column.endsWith('_status'))),
      );
      if (status && !has(e, [tenant, status.column]))
        rule([tenant, status.column], 'tenant + status filter', DATA_RULE.indexTenantStatus);
      if (e.appendOnly && e.fields.some((f) => f.column === 'created_at') && !has(e, [tenant, 'created_at']))
        rule([tenant, 'created_at'], 'tenant + date range', DATA_RULE.indexTenantCreated);
    }
    for (const f of e.fields) {
      if (f.unique || f.primaryKey || f.references) continue;
      const own = `${singularSnake(e.table)}_`;
      const lookup =
        LOOKUP.test(f.column) ||
        (f.column.startsWith(own) && /^(code|number|no|slug)$/.test(f.column.slice(own.length))) ||
        (LOGIN.test(f.column) && ACCOUNT_TABLE.test(e.table));
      if (!lookup) continue;
      const cols = tenant && tenant !== f.column ? [tenant, f.column] : [f.column];
      if (!has(e, cols) && !has(e, [f.column])) rule(cols, `lookup by ${f.column}`, DATA_RULE.indexLookup);
    }
  }
  return entities.flatMap((e) => perEntity.get(e)!);
}

/**
 * Why an access method cannot build this index (docs §11.2, §11.6): only b-tree enforces
 * uniqueness; hash takes one column; GIN needs jsonb, an array or trigrams; GiST needs trigrams
 * here; BRIN and SP-GiST are left to a person who knows the data.
 */
function methodProblem(method: string | null, unique: boolean, fields: SpecField[]): string | null {
  if (!method || method === 'btree') return null;
  if (unique) return 'only b-tree indexes can be unique';
  if (method === 'hash') return fields.length === 1 ? null : 'hash indexes take one column';
  const kinds = fields.map((f) => f.type.scalar);
  if (method === 'gin')
    return kinds.every((k) => k === 'json' || k === 'array' || STRINGY.has(k))
      ? null
      : 'GIN has no operator class for some of its columns';
  if (method === 'gist')
    return kinds.every((k) => STRINGY.has(k)) ? null : 'GiST has no operator class for some of its columns';
  if (method === 'text') return null;
  return `${method} is not an index method this tool designs`;
}

/**
 * A stated index column: a field, or in a document database a path into an object field
 * (`customer.fullName`, MongoDB manual "Indexes on Embedded Fields").
 */
function columnOf(
  e: SpecEntity,
  name: string,
  documents: boolean,
): { column: string; field: SpecField } | null {
  const field = fieldOf(e, name);
  if (field) return { column: field.column, field };
  const dot = name.indexOf('.');
  if (!documents || dot <= 0) return null;
  const parent = fieldOf(e, name.slice(0, dot));
  if (!parent || (parent.type.scalar !== 'json' && parent.type.scalar !== 'array')) return null;
  return { column: `${parent.column}${name.slice(dot)}`, field: parent };
}

function fieldOf(e: SpecEntity, name: string): SpecField | null {
  const col = snake(name);
  return (
    e.fields.find((f) => f.column === col || f.name === name || (col === 'id' && f.column === '_id')) ?? null
  );
}
