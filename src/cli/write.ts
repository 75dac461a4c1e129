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
  /** Absolute paths of files of the previous output set that no longer belong to it (removed). */
  removed: string[];
  /** What was done with an interrupted earlier run's leftovers, if anything. */
  recovered: 'rolled-forward' | 'discarded' | null;
}

/**
 * Writes the spec and artifacts as one set (`Host.commitOutputs`: staged, then swapped in; files of
 * removed entities go away); never overwrites a hand-edited backend-spec.md without force.
 */
export async function writeOutputs(
  host: Host,
  root: string,
  outDir: string,
  files: readonly Artifact[],
  opts: { force: boolean; dryRun: boolean },
): Promise<WritePlan> {
  const plan: WritePlan = { written: [], refused: [], removed: [], recovered: null };
  const dir = path.join(root, outDir);
  const target = (a: Artifact) => path.join(dir, a.path);
  const specFile = files.find((f) => f.path === SPEC_FILE);
  if (specFile && !opts.force) {
    const existing = await host.readFile(target(specFile));
    if (existing !== null && stampStatus(existing) === 'edited' && existing !== specFile.text) {
      plan.refused.push(target(specFile));
      return plan;
    }
  }
  plan.written = files.map(target);
  if (opts.dryRun) return plan;
  if (host.commitOutputs) {
    const report = await host.commitOutputs(dir, files);
    plan.removed = report.removed.map((p) => path.join(dir, p));
    plan.recovered = report.recovered;
  } else for (const f of files) await host.writeFile(target(f), f.text);
  return plan;
}
