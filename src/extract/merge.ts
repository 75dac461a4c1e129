import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type Domain, emptyDomain } from '../model/domain.js';
import type { DomainFragment } from './types.js';

/**
 * Folds fragments into one Domain. Lists are concatenated here; entity-level merging (one entity
 * seen in several notations) is done by `mergeEntities` in the data layer.
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
  return { domain, diagnostics: [] };
}
