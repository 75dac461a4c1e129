/**
 * A connection to some PostgreSQL that can run DDL in a private schema and read its catalog.
 * Embedded PGlite (PostgreSQL compiled to wasm) by default, a real server through `pg` when a URL
 * is given. Both are imported lazily: they cost seconds and ~1 GB, and only the verifier needs them.
 */
export interface PgSession {
  /** `PostgreSQL 18.6 (PGlite)`, `PostgreSQL 15.14`. */
  label: string;
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

let embedded: Promise<PgSession> | null = null;

/**
 * The process-wide PGlite instance, created on first use with the contrib extensions a schema
 * may ask for (pg_trgm, citext, pgcrypto, uuid-ossp). Reused: creating one costs 1.4-3.7 s.
 */
export function pglite(): Promise<PgSession> {
  embedded ??= (async () => {
    const [{ PGlite }, { pg_trgm }, { citext }, { pgcrypto }, { uuid_ossp }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('@electric-sql/pglite/contrib/citext'),
      import('@electric-sql/pglite/contrib/pgcrypto'),
      import('@electric-sql/pglite/contrib/uuid_ossp'),
    ]);
    const db = await PGlite.create({ extensions: { pg_trgm, citext, pgcrypto, uuid_ossp } });
    const version =
      (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?';
    return {
      label: `PostgreSQL ${version.split(' ')[0]} (PGlite)`,
      exec: async (sql) => {
        await db.exec(sql);
      },
      query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
      // Shared for the process: closing would force the next verification to pay start-up again.
      close: async () => {},
    };
  })();
  return embedded;
}

/** A real server (`postgres://...`), one client per verification. */
export async function server(url: string): Promise<PgSession> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  const version =
    (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?';
  return {
    label: `PostgreSQL ${version.split(' ')[0]}`,
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    close: async () => {
      await client.end();
    },
  };
}
