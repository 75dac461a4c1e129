import { builtinImportsRequired, codeCacheOn, requireHeavy } from '../../heavy-require.js';
import {
  dataDirFile,
  defaultCacheDir,
  dropPgliteDataDir,
  INITDB_PARAMS,
  pgliteDataDir,
  savePgliteDataDir,
} from './data-dir.js';

/**
 * A connection to some PostgreSQL that can run DDL in a private schema inside a transaction and
 * read its catalog. Embedded PGlite (PostgreSQL compiled to wasm) by default, a real server through
 * `pg` when a URL is given. Both are imported lazily: they cost seconds and ~1 GB, and only the
 * verifier needs them.
 */
export interface PgSession {
  /** `PostgreSQL 18.6 (PGlite)`, `PostgreSQL 15.14`. */
  label: string;
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Ends the session; for PGlite also stops the wasm instance (and its 10 s idle timer). */
  close(): Promise<void>;
  /** Cuts the connection at once (total time budget spent); pending calls reject. */
  abort(): void;
  /**
   * Makes these extensions (SQL names: `pg_trgm`, `uuid-ossp`) available before the schema's
   * `CREATE EXTENSION`: an embedded PostgreSQL started without them starts again with them. Absent
   * on a server, which has what it has.
   */
  needExtensions?(names: readonly string[]): Promise<void>;
  /**
   * An embedded PostgreSQL started with the smaller lock table (`LOCKS.first`) starts again with
   * the larger one (`LOCKS.large`); false when it has it already. Absent on a server.
   */
  moreLocks?(): Promise<boolean>;
}

export interface SessionLimits {
  /** Time to open the connection and finish the startup handshake. */
  connectMs: number;
  /** `statement_timeout` for each statement (PostgreSQL docs §20.11). */
  statementMs: number;
}

export const DEFAULT_LIMITS: SessionLimits = { connectMs: 10_000, statementMs: 15_000 };

/** Options of the embedded database. */
export interface PgliteOptions {
  /** Folder for the prepared data directory (default: the user's cache); null: initdb every time. */
  cacheDir?: string | null;
  /** Told once, when the data directory is prepared (first run). */
  notice?: (message: string) => void;
  /**
   * The contrib extensions to load at start (SQL names), default all of CONTRIB. Each costs ~0.1 s
   * of CPU and memory to unpack at every start, and few schemas ask for one: the CLI starts with
   * none and `needExtensions` restarts with what the schema names.
   */
  extensions?: readonly string[];
  /** max_locks_per_transaction of the first start (default `LOCKS.first`). */
  locks?: number;
}

/** The contrib extensions a schema may ask for, by SQL name, and where PGlite keeps each bundle. */
const CONTRIB: Record<string, () => Promise<Extension>> = {
  citext: async () =>
    (await pglitePart(() => import('@electric-sql/pglite/contrib/citext'), 'contrib/citext')).citext,
  pg_trgm: async () =>
    (await pglitePart(() => import('@electric-sql/pglite/contrib/pg_trgm'), 'contrib/pg_trgm')).pg_trgm,
  pgcrypto: async () =>
    (await pglitePart(() => import('@electric-sql/pglite/contrib/pgcrypto'), 'contrib/pgcrypto')).pgcrypto,
  'uuid-ossp': async () =>
    (await pglitePart(() => import('@electric-sql/pglite/contrib/uuid_ossp'), 'contrib/uuid_ossp')).uuid_ossp,
};

type Extension = import('@electric-sql/pglite').Extension;

/**
 * A part of PGlite: in the CLI on Node 20 (code cache on) the package's own CommonJS build of it
 * through the code cache (src/heavy-require.ts), its `import()` calls of Node builtins made
 * `require` calls (`builtinImportsRequired`); otherwise its ES module, as before. Node 20 caches no
 * ES module, so PGlite's 0.5 MB of JavaScript was parsed and compiled again on every verifying run
 * (issue 19). The same release and code: the package publishes both builds of every entry, and an
 * extension is a plain `{ name, setup }` object in either.
 */
async function pglitePart<T>(esm: () => Promise<T>, part: string): Promise<T> {
  if (codeCacheOn())
    try {
      const name = part ? `@electric-sql/pglite/${part}` : '@electric-sql/pglite';
      return requireHeavy<T>(name, '', builtinImportsRequired);
    } catch {
      // no CommonJS build of this part: its ES module below
    }
  return esm();
}

/** The supported ones among `names`, sorted and without repeats. */
const contribOf = (names: readonly string[]) =>
  [...new Set(names)].filter((n) => Object.hasOwn(CONTRIB, n)).sort();

/**
 * max_locks_per_transaction of the embedded server: `first` at start, `large` after `moreLocks`.
 * The lock table is shared memory, zeroed and resident from the start whether it is used or not:
 * 4096 costs ~15 MB more than 1024 (the example's whole schema holds 135 locks). Measured with one
 * transaction of tables (each with a primary key, a unique column, a foreign key, an index and a
 * comment: ~15 locks): 1024 holds 57,000 locks (3,800 tables), 4096 more than 96,000 (6,400); the
 * synthetic 1,000 entities hold 14,000. A schema of more than `largeFrom` statements (about 2,000
 * entities, 7 locks a statement at 1,000) asks for the large table before it is applied, and an apply
 * that runs out of lock slots anyway ("out of shared memory") is applied again with it (issue 19).
 */
export const LOCKS = { first: 1024, large: 4096, largeFrom: 4000 };

/**
 * The embedded server's settings (PostgreSQL docs §19.4, §19.12). PGlite replaces postgresql.conf
 * with these lines, so everything else is PostgreSQL's compiled-in default, sized for a shared
 * server: 128 MB of shared_buffers and a lock table for 100 connections plus 10 WAL senders, all
 * zeroed and touched at start (≈0.6 s of CPU, ≈110 MB resident). The verifier is one session
 * applying DDL to an in-memory cluster, so buffers are cut to 4 MB (applying 1,000 tables is no
 * slower) and the connection slots to one. The schema of 1,000+ entities is applied in one
 * transaction (rolled back) that holds a lock per table, index and constraint until the end: 14,000
 * locks at 1,000 entities. Slots are max_locks_per_transaction × (max_connections +
 * autovacuum_max_workers + 1 + max_worker_processes + max_wal_senders) = 1024 × 5 = 5,120 at first
 * (see LOCKS), and a full lock table borrows from the segment's free space (PostgreSQL's defaults
 * failed at 1,000 entities with "out of shared memory").
 */
export const pgliteConf = (locks: number) => [
  'shared_buffers = 4MB',
  'max_connections = 1',
  'max_wal_senders = 0',
  `max_locks_per_transaction = ${locks}`,
];

/**
 * A throwaway embedded PostgreSQL. In the built package it runs in a worker thread
 * (`dist/pglite-worker.js`): its start-up (wasm compile, unpacking the data directory, PostgreSQL's
 * own start, ~1.5-2 s of CPU) then runs on the second core while this thread extracts, derives and
 * renders, and closing it is a `terminate()` (no checkpoint of a cluster nobody keeps). Run from the
 * TypeScript sources (tests) there is no worker file, and it runs on this thread.
 */
export async function pglite(options: PgliteOptions = {}): Promise<PgSession> {
  const { pgliteInWorker, workerAvailable } = await import('./in-worker.js');
  return workerAvailable() ? pgliteInWorker(options) : pgliteHere(options);
}

/**
 * A fresh PGlite instance on this thread with the contrib extensions asked for (all of CONTRIB by
 * default), started from the prepared data directory when there is one (≈0.6 s instead of a
 * 1.4-3.7 s initdb). Throwaway: nothing outlives `close()`.
 */
export async function pgliteHere(options: PgliteOptions = {}): Promise<PgSession> {
  let loaded = contribOf(options.extensions ?? Object.keys(CONTRIB));
  let locks = options.locks ?? LOCKS.first;
  let instance = await startPglite(options, loaded, locks);
  const version =
    (await instance.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '?';
  return {
    label: `PostgreSQL ${version.split(' ')[0]} (PGlite)`,
    exec: async (sql) => {
      await instance.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await instance.query<T>(sql, params)).rows,
    close: async () => {
      if (!instance.closed) await instance.close();
    },
    // The wasm runs on this thread: a statement cannot be cut mid-way, only the next one refused.
    abort: () => {
      void instance.close().catch(() => {});
    },
    // A new throwaway cluster from the same data directory: nothing of the old one is kept (the
    // verifier asks before it runs any statement).
    needExtensions: async (names) => {
      const wanted = contribOf([...loaded, ...names]);
      if (wanted.length === loaded.length) return;
      if (!instance.closed) await instance.close();
      instance = await startPglite(options, wanted, locks);
      loaded = wanted;
    },
    // The same: a new cluster, with the larger lock table.
    moreLocks: async () => {
      if (locks >= LOCKS.large) return false;
      if (!instance.closed) await instance.close();
      locks = LOCKS.large;
      instance = await startPglite(options, loaded, locks);
      return true;
    },
  };
}

async function startPglite(options: PgliteOptions, names: readonly string[], locks: number) {
  const [{ PGlite }, bundles] = await Promise.all([
    pglitePart(() => import('@electric-sql/pglite'), ''),
    Promise.all(names.map(async (n) => [n.replace('-', '_'), await CONTRIB[n]!()] as const)),
  ]);
  const extensions = Object.fromEntries(bundles);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const prepared = cacheDir ? await pgliteDataDir(cacheDir) : null;
  if (prepared && cacheDir) {
    try {
      return await PGlite.create({ extensions, loadDataDir: prepared, postgresqlconf: pgliteConf(locks) });
    } catch {
      // A damaged or foreign cache file: initdb below, and the file is prepared anew.
      await dropPgliteDataDir(cacheDir);
    }
  }
  if (cacheDir)
    options.notice?.(
      `backend-spec: preparing the embedded PostgreSQL (PGlite) once; later runs start from ${dataDirFile(cacheDir)}`,
    );
  const db = await PGlite.create({
    extensions,
    postgresqlconf: pgliteConf(locks),
    initDbStartParams: INITDB_PARAMS,
  });
  // Dumped right after initdb (and PREPARE_SQL, which drops the unused template databases), before
  // any statement of the schema: the cache holds an empty cluster. This run goes on with the same one.
  if (cacheDir) await savePgliteDataDir(cacheDir, db);
  return db;
}

export class SuperuserRefused extends Error {}

/**
 * A real server (`postgres://...`), one client per verification, with a connect timeout, a
 * `statement_timeout` and a client-side read timeout, so a server that accepts and never answers
 * cannot hang the tool. A superuser role is refused unless allowed: the verifier needs only CREATE
 * on the database, and a superuser could be made to run anything the server can (COPY ... TO PROGRAM).
 */
export async function server(
  url: string,
  opts: { allowSuperuser?: boolean; limits?: SessionLimits } = {},
): Promise<PgSession> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const pg = await import('pg');
  const client = new pg.default.Client({
    connectionString: url,
    connectionTimeoutMillis: limits.connectMs,
    statement_timeout: limits.statementMs,
    lock_timeout: limits.statementMs,
    query_timeout: limits.statementMs + limits.connectMs,
    application_name: 'backend-spec verify',
  });
  // An error after connect (the server going away) must not crash the process: calls reject instead.
  client.on('error', () => {});
  const abort = () => {
    const stream = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection
      ?.stream;
    stream?.destroy();
  };
  try {
    await client.connect();
    const row = (
      await client.query<{ server_version: string; su: string }>(
        `select current_setting('server_version') as server_version, current_setting('is_superuser') as su`,
      )
    ).rows[0];
    if (row?.su === 'on' && !opts.allowSuperuser)
      throw new SuperuserRefused(
        'the role of --postgres-url is a superuser; verification needs only CREATE on the database',
      );
    return {
      label: `PostgreSQL ${(row?.server_version ?? '?').split(' ')[0]}`,
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      close: async () => {
        await Promise.race([client.end(), new Promise((r) => setTimeout(r, 1000).unref())]);
        abort();
      },
      abort,
    };
  } catch (e) {
    abort();
    throw e;
  }
}
