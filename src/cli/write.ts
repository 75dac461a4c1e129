import * as path from 'node:path';
import type { Host } from '../host.js';
import { SPEC_FILE } from '../render/index.js';
import { stampStatus } from '../render/markdown/stamp.js';
import type { Artifact } from '../render/types.js';

export interface WritePlan {
  /** Absolute paths that would be written. */
  written: string[];
  /** backend-spec.md exists and was edited by hand since it was generated (refused without --force). */
  refused: string[];
}

/** Writes the spec and artifacts atomically; never overwrites a hand-edited backend-spec.md without force. */
export async function writeOutputs(
  host: Host,
  root: string,
  outDir: string,
  files: readonly Artifact[],
  opts: { force: boolean; dryRun: boolean },
): Promise<WritePlan> {
  const plan: WritePlan = { written: [], refused: [] };
  const target = (a: Artifact) => path.join(root, outDir, a.path);
  const specFile = files.find((f) => f.path === SPEC_FILE);
  if (specFile && !opts.force) {
    const existing = await host.readFile(target(specFile));
    if (existing !== null && existing !== specFile.text && stampStatus(existing) === 'edited') {
      plan.refused.push(target(specFile));
      return plan;
    }
  }
  for (const f of files) {
    plan.written.push(target(f));
    if (!opts.dryRun) await host.writeFile(target(f), f.text);
  }
  return plan;
}
