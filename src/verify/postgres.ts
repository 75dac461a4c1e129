import { randomBytes } from 'node:crypto';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import type { Statement } from '../render/sql/dialect.js';
import { postgresql } from '../render/sql/postgresql.js';
import { schemaStatements, schemaText } from '../render/sql/schema.js';
import type { Artifact, Verification } from '../render/types.js';
import { timedAsync } from '../timings.js';
import { readCatalog } from './postgres/catalog.js';
import { compareCatalog } from './postgres/compare.js';
import {
  DEFAULT_LIMITS,
  LOCKS,
  type PgSession,
  pglite,
  SuperuserRefused,
  server,
} from './postgres/session.js';
import { type RefusedStatement, refusedStatements } from './postgres/statements.js';
import type { Verifier, VerifyOptions } from './types.js';

export const SCHEMA_ARTIFACT = postgresql.file;

/**
 * Whole verification budget: start-up, every statement, the catalog read. A guard against hangs,
 * not a speed target: it grows with the schema (the other verifiers share this thread, and a
 * loaded machine is slow), while each statement on a server has its own statement_timeout.
 */
export const totalBudgetMs = (statements: number) => 120_000 + 200 * statements;

export interface SchemaCheck {
  /** Statements that failed, with the server's message. */
  errors: { statement: Statement | null; message: string }[];
  /** Differences between the catalog and the model. */
  differences: string[];
  tables: number;
  indexes: number;
}

/**
 * Applies the schema inside one transaction that is always rolled back, in a schema of its own
 * (`SET LOCAL search_path`), so nothing stays on the database whatever the statements do and no
 * `DROP SCHEMA ... CASCADE` has to lock every object at the end. All statements go in one round
 * trip (the common case: they all apply); when that batch fails, it is rolled back to its
 * savepoint and the statements run again one by one, each behind a savepoint, so every failure is
 * reported with the statement that caused it and the others still run. Either way the same
 * statements ran in the same order, so the catalog read afterwards is the same.
 */
export async function applySchema(
  db: PgSession,
  spec: Spec,
  statements: Statement[],
  /** Told when the statements have been sent (the session holds them; its reply is still to come). */
  sent?: () => void,
): Promise<SchemaCheck> {
  // An embedded PostgreSQL started without contrib extensions gets the ones the schema creates, and
  // a large schema the larger lock table (LOCKS), before anything is applied.
  await db.needExtensions?.(spec.database.extensions.map((x) => x.name));
  if (statements.length > LOCKS.largeFrom) await db.moreLocks?.();
  let result: SchemaCheck | Error;
  try {
    result = await applyOnce(db, spec, statements, sent);
  } catch (e) {
    result = e as Error;
  }
  // Out of lock slots: the same statements again, on a cluster with the larger lock table (a
  // statement's own error never says this), so the report is what a large enough table says.
  const outOfLocks =
    result instanceof Error
      ? OUT_OF_LOCKS.test(result.message)
      : result.errors.some((e) => OUT_OF_LOCKS.test(e.message));
  if (outOfLocks && (await db.moreLocks?.())) return applyOnce(db, spec, statements);
  if (result instanceof Error) throw result;
  return result;
}

/** PostgreSQL's message when the lock table is full (SQLSTATE 53200, "out_of_memory"). */
const OUT_OF_LOCKS = /\bout of shared memory\b/;

async function applyOnce(
  db: PgSession,
  spec: Spec,
  statements: Statement[],
  sent?: () => void,
): Promise<SchemaCheck> {
  const schema = `backend_spec_verify_${randomBytes(6).toString('hex')}`;
  await db.exec(`BEGIN; CREATE SCHEMA ${schema}; SET LOCAL search_path TO ${schema}, public;`);
  try {
    let errors: SchemaCheck['errors'] = [];
    try {
      const batch = db.exec(
        `SAVEPOINT backend_spec_batch;\n${statements.map((s) => s.sql).join('\n')}\nRELEASE SAVEPOINT backend_spec_batch;`,
      );
      sent?.();
      await batch;
    } catch {
      await db.exec('ROLLBACK TO SAVEPOINT backend_spec_batch; RELEASE SAVEPOINT backend_spec_batch;');
      errors = await applyOneByOne(db, statements);
    }
    const catalog = await readCatalog(db, schema);
    return {
      errors,
      differences: compareCatalog(spec, catalog),
      tables: catalog.tables.length,
      indexes: catalog.indexes.filter((i) => !i.primary).length,
    };
  } finally {
    await db.exec('ROLLBACK');
  }
}

async function applyOneByOne(db: PgSession, statements: Statement[]): Promise<SchemaCheck['errors']> {
  const errors: SchemaCheck['errors'] = [];
  for (const s of statements) {
    try {
      await db.exec(`SAVEPOINT backend_spec_statement;\n${s.sql}\nRELEASE SAVEPOINT backend_spec_statement;`);
    } catch (e) {
      errors.push({ statement: s, message: (e as Error).message });
      await db.exec(
        'ROLLBACK TO SAVEPOINT backend_spec_statement; RELEASE SAVEPOINT backend_spec_statement;',
      );
    }
  }
  return errors;
}

const firstLine = (sql: string) => sql.split('\n').find((l) => !l.startsWith('--')) ?? sql;

class Expired extends Error {}

function notApplied(summary: string, diagnostics: Diagnostic[]) {
  const verifications: Verification[] = [
    { tool: 'postgresql', artifact: SCHEMA_ARTIFACT, ok: false, summary },
  ];
  return { verifications, diagnostics };
}

/**
 * The session the options ask for: the server at `postgresUrl`, else the embedded PostgreSQL the
 * caller started ahead, else a throwaway PGlite started now.
 */
function open(options: VerifyOptions): Promise<PgSession> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (options.postgresUrl)
    return server(options.postgresUrl, { allowSuperuser: !!options.allowSuperuser, limits });
  return (
    options.embedded ??
    pglite({
      ...(options.pgliteCacheDir !== undefined ? { cacheDir: options.pgliteCacheDir } : {}),
      ...(options.notice ? { notice: options.notice } : {}),
    })
  );
}

/**
 * The schema check under way: the statements it applies, the work (parse check, session, apply,
 * catalog read), and what the verifier needs to end it (the session once open, the budget).
 */
export interface SchemaRun {
  statements: Statement[];
  work: Promise<{ refused: RefusedStatement[]; db: PgSession; result: SchemaCheck | null }>;
  /** The session, once opened (null before, or when it opened after the budget ran out). */
  session(): PgSession | null;
  /** The budget ran out: a session opened later is closed at once, never used. */
  expire(): void;
  hasExpired(): boolean;
  /** performance.now() when the run began: the budget counts from there. */
  began: number;
  /** The session is open and the statements are sent to it, or the work ended before that. */
  sent: Promise<void>;
  /** Whether the session was open within one turn of the event loop (see startSchemaCheck). */
  openNow(): Promise<boolean>;
}

function runSchema(spec: Spec, statements: Statement[], options: VerifyOptions): SchemaRun {
  let session: PgSession | null = null;
  let expired = false;
  const opening = timedAsync('verify/postgres/open', () => open(options)).then((db) => {
    // Opened after the budget ran out: closed at once, never used.
    if (expired) void db.close().catch(() => {});
    else session = db;
    return db;
  });
  let markSent = () => {};
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const work = (async () => {
    const [refused, db] = await Promise.all([refusedStatements(statements), opening]);
    if (refused.length > 0) return { refused, db, result: null };
    const result = await timedAsync('verify/postgres/apply', () =>
      applySchema(db, spec, statements, markSent),
    );
    return { refused, db, result };
  })();
  // Awaited by the verifier, or only closed when it never gets to it: no unhandled rejection.
  work.catch(() => {});
  work.finally(markSent).catch(() => {});
  return {
    statements,
    work,
    session: () => session,
    expire: () => {
      expired = true;
    },
    hasExpired: () => expired,
    began: performance.now(),
    sent,
    openNow: () =>
      Promise.race([
        opening.then(
          () => true,
          () => true,
        ),
        new Promise<boolean>((resolve) => setImmediate(() => resolve(false))),
      ]),
  };
}

/** Whether the spec renders schema.sql (src/render/sql.ts): the artifact this verifier applies. */
const rendersPostgres = (spec: Spec) =>
  spec.entities.length > 0 && spec.database.dialects.includes('postgresql');

const sameStatements = (a: readonly Statement[], b: readonly Statement[]) =>
  a.length === b.length && a.every((s, i) => s.sql === b[i]!.sql && s.entity === b[i]!.entity);

/**
 * Starts the schema check as soon as the model is final (after the SQL guard), before the artifacts
 * are rendered and checked: the verification worker applies the schema while this thread renders,
 * instead of waiting idle until every artifact is written (issue 19). The same statements are
 * parsed and refused the same way before anything runs; the verifier still compares schema.sql with
 * what the model renders, and uses this run only when its statements are the ones it would apply
 * (else it runs again). Nothing to start without a PostgreSQL schema or with verification off.
 */
export async function startSchemaCheck(spec: Spec, options: VerifyOptions): Promise<VerifyOptions> {
  if (options.skip || options.schemaRun || !rendersPostgres(spec)) return options;
  const run = runSchema(spec, schemaStatements(postgresql, spec), options);
  // The statements reach the session only through a few round trips (the parse check, the
  // extensions, BEGIN), which this thread answers only between tasks: while it renders, they wait,
  // and the verification worker would lint first and apply last. So this waits until they are
  // sent (milliseconds when the worker is idle) — unless the session is not open yet (a small
  // project outruns PGlite's start), where waiting would only hold up the rendering.
  if (await run.openNow()) await run.sent;
  return { ...options, schemaRun: run };
}

/** A run started early that the verifier does not use: its session is closed (never applied twice). */
function dropRun(run: SchemaRun | undefined): void {
  if (!run) return;
  run.expire();
  void run.work.then(
    ({ db }) => db.close().catch(() => {}),
    () => {},
  );
}

/**
 * Verifier `postgres`: the statements the renderer emits for schema.sql — and only those, each
 * parsed first and required to be the one DDL statement of its kind — applied to PostgreSQL
 * (a throwaway PGlite, or the server at `options.postgresUrl`) inside a rolled-back transaction,
 * then the catalog compared with the model. Bounded in time: a connect timeout, a statement
 * timeout and a total budget; a requested server that fails is an error, never a silent pass.
 * The summary holds counts only, no timings, so reruns are byte-identical. The work may have begun
 * before the artifacts were rendered (`startSchemaCheck`); it is used only for the same statements.
 */
export const postgresVerifier: Verifier = {
  name: 'postgres',
  verify: async (artifacts: readonly Artifact[], spec: Spec, options) => {
    const artifact = artifacts.find((a) => a.path === SCHEMA_ARTIFACT);
    let early = options.schemaRun;
    if (!artifact) {
      dropRun(early);
      return { verifications: [], diagnostics: [] };
    }
    const diagnostics: Diagnostic[] = [];
    const statements = schemaStatements(postgresql, spec);
    if (artifact.text !== schemaText(postgresql, spec, statements)) {
      dropRun(early);
      diagnostics.push(
        diag(
          'verify/schema-not-rendered',
          `${SCHEMA_ARTIFACT} is not the text the renderer emits: not applied`,
          {
            path: SCHEMA_ARTIFACT,
            hint: 'verification applies only the statements backend-spec renders from the model',
          },
        ),
      );
      return notApplied('not applied: the file is not what the model renders', diagnostics);
    }
    if (early && !sameStatements(early.statements, statements)) {
      // The model changed after the early start: these statements are applied, once that run has
      // ended (it rolls back; the embedded session is shared and stays open for this run).
      await early.work.catch(() => {});
      early = undefined;
    }
    const run = early ?? runSchema(spec, statements, options);
    const totalMs = options.limits?.totalMs ?? totalBudgetMs(statements.length);
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => {
          run.expire();
          reject(new Expired(`verification took longer than ${Math.round(totalMs / 1000)} s`));
        },
        Math.max(0, totalMs - (performance.now() - run.began)),
      );
    });
    try {
      const { refused, db, result } = await Promise.race([run.work, budget]);
      for (const r of refused)
        diagnostics.push(
          diag('verify/schema-not-rendered', `${r.reason} — in: ${firstLine(r.statement.sql)}`, {
            path: r.statement.entity ? `entities.${r.statement.entity}` : SCHEMA_ARTIFACT,
          }),
        );
      if (!result)
        return notApplied('not applied: a statement is not the DDL the renderer emits', diagnostics);
      for (const err of result.errors)
        diagnostics.push(
          diag(
            'verify/schema-sql-error',
            `${err.message} — in: ${err.statement ? firstLine(err.statement.sql) : SCHEMA_ARTIFACT}`,
            {
              path: err.statement?.entity ? `entities.${err.statement.entity}` : SCHEMA_ARTIFACT,
            },
          ),
        );
      for (const d of result.differences)
        diagnostics.push(diag('verify/schema-mismatch', d, { path: SCHEMA_ARTIFACT }));
      const differences = result.differences.length + result.errors.length;
      return {
        verifications: [
          {
            tool: 'postgresql',
            artifact: SCHEMA_ARTIFACT,
            ok: differences === 0,
            summary: `applied to ${db.label}: ${result.tables} tables, ${result.indexes} indexes, ${result.errors.length} errors, ${result.differences.length} differences`,
          },
        ],
        diagnostics,
      };
    } catch (e) {
      const message = (e as Error).message;
      if (e instanceof SuperuserRefused) {
        diagnostics.push(
          diag('verify/postgres-superuser', message, {
            hint: 'connect as a role without superuser that may CREATE in the database, or pass --allow-superuser',
          }),
        );
        return notApplied('not applied: the role is a superuser', diagnostics);
      }
      if (options.postgresUrl) {
        diagnostics.push(
          diag('verify/postgres-url-failed', `PostgreSQL at --postgres-url failed: ${message}`, {
            hint: 'check that the server runs, accepts this role and answers; or leave out --postgres-url to verify with embedded PGlite',
          }),
        );
        return notApplied('not applied: the PostgreSQL server failed', diagnostics);
      }
      if (e instanceof Expired) {
        diagnostics.push(diag('verify/postgres-timeout', `embedded PostgreSQL: ${message}`));
        return notApplied('not applied: out of time', diagnostics);
      }
      diagnostics.push(diag('verify/postgres-unavailable', `PostgreSQL could not be started: ${message}`));
      return notApplied('not applied: PostgreSQL unavailable', diagnostics);
    } finally {
      clearTimeout(timer);
      const db = run.session();
      if (run.hasExpired()) db?.abort();
      await timedAsync('verify/postgres/close', async () => db?.close().catch(() => {}));
    }
  },
};
