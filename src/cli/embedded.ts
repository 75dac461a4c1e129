import type { VerifyOptions } from '../verify/types.js';
import type { Io } from './exit.js';
import type { GenerateFlags } from './generate.js';

/** Verification tools started before the pipeline, and how to end them with the command. */
export interface StartedVerification {
  /** What the verifiers take instead of starting their own (VerifyOptions). */
  options: Pick<VerifyOptions, 'embedded' | 'lintOpenApi' | 'release'>;
  /** Ends the worker thread (or the in-thread PostgreSQL); harmless after the verifiers closed theirs. */
  stop(): Promise<void>;
}

/**
 * The verification worker of a `generate` run that verifies with PGlite, started before anything
 * else: in the built CLI, a worker thread starts the embedded PostgreSQL (~2 s of wasm compile,
 * data directory and PostgreSQL's own start) and loads Redocly while this thread loads the
 * compiler, extracts, derives and renders; the schema is applied and the OpenAPI document linted
 * there too. Run from the TypeScript sources (tests) there is no worker file: PostgreSQL starts on
 * this thread and Redocly lints here. None when verification is off or goes to --postgres-url; then
 * the linter is loaded by the verifier as before. The first-run notice goes to stderr unless --quiet.
 */
export function startVerification(flags: GenerateFlags, io: Io): StartedVerification | undefined {
  if (!flags.verify || flags.postgresUrl) return undefined;
  const notice = (message: string) => (flags.quiet ? undefined : void io.err.write(`${message}\n`));
  // No contrib extension at start: few schemas create one, and the verifier asks for those it does.
  const options = { notice, extensions: [] };
  const worker = import('../verify/postgres/in-worker.js').then((m) =>
    m.workerAvailable() ? m.startVerifyWorker(options) : null,
  );
  const embedded = worker.then(async (w) =>
    w ? w.postgres : (await import('../verify/postgres/session.js')).pglite(options),
  );
  // Awaited by the verifiers, or only stopped when the run ends before verifying: a failure to
  // start is reported there (verify/postgres-unavailable), never as an unhandled rejection.
  worker.catch(() => {});
  embedded.catch(() => {});
  const stop = async () => {
    const w = await worker.catch(() => null);
    if (w) await w.stop();
    else
      await embedded.then(
        (db) => db.close(),
        () => {},
      );
  };
  return {
    options: {
      embedded,
      lintOpenApi: async (text, json) => {
        const w = await worker;
        if (!w) throw new Error('no verification worker: lint on this thread');
        return w.lintOpenApi(text, json);
      },
      // One verification per command: once it has ended, the worker (PGlite's wasm memory and
      // files, Redocly) goes before the report is rendered and written (issue 19: the example's
      // peak is the rendering's memory plus the worker's).
      release: () => void stop().catch(() => {}),
    },
    stop,
  };
}
