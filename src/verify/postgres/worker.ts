import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage, WorkerRequest, WorkerStart } from './in-worker.js';
import { pgliteHere } from './session.js';

/**
 * Entry of the worker thread that runs the embedded PostgreSQL (built as `dist/pglite-worker.js`).
 * One session per worker; requests are answered in the order they arrive, as on one connection.
 */
const port = parentPort;
if (!port) throw new Error('pglite-worker runs as a worker thread');
const send = (m: WorkerMessage) => port.postMessage(m);
const start = (workerData ?? {}) as WorkerStart;

try {
  const db = await pgliteHere({
    ...(start.cacheDir !== undefined ? { cacheDir: start.cacheDir } : {}),
    notice: (message) => send({ kind: 'notice', message }),
  });
  // One at a time: PGlite itself serialises, and the order of replies is the order of requests.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (r: WorkerRequest) => {
    queue = queue.then(async () => {
      try {
        let rows: unknown[] = [];
        if (r.op === 'exec') await db.exec(r.sql);
        else rows = await db.query(r.sql, r.params);
        send({ kind: 'reply', id: r.id, ok: true, rows });
      } catch (e) {
        send({ kind: 'reply', id: r.id, ok: false, message: (e as Error).message });
      }
    });
  });
  send({ kind: 'ready', label: db.label });
} catch (e) {
  send({ kind: 'failed', message: (e as Error).message });
}
