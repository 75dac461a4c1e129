import { fileURLToPath } from 'node:url';

/**
 * The real planning documents of the corpus projects, as committed byte-for-byte under
 * test/cases/<project>/input, so a fresh clone tests them without ../shared.
 */
export function corpusRoot(project: string): string {
  return fileURLToPath(new URL(`./cases/${project}/input`, import.meta.url));
}
