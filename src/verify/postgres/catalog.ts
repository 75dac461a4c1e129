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
    /**
     * p primary key, f foreign key (pg_constraint.contype): the two kinds the comparison reads
     * (uniqueness is read from the indexes). Only these are queried: PostgreSQL 18 also keeps every
     * NOT NULL as a constraint row (`n`), 12,000 rows at 1,000 entities, each with two column-name
     * subqueries, for nothing (the nullability is read from the columns).
     */
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

/**
 * The rows of `information_schema.columns` (PostgreSQL 18's definition of the view, for the five
 * columns read here, its privilege filter included) straight from pg_attribute: the view also
 * computes every other column through joins to pg_attrdef, pg_collation, pg_depend and pg_sequence
 * for each of the schema's columns (334 -> 117 ms of the worker's CPU at 1,000 entities, 9,000
 * columns; the same rows in the same order: test/verify/catalog.test.ts compares them).
 */
const COLUMNS = `select c.relname::text as table_name, a.attname::text as column_name,
       case when t.typtype = 'd' then
         case when bt.typelem <> 0 and bt.typlen = -1 then 'ARRAY'
              when nbt.nspname = 'pg_catalog' then format_type(t.typbasetype, null)
              else 'USER-DEFINED' end
       else
         case when t.typelem <> 0 and t.typlen = -1 then 'ARRAY'
              when nt.nspname = 'pg_catalog' then format_type(a.atttypid, null)
              else 'USER-DEFINED' end
       end as data_type,
       coalesce(bt.typname, t.typname)::text as udt_name,
       case when a.attnotnull or (t.typtype = 'd' and t.typnotnull) then 'NO' else 'YES' end as is_nullable
     from pg_attribute a
     join pg_class c on c.oid = a.attrelid
     join pg_namespace n on n.oid = c.relnamespace
     join pg_type t on t.oid = a.atttypid
     join pg_namespace nt on nt.oid = t.typnamespace
     left join (pg_type bt join pg_namespace nbt on nbt.oid = bt.typnamespace)
       on t.typtype = 'd' and t.typbasetype = bt.oid
     where n.nspname = $1 and a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'v', 'f', 'p')
       and (pg_has_role(c.relowner, 'USAGE')
            or has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))
     order by c.relname, a.attnum`;

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
  }>(COLUMNS, [schema]);
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
     where n.nspname = $1 and c.contype in ('p', 'f') order by 1, 2`,
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
