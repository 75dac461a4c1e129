import type { StatedSequence, UxFlow } from '../model/domain.js';
import type { Endpoint, FlowMessage, FlowParticipant, SpecFlow } from '../model/spec/api.js';
import type { Spec } from '../model/spec/index.js';
import { sameRole } from './security/roles.js';
import type { DeriveStep } from './types.js';

/**
 * Derive step `flows`: each flow the documents state, as the participants and messages of a sequence
 * diagram (issue 15). Two stated notations, both read in extract: numbered steps under a flow or
 * journey heading (domain.flows) and mermaid sequence diagrams (domain.sequences). Nothing is added
 * that a step does not say: a step's subject is a stated role (or "the system"), its call is the
 * operation the stories already map it to or the route it names, and an integration is a participant
 * only where a step names it. A step that names no call is a note. A step list with no role acting
 * in it (a development checklist, a data pipeline of tools) gets no diagram.
 */
export const flowsStep: DeriveStep = {
  name: 'flows',
  derive({ domain, spec }) {
    const flows: SpecFlow[] = [];
    const seen = new Set<string>();
    const keep = (f: SpecFlow | null) => {
      if (!f) return;
      // Sharded documents repeat a diagram (architecture.md and architecture/core-workflows.md).
      const key = `${f.name}\n${f.messages.map((m) => m.text).join('\n')}`;
      if (seen.has(key)) return;
      seen.add(key);
      flows.push(f);
    };
    for (const f of domain.flows) keep(fromSteps(f, spec));
    for (const s of domain.sequences ?? []) keep(fromSequence(s, spec));
    return { spec: flows.length > 0 ? { flows } : {}, diagnostics: [] };
  },
};

const ARTICLE =
  /^(?:the|a|an|el|la|los|las|un|una|o|os|as|um|uma|le|les|l['’]|une|der|die|das|den|ein|eine|einen)\s*/i;
/** "The system …", "El sistema …", "Le système …", "Das System …" (the article is already dropped). */
const SYSTEM =
  /^(?:system|api|backend|server|app|application|sistema|système|servidor|serveur|aplicación|aplicação|applicazione|plataforma|plateforme|plattform|anwendung)(?![\p{L}\p{N}])/iu;
const ROUTE = /\b(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s,;)`'"]*)/;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A lead-in before the subject: "On arrival, ", "If a deposit is required, ", "Después, ". */
const LEAD_IN =
  /^(?:on|from|for|after|before|then|finally|when|if|once|in|at|en|desde|para|después|luego|cuando|si|al|depuis|pour|après|ensuite|quand|puis|lors|von|für|nach|dann|wenn|bei|im|am|em|de|depois|quando|se|ao|no|na)\b[^,]{0,40}, /i;

/** Where a step's subject may start: the step itself, and after a lead-in when it has one. */
function subjectsOf(text: string): string[] {
  const plain = text.replace(/\*\*|__|`/g, '').trim();
  const lead = LEAD_IN.exec(plain);
  return [plain, ...(lead ? [plain.slice(lead[0].length)] : [])].map((s) => s.replace(ARTICLE, ''));
}

/** The role a step's subject names (label or name, singular or plural), else null. */
function roleOf(subject: string, spec: Readonly<Spec>): FlowParticipant | null {
  const head = ` ${words(subject)} `;
  const hits = spec.roles
    .map((r) => ({ r, label: words(r.label) }))
    .filter(({ label }) => label.length > 1 && new RegExp(`^ ${label}(?:s|es)? `, 'u').test(head))
    .sort((a, b) => b.label.length - a.label.length);
  const r = hits[0]?.r;
  return r ? { id: '', label: r.label, kind: 'role', ref: r.name } : null;
}

/** The resolved role a step's stated actor is: by its key, else by its stated title. */
function statedActor(actor: { name: string; label: string }, spec: Readonly<Spec>): FlowParticipant | null {
  const r =
    spec.roles.find((x) => x.name === actor.name) ??
    spec.roles.find((x) => sameRole(x.name, actor.name)) ??
    spec.roles.find((x) => x.label === actor.label);
  return r ? { id: '', label: r.label, kind: 'role', ref: r.name } : null;
}

function integrationIn(text: string, spec: Readonly<Spec>): FlowParticipant | null {
  const t = ` ${words(text)} `;
  const hit = spec.integrations.find((i) =>
    [i.name, i.provider].some((n) => n && t.includes(` ${words(n)} `)),
  );
  return hit ? { id: '', label: hit.name, kind: 'integration', ref: hit.provider } : null;
}

/** `/api/v1/auth/me` and `/auth/me` are the same route; `{id}` and `{appointmentId}` too. */
const routeKey = (path: string) =>
  path
    .toLowerCase()
    .replace(/^\/api(?:\/v\d+)?/, '')
    .replace(/\{[^}]*\}|:[a-z_]+/g, '{}')
    .replace(/\/$/, '');

function endpointOf(text: string, spec: Readonly<Spec>): Endpoint | null {
  const m = ROUTE.exec(text);
  if (!m) return null;
  const key = routeKey(m[2]!);
  return spec.endpoints.find((e) => e.method === m[1] && routeKey(e.path) === key) ?? null;
}

class Cast {
  readonly participants: FlowParticipant[] = [];
  add(p: FlowParticipant): string {
    const found = this.participants.find((x) => x.kind === p.kind && x.label === p.label);
    if (found) return found.id;
    const id = `p${this.participants.length + 1}`;
    this.participants.push({ ...p, id });
    return id;
  }
}

const API: FlowParticipant = { id: '', label: 'API', kind: 'api', ref: null };
const CLIENT: FlowParticipant = { id: '', label: 'Client', kind: 'actor', ref: 'client' };

function fromSteps(f: UxFlow, spec: Readonly<Spec>): SpecFlow | null {
  const cast = new Cast();
  const messages: FlowMessage[] = [];
  let last: string | null = null;
  for (const step of f.steps) {
    const text = step.text.replace(/\s+/g, ' ').trim();
    const subjects = subjectsOf(text);
    // The role the statement layer read as the step's subject ("Forelderen" is "Forelder"), else
    // one whose title opens the step as written.
    const role =
      (step.actor ? statedActor(step.actor, spec) : null) ??
      subjects.map((s) => roleOf(s, spec)).find((r) => r !== null) ??
      null;
    const system = !role && subjects.some((s) => SYSTEM.test(s));
    const story = (spec.stories ?? []).find(
      (s) =>
        s.operations.length > 0 &&
        s.origin.kind === 'source' &&
        step.origin.kind === 'source' &&
        s.origin.file === step.origin.file &&
        s.origin.line === step.origin.line,
    );
    const operation =
      endpointOf(text, spec)?.operationId ??
      story?.operations.find((op) => spec.endpoints.some((e) => e.operationId === op)) ??
      null;
    const integration = integrationIn(text, spec);
    // A step that calls a stated route with no role as subject ("App load → GET /api/auth/me") is
    // the client's call, when the stack states a client application.
    const client = !role && !system && ROUTE.test(text) && (spec.clients ?? []).length > 0;
    const from: string | null = role
      ? cast.add(role)
      : system
        ? cast.add(API)
        : client
          ? cast.add(CLIENT)
          : last;
    if (role || client) last = from;
    let said = false;
    if (from !== null && operation) {
      const api = cast.add(API);
      if (from !== api) messages.push({ from, to: api, text, reply: false, operation, origin: step.origin });
      said = from !== api;
    }
    if (integration && from !== null) {
      const caller = operation || system ? cast.add(API) : from;
      messages.push({
        from: caller,
        to: cast.add(integration),
        text,
        reply: false,
        operation: said ? null : operation,
        origin: step.origin,
      });
      said = true;
    }
    if (!said && (role || client) && from !== null)
      messages.push({ from, to: cast.add(API), text, reply: false, operation: null, origin: step.origin });
    else if (!said)
      messages.push({
        from: from ?? cast.add(API),
        to: null,
        text,
        reply: false,
        operation,
        origin: step.origin,
      });
  }
  const acting = cast.participants.some((p) => p.kind === 'role' || p.kind === 'actor');
  if (!acting || messages.filter((m) => m.to !== null).length === 0) return null;
  return { name: f.name, participants: cast.participants, messages, origin: f.origin };
}

function fromSequence(s: StatedSequence, spec: Readonly<Spec>): SpecFlow {
  const ids = new Map<string, string>();
  const participants: FlowParticipant[] = s.participants.map((p, i) => {
    ids.set(p.id, `p${i + 1}`);
    const role = roleOf(p.label, spec);
    const integration = integrationIn(p.label, spec);
    return {
      id: `p${i + 1}`,
      label: p.label,
      kind: role ? 'role' : integration ? 'integration' : 'stated',
      ref: role?.ref ?? integration?.ref ?? null,
    };
  });
  const messages: FlowMessage[] = s.messages.map((m) => ({
    from: ids.get(m.from)!,
    to: m.to === null ? null : ids.get(m.to)!,
    text: m.text,
    reply: m.reply,
    operation: m.to === null ? null : (endpointOf(m.text, spec)?.operationId ?? null),
    origin: m.origin,
  }));
  return { name: s.name, participants, messages, origin: s.origin };
}
