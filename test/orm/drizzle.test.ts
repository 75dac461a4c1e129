import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Spec } from '../../src/model/spec/index.js';
import { renderDrizzle } from '../../src/render/orm/drizzle.js';
import { compileDrizzleSchemas } from '../../src/verify/drizzle.js';

/** schema.ts for every golden PostgreSQL model compiles with tsc (strict) against drizzle-orm. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(`${CASES}${e.name}/expected/backend-spec/schema.sql`))
  .map((e) => e.name)
  .sort();
const load = (name: string) =>
  JSON.parse(readFileSync(`${CASES}${name}/expected/backend-spec/spec.json`, 'utf8')) as Spec;

const BROKEN =
  "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const t = pgTable('t', { a: text('a').nope() });\n";

/** A golden model with one integer column made a stored generated column (`computed`). */
function withGenerated(): { spec: Spec; text: string } {
  const spec = load(cases[0]!);
  const f = spec.entities.flatMap((e) => e.fields).find((x) => x.type.scalar === 'integer' && !x.primaryKey)!;
  f.computed = `${f.column} + 1`;
  return { spec, text: renderDrizzle(spec) };
}

// Every case and the broken schema in one TypeScript program (drizzle-orm's types checked once),
// each schema its own module with its own diagnostics.
let compiled: Promise<Record<string, string[]>> | undefined;
const diagnostics = () => {
  compiled ??= compileDrizzleSchemas(
    {
      ...Object.fromEntries(cases.map((name) => [name, renderDrizzle(load(name))])),
      broken: BROKEN,
      generated: withGenerated().text,
    },
    ROOT,
  );
  return compiled;
};

describe('Drizzle schema.ts', () => {
  it.each(cases)(
    '%s compiles with tsc',
    async (name) => {
      expect((await diagnostics())[name]).toEqual([]);
    },
    120_000,
  );

  it('a stored generated column is `.generatedAlwaysAs(sql`…`)` and compiles', async () => {
    expect(withGenerated().text).toMatch(/\.generatedAlwaysAs\(sql`\w+ \+ 1`\)/);
    expect((await diagnostics()).generated).toEqual([]);
  }, 120_000);

  it('tsc reports a broken schema, at its line', async () => {
    const broken = (await diagnostics()).broken ?? [];
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0]).toMatch(/^schema\.ts:2 .*nope/);
  }, 120_000);
});
