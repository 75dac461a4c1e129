import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The real-world corpus (read-only) and the bundled example: the projects every test runs on. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = process.env.BACKEND_SPEC_CORPUS ?? path.resolve(REPO, '../shared/corpus');
export const CORPUS = ['labcore', 'bmad-todo-app', 'billie-crm', 'business-research-portal'];
export const EXAMPLE = path.join(REPO, 'examples/clinic-booking');
