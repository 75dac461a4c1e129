import type { Requirement } from '../../model/domain.js';
import type { Endpoint } from '../../model/spec/api.js';
import { MentionIndex } from './mentions.js';
import { mentionPattern, words } from './naming.js';

/**
 * Which functional requirements an endpoint serves: the requirement names the endpoint's entity
 * (as an object, not as the sentence's subject: "users can ..." does not make every sentence about
 * the User resource) and uses a verb of the endpoint's action.
 */
const VERBS: Record<Endpoint['action'], RegExp> = {
  list: /\b(view|list|see|browse|display|show|filter|sort|overview|dashboard)\w*\b/i,
  get: /\b(view|see|open|detail|show|display)\w*\b/i,
  create: /\b(create|add|new|register|record|submit|enter|book|schedule|upload|log)\w*\b/i,
  update: /\b(edit|update|change|modify|rename|mark|set|assign|move|reorder)\w*\b/i,
  replace: /\b(edit|update|replace)\w*\b/i,
  delete: /\b(delete|remove|discard|clear)\w*\b/i,
  search: /\b(search|find|look ?up)\w*\b/i,
  action: /$^/,
  auth: /$^/,
  health: /\b(health|uptime|monitor)\w*\b/i,
  webhook: /\b(webhook|callback|notif)\w*\b/i,
};

const SUBJECT =
  /\b(?:the |a |an )?(?:[a-z]+ )?(?:users?|customers?|admins?|staff|members?|people|person)\s+(?:can|must|shall|should|may|will|are able to|is able to|need to|wants? to)\b/gi;

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
  const reqs = requirements.filter(isFunctional).map((r) => ({ r, text: r.text.replace(SUBJECT, ' ') }));
  const index = new MentionIndex(reqs.map(({ text }) => text));
  return endpoints.map((ep) => {
    if (ep.requirements.length > 0 || !ep.entity || untraced.has(ep.entity)) return ep;
    const mention = new RegExp(mentionPattern(ep.entity).source, 'gi');
    const verb = ep.action === 'action' ? actionVerb(ep) : new RegExp(VERBS[ep.action].source, 'gi');
    const ids = index
      .mentioning(ep.entity)
      .map((i) => reqs[i]!)
      .filter(({ text }) => near(text, verb, mention))
      .map(({ r }) => r.id);
    return ids.length > 0 ? { ...ep, requirements: [...new Set(ids)] } : ep;
  });
}

/** The verb and the entity occur within a few words of each other (the entity is the verb's object). */
const WINDOW = 48;
function near(text: string, verb: RegExp, mention: RegExp): boolean {
  const at = (re: RegExp) => [...text.matchAll(re)].map((m) => m.index ?? 0);
  const verbs = at(verb);
  if (verbs.length === 0) return false;
  const things = at(mention);
  return verbs.some((v) => things.some((t) => t >= v - 12 && t - v <= WINDOW));
}

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
