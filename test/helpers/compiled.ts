import * as path from 'node:path';
import { nodeHost } from '../../src/host.js';
import { type CompileResult, compile } from '../../src/pipeline.js';

/**
 * One compile per project per test worker: many test files read the same committed corpus copies
 * and the example (read-only inputs, verification skipped), and a compile of a real project costs
 * seconds. The cache lives on globalThis so that it outlives one test file when the pool shares
 * modules across files (vitest.config.ts `isolate: false`). Callers must treat the result as
 * read-only: it is shared.
 */
const KEY = Symbol.for('backend-spec.test.compiled');
type Cache = Map<string, Promise<CompileResult>>;
const slot = globalThis as Record<symbol, Cache | undefined>;
const cache: Cache = slot[KEY] ?? new Map();
slot[KEY] = cache;

export function compiledProject(
  root: string,
  options: { projectName?: string } = {},
): Promise<CompileResult> {
  const resolved = path.resolve(root);
  // The options are part of the key: a golden case that names its project is another compile.
  const key = options.projectName ? `${resolved}\0${options.projectName}` : resolved;
  let hit = cache.get(key);
  if (!hit) {
    hit = compile({ root: resolved, verify: { skip: true }, ...options }, nodeHost());
    // A failed compile is not cached: the next caller sees its own error.
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}
