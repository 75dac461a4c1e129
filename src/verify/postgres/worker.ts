import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { writeCodeCache } from '../../heavy-require.js';
import { enableCompileCache } from '../compile-cache.js';
import type { WorkerMessage, WorkerRequest, WorkerStart } from './in-worker.js';
import type { PgSession } from './session.js';
import { pgliteHere } from './session.js';

/**
 * Entry of the verification worker thread (built as `dist/pglite-worker.js`): one embedded
 * PostgreSQL session, and Redocly for the OpenAPI lint, loaded while the main thread compiles.
 * Requests are answered in the order they arrive, as on one connection.
 */
// Each thread has its own module loader: Redocly and PGlite's JavaScript compiled from cache too.
enableCompileCache();
// WebAssembly compiled by V8's baseline compiler (Liftoff) only, before PGlite's module is compiled.
// By default V8 also recompiles every function that runs often with its optimizing compiler
// (TurboFan, "dynamic tiering"), in background threads: for PostgreSQL's start and a schema's DDL
// that work is mostly wasted — a throwaway cluster runs a few seconds — and its compiler memory and
// second copy of the code stay resident. Measured on the example's schema: apply 0.33 -> 0.08 s of
// CPU, the process 232 -> 140 MB resident after it; on 1,000 entities the same apply CPU (6.4 s)
// and 64 MB less (issue 19). A V8 flag is per process: wasm compiled later on the main thread
// (libpg-query's parser) is compiled the same way; it computes the same results either way.
setFlagsFromString('--liftoff-only');
const port = parentPort;
if (!port) throw new Error('pglite-worker runs as a worker thread');
const send = (m: WorkerMessage) => port.postMessage(m);
const start = (workerData ?? {}) as WorkerStart;

let db: PgSession | null = null;
let queue: Promise<void> = Promise.resolve();
port.on('message', (r: WorkerRequest) => {
  queue = queue.then(async () => {
    try {
      let value: unknown = null;
      if (r.op === 'lint') value = await (await import('../openapi.js')).lintOpenApi(r.text, r.json);
      else if (!db) throw new Error('the embedded PostgreSQL is not running');
      else if (r.op === 'exec') await db.exec(r.sql);
      else if (r.op === 'extensions') await db.needExtensions?.(r.names);
      else if (r.op === 'locks') value = (await db.moreLocks?.()) ?? false;
      else value = await db.query(r.sql, r.params);
      send({ kind: 'reply', id: r.id, ok: true, value });
    } catch (e) {
      send({ kind: 'reply', id: r.id, ok: false, message: (e as Error).message });
    }
    // The main thread ends this thread with `terminate()`, which runs no 'exit' handler, so the code
    // cache of what this thread compiled without one (Redocly, PGlite) was never written and every
    // verifying run compiled them again (~0.3 s of CPU, issue 19). Written here, once the lint has
    // run (its functions are then compiled): a no-op on the runs that loaded them from the cache.
    if (r.op === 'lint') writeCodeCache();
  });
});

try {
  db = await pgliteHere({
    ...(start.cacheDir !== undefined ? { cacheDir: start.cacheDir } : {}),
    ...(start.extensions ? { extensions: start.extensions } : {}),
    notice: (message) => send({ kind: 'notice', message }),
  });
  send({ kind: 'ready', label: db.label });
} catch (e) {
  send({ kind: 'failed', message: (e as Error).message });
}
// PostgreSQL first (the schema waits for it), then the linter's start-up, before it is asked.
await (await import('../openapi.js')).prepareLinter();
