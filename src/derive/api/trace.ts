import type { Requirement } from '../../model/domain.js';
import type { Endpoint } from '../../model/spec/api.js';
import { MentionIndex } from './mentions.js';
import { mentionPattern, words } from './naming.js';

/**
 * Which functional requirements an endpoint serves: the requirement names the endpoint's entity
 * (as an object, not as the sentence's subject: "users can ..." does not make every sentence about
 * the User resource) and uses a verb of the endpoint's action. The verbs and the blanked subjects
 * were read in extract (`requirement.asks`, read/operation-words.ts); here only the model's entity
 * names and route segments are placed next to them.
 */
const isFunctional = (r: Requirement) => r.kind !== 'non-functional';

/**
 * `untraced`: entities named in nearly every sentence (the tenant: "the lab's patients"), whose
 * mention says nothing about which endpoint a requirement needs.
 */
export function traceRequirements(
  endpoints: Endpoint[],
  requirements: readonly Requirement[],
  untraced: ReadonlySet<string> = new Set(),
): Endpoint[] {
  const reqs = requirements
    .filter(isFunctional)
    .map((r) => ({ r, text: r.asks?.text ?? r.text, verbs: r.asks?.verbs ?? [] }));
  const index = new MentionIndex(reqs.map(({ text }) => text));
  return endpoints.map((ep) => {
    if (ep.requirements.length > 0 || !ep.entity || untraced.has(ep.entity)) return ep;
    const mention = new RegExp(mentionPattern(ep.entity).source, 'gi');
    const named = ep.action === 'action' ? actionVerb(ep) : null;
    const at = (q: (typeof reqs)[number]): number[] =>
      named
        ? [...q.text.matchAll(named)].map((m) => m.index ?? 0)
        : q.verbs.filter((v) => v.operation === ep.action).map((v) => v.index);
    const ids = index
      .mentioning(ep.entity)
      .map((i) => reqs[i]!)
      .filter((q) => near(q.text, at(q), mention))
      .map(({ r }) => r.id);
    return ids.length > 0 ? { ...ep, requirements: [...new Set(ids)] } : ep;
  });
}

/** The verb and the entity occur within a few words of each other (the entity is the verb's object). */
const WINDOW = 48;
function near(text: string, verbs: readonly number[], mention: RegExp): boolean {
  if (verbs.length === 0) return false;
  const things = [...text.matchAll(mention)].map((m) => m.index ?? 0);
  // Within one sentence: a story's title "Book a shift." does not reach the "As a volunteer" after it.
  const apart = (a: number, b: number) => /[.!?;:]\s/.test(text.slice(Math.min(a, b), Math.max(a, b)));
  // A sentence's first words right before its verb are its subject ("Volunteers book a shift"),
  // not what the verb acts on.
  const subject = (t: number, v: number) =>
    t < v &&
    /^\s*$/.test(text.slice(t, v).replace(/^\S+/, '')) &&
    (t === 0 || /[.!?;:]\s+$/.test(text.slice(Math.max(0, t - 8), t)));
  return verbs.some((v) =>
    things.some((t) => t >= v - 12 && t - v <= WINDOW && !apart(v, t) && !subject(t, v)),
  );
}

/** A state action's verb from its route segment (`/orders/{id}/cancel` → `cancel…`): a name pattern. */
function actionVerb(ep: Endpoint): RegExp {
  const last =
    ep.path
      .split('/')
      .filter((s) => s && !s.startsWith('{'))
      .pop() ?? '';
  const verb = words(last).split(' ')[0] ?? '';
  if (!verb) return /$^/g;
  return new RegExp(`\\b${verb.replace(/-/g, '[\\s-]?').replace(/e$/, '')}[a-z]*\\b`, 'gi');
}
