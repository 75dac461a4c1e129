import { MENTION_BEFORE } from '../../knowledge/mention.js';
import { documentsNameLanguage } from '../../knowledge/name-language.js';
import type { ConstraintKind, Domain, StatedConstraint } from '../../model/domain.js';
import { fromSource, type Origin } from '../../model/origin.js';
import type { Endpoint, SuppressedOperation } from '../../model/spec/api.js';
import { facts } from '../security/roles.js';
import { joinedText, mayMention } from './mentions.js';
import { mentionPattern, words } from './naming.js';
import type { Resource } from './resources.js';
import { StatementIndex } from './statement-index.js';

/**
 * Stated constraints beat derivation rules. Before a derived CRUD operation is kept, these rules
 * may suppress it, each by name (listed in spec.json `suppressed`):
 * - `derive/deactivate-not-delete`: the documents say records are deactivated, archived or never
 *   deleted (en, es, pt, fr, de) → no DELETE, a `deactivate` action instead;
 * - `derive/no-writes-on-read-only-data`: a sentence calls the entity or its feature read-only;
 * - `derive/no-writes-on-system-data`: the system writes the records (generated automatically,
 *   system-written, time series) → clients only read them;
 * - `derive/no-delete-without-requirement`: no requirement or story asks to delete, remove or manage
 *   the entity → no DELETE (the documents never asked for it).
 * What each sentence states was read once in extract (`domain.constraints`, read/constraint-words.ts);
 * here only the model's entity names are placed around that wording.
 */

/** An entity's name as the head word of a time series (`ReadingQueue`, `SensorMeasurement`): a name pattern. */
const TIME_SERIES = /\b(queue|snapshot|telemetry|reading|measurement|metric|heartbeat)s?$/;

export interface Statement {
  text: string;
  origin: Origin;
  /** What the sentence states (extract/constraints.ts), empty when nothing. */
  constraints: readonly StatedConstraint[];
}

const sentenceKey = (text: string, o: Origin) =>
  `${o.kind === 'source' ? `${o.file}:${o.line}` : JSON.stringify(o)}|${text}`;

/** Every sentence a stated constraint may sit in: requirements, their criteria, stories, rules. */
export function statements(domain: Domain): Statement[] {
  const read = new Map<string, StatedConstraint[]>();
  for (const c of domain.constraints ?? []) {
    const key = sentenceKey(c.text, c.origin);
    const list = read.get(key);
    if (list) list.push(c);
    else read.set(key, [c]);
  }
  const out: Statement[] = [];
  const add = (text: string, origin: Origin) =>
    out.push({ text, origin, constraints: read.get(sentenceKey(text, origin)) ?? [] });
  for (const r of domain.requirements) {
    add(r.text, r.origin);
    for (const c of r.acceptanceCriteria ?? []) add(c.text, c.origin);
  }
  for (const f of facts(domain, 'persona')) add(f.text, f.origin);
  for (const f of facts(domain, 'business-rule')) add(f.text, f.origin);
  return out;
}

const reading = (s: Statement, kind: ConstraintKind) => s.constraints.find((c) => c.kind === kind);
const states = (s: Statement, kind: ConstraintKind) => reading(s, kind) !== undefined;

/**
 * Where a statement names the entity: its name, or its head word (`tests` for TestDefinition).
 * `joined` is the statement's `joinedText`: a name it cannot hold is not looked for.
 */
function at(text: string, joined: string, r: Resource, seen: Map<RegExp, number[]>): number[] {
  const [name, head] = mentionRegexes(r.entity.name);
  const spots = mayMention(joined, mentionPattern(r.entity.name)) ? found(text, name!, seen) : [];
  if (!head) return spots;
  // Read only: the head's list is shared by the entities it heads.
  return spots.length === 0 ? found(text, head, seen) : [...spots, ...found(text, head, seen)];
}

/**
 * The matches of one pattern in the text, found once per statement: entities that share a head
 * word share its pattern (`\bwholesal\p{L}{0,3}\b` for every Wholesale… entity).
 */
function found(text: string, re: RegExp, seen: Map<RegExp, number[]>): number[] {
  let spots = seen.get(re);
  if (!spots) {
    spots = re.global ? globalSpots(text, re) : mentionSpots(text, re);
    seen.set(re, spots);
  }
  return spots;
}

/** Where a global pattern matches: the cached pattern itself, from the start (matchAll would copy it per text). */
function globalSpots(text: string, re: RegExp): number[] {
  const spots: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spots.push(m.index);
    if (m[0] === '') re.lastIndex++;
  }
  return spots;
}

/**
 * Where an entity's mention pattern (knowledge/mention.ts, not global) matches, as its global copy
 * would find them: run on what follows the last match. Its one look-behind (`MENTION_BEFORE`, one
 * character) sees no character at the start of that rest, so a match there stands only when the
 * character before it in the text is no letter, digit or `_`; else the search goes on one further.
 * A global copy per entity was another compile of a case-insensitive pattern of accent classes
 * (issue 19): the mention pattern itself is compiled once for every reader of the name.
 */
export function mentionSpots(text: string, re: RegExp): number[] {
  if (!restartable(re)) return globalSpots(text, globalCopy(re));
  const spots: number[] = [];
  let from = 0;
  while (from <= text.length) {
    const m = re.exec(from === 0 ? text : text.slice(from));
    if (!m) break;
    const at = from + m.index;
    if (m.index === 0 && from > 0 && MENTION_CHAR.test(text[from - 1]!)) {
      from = at + 1;
      continue;
    }
    spots.push(at);
    from = at + Math.max(m[0].length, 1);
  }
  return spots;
}

/** What a mention may not follow: MENTION_BEFORE's class, with the mention pattern's flag `i`. */
const MENTION_CHAR = new RegExp(MENTION_BEFORE.slice('(?<!'.length, -1), 'i');

/**
 * Whether a pattern may be restarted on the rest of a text: a mention pattern (flag `i` alone) whose
 * only look at what precedes it is its leading MENTION_BEFORE (no other look-behind, `\b`, `\B` or `^`).
 */
function restartable(re: RegExp): boolean {
  const rest = re.source.startsWith(MENTION_BEFORE) ? re.source.slice(MENTION_BEFORE.length) : null;
  return re.flags === 'i' && rest !== null && !/\(\?<[=!]|\\[bB]|\^/.test(rest);
}

/** The global copy of a pattern that cannot be restarted, made once. */
const globalCopies = new WeakMap<RegExp, RegExp>();
function globalCopy(re: RegExp): RegExp {
  let g = globalCopies.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags}g`);
    globalCopies.set(re, g);
  }
  return g;
}

/** The name and head-word patterns of an entity, built once per name (`matchAll` copies a global regex). */
// Per language, then per name (a `language|name` key was a new string per statement × entity).
const mentionCache = new Map<string, Map<string, RegExp[]>>();
function mentionRegexes(name: string): RegExp[] {
  const language = documentsNameLanguage();
  let byName = mentionCache.get(language);
  if (!byName) {
    byName = new Map();
    mentionCache.set(language, byName);
  }
  let res = byName.get(name);
  if (!res) {
    const head = headWord(name);
    res = [mentionPattern(name)];
    if (head.length >= 4) res.push(headRegex(head));
    byName.set(name, res);
  }
  return res;
}

/** One global head-word pattern per head, shared by the entities it heads. */
const headRegexes = new Map<string, RegExp>();
function headRegex(head: string): RegExp {
  let re = headRegexes.get(head);
  if (!re) {
    re = new RegExp(`\\b${head}\\p{L}{0,3}\\b`, 'giu');
    headRegexes.set(head, re);
  }
  return re;
}

/**
 * The entities a deactivation sentence is about: the nearest named after the verb ("Deactivate
 * tests that the lab does not offer" → tests, not the lab), or before "never deleted".
 */
export function deactivated(s: Statement, resources: readonly Resource[]): Set<string> {
  // Most statements deactivate nothing: the mentions of every entity (regexes per entity, per
  // statement: statements × entities) are looked up only when there is a verb to place them by.
  if (!deactivates(s)) return new Set();
  const seen = new Map<RegExp, number[]>();
  const joined = joinedText(s.text);
  const out = new Set<string>();
  const spots = resources.map((r) => ({ rs: [r], at: at(s.text, joined, r, seen) }));
  for (const spot of nearestNamed(s, spots)) for (const r of spot.rs) out.add(r.entity.name);
  return out;
}

const deactivates = (s: Statement): boolean =>
  (reading(s, 'deactivate')?.spans.length ?? 0) > 0 || reading(s, 'never-delete')?.spans[0] !== undefined;

/** Where a statement names some entities (`rs`, all at the same spots). */
type Spots = { rs: readonly Resource[]; at: readonly number[] };

/**
 * What `deactivated` decides from each entity's mention spots: the spots of the entities named
 * nearest after a deactivation verb, else nearest before "never deleted", in order. Entities that
 * share a head word and are named only by it share one spots list: its distance is worked out once
 * per list.
 */
function nearestNamed(s: Statement, spots: readonly Spots[]): Set<Spots> {
  const out = new Set<Spots>();
  const verbs = reading(s, 'deactivate')?.spans ?? [];
  const never = reading(s, 'never-delete')?.spans[0];
  const pick = (distance: (at: readonly number[]) => number) => {
    const memo = new Map<readonly number[], number>();
    let best = Number.POSITIVE_INFINITY;
    const ds = spots.map((x) => {
      let d = memo.get(x.at);
      if (d === undefined) {
        d = distance(x.at);
        memo.set(x.at, d);
      }
      if (d < best) best = d;
      return d;
    });
    if (!Number.isFinite(best)) return;
    for (let i = 0; i < spots.length; i++) if (ds[i] === best) out.add(spots[i]!);
  };
  for (const m of verbs) {
    const end = m.index + m.length;
    pick((at) => {
      let d = Number.POSITIVE_INFINITY;
      for (const i of at) if (i >= end && i - end < d) d = i - end;
      return d;
    });
  }
  if (out.size === 0 && never)
    pick((at) => {
      let d = Number.POSITIVE_INFINITY;
      for (const i of at) if (i < never.index && never.index - i < d) d = never.index - i;
      return d;
    });
  return out;
}

/** An entity name's head word as a stem, so the other languages' plurals match too (`product` → `productos`). */
const headWord = (name: string): string =>
  words(name)
    .split(' ')[0]!
    .replace(/[aeiou]$/, '');

/**
 * The statements that name the entity: found once per statement list and entity rather than once
 * per derived operation, and tested only on the statements the trigram index offers (issue 12).
 */
interface Indexed {
  index: StatementIndex;
  about: Map<Resource, Statement[]>;
  deactivations: WeakMap<readonly Resource[], Deactivations>;
  /** Each statement's `joinedText`, made on first use. */
  joined: (string | undefined)[];
  /** Per head word, the ids (ascending) of the statements its pattern matches. */
  heads: Map<string, number[]>;
  /** The constraint kinds some statement of the list states. */
  kinds: ReadonlySet<ConstraintKind>;
}
const indexes = new WeakMap<Statement[], Indexed>();
function indexed(said: Statement[]): Indexed {
  let x = indexes.get(said);
  if (!x) {
    x = {
      index: new StatementIndex(said.map((s) => s.text)),
      about: new Map(),
      deactivations: new WeakMap(),
      joined: [],
      heads: new Map(),
      kinds: new Set(said.flatMap((s) => s.constraints.map((c) => c.kind))),
    };
    indexes.set(said, x);
  }
  return x;
}

/**
 * The statements a head-word pattern matches, tested once per head on the statements holding the
 * head (a head like `annual` is shared by 1,200 synthetic entities, `item` by 5,000 of a 1 MB document).
 */
function headHits(x: Indexed, said: Statement[], name: string): readonly number[] {
  const word = headWord(name);
  if (word.length < 4) return [];
  let hits = x.heads.get(word);
  if (!hits) {
    // The pattern is built only when a statement holds the head (5,000 heads in a 1 MB document).
    // The head's one global pattern (`headRegex`, shared with `at`), tested from the start; compiling
    // a case-insensitive Unicode pattern per entity name was seconds at 1,000 entities.
    const holding = x.index.holding(word);
    const head = holding.length > 0 ? headRegex(word) : null;
    hits = head
      ? holding.filter((i) => {
          head.lastIndex = 0;
          const hit = head.test(said[i]!.text);
          head.lastIndex = 0;
          return hit;
        })
      : [];
    x.heads.set(word, hits);
  }
  return hits;
}

/**
 * The statements that name the entity AND state a constraint (the only ones `suppression` reads:
 * every verdict needs a reading), by its name (on the candidates of its joined runs) or by its head
 * word (`headHits`), in the list's order; found once per statement list and entity rather than once
 * per derived operation (issue 12). Leaving out the statements that state nothing keeps the lists
 * short where a head word is shared (`customer` heads a tenth of 3,000 synthetic entities): every
 * write operation scanned its entity's whole list, statements × entities (issue 19).
 */
function statementsAbout(said: Statement[], r: Resource): Statement[] {
  const x = indexed(said);
  let about = x.about.get(r);
  if (!about) {
    const pattern = mentionPattern(r.entity.name);
    const ids = new Set<number>();
    for (const i of x.index.nameCandidates(r.entity.name)) {
      if (said[i]!.constraints.length === 0) continue;
      const text = said[i]!.text;
      x.joined[i] ??= joinedText(text);
      if (mayMention(x.joined[i], pattern) && pattern.test(text)) ids.add(i);
    }
    for (const i of headHits(x, said, r.entity.name)) if (said[i]!.constraints.length > 0) ids.add(i);
    about = [...ids].sort((a, b) => a - b).map((i) => said[i]!);
    x.about.set(r, about);
  }
  return about;
}

/** Per entity name, the first statement (in the list's order) that deactivates it. */
type Deactivations = Map<string, Statement>;

/**
 * For each statement with a deactivation verb, the entities it deactivates (`deactivated`), each
 * computed once, over the entities the index says the statement may name; kept as the first such
 * statement per entity, so each entity's look-up is one get (a scan of every statement per entity
 * grew with statements × entities, issue 19).
 */
function deactivationsIn(said: Statement[], resources: readonly Resource[]): Deactivations {
  const x = indexed(said);
  let out = x.deactivations.get(resources);
  if (out) return out;
  out = new Map();
  // Per statement, the entities its name may match (their spots are looked up one by one) and the
  // head words that may name others (spots: the head's matches, shared by every entity it heads).
  // A head is placed once per statement with all its entities: `customer` heads 1,200 of 3,000
  // synthetic entities and is in as many statements, and a spot per entity and statement was
  // statements × entities (issue 19).
  const byName = new Map<number, Resource[]>();
  const byHead = new Map<number, string[]>();
  const headed = new Map<string, Resource[]>();
  const add = <T>(map: Map<number | string, T[]>, i: number | string, q: T) => {
    const list = map.get(i);
    if (list) list.push(q);
    else map.set(i, [q]);
  };
  // Only the statements that deactivate are placed (most state nothing of the kind).
  const deactivating = new Set<number>();
  for (const [i, s] of said.entries()) if (states(s, 'deactivate') && deactivates(s)) deactivating.add(i);
  if (deactivating.size === 0) {
    x.deactivations.set(resources, out);
    return out;
  }
  for (const q of resources) {
    for (const i of x.index.nameCandidates(q.entity.name)) if (deactivating.has(i)) add(byName, i, q);
    const word = headWord(q.entity.name);
    if (word.length >= 4) add(headed, word, q);
  }
  const placed = new Set<readonly Resource[]>();
  for (const [word, group] of headed)
    for (const i of headHits(x, said, group[0]!.entity.name)) if (deactivating.has(i)) add(byHead, i, word);
  for (const [i, s] of said.entries()) {
    if (!deactivating.has(i)) continue;
    const seen = new Map<RegExp, number[]>();
    const joined = joinedText(s.text);
    const named = byName.get(i) ?? [];
    const spots: Spots[] = named.map((r) => ({ rs: [r], at: at(s.text, joined, r, seen) }));
    // Each head with all the entities it heads: a named one among them has the head's spots in its
    // own (`at`), so it is as near as the head or nearer, and is picked the same with or without it.
    for (const word of byHead.get(i) ?? [])
      spots.push({ rs: headed.get(word)!, at: found(s.text, headRegex(word), seen) });
    for (const spot of nearestNamed(s, spots)) {
      // A head's entities are all taken by the first statement that picks the head.
      if (placed.has(spot.rs)) continue;
      for (const r of spot.rs) if (!out.has(r.entity.name)) out.set(r.entity.name, s);
      if (spot.rs.length > 1) placed.add(spot.rs);
    }
  }
  x.deactivations.set(resources, out);
  return out;
}

/**
 * "an invoice generated automatically": the entity is the subject of the system phrase, close before
 * it (only blanks, or a copula the reading marked, between the name and the phrase).
 */
function generatedBySystem(s: Statement, r: Resource): boolean {
  const phrase = reading(s, 'system-written')?.spans[0];
  if (!phrase) return false;
  const text = s.text;
  const blank = (from: number, to: number) => text.slice(from, to).trim() === '';
  const m = new RegExp(mentionPattern(r.entity.name).source, 'gi');
  return [...text.matchAll(m)].some((x) => {
    const end = (x.index ?? 0) + x[0].length;
    return (
      end <= phrase.index &&
      (blank(end, phrase.index) ||
        (phrase.lead !== undefined && end <= phrase.lead && blank(end, phrase.lead)))
    );
  });
}

export interface Verdict {
  rule: string;
  reason: string;
  origin: Origin;
}

const cite = (s: Statement): Origin =>
  s.origin.kind === 'source' ? fromSource(s.origin.file, s.origin.line, s.text.slice(0, 160)) : s.origin;

/** Why a derived operation must not exist, or null when it may. */
export function suppression(e: Endpoint, r: Resource, said: Statement[], asked: Statement[]): Verdict | null {
  const write = e.method !== 'GET';
  if (!write) return null;
  const about = statementsAbout(said, r);
  // A kind no statement states is not looked for: each write of each entity scanned its whole list
  // (as long as a tenth of 3,000 synthetic entities share a head word) for each reading (issue 19).
  const { kinds } = indexed(said);
  // Read-only takes every write away: the entity must be named by its name (in any inflection), not
  // by a stem inside another word ("cobertura vacinal" is about a report, not the Vacina catalogue).
  const ro = kinds.has('read-only')
    ? about.find((s) => states(s, 'read-only') && mentionPattern(r.entity.name).test(s.text))
    : undefined;
  if (ro)
    return {
      rule: 'derive/no-writes-on-read-only-data',
      reason: 'the documents call it read-only',
      origin: cite(ro),
    };
  if (TIME_SERIES.test(words(r.entity.name)))
    return {
      rule: 'derive/no-writes-on-system-data',
      reason: 'a queue, snapshot or time series is written by the system',
      origin: r.entity.origin,
    };
  const sys = kinds.has('system-written') ? about.find((s) => generatedBySystem(s, r)) : undefined;
  if (sys && (e.action === 'create' || e.action === 'delete'))
    return {
      rule: 'derive/no-writes-on-system-data',
      reason: 'the documents say the system generates it',
      origin: cite(sys),
    };
  if (e.action !== 'delete') return null;
  const keep = about.find(
    (s) => states(s, 'never-delete') || (states(s, 'deactivate') && !states(s, 'delete-wanted')),
  );
  if (keep)
    return {
      rule: 'derive/deactivate-not-delete',
      reason: 'the documents say it is deactivated or archived, never deleted',
      origin: cite(keep),
    };
  const wants = statementsAbout(asked, r).some(
    (s) => states(s, 'delete-wanted') || states(s, 'manage-wanted'),
  );
  if (!wants)
    return {
      rule: 'derive/no-delete-without-requirement',
      reason: 'no requirement or story asks to delete it',
      origin: r.entity.origin,
    };
  return null;
}

/** Whether the documents ask to deactivate this entity (a `deactivate` action replaces DELETE). */
export function deactivationStated(
  r: Resource,
  said: Statement[],
  resources: readonly Resource[] = [r],
): Statement | null {
  return deactivationsIn(said, resources).get(r.entity.name) ?? null;
}

export const suppressed = (e: Endpoint, v: Verdict): SuppressedOperation => ({
  method: e.method,
  path: e.path,
  entity: e.entity,
  rule: v.rule,
  reason: v.reason,
  origin: v.origin,
});

/**
 * Issue 11 item 6: "no authentication" stated (or authentication listed out of scope) → rule
 * `derive/no-auth-stated`: no login routes, every operation public. Returns the statement's origin.
 */
export function noAuthStated(domain: Domain): Origin | null {
  const out = (domain.constraints ?? []).find((c) => c.kind === 'auth-out-of-scope');
  if (out) return out.origin;
  // A sentence never overrides an identity provider or auth slot the stack states (Auth0, Keycloak).
  if (authStated(domain)) return null;
  const said = statements(domain).find((s) => states(s, 'no-auth'));
  return said ? cite(said) : null;
}

/**
 * The documents choose who authenticates users: an identity provider or a filled authentication slot
 * of the stack. A bare mention of a token format ("JWT bearer tokens") does not outweigh a product
 * requirement that says there is no login.
 */
function authStated(domain: Domain): boolean {
  return (
    domain.stack.some((c) => c.concern === 'auth' && c.status === 'chosen') ||
    (domain.securityFacts ?? []).some((f) => f.kind === 'identity-provider')
  );
}
