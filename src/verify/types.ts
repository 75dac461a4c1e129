import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import type { Artifact, Verification } from '../render/types.js';
import type { LintResult } from './openapi.js';
import type { PgSession } from './postgres/session.js';
import type { SchemaRun } from './postgres.js';

export interface VerifyOptions {
  /** Skip all verification (fast runs); the checklist then says "not verified". */
  skip?: boolean;
  /** A real PostgreSQL server to apply schema.sql to, instead of embedded PGlite. */
  postgresUrl?: string;
  /** Let a superuser role on `postgresUrl` verify (refused by default: it could run anything). */
  allowSuperuser?: boolean;
  /** Time limits of the PostgreSQL verification, in milliseconds (defaults in verify/postgres). */
  limits?: { connectMs?: number; statementMs?: number; totalMs?: number };
  /** Where the prepared PGlite data directory is cached; null: initdb on every run. */
  pgliteCacheDir?: string | null;
  /**
   * The embedded PostgreSQL, started by the caller ahead of time (the CLI starts it before the
   * pipeline, so its start-up overlaps extraction and rendering); used instead of starting one. The
   * caller closes it once the run is over (closing twice is harmless).
   */
  embedded?: Promise<PgSession>;
  /** Where Redocly's lint runs (the CLI's verification worker); this thread when absent. */
  lintOpenApi?: (text: string, json?: string) => Promise<LintResult>;
  /**
   * The PostgreSQL schema check already under way, started from the final model before the
   * artifacts were rendered (`startSchemaCheck` in verify/postgres.ts); used for the same statements.
   */
  schemaRun?: SchemaRun;
  /**
   * Told once every verifier has ended: the tools the caller started for this verification (the
   * CLI's verification worker, with its PostgreSQL and Redocly) are not needed any more and can be
   * let go now, before the report is rendered and the files written, instead of at the end of the
   * command (their memory would add to the rendering's peak).
   */
  release?: () => void;
  /** One-line notices for the user (first-run preparation), printed on stderr by the CLI. */
  notice?: (message: string) => void;
}

/** Every verifier has this shape; heavy tools are imported lazily inside `verify`. */
export interface Verifier {
  name: string;
  verify(
    artifacts: readonly Artifact[],
    spec: Spec,
    options: VerifyOptions,
  ): Promise<{ verifications: Verification[]; diagnostics: Diagnostic[] }>;
}
