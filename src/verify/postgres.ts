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
import { DEFAULT_LIMITS, type PgSession, pglite, SuperuserRefused, server } from './postgres/session.js';
import { refusedStatements } from './postgres/statements.js';
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
export async function applySchema(db: PgSession, spec: Spec, statements: Statement[]): Promise<SchemaCheck> {
  const schema = `backend_spec_verify_${randomBytes(6).toString('hex')}`;
  // An embedded PostgreSQL started without contrib extensions gets the ones the schema creates.
  await db.needExtensions?.(spec.database.extensions.map((x) => x.name));
  await db.exec(`BEGIN; CREATE SCHEMA ${schema}; SET LOCAL search_path TO ${schema}, public;`);
  try {
    let errors: SchemaCheck['errors'] = [];
    try {
      await db.exec(
        `SAVEPOINT backend_spec_batch;\n${statements.map((s) => s.sql).join('\n')}\nRELEASE SAVEPOINT backend_spec_batch;`,
      );
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
 * Verifier `postgres`: the statements the renderer emits for schema.sql — and only those, each
 * parsed first and required to be the one DDL statement of its kind — applied to PostgreSQL
 * (a throwaway PGlite, or the server at `options.postgresUrl`) inside a rolled-back transaction,
 * then the catalog compared with the model. Bounded in time: a connect timeout, a statement
 * timeout and a total budget; a requested server that fails is an error, never a silent pass.
 * The summary holds counts only, no timings, so reruns are byte-identical.
 */
export const postgresVerifier: Verifier = {
  name: 'postgres',
  verify: async (artifacts: readonly Artifact[], spec: Spec, options) => {
    const artifact = artifacts.find((a) => a.path === SCHEMA_ARTIFACT);
    if (!artifact) return { verifications: [], diagnostics: [] };
    const diagnostics: Diagnostic[] = [];
    const statements = schemaStatements(postgresql, spec);
    if (artifact.text !== schemaText(postgresql, spec, statements)) {
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
    const totalMs = options.limits?.totalMs ?? totalBudgetMs(statements.length);
    let session: PgSession | null = null;
    let expired = false;
    const opening = timedAsync('verify/postgres/open', () => open(options)).then((db) => {
      // Opened after the budget ran out: closed at once, never used.
      if (expired) void db.close().catch(() => {});
      else session = db;
      return db;
    });
    const work = (async () => {
      const [refused, db] = await Promise.all([refusedStatements(statements), opening]);
      if (refused.length > 0) return { refused, db, result: null };
      const result = await timedAsync('verify/postgres/apply', () => applySchema(db, spec, statements));
      return { refused, db, result };
    })();
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired = true;
        reject(new Expired(`verification took longer than ${Math.round(totalMs / 1000)} s`));
      }, totalMs);
    });
    work.catch(() => {});
    try {
      const { refused, db, result } = await Promise.race([work, budget]);
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
      const db = session as PgSession | null;
      if (expired) db?.abort();
      await timedAsync('verify/postgres/close', async () => db?.close().catch(() => {}));
    }
  },
};
