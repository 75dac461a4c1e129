import { boundedName } from '../../knowledge/sql-types.js';
import type { SpecEntity, SpecField } from '../../model/spec/data.js';
import type { Spec } from '../../model/spec/index.js';
import { entityNamed } from '../entity-named.js';
import type { SqlDialectWriter, Statement } from './dialect.js';
import { isOneExpression, sqlComment } from './identifiers.js';

/**
 * Tables in dependency order: a table comes after every table it references. A cycle is broken at
 * the first remaining table in document order; its references to tables not yet created become
 * `ALTER TABLE ... ADD CONSTRAINT` after all tables (PostgreSQL docs, ALTER TABLE), or stay inline
 * where the dialect does not check references at creation (SQLite).
 */
export function orderTables(spec: Spec): { order: SpecEntity[]; deferred: Set<SpecField> } {
  // The same choice as taking, at each step, the first remaining table whose targets all exist,
  // made without rescanning the remaining tables (that grew with tables², issue 19): each table
  // counts the targets it still waits for, and the tables waiting for none are kept in a min-heap
  // of model positions.
  const entities = spec.entities;
  const created = new Set<string>();
  const order: SpecEntity[] = [];
  const deferred = new Set<SpecField>();
  const targets = (e: SpecEntity) => e.fields.filter((f) => f.references && f.references.entity !== e.name);
  const waitingFor = entities.map((e) => new Set(targets(e).map((f) => f.references!.entity)));
  const waiters = new Map<string, number[]>();
  waitingFor.forEach((names, i) => {
    for (const name of names) {
      const list = waiters.get(name);
      if (list) list.push(i);
      else waiters.set(name, [i]);
    }
  });
  const removed = new Array<boolean>(entities.length).fill(false);
  const ready = new MinHeap();
  waitingFor.forEach((names, i) => {
    if (names.size === 0) ready.push(i);
  });
  let firstRemaining = 0;
  for (let left = entities.length; left > 0; left--) {
    let i = ready.pop();
    if (i === undefined) {
      while (removed[firstRemaining]) firstRemaining++;
      i = firstRemaining;
      for (const f of targets(entities[i]!)) if (!created.has(f.references!.entity)) deferred.add(f);
    }
    removed[i] = true;
    const e = entities[i]!;
    order.push(e);
    if (created.has(e.name)) continue;
    created.add(e.name);
    for (const j of waiters.get(e.name) ?? []) {
      waitingFor[j]!.delete(e.name);
      if (waitingFor[j]!.size === 0 && !removed[j]) ready.push(j);
    }
  }
  return { order, deferred };
}

/** A binary min-heap of model positions. */
class MinHeap {
  private readonly items: number[] = [];

  push(n: number): void {
    const a = this.items;
    a.push(n);
    for (let i = a.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (a[up]! <= a[i]!) break;
      [a[up], a[i]] = [a[i]!, a[up]!];
      i = up;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

export const fkName = (e: SpecEntity, f: SpecField) => boundedName(`${e.table}_${f.column}_fkey`);

function foreignKey(w: SqlDialectWriter, spec: Spec, e: SpecEntity, f: SpecField): string | null {
  const ref = f.references!;
  const target = entityNamed(spec, ref.entity);
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
  if (check && isOneExpression(check)) parts.push(`CHECK (${check})`);
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
      `CONSTRAINT ${w.quote(boundedName(u.name ?? `${e.table}_${u.columns.join('_')}_key`))} UNIQUE (${u.columns.map((c) => w.quote(c)).join(', ')})`,
    );
  // A stated constraint name is kept unless the table already uses it (names are per table).
  const used = new Set(e.uniques.map((u) => u.name).filter(Boolean));
  for (const [i, c] of e.checks.entries())
    if (isOneExpression(c.expression)) {
      const name = c.name && !used.has(c.name) ? c.name : `${e.table}_check_${i + 1}`;
      used.add(name);
      lines.push(`CONSTRAINT ${w.quote(boundedName(name))} CHECK (${c.expression})`);
    }
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
  // The first entity of each name (as `find` gave), looked up once per index, not found by a scan.
  const byName = new Map<string, SpecEntity>();
  for (const e of spec.entities) if (!byName.has(e.name)) byName.set(e.name, e);
  for (const i of spec.database.indexes) {
    if (i.constraint) continue;
    const e = byName.get(i.entity);
    const sql = e ? w.index(i, e, spec) : null;
    if (sql) out.push({ kind: 'index', entity: i.entity, sql });
  }
  return out;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The database names as products call themselves, for a stated version ("PostgreSQL 16"). */
export const DATABASE_NAMES: Record<Spec['database']['dialects'][number], string> = {
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  sqlite: 'SQLite',
  mongodb: 'MongoDB',
};

/**
 * The database a schema is written for: the primary one at the version the stack states, else the
 * oldest release the schema runs on (the writer's label).
 */
export function statedDatabase(spec: Spec, dialect: Spec['database']['dialects'][number]): string | null {
  const version = spec.database.version;
  return version && spec.database.dialects[0] === dialect ? `${DATABASE_NAMES[dialect]} ${version}` : null;
}

/** The schema file: a header saying what generated it and for which dialect, then the statements. */
export function renderSchema(w: SqlDialectWriter, spec: Spec): string {
  const hit = schemaMemo?.get(spec)?.get(w);
  if (hit !== undefined) return hit;
  const text = schemaText(w, spec, schemaStatements(w, spec));
  if (schemaMemo) {
    const byWriter = schemaMemo.get(spec);
    if (byWriter) byWriter.set(w, text);
    else schemaMemo.set(spec, new Map([[w, text]]));
  }
  return text;
}

/**
 * The schema texts written during one `withSchemaMemo` run, per spec and writer: schema.sql and
 * the initial migration's up script are the same text (migrations.ts), and were built twice.
 */
let schemaMemo: WeakMap<Spec, Map<SqlDialectWriter, string>> | null = null;

/** Runs `run` with each spec's schema text written once per writer (the artifacts of one render). */
export function withSchemaMemo<T>(run: () => T): T {
  const outer = schemaMemo;
  schemaMemo = new WeakMap();
  try {
    return run();
  } finally {
    schemaMemo = outer;
  }
}

/**
 * The file `renderSchema` writes, from statements `schemaStatements` already gave for this spec:
 * the PostgreSQL verifier needs both and built the statements twice (issue 19).
 */
export function schemaText(w: SqlDialectWriter, spec: Spec, statements: readonly Statement[]): string {
  const header = [
    `-- ${sqlComment(spec.project.name)}: database schema (${statedDatabase(spec, w.dialect) ?? w.label})`,
    '-- Generated by backend-spec from the planning documents; regenerate instead of editing.',
    `-- ${count(spec.entities.length, 'table')}, ${count(spec.database.indexes.length, 'index', 'indexes')} (including unique constraints).`,
  ];
  const body = statements.map((s) => s.sql);
  return `${[header.join('\n'), ...body].join('\n\n')}\n`;
}
