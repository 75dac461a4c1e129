import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { PgliteOptions, PgSession } from './session.js';

/**
 * The main thread's side of the embedded PostgreSQL in a worker thread (`./worker.ts`, built as
 * `dist/pglite-worker.js`). Messages: the worker says `notice`, then `ready` (with the server's
 * label) or `failed`; each `exec` / `query` request gets one reply with its id. Errors cross as
 * their message, the only part the verifiers read.
 */

/** The built worker sits beside the chunk this module is bundled into (tsup writes both to dist/). */
const WORKER_FILE = new URL('./pglite-worker.js', import.meta.url);

export function workerAvailable(): boolean {
  return WORKER_FILE.protocol === 'file:' && existsSync(fileURLToPath(WORKER_FILE));
}

export type WorkerRequest =
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'query'; sql: string; params?: unknown[] };

export type WorkerMessage =
  | { kind: 'notice'; message: string }
  | { kind: 'ready'; label: string }
  | { kind: 'failed'; message: string }
  | { kind: 'reply'; id: number; ok: true; rows: unknown[] }
  | { kind: 'reply'; id: number; ok: false; message: string };

/** What the worker is started with (`workerData`). */
export interface WorkerStart {
  cacheDir?: string | null;
}

export async function pgliteInWorker(options: PgliteOptions = {}): Promise<PgSession> {
  const { Worker } = await import('node:worker_threads');
  const start: WorkerStart = options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {};
  const worker: Worker = new Worker(WORKER_FILE, { workerData: start });
  // Never what keeps the process alive: the command ends when its own work ends.
  worker.unref();
  const pending = new Map<number, { resolve(rows: unknown[]): void; reject(e: Error): void }>();
  let next = 1;
  let gone: Error | null = null;
  const stop = (why: Error) => {
    gone ??= why;
    for (const p of pending.values()) p.reject(gone);
    pending.clear();
  };
  const label = await new Promise<string>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'notice') options.notice?.(m.message);
      else if (m.kind === 'ready') resolve(m.label);
      else if (m.kind === 'failed') reject(new Error(m.message));
      else {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.ok) p?.resolve(m.rows);
        else p?.reject(new Error(m.message));
      }
    });
    worker.on('error', (e) => {
      stop(e);
      reject(e);
    });
    worker.on('exit', (code) => {
      const e = new Error(`the embedded PostgreSQL stopped (exit ${code})`);
      stop(e);
      reject(e);
    });
  }).catch(async (e: unknown) => {
    await worker.terminate();
    throw e;
  });
  const call = (request: Omit<WorkerRequest, 'id'>) =>
    new Promise<unknown[]>((resolve, reject) => {
      if (gone) return reject(gone);
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  const end = async () => {
    stop(new Error('the embedded PostgreSQL was closed'));
    await worker.terminate();
  };
  return {
    label,
    exec: async (sql) => {
      await call({ op: 'exec', sql });
    },
    query: async <T>(sql: string, params?: unknown[]) =>
      (await call({ op: 'query', sql, ...(params ? { params } : {}) })) as T[],
    // A throwaway in-memory cluster: nothing to flush, so closing is stopping the thread.
    close: end,
    // Unlike on the main thread, a statement running too long is cut mid-way.
    abort: () => {
      void end();
    },
  };
}
