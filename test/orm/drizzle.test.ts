import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Spec } from '../../src/model/spec/index.js';
import { renderDrizzle } from '../../src/render/orm/drizzle.js';
import { compileDrizzle } from '../../src/verify/drizzle.js';

/** schema.ts for every golden PostgreSQL model compiles with tsc (strict) against drizzle-orm. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(`${CASES}${e.name}/expected/backend-spec/schema.sql`))
  .map((e) => e.name)
  .sort();
const load = (name: string) =>
  JSON.parse(readFileSync(`${CASES}${name}/expected/backend-spec/spec.json`, 'utf8')) as Spec;

describe('Drizzle schema.ts', () => {
  it.each(cases)(
    '%s compiles with tsc',
    async (name) => {
      expect(await compileDrizzle(renderDrizzle(load(name)), ROOT)).toEqual([]);
    },
    60_000,
  );

  it('tsc reports a broken schema', async () => {
    const broken =
      "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', { a: text('a').nope() });\n";
    expect((await compileDrizzle(broken, ROOT)).length).toBeGreaterThan(0);
  }, 60_000);
});
