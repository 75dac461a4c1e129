import type { PgSession } from './session.js';

/**
 * What PostgreSQL actually built, read from the system catalogs of one schema. pg_catalog rather
 * than information_schema for constraints and indexes: it gives column order, ON DELETE actions
 * and index columns directly (docs ch. 51, pg_constraint / pg_index).
 */
export interface Catalog {
  tables: string[];
  columns: { table: string; column: string; dataType: string; udtName: string; nullable: boolean }[];
  constraints: {
    table: string;
    name: string;
    /** p primary key, u unique, f foreign key, c check (pg_constraint.contype). */
    type: string;
    columns: string[];
    refTable: string | null;
    refColumns: string[];
    /** a no action, r restrict, c cascade, n set null, d set default (pg_constraint.confdeltype). */
    onDelete: string | null;
  }[];
  indexes: { table: string; name: string; columns: string[]; unique: boolean; primary: boolean }[];
  enums: { name: string; values: string[] }[];
}

const ARR = (expr: string, rel: string) =>
  `coalesce((select array_agg(a.attname::text order by k.o) from unnest(${expr}) with ordinality k(n, o) join pg_attribute a on a.attrelid = ${rel} and a.attnum = k.n), '{}')`;

export async function readCatalog(db: PgSession, schema: string): Promise<Catalog> {
  const tablesRead = db.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = $1 and table_type = 'BASE TABLE' order by table_name`,
    [schema],
  );
  const columnsRead = db.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
  }>(
    `select table_name, column_name, data_type, udt_name, is_nullable from information_schema.columns
     where table_schema = $1 order by table_name, ordinal_position`,
    [schema],
  );
  const constraintsRead = db.query<{
    tbl: string;
    conname: string;
    contype: string;
    cols: string[];
    reftbl: string | null;
    refcols: string[];
    confdeltype: string;
  }>(
    `select r.relname::text as tbl, c.conname::text as conname, c.contype::text as contype,
            ${ARR('c.conkey', 'c.conrelid')} as cols,
            f.relname::text as reftbl,
            ${ARR('c.confkey', 'c.confrelid')} as refcols,
            c.confdeltype::text as confdeltype
     from pg_constraint c
     join pg_class r on r.oid = c.conrelid
     join pg_namespace n on n.oid = r.relnamespace
     left join pg_class f on f.oid = c.confrelid
     where n.nspname = $1 order by 1, 2`,
    [schema],
  );
  const indexesRead = db.query<{
    tbl: string;
    idx: string;
    cols: string[];
    indisunique: boolean;
    indisprimary: boolean;
  }>(
    `select t.relname::text as tbl, i.relname::text as idx, ${ARR('ix.indkey::int2[]', 't.oid')} as cols,
            ix.indisunique, ix.indisprimary
     from pg_index ix
     join pg_class i on i.oid = ix.indexrelid
     join pg_class t on t.oid = ix.indrelid
     join pg_namespace n on n.oid = t.relnamespace
     where n.nspname = $1 order by 1, 2`,
    [schema],
  );
  const enumsRead = db.query<{ typname: string; labels: string[] }>(
    `select t.typname::text as typname, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
     from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
     where n.nspname = $1 group by t.typname order by 1`,
    [schema],
  );
  // Sent together: the session answers them in this order, and the worker's replies no longer wait
  // one by one for a main thread busy with Ajv (issue 19). The same rows.
  const [tables, columns, constraints, indexes, enums] = await Promise.all([
    tablesRead,
    columnsRead,
    constraintsRead,
    indexesRead,
    enumsRead,
  ]);
  return {
    tables: tables.map((t) => t.table_name),
    columns: columns.map((c) => ({
      table: c.table_name,
      column: c.column_name,
      dataType: c.data_type,
      udtName: c.udt_name,
      nullable: c.is_nullable === 'YES',
    })),
    constraints: constraints.map((c) => ({
      table: c.tbl,
      name: c.conname,
      type: c.contype,
      columns: pgArray(c.cols),
      refTable: c.reftbl,
      refColumns: pgArray(c.refcols),
      onDelete: c.contype === 'f' ? c.confdeltype : null,
    })),
    indexes: indexes.map((i) => ({
      table: i.tbl,
      name: i.idx,
      columns: pgArray(i.cols),
      unique: i.indisunique,
      primary: i.indisprimary,
    })),
    enums: enums.map((e) => ({ name: e.typname, values: pgArray(e.labels) })),
  };
}

/** node-postgres returns text[] parsed, PGlite too; a `{a,b}` literal is parsed here just in case. */
function pgArray(v: string[] | string | null): string[] {
  if (v === null) return [];
  if (Array.isArray(v)) return v;
  const inner = v.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((s) => s.replace(/^"|"$/g, ''));
}
