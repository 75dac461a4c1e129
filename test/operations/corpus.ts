import { nodeHost } from '../../src/host.js';
import { type CompileResult, compile } from '../../src/pipeline.js';

/** The real corpus (read-only), compiled once per project per test run. */
export const CORPUS = '/work/shared/corpus';
const cache = new Map<string, Promise<CompileResult>>();

export function compileCorpus(project: string): Promise<CompileResult> {
  let hit = cache.get(project);
  if (!hit) {
    hit = compile({ root: `${CORPUS}/${project}`, verify: { skip: true } }, nodeHost());
    cache.set(project, hit);
  }
  return hit;
}
