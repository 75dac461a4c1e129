import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/**
 * An installed package's version, from the package.json beside its resolved entry point: packages
 * whose `exports` leave out `./package.json` (PGlite, Redocly) cannot be asked for it directly.
 * Null when it cannot be found.
 */
export function installedVersion(name: string): string | null {
  try {
    let dir = path.dirname(createRequire(import.meta.url).resolve(name));
    for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        // not this folder
      }
    }
  } catch {
    // not resolvable
  }
  return null;
}
