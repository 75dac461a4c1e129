// `npm run corpus`: compiles every project of the corpus (test/corpus/*, the committed copies of
// ../shared/corpus; or the folder given as the first argument) without verification and writes one
// review file per project to test/corpus-reviews/<project>.md (scripts/corpus-review.mjs says what
// is in it). The reviews are golden files: `npx vitest run test/corpus-reviews.test.ts` fails when
// what the tool reads changes, and the diff is what a reviewer reads against the documents.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, nodeHost } from '../dist/index.js';
import { reviewOf } from './corpus-review.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(REPO, 'test/corpus'));
const out = path.join(REPO, 'test/corpus-reviews');
mkdirSync(out, { recursive: true });

const projects = readdirSync(corpus, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
for (const project of projects) {
  const started = performance.now();
  const result = await compile({ root: path.join(corpus, project), verify: { skip: true } }, nodeHost());
  const review = reviewOf(project, result);
  writeFileSync(path.join(out, `${project}.md`), review);
  const ms = Math.round(performance.now() - started);
  const spec = result.spec;
  console.log(
    `${project.padEnd(26)} ${String(ms).padStart(6)} ms  ${spec ? `${spec.entities.length} entities, ${spec.endpoints.length} endpoints, ${spec.integrations.length} integrations, ${spec.jobs.length} jobs` : 'not compiled'}`,
  );
}
console.log(`reviews written to ${path.relative(process.cwd(), out) || '.'}/`);
