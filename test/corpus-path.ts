import { fileURLToPath } from 'node:url';

/**
 * The real planning documents of the corpus projects (../shared/corpus), committed byte-for-byte
 * under test/corpus/<project>, so a fresh clone tests them without ../shared and a change to the
 * shared corpus never changes a test's input silently.
 */
export function corpusRoot(project: string): string {
  return fileURLToPath(new URL(`./corpus/${project}`, import.meta.url));
}
