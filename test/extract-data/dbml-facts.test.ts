import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { dbmlExtractor } from '../../src/extract/dbml.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { docFrom } from './corpus-helpers.js';
import { DBML_FIXTURES } from './dbml-fixtures.js';

const EXPECTED = fileURLToPath(new URL('./fixtures/dbml-facts.json', import.meta.url));

/** Every fixture's facts and diagnostics (code and line: the parser's wording is its own). */
function factsOf(body: string) {
  const doc = docFrom('d.md', `# DB\n\n\`\`\`dbml\n${body}\n\`\`\`\n`);
  const r = dbmlExtractor.extract({ doc, md: parseMarkdown(doc), all: [doc] });
  return {
    fragment: r.fragment,
    diagnostics: r.diagnostics.map((d) => ({ code: d.code, line: d.at?.line })),
  };
}

it('reads every DBML fixture into the recorded facts (UPDATE=1 re-records; read the diff)', () => {
  const actual = Object.fromEntries(Object.entries(DBML_FIXTURES).map(([k, v]) => [k, factsOf(v)]));
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE) writeFileSync(EXPECTED, text);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
});
