import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript shared with scripts/corpus.mjs
import { reviewOf } from '../scripts/corpus-review.mjs';
import { compiledProject } from './helpers/compiled.js';

/**
 * The corpus reviews (`npm run corpus`) as golden files: one per project under
 * test/corpus-reviews/. `UPDATE=1 npx vitest run test/corpus-reviews.test.ts` re-records them; read
 * the diff against the documents before committing.
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.join(HERE, 'corpus');
const REVIEWS = path.join(HERE, 'corpus-reviews');
const UPDATE = process.env.UPDATE === '1';

const projects = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('corpus reviews', () => {
  it('covers every corpus project', () => expect(projects.length).toBeGreaterThanOrEqual(14));

  it.each(projects)('%s', async (project) => {
    const result = await compiledProject(path.join(CORPUS, project));
    const review: string = reviewOf(project, result);
    const file = path.join(REVIEWS, `${project}.md`);
    if (UPDATE) {
      mkdirSync(REVIEWS, { recursive: true });
      writeFileSync(file, review);
      return;
    }
    expect(
      existsSync(file),
      `no review for ${project}: run UPDATE=1 npx vitest run test/corpus-reviews.test.ts`,
    ).toBe(true);
    expect(review).toBe(readFileSync(file, 'utf8'));
  });
});
