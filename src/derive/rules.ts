import type { Domain, Requirement } from '../model/domain.js';
import { fromSource, type Origin } from '../model/origin.js';
import type { Endpoint, Service } from '../model/spec/api.js';
import type { SpecEntity } from '../model/spec/data.js';
import type { BusinessRule, Enforcement, Lifecycle, LifecycleTransition } from '../model/spec/rules.js';
import { verbOf } from './api/actions.js';
import { words } from './api/naming.js';
import { planResources } from './api/resources.js';
import { capability } from './api/stories.js';
import { entitiesOf } from './api/story-operations.js';
import { facts } from './security/roles.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `rules`: the business-rules table and the lifecycles.
 * - A rule is every stated sentence with a rule word (must, only, at most, at least, within, unique,
 *   never, before/after, up to, expires… in en, es, pt, fr, de) and a number or a hard modality, read
 *   from functional requirements, stories' acceptance criteria, business-rule sections and the
 *   privacy/security requirements that bound data or access. Each gets the entity it names, the
 *   operations that implement its requirement, how it is enforced and its domain error code.
 * - A lifecycle is every status enum of the data model: its states, the transitions the documents
 *   state (arrows, "from X to Y", a state diagram) plus those the action endpoints make, each with
 *   the roles the permission matrix allows; drawn as a mermaid `stateDiagram-v2` in section 4.
 */

const RULE_WORD =
  /\b(must|shall|only|at most|at least|within|unique|never|before|after|cannot|can ?not|up to|no more than|limited to|maximum|minimum|expires?|valid for|exactly|one per|per|debe|deben|solo|sólo|como máximo|al menos|dentro de|únic[oa]|nunca|antes|después|no puede|hasta|doit|doivent|seul(?:e|ement)?|au plus|au moins|dans les|jamais|avant|après|ne peut|jusqu'à|muss|müssen|nur|höchstens|mindestens|innerhalb|eindeutig|nie|niemals|vor|nach|darf nicht|bis zu|deve|devem|apenas|no máximo|pelo menos|único|depois|não pode|até)\b/i;
const NUMBER = /\d|\b(one|two|three|single|dos|tres|deux|trois|zwei|drei|dois|duas)\b/i;
/** A stated amount of time is a rule's number (`held for 10 minutes`, `retained for 7 years`). */
const DURATION =
  /\b\d+\s*(?:-\s*)?(?:seconds?|minutes?|mins?|hours?|h|days?|weeks?|months?|years?|segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?|secondes?|heures?|jours?|semaines?|mois|ans?|années?|sekunden|minuten|stunden|tage?n?|wochen|monate?n?|jahre?n?)\b/i;
const MUST = /\b(must|shall|required to|has to|have to|debe|deben|doit|doivent|muss|müssen|deve|devem)\b/i;
/** Before/after an event orders two steps; "after each appointment" only says when, not a rule. */
const ORDER =
  /\b(before|after|antes|después|avant|après|vor|nach|depois)\b(?!\s+(?:each|every|cada|chaque|jede[mnrs]?)\b)/i;
const HARD =
  /\b(never|unique|unicidad|unicité|unicidade|impedir|empêcher|verhindern|only|must not|may not|does not|do not|cannot|can ?not|not allowed|nunca|únic[oa]|solo|sólo|jamais|seul|nie|niemals|nur|eindeutig|apenas|não pode|no puede|ne peut|darf nicht)\b/i;
const NFR_RULE =
  /\b(retain|retention|retained|anonymi[sz]|purge|delete|expire|lock|limit|attempts?|per (?:minute|hour|day|ip)|conserv|aufbewahr|bewahr|conservad|guardad)\w*/i;
/** Performance targets are not business rules. */
const PERFORMANCE =
  /\b(\d+\s?ms|p9\d|percentile|availability|uptime|latency|concurrent|throughput|responses? within)\b|\b(?:loads?|takes?|generated|rendered|responds?|displayed|refresh\w*|updates?|reflects?)\s+(?:\w+\s+){0,4}?(?:within|under|in less than)\b|\bwithin \d+\s*(?:ms|seconds?|s)\b/i;

function kindOf(text: string): string {
  if (
    /\b(unique|únic|eindeutig|overlap|solap|chevauch|überschneid|sobrepor|one per|only one|exactly one)\w*/i.test(
      text,
    )
  )
    return 'unique';
  if (
    /\b(within|before|after|dentro de|antes|después|avant|après|innerhalb|vor|nach|depois)\b/i.test(text) &&
    DURATION.test(text)
  )
    return 'window';
  if (
    /\b(at most|up to|no more than|limited to|maximum|max\.?|como máximo|hasta|au plus|jusqu'à|höchstens|bis zu|no máximo|até)\b/i.test(
      text,
    )
  )
    return 'limit';
  if (/\b(at least|minimum|al menos|au moins|mindestens|pelo menos)\b/i.test(text)) return 'minimum';
  if (
    /\b(within|before|after|dentro de|antes|después|avant|après|innerhalb|vor|nach|depois)\b/i.test(text) &&
    NUMBER.test(text)
  )
    return 'window';
  if (/\b(expires?|valid for|locked for|held for|retained|retention)\b/i.test(text)) return 'duration';
  if (HARD.test(text)) return /\bonly|solo|sólo|seul|nur|apenas\b/i.test(text) ? 'only' : 'never';
  if (/\b(before|after|antes|después|avant|après|vor|nach|depois)\b/i.test(text)) return 'ordering';
  return 'required';
}

const AUTOMATIC =
  /\b(automatically|automatic|scheduled|reminder|purged?|anonymi[sz]ed|expires?|is marked|are marked|automáticamente|automatiquement|automatisch|automaticamente|erinnerung|rappel|recordatorio|lembrete|nächtlich|jede Nacht|chaque nuit|cada noche|toda noite)\b/i;
const ROLE_ONLY =
  /\b(only (?:the |a |an )?\w+ (?:can|may)|can only|may only|solo (?:el|la|los)|seul(?:e)? (?:le|la|les)|nur (?:der|die))\b/i;
const INPUT = /\b(characters?|chars?|digits?|length|items?|files?|MB|KB|GB|caracteres|caractères|zeichen)\b/i;

function enforcementOf(kind: string, text: string): Enforcement {
  if (AUTOMATIC.test(text) && !/\b(not|never|no|nunca|jamais|nicht|não)\s+(?:\w+\s+)?automatic/i.test(text))
    return 'job';
  if (kind === 'unique') return 'db-constraint';
  if (ROLE_ONLY.test(text)) return 'authorization';
  if ((kind === 'limit' || kind === 'minimum') && INPUT.test(text)) return 'validation';
  return 'service-check';
}

const SNAKE = (s: string) =>
  words(s)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Domain error codes named from the entity and the kind of rule (`APPOINTMENT_OUTSIDE_WINDOW`). */
function errorCode(
  kind: string,
  entity: string | null,
  text: string,
  enforcement: Enforcement,
): string | null {
  if (enforcement === 'job') return null;
  if (/\bslots?\b/i.test(text) && /\b(held|hold|book|overlap|free|available)\w*/i.test(text))
    return 'SLOT_UNAVAILABLE';
  if (/\block(ed)?\b/i.test(text) && /\b(attempts?|sign[- ]in|login)\b/i.test(text)) return 'ACCOUNT_LOCKED';
  const e = entity ? SNAKE(entity) : 'REQUEST';
  switch (kind) {
    case 'unique':
      return /overlap|solap|chevauch|überschneid|sobrepor/i.test(text)
        ? `${e}_OVERLAP`
        : `${e}_ALREADY_EXISTS`;
    case 'limit':
      return `${e}_LIMIT_EXCEEDED`;
    case 'minimum':
      return `${e}_BELOW_MINIMUM`;
    case 'window':
      return `${e}_OUTSIDE_WINDOW`;
    case 'duration':
      return `${e}_EXPIRED`;
    case 'only':
    case 'never':
      return `${e}_NOT_ALLOWED`;
    case 'ordering':
      return `${e}_INVALID_STATE`;
    default:
      return `${e}_INVALID`;
  }
}

interface Candidate {
  text: string;
  requirements: string[];
  origin: Origin;
}

function candidates(domain: Domain): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (text: string, given: string[], origin: Origin) => {
    let t = text.replace(/\*\*/g, '').trim();
    // A sentence that opens with its requirement id (`FR-07 Appointment types …`) carries it.
    const lead = /^([A-Z]{1,5}[-_]?\d+(?:\.\d+)*)\s*[:.)–—-]?\s+/.exec(t);
    const reqs = lead && given.length === 0 ? [lead[1]!] : given;
    if (lead) t = t.slice(lead[0].length);
    const key = t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key) || t.length < 8 || PERFORMANCE.test(t)) return;
    const ruled =
      ((RULE_WORD.test(t) || HARD.test(t)) &&
        (NUMBER.test(t) || HARD.test(t) || MUST.test(t) || ORDER.test(t))) ||
      DURATION.test(t);
    if (!ruled) return;
    seen.add(key);
    out.push({ text: t, requirements: reqs, origin });
  };
  const isRuleReq = (r: Requirement) =>
    r.kind !== 'non-functional' || (NFR_RULE.test(r.text) && !PERFORMANCE.test(r.text));
  for (const r of domain.requirements) {
    if (!isRuleReq(r)) continue;
    add(r.text, [r.id], cite(r.origin, r.text));
    for (const c of r.acceptanceCriteria ?? []) add(c.text, [r.id], cite(c.origin, c.text));
  }
  for (const f of facts(domain, 'stated-rule')) add(f.text, f.id ? [f.id] : [], f.origin);
  for (const f of facts(domain, 'business-rule')) add(f.text, [], f.origin);
  return out;
}

const cite = (o: Origin, text: string): Origin =>
  o.kind === 'source' && !o.quote ? fromSource(o.file, o.line, text.slice(0, 160)) : o;

export function businessRules(
  domain: Domain,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
): BusinessRule[] {
  const resources = planResources(entities, '');
  return candidates(domain).map((c, i) => {
    // The actor of the sentence ("A patient can book…") is who acts, not what the rule constrains.
    const actor = capability(c.text)?.actor.toLowerCase() ?? '';
    const mentioned = entitiesOf(c.text, resources, entities)
      .map((r) => r.entity.name)
      .filter((n) => !actor || !new RegExp(`^${words(n)}s?$`, 'i').test(actor));
    const kind = kindOf(c.text);
    const enforcement = enforcementOf(kind, c.text);
    const implementing = endpoints.filter(
      (e) =>
        e.method !== 'GET' &&
        e.requirements.some((r) => c.requirements.includes(r)) &&
        (mentioned.length === 0 || e.entity === null || mentioned.includes(e.entity)),
    );
    // The entity is the one the rule's operations act on, else the first the sentence names.
    const named =
      mentioned.find((m) => implementing.some((e) => e.entity === m)) ??
      implementing.find((e) => e.entity)?.entity ??
      mentioned[0] ??
      null;
    const operations = implementing
      .filter((e) => named === null || e.entity === named || e.entity === null)
      .map((e) => e.operationId);
    return {
      id: `BR-${String(i + 1).padStart(2, '0')}`,
      text: c.text,
      requirements: c.requirements,
      kind,
      entity: named,
      operations,
      enforcement,
      errorCode: errorCode(kind, named, c.text, enforcement),
      origin: c.origin,
    };
  });
}

const LIFECYCLE = /^(status|state|stage|phase|\w+_status|\w+Status)$/;
const norm = (s: string) => s.toLowerCase().replace(/[\s-]+/g, '_');

export function lifecycles(
  domain: Domain,
  entities: readonly SpecEntity[],
  endpoints: readonly Endpoint[],
  roleOf: (op: string) => string[],
): Lifecycle[] {
  const stated = facts(domain, 'transition');
  const out: Lifecycle[] = [];
  for (const e of entities) {
    for (const f of e.fields) {
      if (!f.enum || f.enum.length < 2 || !LIFECYCLE.test(f.name)) continue;
      const states = f.enum;
      const by = new Map(states.map((s) => [norm(s), s]));
      const initial = f.default?.replace(/^'|'(::\w+)?$/g, '') ?? states[0]!;
      const transitions: LifecycleTransition[] = [];
      const push = (t: LifecycleTransition) => {
        if (!transitions.some((x) => x.from === t.from && x.to === t.to && x.trigger === t.trigger))
          transitions.push(t);
      };
      const actions = endpoints.filter(
        (x) => x.entity === e.name && x.action === 'action' && x.method === 'POST',
      );
      for (const t of stated) {
        const from = by.get(norm(t.from));
        const to = by.get(norm(t.to));
        if (!from || !to || from === to) continue;
        const verb = verbOf(to);
        const op = verb ? actions.find((a) => a.path.endsWith(`/${verb}`)) : undefined;
        const automatic = AUTOMATIC.test(t.when) || /\b(expires?|when not|succeeds|after)\b/i.test(t.when);
        push({
          from,
          to,
          trigger: op && !automatic ? op.operationId : automatic ? 'job' : (op?.operationId ?? 'system'),
          roles: op && !automatic ? roleOf(op.operationId) : [],
          origin: t.origin,
        });
      }
      // Action endpoints whose verb leads to a state the documents did not chain: from any
      // non-final state, which the diagram shows as from the initial state.
      for (const a of actions) {
        const verb = a.path.split('/').pop() ?? '';
        const to = states.find((s) => verbOf(s) === verb);
        if (!to || transitions.some((t) => t.to === to)) continue;
        push({ from: initial, to, trigger: a.operationId, roles: roleOf(a.operationId), origin: a.origin });
      }
      out.push({ entity: e.name, field: f.name, states, initial, transitions, origin: f.origin });
    }
  }
  return out;
}

/** Service methods learn the domain errors of the rules that constrain their endpoints. */
function withErrors(services: readonly Service[], rules: BusinessRule[]): Service[] {
  return services.map((s) => ({
    ...s,
    methods: s.methods.map((m) => {
      const extra = rules
        .filter((r) => r.errorCode && r.operations.some((op) => m.endpoints.includes(op)))
        .map((r) => ({ error: r.errorCode!, when: `${r.id}: ${r.text.slice(0, 120)}` }))
        .filter((t) => !m.throws.some((x) => x.error === t.error));
      return extra.length > 0 ? { ...m, throws: [...m.throws, ...extra] } : m;
    }),
  }));
}

export const rulesStep: DeriveStep = {
  name: 'rules',
  derive: ({ domain, spec }) => {
    const rules = businessRules(domain, spec.entities, spec.endpoints);
    const rows = new Map((spec.permissions?.rows ?? []).map((r) => [r.operationId, r]));
    const roleOf = (op: string) => {
      const row = rows.get(op);
      return row
        ? Object.entries(row.access)
            .filter(([, a]) => a !== 'denied')
            .map(([r]) => r)
        : [];
    };
    const cycles = lifecycles(domain, spec.entities, spec.endpoints, roleOf);
    return {
      spec: { rules, lifecycles: cycles, services: withErrors(spec.services, rules) },
      diagnostics: [],
    };
  },
};
