import type { CompileResult } from '../../src/pipeline.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/** The real corpus (read-only), compiled once per project per test run. */
const cache = new Map<string, Promise<CompileResult>>();

export function compileCorpus(project: string): Promise<CompileResult> {
  let hit = cache.get(project);
  if (!hit) {
    hit = compiledProject(corpusRoot(project));
    cache.set(project, hit);
  }
  return hit;
}
