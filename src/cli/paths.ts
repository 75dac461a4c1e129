import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isOutside } from '../config/resolve.js';

/**
 * The real path of `p`, following symlinks, for a path that may not exist yet: the deepest existing
 * ancestor is resolved and the rest appended (a folder about to be created cannot be a link).
 */
export async function realPathOf(p: string): Promise<string> {
  const rest: string[] = [];
  let cur = path.resolve(p);
  for (;;) {
    try {
      return path.join(await fs.realpath(cur), ...rest.reverse());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e;
      const parent = path.dirname(cur);
      if (parent === cur) return path.resolve(p);
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** True when `dir` resolves (after symlinks) inside `root` (after symlinks). */
export async function insideProject(root: string, dir: string): Promise<boolean> {
  const [realRoot, realDir] = await Promise.all([realPathOf(root), realPathOf(dir)]);
  return (
    !isOutside(path.relative(realRoot, realDir).replace(/\\/g, '/')) &&
    !path.isAbsolute(path.relative(realRoot, realDir))
  );
}

/** What `--out` names today: nothing yet, a folder, or something else (a file, a device). */
export async function outKind(dir: string): Promise<'missing' | 'folder' | 'other'> {
  try {
    return (await fs.stat(dir)).isDirectory() ? 'folder' : 'other';
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'ENOTDIR') return 'other';
    throw e;
  }
}
