import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedVersion } from '../../src/verify/package-version.js';

/** The versions the verifications name: Redocly's and PGlite's exports leave out package.json. */
describe('installed package versions', () => {
  it('reads the version beside the resolved entry point, null for a package that is not there', () => {
    for (const name of ['@redocly/openapi-core', '@electric-sql/pglite']) {
      const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
        version: string;
      };
      expect(installedVersion(name)).toBe(pkg.version);
    }
    expect(installedVersion('no-such-package-backend-spec')).toBeNull();
  });
});
