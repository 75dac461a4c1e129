import type { PgSession } from '../verify/postgres/session.js';
import type { Io } from './exit.js';
import type { GenerateFlags } from './generate.js';

/**
 * The embedded PostgreSQL of a `generate` run that verifies with PGlite, started before anything
 * else: in the built CLI it runs in a worker thread, so its ~2 s start-up (wasm compile, the prepared
 * data directory, PostgreSQL's start) runs beside loading the compiler, extraction, derivation and
 * rendering instead of after them. None when verification is off or goes to --postgres-url. The
 * first-run notice goes to stderr unless --quiet, as the verifier's own would.
 */
export function startEmbedded(flags: GenerateFlags, io: Io): Promise<PgSession> | undefined {
  if (!flags.verify || flags.postgresUrl) return undefined;
  const started = import('../verify/postgres/session.js').then(({ pglite }) =>
    pglite({ notice: (message) => (flags.quiet ? undefined : void io.err.write(`${message}\n`)) }),
  );
  // Awaited by the verifier, or only closed when the run stops before verifying: a failure to start
  // is reported there (verify/postgres-unavailable), never as an unhandled rejection.
  started.catch(() => {});
  return started;
}
