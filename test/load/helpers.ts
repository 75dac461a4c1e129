import { resolveConfig } from '../../src/config/resolve.js';
import { memoryHost } from '../../src/host.js';
import { loadSources } from '../../src/load/discover.js';
import type { SourceEntry } from '../../src/model/sources.js';
import { compile } from '../../src/pipeline.js';

export const ROOT = '/p/proj';

export function hostOf(files: Record<string, string>) {
  return memoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`${ROOT}/${k}`, v])));
}

export async function load(files: Record<string, string>) {
  const host = hostOf(files);
  const { config } = await resolveConfig(ROOT, {}, host);
  return loadSources(ROOT, config, host);
}

export async function compileFiles(files: Record<string, string>) {
  return compile({ root: ROOT, verify: { skip: true } }, hostOf(files));
}

/** `status path [of]` per entry, for compact assertions. */
export function listing(entries: readonly SourceEntry[] | undefined): string[] {
  return (entries ?? []).map((e) => `${e.status} ${e.path}${e.of ? ` -> ${e.of}` : ''}`);
}

/** A paragraph of distinct lines, so that copies share content and different documents do not. */
export function lines(seed: string, n: number): string {
  return Array.from(
    { length: n },
    (_, i) => `- ${seed} statement number ${i} says the system does thing ${i} for the ${seed} users.`,
  ).join('\n');
}
