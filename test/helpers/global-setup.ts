import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's compile results, shared by the workers (test/helpers/compiled.ts). */
    compiledDir: string;
  }
}

/**
 * One folder per `vitest run` where the first worker to compile a project leaves the result for
 * the other (test/helpers/compiled.ts). Made fresh for every run and removed after it, so a result
 * never outlives the source it was compiled from.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'backend-spec-test-compiled-'));
  project.provide('compiledDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
