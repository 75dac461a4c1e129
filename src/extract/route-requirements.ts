import { featureFolder, resolveCitation } from '../knowledge/requirement-ids.js';
import type { Domain, Requirement } from '../model/domain.js';
import type { Origin } from '../model/origin.js';

/**
 * The requirements each stated route implements, as the documents say it (set on
 * `StatedEndpoint.requirements`; derive maps the stories of those requirements to the route):
 *   - the ids written beside it (its line, its table row, its task item and the item's
 *     `_Requirements: 2.2, 2.3_` line), resolved against the requirement ids;
 *   - the story or functional requirement whose own text states it ("When a `GET` request is made
 *     to `/v1/metadata/neighborhood`" in Story 10.1's criteria), the innermost one.
 * An epic or a non-functional requirement is never what a route implements.
 */
export function routeRequirements(domain: Domain): void {
  const reqs = domain.requirements.filter((r) => r.kind === 'functional' || r.kind === 'user-story');
  if (reqs.length === 0) return;
  const ids = reqs.map((r) => r.id);
  const byFile = new Map<string, Requirement[]>();
  for (const r of reqs)
    if (r.origin.kind === 'source') byFile.set(r.origin.file, [...(byFile.get(r.origin.file) ?? []), r]);
  for (const e of domain.statedEndpoints) {
    const out = new Set<string>();
    for (const c of e.cites ?? []) {
      const id = resolveCitation(c, ids) ?? storyTag(c, e.origin, reqs);
      if (id) out.add(id);
    }
    if (e.origin.kind === 'source') {
      const line = e.origin.line;
      const within = (byFile.get(e.origin.file) ?? []).filter(
        (r) => r.origin.kind === 'source' && r.origin.line <= line && (r.endLine ?? r.origin.line) >= line,
      );
      const span = (r: Requirement) => (r.endLine ?? 0) - (r.origin.kind === 'source' ? r.origin.line : 0);
      const inner = within.sort((a, b) => span(a) - span(b))[0];
      if (inner) out.add(inner.id);
    }
    if (out.size > 0) e.requirements = [...out];
    else delete e.requirements;
  }
}

/**
 * A spec-kit task's story tag (`T015 [US4] GET /api/v1/cantina/producao`): the template's "User
 * Story 4" of the same feature, whatever the spec calls it ("História 4", "Історія користувача 4").
 * The route is then called by that story's actor, as the story says; none when the feature has no
 * one user story of that number.
 */
function storyTag(cited: string, origin: Origin, reqs: readonly Requirement[]): string | null {
  const n = /^US-?(\d+)$/i.exec(cited)?.[1];
  if (!n || origin.kind !== 'source') return null;
  const folder = featureFolder(origin.file);
  const hits = reqs.filter(
    (r) =>
      r.kind === 'user-story' &&
      r.origin.kind === 'source' &&
      featureFolder(r.origin.file) === folder &&
      /(\d+)$/.exec(r.id)?.[1] === n,
  );
  return hits.length === 1 ? hits[0]!.id : null;
}
