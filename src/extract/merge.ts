import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type Domain, emptyDomain } from '../model/domain.js';
import { mergeEntities } from './merge-entities.js';
import type { DomainFragment } from './types.js';

/**
 * Folds fragments into one Domain. Lists are concatenated here; then `mergeEntities` folds one entity
 * seen in several notations into one.
 */
export function mergeFragments(
  project: Domain['project'],
  fragments: DomainFragment[],
): { domain: Domain; diagnostics: Diagnostic[] } {
  const domain = emptyDomain(project.name, project.language);
  for (const f of fragments) {
    for (const key of Object.keys(f) as (keyof DomainFragment)[]) {
      const list = f[key];
      if (list) (domain[key] as unknown[]).push(...(list as unknown[]));
    }
  }
  return mergeEntities(domain);
}
