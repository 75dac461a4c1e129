import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { nodeHost } from '../../src/host.js';
import { type CompileOptions, type CompileResult, compile } from '../../src/pipeline.js';
import './global-setup.js';

/**
 * One compile per project per test run: many test files read the same committed corpus copies and
 * the example (read-only inputs, verification skipped), and a compile of a real project costs
 * seconds. Within a worker the promise is kept on globalThis, so that it outlives one test file
 * when the pool shares modules across files (vitest.config.ts `isolate: false`). Across the two
 * workers the first one to need a project compiles it and leaves the result as JSON in the run's
 * folder (test/helpers/global-setup.ts); the other waits for that file instead of compiling the
 * same project again. The model is plain data (src/model imports nothing), so the JSON copy is the
 * same result. Callers must treat the result as read-only: it is shared.
 */
const KEY = Symbol.for('backend-spec.test.compiled');
type Cache = Map<string, Promise<CompileResult>>;
const slot = globalThis as Record<symbol, Cache | undefined>;
const cache: Cache = slot[KEY] ?? new Map();
slot[KEY] = cache;

/** How long a worker waits for the other one's compile before compiling the project itself. */
const WAIT_MS = 180_000;

export function compiledProject(
  root: string,
  options: { projectName?: string } = {},
): Promise<CompileResult> {
  const resolved = path.resolve(root);
  // The options are part of the key: a golden case that names its project is another compile.
  const key = options.projectName ? `${resolved}\0${options.projectName}` : resolved;
  let hit = cache.get(key);
  if (!hit) {
    hit = sharedCompile(key, { root: resolved, verify: { skip: true }, ...options });
    // A failed compile is not cached: the next caller sees its own error.
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

async function sharedCompile(key: string, options: CompileOptions): Promise<CompileResult> {
  const dir = inject('compiledDir');
  if (!dir) return compile(options, nodeHost());
  const file = path.join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  const failed = `${file}.failed`;
  try {
    // The lock: exactly one worker creates it and compiles.
    writeFileSync(`${file}.lock`, String(process.pid), { flag: 'wx' });
  } catch {
    for (let waited = 0; waited < WAIT_MS; waited += 50) {
      if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as CompileResult;
      if (existsSync(failed)) break;
      await sleep(50);
    }
    return compile(options, nodeHost());
  }
  try {
    const result = await compile(options, nodeHost());
    // Written aside and renamed: the waiting worker never reads half a file.
    await writeFile(`${file}.${process.pid}`, JSON.stringify(result));
    await rename(`${file}.${process.pid}`, file);
    return result;
  } catch (e) {
    writeFileSync(failed, '');
    throw e;
  }
}
