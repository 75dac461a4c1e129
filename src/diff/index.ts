import type { SpecEntity, SpecField } from '../model/spec/data.js';
import type { Spec } from '../model/spec/index.js';
import { postgresql as w } from '../render/sql/postgresql.js';
import { createTable, orderTables } from '../render/sql/schema.js';

/** One migration step; `destructive` steps can lose data and are flagged in the SQL. */
export interface MigrationStep {
  sql: string;
  destructive: boolean;
  /** Why the step is shaped as it is (expand/contract, backfill), when it needs saying. */
  note: string | null;
}

export interface SpecDiff {
  up: MigrationStep[];
  down: MigrationStep[];
}

/**
 * The PostgreSQL migration between two spec.json models, both directions (down is the diff from
 * new to old). Order (PostgreSQL needs each object before its dependants): enum types, new tables
 * in dependency order, added columns, changed columns, indexes; then the contract phase: dropped
 * indexes, columns, tables (reverse dependency order) and enum types. Type changes and renames
 * follow expand/contract (deploy code that reads both shapes before the contract step).
 */
export function diffSpecs(from: Spec, to: Spec): SpecDiff {
  return { up: steps(from, to), down: steps(to, from) };
}

const q = (s: string) => w.quote(s);
const byTable = (spec: Spec) => new Map(spec.entities.map((e) => [e.table, e]));

function columnDef(spec: Spec, e: SpecEntity, f: SpecField, withNotNull: boolean): string {
  const parts = [q(f.column), w.columnType(f, e, spec)];
  if (!f.nullable && withNotNull) parts.push('NOT NULL');
  const def = w.defaultSql(f, e, spec);
  if (def !== null) parts.push(`DEFAULT ${def}`);
  if (f.unique && !f.primaryKey) parts.push('UNIQUE');
  if (f.check) parts.push(`CHECK (${f.check})`);
  if (f.references) {
    const target = spec.entities.find((x) => x.name === f.references!.entity);
    if (target)
      parts.push(
        `REFERENCES ${q(target.table)} (${q(f.references.field)})${f.references.onDelete ? ` ON DELETE ${f.references.onDelete.toUpperCase()}` : ''}`,
      );
  }
  return parts.join(' ');
}

function steps(from: Spec, to: Spec): MigrationStep[] {
  const out: MigrationStep[] = [];
  const step = (sql: string, destructive = false, note: string | null = null) =>
    out.push({ sql, destructive, note });
  const oldTables = byTable(from);
  const newTables = byTable(to);
  const oldEnums = new Map(from.database.enums.map((e) => [e.name, e.values]));
  const newEnums = new Map(to.database.enums.map((e) => [e.name, e.values]));

  // Expand: enum types and values.
  for (const [name, values] of newEnums) {
    const old = oldEnums.get(name);
    if (!old)
      step(`CREATE TYPE ${q(name)} AS ENUM (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')});`);
    else
      for (const v of values.filter((x) => !old.includes(x)))
        step(`ALTER TYPE ${q(name)} ADD VALUE IF NOT EXISTS '${v.replace(/'/g, "''")}';`);
  }
  // New tables, in the new model's dependency order; references among them that form a cycle
  // are added after every table exists.
  const { order, deferred } = orderTables(to);
  const created = order.filter((e) => !oldTables.has(e.table));
  for (const e of created) step(createTable(w, to, e, deferred));
  for (const e of created)
    for (const f of e.fields)
      if (deferred.has(f) && f.references) {
        const target = to.entities.find((x) => x.name === f.references!.entity)!;
        step(
          `ALTER TABLE ${q(e.table)} ADD CONSTRAINT ${q(`${e.table}_${f.column}_fkey`)} FOREIGN KEY (${q(f.column)}) REFERENCES ${q(target.table)} (${q(f.references.field)})${f.references.onDelete ? ` ON DELETE ${f.references.onDelete.toUpperCase()}` : ''};`,
        );
      }
  // Columns of tables in both models.
  const contract: MigrationStep[] = [];
  for (const e of to.entities) {
    const old = oldTables.get(e.table);
    if (!old) continue;
    const oldCols = new Map(old.fields.map((f) => [f.column, f]));
    const newCols = new Map(e.fields.map((f) => [f.column, f]));
    const added = e.fields.filter((f) => !oldCols.has(f.column));
    const dropped = old.fields.filter((f) => !newCols.has(f.column));
    for (const f of added) {
      const needsBackfill = !f.nullable && w.defaultSql(f, e, to) === null;
      if (needsBackfill) {
        step(
          `ALTER TABLE ${q(e.table)} ADD COLUMN ${columnDef(to, e, f, false)};`,
          false,
          'expand: added nullable; backfill existing rows before the NOT NULL step',
        );
        step(
          `ALTER TABLE ${q(e.table)} ALTER COLUMN ${q(f.column)} SET NOT NULL;`,
          false,
          'contract: fails while a row has no value; run after the backfill',
        );
      } else step(`ALTER TABLE ${q(e.table)} ADD COLUMN ${columnDef(to, e, f, true)};`);
    }
    for (const f of e.fields) {
      const o = oldCols.get(f.column);
      if (!o) continue;
      const oldType = w.columnType(o, old, from);
      const newType = w.columnType(f, e, to);
      if (oldType !== newType)
        step(
          `ALTER TABLE ${q(e.table)} ALTER COLUMN ${q(f.column)} TYPE ${newType} USING ${q(f.column)}::${newType};`,
          true,
          `type ${oldType} → ${newType}: rewrites the table and may fail or truncate; for zero downtime expand (add a column of the new type, dual-write, backfill) and contract (switch reads, drop the old column)`,
        );
      const oldDef = w.defaultSql(o, old, from);
      const newDef = w.defaultSql(f, e, to);
      // ALTER COLUMN TYPE converts the default but keeps its old cast (`'GBP'::bpchar` on a text
      // column); setting it again gives the default a fresh CREATE TABLE would have.
      if (oldDef !== newDef || (oldType !== newType && newDef !== null))
        step(
          newDef === null
            ? `ALTER TABLE ${q(e.table)} ALTER COLUMN ${q(f.column)} DROP DEFAULT;`
            : `ALTER TABLE ${q(e.table)} ALTER COLUMN ${q(f.column)} SET DEFAULT ${newDef};`,
        );
      if (o.nullable !== f.nullable && !f.primaryKey)
        step(
          f.nullable
            ? `ALTER TABLE ${q(e.table)} ALTER COLUMN ${q(f.column)} DROP NOT NULL;`
            : `ALTER TABLE ${q(e.table)} ALTER COLUMN ${q(f.column)} SET NOT NULL;`,
          false,
          f.nullable ? null : 'fails while a row holds NULL: backfill first',
        );
    }
    for (const f of dropped)
      contract.push({
        sql: `ALTER TABLE ${q(e.table)} DROP COLUMN ${q(f.column)};`,
        destructive: true,
        note:
          added.length === 1 && dropped.length === 1
            ? `rename ${f.column} → ${added[0]!.column}? expand/contract: the new column was added above; copy the data (UPDATE ${e.table} SET ${added[0]!.column} = ${f.column}) and switch the code before this step`
            : 'contract: drops the column and its data',
      });
  }
  // Indexes (not backed by a constraint), by name.
  const idx = (spec: Spec) =>
    new Map(
      spec.database.indexes
        .filter((i) => !i.constraint)
        .flatMap((i) => {
          const e = spec.entities.find((x) => x.name === i.entity);
          const sql = e ? w.index(i, e, spec) : null;
          return sql ? [[i.name, sql] as const] : [];
        }),
    );
  const oldIdx = idx(from);
  const newIdx = idx(to);
  for (const [name, sql] of newIdx)
    if (oldIdx.get(name) !== sql) {
      if (oldIdx.has(name)) step(`DROP INDEX IF EXISTS ${q(name)};`);
      step(sql);
    }
  for (const name of oldIdx.keys()) if (!newIdx.has(name)) step(`DROP INDEX IF EXISTS ${q(name)};`);
  out.push(...contract);
  // Dropped tables, dependants first.
  const oldOrder = orderTables(from).order;
  for (const e of [...oldOrder].reverse())
    if (!newTables.has(e.table))
      step(`DROP TABLE ${q(e.table)};`, true, 'contract: drops the table and its data');
  for (const name of oldEnums.keys()) if (!newEnums.has(name)) step(`DROP TYPE ${q(name)};`, true, null);
  return out;
}

/** A migration file: a header, then each step with its flags as comments. */
export function migrationSql(title: string, list: MigrationStep[]): string {
  const lines = [
    `-- ${title}`,
    `-- ${list.length} steps, ${list.filter((s) => s.destructive).length} destructive`,
  ];
  for (const s of list) {
    lines.push('');
    if (s.destructive) lines.push('-- DESTRUCTIVE: can lose data');
    if (s.note) lines.push(`-- ${s.note}`);
    lines.push(s.sql);
  }
  return `${lines.join('\n')}\n`;
}
