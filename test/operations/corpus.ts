import { nodeHost } from '../../src/host.js';
import { type CompileResult, compile } from '../../src/pipeline.js';
import { corpusRoot } from '../corpus-path.js';

/** The real corpus (read-only), compiled once per project per test run. */
const cache = new Map<string, Promise<CompileResult>>();

export function compileCorpus(project: string): Promise<CompileResult> {
  let hit = cache.get(project);
  if (!hit) {
    hit = compile({ root: corpusRoot(project), verify: { skip: true } }, nodeHost());
    cache.set(project, hit);
  }
  return hit;
}
