import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LintResult } from '../openapi.js';
import type { PgliteOptions, PgSession } from './session.js';

/**
 * The main thread's side of the verification worker (`./worker.ts`, built as
 * `dist/pglite-worker.js`): a thread that runs the embedded PostgreSQL and the OpenAPI linter, so
 * their start-up (PGlite's wasm and data directory, importing Redocly and building its config)
 * runs on the second core while this thread extracts, derives and renders. Messages: the worker
 * says `notice`, then `ready` (with the server's label) or `failed`; each request gets one reply
 * with its id. Errors cross as their message, the only part the verifiers read.
 */

/** The built worker sits beside the chunk this module is bundled into (tsup writes both to dist/). */
const WORKER_FILE = new URL('./pglite-worker.js', import.meta.url);

export function workerAvailable(): boolean {
  return WORKER_FILE.protocol === 'file:' && existsSync(fileURLToPath(WORKER_FILE));
}

export type WorkerRequest =
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'query'; sql: string; params?: unknown[] }
  | { id: number; op: 'lint'; text: string; json?: string }
  | { id: number; op: 'extensions'; names: readonly string[] }
  | { id: number; op: 'locks' };

export type WorkerMessage =
  | { kind: 'notice'; message: string }
  | { kind: 'ready'; label: string }
  | { kind: 'failed'; message: string }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; message: string };

/** What the worker is started with (`workerData`). */
export interface WorkerStart {
  cacheDir?: string | null;
  extensions?: readonly string[];
}

export interface VerifyWorker {
  /** The embedded PostgreSQL; its `close()` only ends the session, `stop()` ends the thread. */
  postgres: Promise<PgSession>;
  /** Redocly's lint of an OpenAPI document (and the same as JSON, see `lintOpenApi`), in the worker. */
  lintOpenApi(text: string, json?: string): Promise<LintResult>;
  /** Ends the thread at once: a throwaway in-memory cluster has nothing to flush. */
  stop(): Promise<void>;
}

export async function startVerifyWorker(options: PgliteOptions = {}): Promise<VerifyWorker> {
  const { Worker } = await import('node:worker_threads');
  const start: WorkerStart = {
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    ...(options.extensions ? { extensions: options.extensions } : {}),
  };
  const worker = new Worker(WORKER_FILE, {
    workerData: start,
    // The thread's JavaScript is glue (PGlite's wasm, Redocly's lint): V8's default young generation
    // (two semi-spaces growing to 16 MB each) only adds resident memory to the run's peak. 8 MB in
    // all: the example's verify peak 252-253 -> 237 MB for the worker alone, CPU the same within noise.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  // Never what keeps the process alive: the command ends when its own work ends.
  worker.unref();
  const pending = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  let next = 1;
  let gone: Error | null = null;
  let settle: { resolve(label: string): void; reject(e: Error): void } | null = null;
  const ready = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const end = (why: Error) => {
    gone ??= why;
    settle?.reject(gone);
    for (const p of pending.values()) p.reject(gone);
    pending.clear();
  };
  worker.on('message', (m: WorkerMessage) => {
    if (m.kind === 'notice') options.notice?.(m.message);
    else if (m.kind === 'ready') settle?.resolve(m.label);
    else if (m.kind === 'failed') settle?.reject(new Error(m.message));
    else {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.ok) p?.resolve(m.value);
      else p?.reject(new Error(m.message));
    }
  });
  worker.on('error', (e) => end(e));
  worker.on('exit', (code) => end(new Error(`the verification worker stopped (exit ${code})`)));
  const call = (
    request:
      | { op: 'exec'; sql: string }
      | { op: 'query'; sql: string; params?: unknown[] }
      | { op: 'lint'; text: string; json?: string }
      | { op: 'extensions'; names: readonly string[] }
      | { op: 'locks' },
  ) =>
    new Promise<unknown>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  const stop = async () => {
    end(new Error('the verification worker was stopped'));
    await worker.terminate();
  };
  const postgres = ready.then((label): PgSession => {
    let closed: Error | null = null;
    const use = <T>(run: () => Promise<T>) => (closed ? Promise.reject(closed) : run());
    return {
      label,
      exec: (sql) => use(async () => void (await call({ op: 'exec', sql }))),
      query: <T>(sql: string, params?: unknown[]) =>
        use(async () => (await call({ op: 'query', sql, ...(params ? { params } : {}) })) as T[]),
      close: async () => {
        closed ??= new Error('the embedded PostgreSQL session was closed');
      },
      // Unlike on the main thread, a statement running too long is cut mid-way.
      abort: () => {
        void stop();
      },
      needExtensions: (names) => use(async () => void (await call({ op: 'extensions', names }))),
      moreLocks: () => use(async () => (await call({ op: 'locks' })) === true),
    };
  });
  // Awaited by the verifier, or never when the run stops before verifying: no unhandled rejection.
  postgres.catch(() => {});
  return {
    postgres,
    lintOpenApi: async (text, json) =>
      (await call({ op: 'lint', text, ...(json === undefined ? {} : { json }) })) as LintResult,
    stop,
  };
}

/** A throwaway PGlite in its own worker thread; closing the session ends the thread. */
export async function pgliteInWorker(options: PgliteOptions = {}): Promise<PgSession> {
  const worker = await startVerifyWorker(options);
  const session = await worker.postgres.catch(async (e: unknown) => {
    await worker.stop();
    throw e;
  });
  return {
    ...session,
    close: async () => {
      await session.close();
      await worker.stop();
    },
  };
}
