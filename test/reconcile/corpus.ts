import { resolveConfig } from '../../src/config/resolve.js';
import { extract } from '../../src/extract/index.js';
import { prepareExtractors } from '../../src/extract/prepare.js';
import { nodeHost } from '../../src/host.js';
import { loadSources } from '../../src/load/discover.js';
import type { Sources } from '../../src/model/sources.js';
import { corpusRoot } from '../corpus-path.js';

/** Loads one project of the read-only corpus through the real config and discovery. */
export async function loadCorpus(name: string): Promise<Sources> {
  const root = corpusRoot(name);
  const host = nodeHost();
  const { config } = await resolveConfig(root, {}, host);
  const { sources } = await loadSources(root, config, host);
  // As the pipeline does: notations with asynchronous parsers (SQL) load them first.
  await prepareExtractors(sources.documents);
  return sources;
}

export async function corpusDomain(name: string) {
  return extract(await loadCorpus(name)).domain;
}

export const CORPUS = ['labcore', 'bmad-todo-app', 'billie-crm', 'business-research-portal'] as const;
