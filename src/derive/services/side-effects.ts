import { stripAccents } from '../../knowledge/inflect.js';
import type { Domain } from '../../model/domain.js';
import type { Endpoint, SideEffect } from '../../model/spec/api.js';
import { facts } from '../security/roles.js';

type Fact = Extract<NonNullable<Domain['securityFacts']>[number], { kind: 'side-effect' }>;

const norm = (w: string) => stripAccents(w.toLowerCase());
const camelWords = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_]+/)
    .filter(Boolean);

/** `appointment` names `appointments`, `appointment's`; nothing shorter than the name does. */
function names(word: string, noun: string): boolean {
  const w = norm(word);
  return w === noun || w === `${noun}s` || w === `${noun}es` || w === noun.replace(/y$/, 'ies');
}

/** The creating verbs an operationId may start with (`createBooking`, `bookSlot`, `submitOrder`). */
const CREATES = new Set(['create', 'book', 'register', 'submit', 'place', 'add']);

/**
 * The stated side effects of one operation (`side-effect` facts): the trigger names the operation's
 * entity (every word of its name) and its action — a state it moves the record to (`confirmed` for
 * `confirmAppointment`, `created` for a create) or its verb. A read never has one. Nothing is listed
 * that no sentence states.
 */
export function sideEffectsOf(e: Endpoint, domain: Domain): SideEffect[] {
  if (e.method === 'GET' || !e.entity) return [];
  const stated = facts(domain, 'side-effect') as Fact[];
  if (stated.length === 0) return [];
  const entityWords = camelWords(e.entity);
  const verb = camelWords(e.operationId)[0] ?? '';
  const out: SideEffect[] = [];
  for (const f of stated) {
    const named = entityWords.every((x) => f.triggerWords.some((w) => names(w, x)));
    if (!named) continue;
    const acts =
      (e.action === 'create' || CREATES.has(verb)
        ? f.states.includes('created')
        : f.states.some((s) => verb.length >= 4 && s.startsWith(verb.replace(/e$/, '')))) ||
      (verb.length >= 4 && f.triggerWords.some((w) => norm(w).startsWith(verb)));
    if (!acts) continue;
    out.push({ kind: f.effect, via: f.via, trigger: f.trigger, origin: f.origin });
  }
  return out;
}
