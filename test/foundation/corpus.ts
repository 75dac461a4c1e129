import { cpSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real-world corpus and the bundled example: the projects every test runs on. The corpus
 * projects are the byte-for-byte copies committed under test/corpus/<name>, so a fresh clone
 * has them too.
 */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS = ['labcore', 'bmad-todo-app', 'billie-crm', 'business-research-portal'];
export const corpusProject = (name: string) => path.join(REPO, 'test/corpus', name);
export const EXAMPLE = path.join(REPO, 'examples/clinic-booking');

/**
 * Copies the example's inputs (config and documents) into `dest`: never its generated output, which
 * `npm run example` writes into the example folder (README's first command), so that tests see the
 * same project on a fresh clone and after the example ran.
 */
export function copyExampleInputs(dest: string): void {
  cpSync(EXAMPLE, dest, {
    recursive: true,
    filter: (src) => !/(^|[\\/])backend-spec(\.md$|[\\/]|$)/.test(path.relative(EXAMPLE, src)),
  });
}
