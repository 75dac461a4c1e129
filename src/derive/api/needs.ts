import type { Domain, WriteReading } from '../../model/domain.js';
import type { Endpoint, SuppressedOperation } from '../../model/spec/api.js';
import { mentionPattern } from './naming.js';
import type { Resource } from './resources.js';
import { routeKey } from './stated.js';
import { StatementIndex } from './statement-index.js';

/**
 * CRUD only where something needs it (issue 13 item 2). After stories and requirements are traced,
 * a create, update or list that a CRUD rule derived and that nothing asks for is suppressed:
 * - `derive/no-write-without-requirement`: a create or update that no requirement, story, acceptance
 *   criterion or flow step traces to, nor names as the object of a write verb (create, add, edit,
 *   manage, configure… in en, es, pt, fr, de);
 * - `derive/no-list-without-requirement`: a list of an entity that no requirement, story, criterion
 *   or flow step even names (a list serves pickers too, so a mention is enough for it).
 * Kept whatever the trace says: operations of an entity a stated route list covers (the list is
 * authoritative), the user entity (accounts are managed by the auth and admin routes), and an owned
 * child's operations while its parent keeps a derived write (the child is written through the parent's
 * form: order items with their order; where a stated route list covers the parent, through its
 * stated routes, and the child's CRUD is gated like any other). Join tables get attach/detach, never CRUD, and are not touched.
 */
export const NO_WRITE = 'derive/no-write-without-requirement';
export const NO_LIST = 'derive/no-list-without-requirement';

export interface NeedsInput {
  endpoints: Endpoint[];
  /** Route keys of the endpoints the CRUD rules derived (stories' and stated ones are never gated). */
  derivedCrud: ReadonlySet<string>;
  resources: readonly Resource[];
  /** Entities a stated route list covers. */
  listed: ReadonlySet<string>;
  /** User entities (accounts). */
  users: ReadonlySet<string>;
  /** operationIds some story maps to. */
  linked: ReadonlySet<string>;
  domain: Domain;
}

export function gateUnneeded(input: NeedsInput): { kept: Endpoint[]; dropped: SuppressedOperation[] } {
  const { endpoints, derivedCrud, resources, listed, users, linked } = input;
  const readings = input.domain.writeReadings ?? [];
  const texts = readings.map((r) => r.text);
  // Each entity's patterns run only on the readings the trigram index offers for its name (a
  // superset of those that name it): every gated operation scanned every sentence, entities ×
  // sentences regex runs (issue 19).
  const index = new StatementIndex(texts);
  const about = new Map<string, WriteReading[]>();
  const readingsAbout = (entity: string): WriteReading[] => {
    let list = about.get(entity);
    if (!list) {
      // Where the name pattern itself may match (both uses below run only that pattern): the leading
      // word alone offered every reading naming `annual` to each of 1,200 `Annual…` entities.
      list = index.nameCandidates(entity).map((i) => readings[i]!);
      about.set(entity, list);
    }
    return list;
  };
  const byName = new Map(resources.map((r) => [r.entity.name, r]));
  const named = new Map<string, boolean>();
  const isNamed = (entity: string): boolean => {
    const hit = named.get(entity);
    if (hit !== undefined) return hit;
    const re = mentionPattern(entity);
    const out = readingsAbout(entity).some((r) => re.test(r.text));
    named.set(entity, out);
    return out;
  };
  // A story's link counts; the trace rule's requirement ids (a verb somewhere near a name) do not,
  // the verb must take the entity as its object (`asked`).
  const gated = (e: Endpoint): boolean =>
    e.entity !== null &&
    derivedCrud.has(routeKey(e.method, e.path)) &&
    (e.action === 'create' || e.action === 'update' || e.action === 'list') &&
    !linked.has(e.operationId) &&
    !listed.has(e.entity) &&
    !users.has(e.entity);
  const verdict = new Map<Endpoint, string>();
  for (const e of endpoints) {
    if (!gated(e)) continue;
    if (e.action === 'list') {
      if (!isNamed(e.entity!)) verdict.set(e, NO_LIST);
    } else if (!asked(readingsAbout(e.entity!), e.entity!, e.action === 'create' ? 'create' : 'update'))
      verdict.set(e, NO_WRITE);
  }
  // An owned child keeps its operations while its parent keeps a write: it is written through that form.
  const writesOf = new Map<string, Endpoint[]>();
  for (const p of endpoints)
    if (p.entity !== null && (p.action === 'create' || p.action === 'update')) {
      const list = writesOf.get(p.entity);
      if (list) list.push(p);
      else writesOf.set(p.entity, [p]);
    }
  const parentWrites = (entity: string): boolean => (writesOf.get(entity) ?? []).some((p) => !verdict.has(p));
  for (const e of [...verdict.keys()]) {
    const parent = byName.get(e.entity!)?.parent?.resource.entity.name;
    // A stated route list that covers the parent and states no route of the child writes the child
    // through the parent's stated routes ("POST /api/entregas" registers a delivery with its lines):
    // the list is authoritative, and no nested CRUD is designed beside it.
    if (parent && parentWrites(parent) && !listed.has(parent)) verdict.delete(e);
  }
  const kept: Endpoint[] = [];
  const dropped: SuppressedOperation[] = [];
  for (const e of endpoints) {
    const rule = verdict.get(e);
    if (!rule) {
      kept.push(e);
      continue;
    }
    const entity = byName.get(e.entity!)?.entity;
    dropped.push({
      method: e.method,
      path: e.path,
      entity: e.entity,
      rule,
      reason:
        rule === NO_LIST
          ? 'no requirement, story or flow names it'
          : 'no requirement, story or flow asks to create or change it',
      origin: entity?.origin ?? e.origin,
    });
  }
  return { kept, dropped };
}

/**
 * A sentence names the entity as the object of a write verb: the name follows the verb within a
 * few words, with no clause boundary, preposition or negation between ("manages clinicians",
 * "create multiple rate cards"; not "register a patient so that the lab…", not "rate card changes
 * do not affect past invoices"). The verbs, the words that end their reach and where English noun
 * phrases end were read in extract (`domain.writeReadings`, read/write-words.ts); here only the
 * model's entity names are placed against them.
 */
function asked(readings: readonly WriteReading[], entity: string, kind: 'create' | 'update'): boolean {
  const mention = new RegExp(mentionPattern(entity).source, 'gi');
  return readings.some((r) => {
    const verbs = r.verbs.filter((v) => v[kind]);
    if (verbs.length === 0) return false;
    const t = r.text;
    const ends = r.english ? new Set(r.phraseEnds) : null;
    const found = [...t.matchAll(mention)];
    const spans = found.map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
    // English puts a modifier before its noun: a mention counts only as the head of its phrase.
    const things = found
      .filter((m) => !ends || ends.has((m.index ?? 0) + m[0].length))
      .map((m) => m.index ?? 0);
    if (things.length === 0) return false;
    const stopIn = (from: number, to: number) =>
      r.stops.some((s) => s >= from && s < to && !spans.some(([a, b]) => s >= a && s < b));
    const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
    return verbs.some((v) =>
      things.some((x) => {
        if (x < v.end) {
          if (!v.objectFirst || x > v.index) return false;
          return !stopIn(x, v.index) && wordCount(t.slice(x, v.index).replace(mention, '')) <= 3;
        }
        return !stopIn(v.end, x) && wordCount(t.slice(v.end, x)) <= 6;
      }),
    );
  });
}
