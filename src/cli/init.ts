import * as path from 'node:path';
import type { Host } from '../host.js';
import { initTemplates } from './templates.js';

export interface InitResult {
  /** Project-relative paths written. */
  written: string[];
  /** Project-relative paths that already existed and were left untouched. */
  skipped: string[];
}

/** Writes the config and the four prerequisite documents; never overwrites an existing file. */
export async function initProject(
  root: string,
  opts: { name: string; docs: string; language: string },
  host: Host,
): Promise<InitResult> {
  const result: InitResult = { written: [], skipped: [] };
  for (const t of initTemplates(opts)) {
    const file = path.join(root, t.path);
    if (await existsAnyCase(host, file)) {
      result.skipped.push(t.path);
      continue;
    }
    await host.writeFile(file, t.text);
    result.written.push(t.path);
  }
  return result;
}

/** `docs/product/prd.md` counts as the PRD too: never add a second one on a case-sensitive disk. */
async function existsAnyCase(host: Host, file: string): Promise<boolean> {
  if (await host.exists(file)) return true;
  const entries = await host.readDir(path.dirname(file));
  const name = path.basename(file).toLowerCase();
  return (entries ?? []).some((e) => e.name.toLowerCase() === name);
}
