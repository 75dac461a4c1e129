import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import type { Statement } from '../render/sql/dialect.js';
import { postgresql } from '../render/sql/postgresql.js';
import { renderSchema, schemaStatements } from '../render/sql/schema.js';
import type { Artifact } from '../render/types.js';
import { readCatalog } from './postgres/catalog.js';
import { compareCatalog } from './postgres/compare.js';
import { type PgSession, pglite, server } from './postgres/session.js';
import type { Verifier } from './types.js';

export const SCHEMA_ARTIFACT = postgresql.file;

export interface SchemaCheck {
  /** Statements that failed, with the server's message. */
  errors: { statement: Statement | null; message: string }[];
  /** Differences between the catalog and the model. */
  differences: string[];
  tables: number;
  indexes: number;
}

let counter = 0;

/**
 * Applies a schema inside a fresh schema (`CREATE SCHEMA`, `SET search_path`), reads the catalog,
 * compares it with the model and drops the schema again, so one database serves many runs.
 * Statements run one by one so an error names the statement that failed.
 */
export async function applySchema(
  db: PgSession,
  spec: Spec,
  sql: Statement[] | string,
): Promise<SchemaCheck> {
  const schema = `backend_spec_verify_${process.pid}_${++counter}`;
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public;`);
  const errors: SchemaCheck['errors'] = [];
  try {
    const list = typeof sql === 'string' ? [{ kind: 'table' as const, entity: null, sql }] : sql;
    for (const s of list) {
      try {
        await db.exec(s.sql);
      } catch (e) {
        errors.push({ statement: typeof sql === 'string' ? null : s, message: (e as Error).message });
      }
    }
    const catalog = await readCatalog(db, schema);
    return {
      errors,
      differences: compareCatalog(spec, catalog),
      tables: catalog.tables.length,
      indexes: catalog.indexes.filter((i) => !i.primary).length,
    };
  } finally {
    await db.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE;`);
  }
}

const firstLine = (sql: string) => sql.split('\n').find((l) => !l.startsWith('--')) ?? sql;

/**
 * Verifier `postgres`: schema.sql applied to PostgreSQL (embedded PGlite, or the server at
 * `options.postgresUrl`), then the catalog compared with the model. The summary holds counts only,
 * no timings, so reruns are byte-identical.
 */
export const postgresVerifier: Verifier = {
  name: 'postgres',
  verify: async (artifacts: readonly Artifact[], spec: Spec, options) => {
    const artifact = artifacts.find((a) => a.path === SCHEMA_ARTIFACT);
    if (!artifact) return { verifications: [], diagnostics: [] };
    const diagnostics: Diagnostic[] = [];
    let db: PgSession;
    try {
      db = options.postgresUrl ? await server(options.postgresUrl) : await pglite();
    } catch (e) {
      diagnostics.push(
        diag('verify/postgres-unavailable', `PostgreSQL could not be started: ${(e as Error).message}`),
      );
      return {
        verifications: [
          {
            tool: 'postgresql',
            artifact: SCHEMA_ARTIFACT,
            ok: false,
            summary: 'not applied: PostgreSQL unavailable',
          },
        ],
        diagnostics,
      };
    }
    try {
      // The statements are the artifact's own text when it is what the model renders (always,
      // unless something rewrote the file); otherwise the file is applied as one script.
      const statements =
        artifact.text === renderSchema(postgresql, spec) ? schemaStatements(postgresql, spec) : artifact.text;
      const result = await applySchema(db, spec, statements);
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
    } finally {
      await db.close();
    }
  },
};
