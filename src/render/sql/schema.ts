import { boundedName } from '../../knowledge/sql-types.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import type { SqlDialectWriter, Statement } from './dialect.js';
import { isOneExpression, sqlComment } from './identifiers.js';

/**
 * Tables in dependency order: a table comes after every table it references. A cycle is broken at
 * the first remaining table in document order; its references to tables not yet created become
 * `ALTER TABLE ... ADD CONSTRAINT` after all tables (PostgreSQL docs, ALTER TABLE), or stay inline
 * where the dialect does not check references at creation (SQLite).
 */
export function orderTables(spec: Spec): { order: SpecEntity[]; deferred: Set<SpecField> } {
  const remaining = [...spec.entities];
  const created = new Set<string>();
  const order: SpecEntity[] = [];
  const deferred = new Set<SpecField>();
  const targets = (e: SpecEntity) => e.fields.filter((f) => f.references && f.references.entity !== e.name);
  while (remaining.length > 0) {
    let i = remaining.findIndex((e) => targets(e).every((f) => created.has(f.references!.entity)));
    if (i < 0) {
      i = 0;
      for (const f of targets(remaining[0]!)) if (!created.has(f.references!.entity)) deferred.add(f);
    }
    const [e] = remaining.splice(i, 1);
    order.push(e!);
    created.add(e!.name);
  }
  return { order, deferred };
}

export const fkName = (e: SpecEntity, f: SpecField) => boundedName(`${e.table}_${f.column}_fkey`);

function foreignKey(w: SqlDialectWriter, spec: Spec, e: SpecEntity, f: SpecField): string | null {
  const ref = f.references!;
  const target = spec.entities.find((x) => x.name === ref.entity);
  if (!target) return null;
  const action = ref.onDelete ? ` ON DELETE ${ref.onDelete.toUpperCase()}` : '';
  return `CONSTRAINT ${w.quote(fkName(e, f))} FOREIGN KEY (${w.quote(f.column)}) REFERENCES ${w.quote(target.table)} (${w.quote(ref.field)})${action}`;
}

function column(w: SqlDialectWriter, spec: Spec, e: SpecEntity, f: SpecField): string {
  const parts = [w.quote(f.column), w.columnType(f, e, spec)];
  const singlePk = e.primaryKey.length === 1 && e.primaryKey[0] === f.column;
  if (singlePk) parts.push('PRIMARY KEY');
  else if (!f.nullable) parts.push('NOT NULL');
  const identity = w.identity(f, e);
  if (identity) parts.push(identity);
  // Expressions were vetted from a parse tree (./guard.ts); anything that still is not lexically
  // one expression (a spec built by hand) is left out rather than printed.
  // A stored generated column has no default: the database computes it (PostgreSQL, MySQL and
  // SQLite share the spelling).
  const def = f.computed ? null : w.defaultSql(f, e, spec);
  if (f.computed && isOneExpression(f.computed)) parts.push(`GENERATED ALWAYS AS (${f.computed}) STORED`);
  if (def !== null && isOneExpression(def)) parts.push(`DEFAULT ${def}`);
  if (f.unique && !singlePk) parts.push('UNIQUE');
  const check = w.columnCheck(f);
  if (check) parts.push(`CHECK (${check})`);
  if (f.check && isOneExpression(f.check)) parts.push(`CHECK (${f.check})`);
  return parts.join(' ');
}

export function createTable(
  w: SqlDialectWriter,
  spec: Spec,
  e: SpecEntity,
  deferred: Set<SpecField>,
): string {
  const lines = e.fields.map((f) => column(w, spec, e, f));
  if (e.primaryKey.length > 1) lines.push(`PRIMARY KEY (${e.primaryKey.map((c) => w.quote(c)).join(', ')})`);
  for (const u of e.uniques)
    lines.push(
      `CONSTRAINT ${w.quote(boundedName(`${e.table}_${u.columns.join('_')}_key`))} UNIQUE (${u.columns.map((c) => w.quote(c)).join(', ')})`,
    );
  for (const [i, c] of e.checks.entries())
    if (isOneExpression(c.expression))
      lines.push(`CONSTRAINT ${w.quote(boundedName(`${e.table}_check_${i + 1}`))} CHECK (${c.expression})`);
  for (const f of e.fields)
    if (f.references && (!deferred.has(f) || !w.alterAddsForeignKeys)) {
      const fk = foreignKey(w, spec, e, f);
      if (fk) lines.push(fk);
    }
  return `CREATE TABLE ${w.quote(e.table)} (\n${lines.map((l) => `  ${l}`).join(',\n')}\n)${w.tableOptions};`;
}

/** Every statement of the schema, in the order it must run. */
export function schemaStatements(w: SqlDialectWriter, spec: Spec): Statement[] {
  const { order, deferred } = orderTables(spec);
  const out: Statement[] = [...w.preamble(spec)];
  for (const e of order) out.push({ kind: 'table', entity: e.name, sql: createTable(w, spec, e, deferred) });
  if (w.alterAddsForeignKeys)
    for (const e of order)
      for (const f of e.fields)
        if (deferred.has(f)) {
          const fk = foreignKey(w, spec, e, f);
          if (fk)
            out.push({
              kind: 'foreign-key',
              entity: e.name,
              sql: `ALTER TABLE ${w.quote(e.table)} ADD ${fk};`,
            });
        }
  for (const i of spec.database.indexes) {
    if (i.constraint) continue;
    const e = spec.entities.find((x) => x.name === i.entity);
    const sql = e ? w.index(i, e, spec) : null;
    if (sql) out.push({ kind: 'index', entity: i.entity, sql });
  }
  return out;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The schema file: a header saying what generated it and for which dialect, then the statements. */
export function renderSchema(w: SqlDialectWriter, spec: Spec): string {
  const header = [
    `-- ${sqlComment(spec.project.name)}: database schema (${w.label})`,
    '-- Generated by backend-spec from the planning documents; regenerate instead of editing.',
    `-- ${count(spec.entities.length, 'table')}, ${count(spec.database.indexes.length, 'index', 'indexes')} (including unique constraints).`,
  ];
  const body = schemaStatements(w, spec).map((s) => s.sql);
  return `${[header.join('\n'), ...body].join('\n\n')}\n`;
}
