import { isBookingEntityWords } from '../../knowledge/booking-entity.js';
import { isQuantityUnit } from '../../knowledge/durations.js';
import {
  agglutinatedForm,
  asciiSpellings,
  inflectedForm,
  nasalPrefixed,
  verbalNoun,
} from '../../knowledge/inflect.js';
import { foldAccents } from '../../knowledge/mention.js';
import { documentsNameLanguage, isFunctionWord } from '../../knowledge/name-language.js';
import { providerById } from '../../knowledge/providers.js';
import { verbOf as verbOfState } from '../../knowledge/state-verb.js';
import { leadCompounds, leadParticle, type ParticleSense } from '../../knowledge/verb-particles.js';
import type { StoryIntent as Intent, StatedEndpoint, StoryFact as Story } from '../../model/domain.js';
import { fromRule, type Origin, type SourceRef } from '../../model/origin.js';
import type { Endpoint, StoryTrace } from '../../model/spec/api.js';
import type { SpecEntity } from '../../model/spec/data.js';
import { stated } from '../operations/stack.js';
import { actionNoteBody, verbOf } from './actions.js';
import type { ApiContext } from './context.js';
import { crud, errorResponses, pathParams, resourceName } from './crud.js';
import { camel, mentionPattern, pascal, words } from './naming.js';
import type { Resource } from './resources.js';
import { ref, schemaNames } from './schemas.js';
import { RunIndex } from './statement-index.js';
import { nounOperation } from './story-nouns.js';

/** Rule of a create read from a verb's stem ("votare" → Voto), named on the story's trace. */
const VERB_NOUN_RULE = 'derive/create-from-verb-noun';
/** The intents that read records: a story with intents and none of these reads no stated route. */
const READING_INTENTS: ReadonlySet<string> = new Set([
  'view',
  'search',
  'export',
  'dashboard',
  'analytics',
  'settings',
]);

/**
 * Rule `derive/operation-from-story`: each story's intents (view, search, create, state actions,
 * exports, dashboards, settings…) map onto the operation that serves them — an existing stated or
 * derived endpoint when one fits, else a new one on the entity the story names. The endpoint then
 * carries the story's requirement ids, and the story lists the operationIds it maps to.
 */

export interface StoryResult {
  endpoints: Endpoint[];
  /** Stories with `operations` empty; `links[i]` holds the indices in `endpoints` of story i's operations. */
  stories: StoryTrace[];
  links: number[][];
}

/** A story's trace before its operations are filled in (and its role decided). */
const traceOf = (s: Story, unmapped: string | null) => ({
  id: s.id,
  actor: s.actor,
  role: null,
  action: s.action,
  operations: [] as string[],
  requirements: s.requirements,
  unmapped,
  origin: s.origin,
});

const refs = (o: Origin): SourceRef[] => (o.kind === 'source' ? [{ file: o.file, line: o.line }] : []);

/** The entity a story's action names: whole-name mentions first, else a unique head word. */
export function entityOf(
  text: string,
  resources: Resource[],
  entities: readonly SpecEntity[],
): Resource | null {
  return entitiesOf(text, resources, entities)[0] ?? null;
}

/**
 * Every entity a story names, in the order a reader meets them. `inflected`: the entities whose stated
 * names the statement layer found written inflected in the text (`StoryFact.inflected`), taken when
 * no name or alias is written as it is.
 */
export function entitiesOf(
  text: string,
  resources: Resource[],
  entities: readonly SpecEntity[],
  inflected: readonly string[] = [],
): Resource[] {
  const { index, position, byHead } = nameIndex(resources);
  // The candidates the index offers, in the resources' order (a filter of every resource per story
  // grew with stories × entities, issue 19).
  const maybe = [...index.candidates(text)]
    .filter((r) => r.kind !== 'internal' && r.kind !== 'join')
    .sort((a, b) => position.get(a)! - position.get(b)!);
  const hits = maybe
    .map((r) => ({ r, m: wholeMention(mentionPattern(r.entity.name), text) }))
    .filter((x) => x.m !== null);
  // A name the documents state for an entity ("Auftrag" for Termin) is a mention of it when the text
  // names no entity by its own name ("für einen Auftrag eine Rechnung erstellen" acts on the invoice).
  for (const r of hits.length > 0 ? [] : resources) {
    if (!r.entity.aliases || r.kind === 'internal' || r.kind === 'join') continue;
    for (const a of r.entity.aliases) {
      const m = wholeMention(mentionPattern(a.name), text);
      if (m) {
        hits.push({ r, m });
        break;
      }
    }
  }
  // "złożyć wniosek" for "Wniosek adopcyjny": a stated name in another case (read/inflected-names.ts).
  if (hits.length === 0 && inflected.length > 0) {
    const found = inflected.flatMap((n) => {
      const r = resources.find((x) => x.entity.name === n);
      return r && r.kind !== 'internal' && r.kind !== 'join' ? [r] : [];
    });
    if (found.length > 0) return found;
  }
  hits.sort((a, b) => b.r.entity.name.length - a.r.entity.name.length || a.m!.index - b.m!.index);
  // The longest name wins where names overlap (`order item` over `order`), then the earliest.
  if (hits.length > 0) {
    const kept: typeof hits = [];
    for (const h of hits) {
      const within = kept.some((k) => h.m!.index >= k.m!.index && h.m!.index < k.m!.index + k.m![0].length);
      if (!within) kept.push(h);
    }
    kept.sort((a, b) => a.m!.index - b.m!.index);
    return kept.flatMap((h, i) => {
      const end = h.m!.index + h.m![0].length;
      const next = kept[i + 1];
      // English puts the modifier first: "volunteer hour records" are hour records, and a
      // "volunteer's hours" are the hours (a word heading another family of names).
      if (next && /^(?:\s+|['’]s\s+)$/u.test(text.slice(end, next.m!.index))) return [];
      const owned = /^['’]s\s+(\p{L}+)/u.exec(text.slice(end));
      if (owned) {
        const w = owned[1]!.toLowerCase();
        const heads = byHead.get(w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w) ?? [];
        const head = mostReferenced(heads, entities).find((r) => r !== h.r);
        if (head) return [head];
      }
      return [h.r];
    });
  }
  // "deactivate tests" → TestDefinition: a word that starts exactly one family of entity names;
  // among several, the most referenced one (the aggregate root).
  // A unit counted by a number or a rate ("12 hours before", "per hour") is a quantity, not a
  // mention of a record named after it (`HourRecord`).
  const tokens = new Set<string>();
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0].toLowerCase();
    if (w.length < 4 || isQuantityUnit(text, m.index, w)) continue;
    tokens.add(w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  // The resources headed by one of the tokens, in the list's order (looked up, not filtered).
  const heads = [...tokens]
    .flatMap((t) => byHead.get(t) ?? [])
    .sort((a, b) => position.get(a)! - position.get(b)!);
  return mostReferenced(heads, entities).slice(0, 1);
}

/** `resources` with the most referenced entity (the aggregate root) first, then by name. */
function mostReferenced(resources: readonly Resource[], entities: readonly SpecEntity[]): Resource[] {
  const inbound = inboundCounts(entities);
  return [...resources].sort(
    (a, b) => inbound(b.entity.name) - inbound(a.entity.name) || (a.entity.name < b.entity.name ? -1 : 1),
  );
}

/** How many fields of the model reference each entity, counted once per entity list (issue 19). */
const inboundCaches = new WeakMap<readonly SpecEntity[], { size: number; count: Map<string, number> }>();
function inboundCounts(entities: readonly SpecEntity[]): (name: string) => number {
  let x = inboundCaches.get(entities);
  if (!x || x.size !== entities.length) {
    const count = new Map<string, number>();
    for (const e of entities)
      for (const f of e.fields)
        if (f.references) count.set(f.references.entity, (count.get(f.references.entity) ?? 0) + 1);
    x = { size: entities.length, count };
    inboundCaches.set(entities, x);
  }
  const { count } = x;
  return (name) => count.get(name) ?? 0;
}

/** The first word of an entity's name (`TestDefinition` → `test`), kept per name. */
const headWords = new Map<string, string>();
function headWord(name: string): string {
  let w = headWords.get(name);
  if (w === undefined) {
    w = words(name).split(' ')[0]!;
    headWords.set(name, w);
  }
  return w;
}

/**
 * One RunIndex per resource list (built on first use, rebuilt when the list or the documents'
 * name language changed), so each text runs only the patterns of the names it may mention.
 */
interface IndexedResources {
  lang: string;
  size: number;
  index: RunIndex<Resource>;
  /** Each resource's place in the list, to keep the list's order among candidates. */
  position: Map<Resource, number>;
  /** The resources a story may name (no internal or join tables) by their head word, in the list's order. */
  byHead: Map<string, Resource[]>;
}
const nameIndexes = new WeakMap<Resource[], IndexedResources>();
function nameIndex(resources: Resource[]): IndexedResources {
  const lang = documentsNameLanguage();
  let x = nameIndexes.get(resources);
  if (!x || x.lang !== lang || x.size !== resources.length) {
    x = {
      lang,
      size: resources.length,
      index: new RunIndex(
        resources,
        (r) => mentionPattern(r.entity.name),
        (r) => r.entity.name,
      ),
      position: new Map(resources.map((r, i) => [r, i])),
      byHead: new Map(),
    };
    for (const r of resources) {
      if (r.kind === 'internal' || r.kind === 'join') continue;
      const head = headWord(r.entity.name);
      const list = x.byHead.get(head);
      if (list) list.push(r);
      else x.byHead.set(head, [r]);
    }
    nameIndexes.set(resources, x);
  }
  return x;
}

/**
 * A mention of the entity itself, not of a thing named after it: "report templates", "plantillas de
 * informe", "modèles de rapport", "Vorlagen für Berichte" are a configuration of how reports look
 * (en, es, pt, fr, de), not reports.
 */
/** The reason a sign-in story needs no route of ours: the stated identity provider serves it. */
export const SERVED_BY_IDP = 'served by the identity provider';

const AFTER_PART = /^\s+(?:templates?|layouts?|formats?|settings)\b/iu;
const BEFORE_PART =
  /(?:\b(?:plantillas?|formatos?|dise[ñn]os?|modelos?|layouts?|mod[eè]les?|mises? en page|vorlagen?|layouts?)\s+(?:de(?:l| la| los| las)?|do|da|dos|das|du|des|d['’]|für(?: die| den| das)?)\s*)$/iu;
/** "one column per clinician": what the records are grouped by is not what the step opens. */
const GROUPED_BY = /(?:^|[^\p{L}])(?:per|por cada|pour chaque|par|pro|je)\s+$/iu;
/** The global twin of each mention pattern, made once (a new RegExp per story and entity, issue 19). */
const globalTwins = new WeakMap<RegExp, RegExp>();
export function wholeMention(re: RegExp, text: string): RegExpExecArray | null {
  // The first match is what the global twin finds first from index 0: most texts take it (or have
  // none), and the twin, another compile of a case-insensitive pattern of accent classes per entity
  // (V8 caches a compile per source and flags), is made only for a text whose first match is a part.
  if (!re.global && !re.sticky) {
    const first = re.exec(text);
    if (first === null) return null;
    if (wholeAt(first, text)) return first;
  }
  let g = globalTwins.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalTwins.set(re, g);
  }
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0] === '') g.lastIndex++;
    if (wholeAt(m, text)) return m as RegExpExecArray;
  }
  return null;
}

/** Whether a match is a mention of the entity itself: no part word after it, no "template of" or "per" before. */
function wholeAt(m: RegExpExecArray, text: string): boolean {
  const after = text.slice(m.index + m[0].length);
  const before = text.slice(0, m.index);
  return !AFTER_PART.test(after) && !BEFORE_PART.test(before) && !GROUPED_BY.test(before);
}

const STOP = new Set(
  // en, then the articles, prepositions and view verbs of es, pt, fr, de (`accéder aux métriques d'activité`).
  'a an the my our their his her its of to in on for per by with and or at each every all any see view show get last this next today todays today’s daily weekly monthly yearly month week year months weeks s el la los las del al de en por para un una ver o os as do da dos das no na um uma le les du des aux au un une d l par pour voir accéder acceder acessar der die das den dem des ein eine von im für und sehen'.split(
    ' ',
  ),
);

/** `see average turnaround time per test type` → `average-turnaround-time`. */
function slug(text: string): string {
  const ws = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    // Route segments are ASCII (RFC 3986 unreserved): `métriques` → `metriques`.
    .map((w) => w.normalize('NFD').replace(/\p{M}+/gu, ''))
    .filter((w) => w.length > 1 && !STOP.has(w));
  return (
    ws
      .slice(0, 3)
      .join('-')
      .replace(/[^a-z0-9-]/g, '') || 'summary'
  );
}

export function storyOperations(
  stories: Story[],
  endpoints: Endpoint[],
  ctx: ApiContext,
  blocked: ReadonlyMap<string, string> = new Map(),
): StoryResult {
  const all = [...endpoints];
  const traces: StoryTrace[] = [];
  const links: number[][] = [];
  const byName = new Map(ctx.resources.map((r) => [r.entity.name, r]));
  // Where each endpoint of `all` is, by object, by route and (its path) by entity and by an action's
  // last segment, kept as `all` grows: every story looks these up, and a scan of all endpoints per
  // story grew with stories × endpoints (issue 19). Replacing an endpoint keeps its route and path.
  const where = new AllIndex(all);
  const routes = describedRoutes(endpoints, ctx);
  // The words of the names the documents state for the entities ("Wniosek adopcyjny"), lower case.
  const aliasWords = [
    ...new Set(
      ctx.resources.flatMap((r) =>
        (r.entity.aliases ?? []).flatMap((a) => a.name.toLowerCase().match(/\p{L}{4,}/gu) ?? []),
      ),
    ),
  ].sort();
  const tag = (e: Endpoint, s: Story) => {
    const i = where.indexOf(e);
    const reqs = [...new Set([...e.requirements, ...s.requirements])];
    if (reqs.length !== e.requirements.length) where.replace(i, { ...e, requirements: reqs });
    return i;
  };
  const addNew = (e: Endpoint): Endpoint => {
    const same = where.route(e.method, e.path);
    if (same) return same;
    where.push(e);
    return e;
  };
  // Rule `derive/resource-from-story-noun` designs records, so it needs a stated store; a technology
  // or provider the documents name (`Stripe`, `BigQuery`) is never such a record (the story's object
  // noun was read without them, extract/stories.ts).
  const store = stated(ctx.domain, 'database') !== null;
  const nouns = () => [
    ...new Set(
      all
        .filter((e) => e.origin.kind === 'rule' && e.origin.rule === 'derive/resource-from-story-noun')
        .map((e) => e.path.slice(ctx.base.path.length).split('/')[1]!),
    ),
  ];
  // The reads each story maps to, by requirement: a criterion's export of a statistic exports that read.
  const readsOf = new Map<string, Endpoint[]>();
  const implementing = routesByRequirement(endpoints, ctx);
  const contracted = new Set(
    endpoints.filter((e) => e.entity && statedOf(ctx, e)?.contract).map((e) => e.entity!),
  );
  for (const told of stories) {
    // "marcar o pedido como retirado quando o consumidor busca a sacola": the clause that says when
    // (read in extract) is not what the actor does; its words match no route. The trace keeps it.
    const s = told.when
      ? { ...told, action: told.action.replace(told.when, ' ').replace(/\s+/g, ' ').trim() }
      : told;
    // The documents say which stated routes implement the story's requirement (a task's
    // `_Requirements: 2.2_`, an id in the route's row, the route written in the story's criteria):
    // those routes serve it, and nothing is designed beside them.
    const cited = [...new Set(s.requirements.flatMap((r) => implementing.get(r) ?? []))];
    if (cited.length > 0) {
      traces.push(traceOf(told, null));
      // Looked up by route: an endpoint another story tagged was replaced by its tagged copy.
      links.push(cited.map((e) => tag(where.route(e.method, e.path) ?? e, s)));
      continue;
    }
    const described = statedByDescription(
      s.action,
      routes,
      where,
      false,
      aliasWords,
      s.intents.flatMap((i) => (i.kind === 'state' && i.word ? [i.word] : [])),
    );
    // A record named only by a word of another case or of the route table's glossary ("registrerer
    // oppmøte på en vakt": "vakt" is what `/shifts` holds) yields to a stated route whose description
    // the story repeats ("Registrer oppmøte"): the description names what is acted on, the glossary
    // word may be a complement of it.
    const written = entitiesOf(s.target, ctx.resources, ctx.spec.entities);
    const said =
      written.length === 0 && described.length > 0
        ? []
        : entitiesOf(s.target, ctx.resources, ctx.spec.entities, s.inflected);
    const parentRead = s.context !== undefined && said.length === 0 ? statisticOf(readsOf, s) : undefined;
    if (parentRead) {
      const e = addNew(statisticExport(parentRead, s, s.intents));
      traces.push(traceOf(told, null));
      links.push([tag(e, s)]);
      continue;
    }
    // "user can edit if needed": the thing edited is named by the criterion's other clause or its
    // story. What is added to a record the action does not name is part of it ("add interpretive
    // comments before authorisation" changes the result): an update, not a new record.
    const implicit = said.length === 0 && s.context !== undefined;
    const named = implicit ? entitiesOf(s.context!, ctx.resources, ctx.spec.entities).slice(0, 1) : said;
    const part = implicit && s.action.trim().split(/\s+/).length > 1;
    const intents = s.intents.map((i): Intent => (part && i.kind === 'create' ? { kind: 'update' } : i));
    // A state action the API already has for one of the named entities goes first ("checks a
    // patient in": the appointment's check-in, not a new one on patients).
    const verbs = intents.flatMap((i) => (i.kind === 'state' ? [i.verb] : []));
    const acting = (r: Resource) =>
      where.pathsOf(r.entity.name).some((path) => verbs.some((v) => path.endsWith(`/${v}`)));
    const owners = verbs.flatMap((v) => where.actionsEndingWith(v));
    // A named record whose own lifecycle has the verb's state ("cancel a shift": Shift has
    // `cancelled`) takes the action itself; it is not borrowed from a record that points at it.
    const ownsState = (r: Resource) =>
      statusField(r.entity)?.enum?.some((value) => verbs.includes(verbOfState(value) ?? '')) ?? false;
    // The one entity with that action, when it points at an entity the story names (an
    // appointment's patient is checked in through the appointment).
    const sole =
      owners.length === 1 && !named.some(acting) && !named.some(ownsState)
        ? ctx.resources.filter(
            (r) =>
              r.entity.name === owners[0]!.entity &&
              r.entity.fields.some((f) => named.some((n) => f.references?.entity === n.entity.name)),
          )
        : [];
    // The story names no entity by a name the model or the documents give it ("tacka ja eller nej
    // till ett erbjudande", "godkänna arbetstimmar" beside English Ecto modules): when every state
    // verb it asks for is one stated action of the API, all on one entity, that entity is acted on.
    const performer =
      named.length === 0 && verbs.length === intents.length ? statedPerformer(verbs, where) : null;
    const performing = performer ? ctx.resources.filter((r) => r.entity.name === performer) : [];
    const candidates = [...named.filter(acting), ...sole, ...performing, ...named.filter((r) => !acting(r))];
    const ops: number[] = [];
    let why: string | null = null;
    // "start a workflow" with `POST /workflows/{id}/start` stated: the route the story's verb names
    // is the operation, not a create beside it.
    // "annuler tous les créneaux d'une journée (fermeture exceptionnelle)" with `POST
    // /ateliers/{id}/fermetures` stated: the route the story's own noun names serves all it asks.
    // "aprovar o cardápio antes da publicação" with `/aprovacao` and `/publicacao` stated: the noun of
    // the story's own verb names its route before any other noun of the sentence.
    const verbWord = intents.find((i) => i.kind === 'state');
    const nounOfVerb =
      actsOnState(intents) && verbWord?.kind === 'state'
        ? nounOfVerbRoute(verbWord.word ?? verbWord.verb, verbWord.verb, s.action, all, ctx)
        : undefined;
    const nounRoute = actsOnState(intents)
      ? (nounOfVerb ?? statedNounRoute(s.action, intents, all, ctx))
      : undefined;
    // "lift a volunteer's suspension" beside `POST /volunteers/{id}/suspension/lift`: a stated route
    // every word of whose path the story says is the state action it asks for.
    // "godkende eller afvise en forenings ansøgning om sæsontider" repeats the stated action "Godkend,
    // ændr eller afvis en ansøgning" (`POST /saesonansoegninger/{id}/afgoerelse`): when the story asks
    // only for state actions and repeats the description of exactly one stated action route named by
    // none of its verbs (a decision), that route performs them all, before a route of another record
    // whose segment is the story's verb.
    // A verb a stated action performs already ("cancelar una entrega" beside `/entregas/{id}/cancelar`)
    // is that route's, whatever else the story repeats.
    const describedActions =
      actsOnState(intents) && verbs.every((v) => where.actionsPerforming(v).length === 0)
        ? described.filter(
            (e) =>
              e.method !== 'GET' &&
              (e.action === 'action' || e.action === 'create') &&
              e.origin.kind === 'source' &&
              // A route of one of the verbs ("Tacka nej" for "tacka ja eller nej") performs that verb only.
              !verbs.includes(e.stateVerb ?? e.path.slice(e.path.lastIndexOf('/') + 1)),
          )
        : [];
    const describedAction =
      describedActions.length === 1 ? describedActions[0] : writtenAlike(s.action, describedActions);
    const verbRoute =
      describedAction ??
      statedVerbRoute(s.action, candidates, where) ??
      nounRoute ??
      (actsOnState(intents) ? statedRouteSpoken(s.action, all, ctx.base.path, true) : undefined);
    if (verbRoute) ops.push(tag(verbRoute, s));
    // "aprovar ou suspender produtores": the route of the first verb serves that verb only; the
    // other state actions the story coordinates with it are resolved as any other.
    const servedVerb = verbRoute ? (verbRoute.stateVerb ?? verbRoute.path.split('/').pop()) : undefined;
    const pending =
      (nounRoute && verbRoute === nounRoute && intents.length === 1) ||
      (describedAction && verbRoute === describedAction)
        ? []
        : verbRoute
          ? intents.filter(
              (i) => i.kind === 'state' && i.verb !== servedVerb && !verbRoute.path.endsWith(`/${i.verb}`),
            )
          : intents;
    // The first entity named that yields an operation wins ("an invoice generated when I submit an
    // order": invoices are written by the system, so the story is about submitting the order).
    const entityRuns = candidates.length > 0 ? candidates : [null];
    const served = new Set<Intent>();
    for (const r of verbRoute && pending.length === 0 ? [] : entityRuns) {
      // The entity that owns the state action ("checks a patient in": the appointment) serves that
      // action only; what else the story asks ("create, edit and cancel shifts") is the named one's.
      const borrowed = r !== null && sole.includes(r) && !named.includes(r);
      const asked = pending.filter((i) => (borrowed ? i.kind === 'state' : !served.has(i)));
      for (const intent of asked) {
        // "在一个列表里看到所有待审核的商品和认证" repeats "待审核商品列表" and "待审核认证列表": the
        // stated reads whose descriptions a reading story repeats are what it reads, before the
        // first list of a record it names.
        const describedReads =
          intent.kind === 'view' || intent.kind === 'search'
            ? described.filter((e) => e.method === 'GET')
            : [];
        if (describedReads.length > 0) {
          for (const d of describedReads) {
            // Looked up by route: tagging replaced the endpoint by its tagged copy.
            const id = tag(where.route(d.method, d.path) ?? d, s);
            if (!ops.includes(id)) ops.push(id);
          }
          if (borrowed) served.add(intent);
          continue;
        }
        const modelless =
          ctx.spec.entities.length === 0 && !['dashboard', 'analytics', 'auth'].includes(intent.kind);
        // Without a data model the stated routes are the API: a read the story's words name
        // ("check current consumption via a usage endpoint" ~ `GET /admin/usage`) serves it.
        const statedRead =
          modelless && ['view', 'search', 'export'].includes(intent.kind)
            ? statedReadFor(
                s.action,
                where.statedReads(),
                ctx,
                intent.kind === 'view' && intent.many === true,
              )
            : null;
        let e = statedRead
          ? statedRead
          : modelless
            ? intent.kind === 'create' && intent.composed
              ? 'what the story assembles is no entity of the data model'
              : store
                ? nounOperation(intent, s, ctx.base.path, ctx.domain.project.language, nouns())
                : 'the documents state no stored data and no stated route serves the story'
            : resolve(intent, s, r, all, where, ctx, byName);
        // …nor a derived one taken beside it (`POST /adoption-applications` beside the contract's
        // `POST /applications` "Złożenie wniosku adopcyjnego" for "złożyć wniosek adopcyjny").
        if (
          typeof e !== 'string' &&
          where.has(e) &&
          e.origin.kind === 'rule' &&
          intents.length === 1 &&
          described.some((d) => d.method === (e as Endpoint).method)
        )
          e = `${e.method} ${e.path} is served by a stated route`;
        if (typeof e !== 'string' && !where.has(e)) {
          const rule = blocked.get(`${e.method} ${e.path}`);
          if (rule) e = `${e.method} ${e.path} is suppressed by ${rule}`;
          // A one-action story that repeats a stated route's description is served by that route:
          // no new operation is designed beside it.
          else if (described.length > 0 && intents.length === 1)
            e = `${e.method} ${e.path} is served by a stated route`;
          // A written contract states the operations of the entities it covers: a state change or
          // edit it has no action for goes through its stated update ("reschedule" → `PATCH
          // /appointments/{id}`); only what it cannot serve at all is designed beside it.
          else if (
            e.entity &&
            contracted.has(e.entity) &&
            (intent.kind === 'state' || intent.kind === 'update')
          ) {
            const entity = e.entity;
            e =
              where.findOf(
                entity,
                (x) => x.origin.kind === 'source' && (x.action === 'update' || x.action === 'replace'),
              ) ?? e;
          }
        }
        if (typeof e === 'string') {
          why ??= e;
          continue;
        }
        const found = addNew(e);
        const id = tag(found, s);
        if (!ops.includes(id)) ops.push(id);
        if (borrowed) served.add(intent);
      }
      if (ops.length > 0 && !(borrowed && pending.some((i) => i.kind !== 'state'))) break;
    }
    // "View pending samples dashboard: see all samples at each workflow stage": the screen the title
    // names counts the records per status, beside the list it opens.
    const counted =
      s.context === undefined && s.dashboard && !intents.some((i) => i.kind === 'dashboard')
        ? named.find((r) => statusField(r.entity) !== undefined)
        : undefined;
    if (counted) {
      const id = tag(addNew(statusSummary(counted, s)), s);
      if (!ops.includes(id)) ops.push(id);
    }
    // A story no rule maps may say what a stated route's own description says ("check a reserved
    // tool out" ~ `POST /loans` "check out a reserved tool"): the stated route serves it.
    for (const e of statedByDescription(s.action, routes, where, ops.length > 0, aliasWords)) {
      // "approve membership applications" beside `| POST | /auth/register | Membership application |`:
      // the nouns are shared, the verb is not; an account step serves a story that asks for one.
      if (e.action === 'auth' && !intents.some((i) => i.kind === 'auth')) continue;
      // "用微信支付下单" beside `| POST | /pay/wechat/notify | 微信支付回调 |`: a provider's callback
      // serves no user's story, whatever words it shares.
      if (e.action === 'webhook') continue;
      // "post at most 30 photos per day for a class" beside `| GET | …/photos | Class photos by day |`:
      // a story that asks only to write or change records reads none of them; the nouns it shares
      // with a read's description are a mention, not a trace (issue 13).
      if (e.method === 'GET' && intents.length > 0 && !intents.some((i) => READING_INTENTS.has(i.kind)))
        continue;
      const id = tag(e, s);
      if (!ops.includes(id)) ops.push(id);
    }
    // No verb the lexicons read ("lift a volunteer's suspension"): a stated route every word of
    // whose path the story says (`POST /volunteers/{id}/suspension/lift`) serves it.
    if (intents.length === 0 && ops.length === 0) {
      const spoken =
        statedRouteSpoken(s.action, all, ctx.base.path) ??
        statedByLeadVerb(s.action, routes, where) ??
        statedByCompound(s.action, routes, where);
      if (spoken !== undefined) ops.push(tag(spoken, s));
      else why = 'no action verb of the languages read';
    }
    if (s.context === undefined)
      for (const r of s.requirements) readsOf.set(r, [...(readsOf.get(r) ?? []), ...ops.map((i) => all[i]!)]);
    const trace = traceOf(told, ops.length > 0 ? null : why);
    // The story's verb was read by a named rule, not a lexicon: the trace says which.
    const byStem = intents.some(
      (i) => i.kind === 'create' && i.entity !== undefined && !i.joins && !i.booked,
    );
    traces.push(byStem && ops.length > 0 ? { ...trace, rule: VERB_NOUN_RULE } : trace);
    links.push(ops);
  }
  nameStateActions(stories, links, all, where);
  return { endpoints: all, stories: traces, links };
}

/**
 * The documents' own verb for a state action (`word`, read with the story's intents): set on the
 * action endpoint each story serving that verb maps to, the first story's word winning. The path
 * and operationId keep the English verb they were named with; only the text says the word.
 */
function nameStateActions(stories: Story[], links: number[][], all: Endpoint[], where: AllIndex): void {
  stories.forEach((s, i) => {
    for (const intent of s.intents) {
      if (intent.kind !== 'state' || !intent.word) continue;
      for (const index of links[i] ?? []) {
        const e = all[index];
        if (!e || e.action !== 'action' || e.actionWord) continue;
        if ((e.stateVerb ?? e.path.split('/').pop()) !== intent.verb) continue;
        where.replace(index, { ...e, actionWord: intent.word });
      }
    }
  });
}

/**
 * The stated action route of a named entity whose last segment is the story's first word ("start a
 * workflow" → `POST /workflows/{id}/start`), when exactly one entity has it.
 */
function statedVerbRoute(action: string, named: readonly Resource[], where: AllIndex): Endpoint | undefined {
  const first = action
    .trim()
    .toLowerCase()
    .split(/[^\p{L}-]+/u)[0];
  if (!first || first.length < 3) return undefined;
  const hits = named
    .map((r) =>
      where.findOf(
        r.entity.name,
        (e) => e.origin.kind === 'source' && e.action === 'action' && e.path.endsWith(`/${first}`),
      ),
    )
    .filter((e): e is Endpoint => e !== undefined);
  return hits.length === 1 ? hits[0] : undefined;
}

/** The stated routes among `endpoints` by the requirement ids the documents say they implement. */
function routesByRequirement(endpoints: readonly Endpoint[], ctx: ApiContext): Map<string, Endpoint[]> {
  const out = new Map<string, Endpoint[]>();
  for (const e of endpoints)
    for (const r of statedOf(ctx, e)?.requirements ?? []) out.set(r, [...(out.get(r) ?? []), e]);
  return out;
}

/** `all` of storyOperations with the lookups it makes per story; every change goes through it. */
class AllIndex {
  private readonly position = new Map<Endpoint, number>();
  private readonly routes = new Map<string, number>();
  private readonly paths = new Map<string | null, string[]>();
  private readonly actions = new Map<string, number[]>();
  private readonly performing = new Map<string, number[]>();
  private readonly ofEntity = new Map<string | null, number[]>();
  private readonly statedGets: number[] = [];

  constructor(private readonly all: Endpoint[]) {
    for (const [i, e] of all.entries()) this.add(e, i);
  }

  private add(e: Endpoint, i: number): void {
    if (!this.position.has(e)) this.position.set(e, i);
    const route = `${e.method} ${e.path}`;
    if (!this.routes.has(route)) this.routes.set(route, i);
    const paths = this.paths.get(e.entity);
    if (paths) paths.push(e.path);
    else this.paths.set(e.entity, [e.path]);
    const own = this.ofEntity.get(e.entity);
    if (own) own.push(i);
    else this.ofEntity.set(e.entity, [i]);
    if (e.method === 'GET' && e.origin.kind === 'source') this.statedGets.push(i);
    if (e.action === 'action') {
      const last = e.path.slice(e.path.lastIndexOf('/') + 1);
      const same = this.actions.get(last);
      if (same) same.push(i);
      else this.actions.set(last, [i]);
    }
    // A segment in the documents' language (`/faciliteter/{id}/laas` "Lås en facilitet") performs the
    // English state verb it was read as.
    if (e.action === 'action' && e.stateVerb && !e.path.endsWith(`/${e.stateVerb}`)) {
      const same = this.performing.get(e.stateVerb);
      if (same) same.push(i);
      else this.performing.set(e.stateVerb, [i]);
    }
  }

  /** `all.indexOf(e)`. */
  indexOf(e: Endpoint): number {
    return this.position.get(e) ?? -1;
  }

  has(e: Endpoint): boolean {
    return this.position.has(e);
  }

  /** The first endpoint of `all` on this route. */
  route(method: Endpoint['method'], path: string): Endpoint | undefined {
    const i = this.routes.get(`${method} ${path}`);
    return i === undefined ? undefined : this.all[i];
  }

  /** The paths of the entity's endpoints. */
  pathsOf(entity: string): string[] {
    return this.paths.get(entity) ?? [];
  }

  /** The first endpoint of the entity, in the order of `all`, that `pred` accepts. */
  findOf(entity: string, pred: (e: Endpoint) => boolean): Endpoint | undefined {
    for (const i of this.ofEntity.get(entity) ?? []) if (pred(this.all[i]!)) return this.all[i];
    return undefined;
  }

  /** The stated GET operations, in the order of `all`. */
  statedReads(): Endpoint[] {
    return this.statedGets.map((i) => this.all[i]!);
  }

  /**
   * The action endpoints that perform the verb: those whose path ends with `/<verb>`, then those whose
   * segment in the documents' language was read as it (`/laas` for `lock`), in the order of `all`.
   */
  actionsPerforming(verb: string): Endpoint[] {
    return [...this.actionsEndingWith(verb), ...(this.performing.get(verb) ?? []).map((i) => this.all[i]!)];
  }

  /** The action endpoints whose path ends with `/<verb>`, in the order of `all`. */
  actionsEndingWith(verb: string): Endpoint[] {
    if (verb.includes('/'))
      return this.all.filter((e) => e.action === 'action' && e.path.endsWith(`/${verb}`));
    return (this.actions.get(verb) ?? []).map((i) => this.all[i]!);
  }

  push(e: Endpoint): void {
    this.all.push(e);
    this.add(e, this.all.length - 1);
  }

  /** Replaces the endpoint at `i` by a copy with the same method, path, entity and action. */
  replace(i: number, e: Endpoint): void {
    const old = this.all[i]!;
    this.all[i] = e;
    if (this.position.get(old) === i) this.position.delete(old);
    if (!this.position.has(e)) this.position.set(e, i);
  }
}

/** The dashboard or statistic the criterion's story reads, when the criterion exports a file of it. */
function statisticOf(readsOf: ReadonlyMap<string, Endpoint[]>, s: Story): Endpoint | undefined {
  if (!s.intents.some((i) => i.kind === 'export')) return undefined;
  return s.requirements
    .flatMap((r) => readsOf.get(r) ?? [])
    .find(
      (e) =>
        e.method === 'GET' && e.entity === null && (e.resource === 'Analytics' || e.resource === 'Dashboard'),
    );
}

/**
 * "Export to Excel/PDF" under "see weekly trends": the same statistic as a file, `GET <read>/export`,
 * with a `format` parameter listing the formats the criterion states.
 */
function statisticExport(read: Endpoint, s: Story, intents: Intent[]): Endpoint {
  const formats = [
    ...new Set(
      [...s.action.matchAll(/(?:^|[^\p{L}])(pdf|csv|excel|xlsx)(?=$|[^\p{L}])/giu)].map((m) =>
        m[1]!.toLowerCase() === 'excel' ? 'xlsx' : m[1]!.toLowerCase(),
      ),
    ),
  ].sort();
  const pdfOnly = formats.length === 1 && formats[0] === 'pdf';
  void intents;
  return {
    ...read,
    operationId: `export${read.operationId.replace(/^get/, '')}`,
    path: `${read.path}/export`,
    summary: `${read.summary} (${formats.join(', ') || 'file'})`,
    parameters: [
      ...read.parameters,
      ...(formats.length > 1
        ? [
            {
              name: 'format',
              in: 'query' as const,
              required: true,
              schema: { type: 'string', enum: formats },
              description: 'The file format, as the documents state them.',
            },
          ]
        : []),
    ],
    responses: [
      {
        status: 200,
        description: `${read.summary}, as a file.`,
        schema: {
          type: 'string',
          format: 'binary',
          contentMediaType: pdfOnly ? 'application/pdf' : 'application/octet-stream',
        },
      },
      ...read.responses.filter((r) => r.status >= 400),
    ],
    requirements: s.requirements,
    origin: fromRule('derive/operation-from-story', refs(s.origin)),
  };
}

/** A route under the caller's own segment (`/members/me/loans`, `/me/invoices`). */
const underMe = (path: string) => /\/me(?:\/|$)/.test(path);

/**
 * Whether the route table names the story's actor among the route's callers (`member` for "Member",
 * by a common beginning of five letters); true where it names none (nothing is stated against it).
 */
function callsIt(actor: string, e: Endpoint, ctx: ApiContext): boolean {
  const roles = statedOf(ctx, e)?.access?.roles ?? [];
  if (roles.length === 0) return true;
  const said = actor
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3);
  return roles.some((r) => {
    const role = r.toLowerCase();
    return said.some(
      (w) => w === role || (w.length >= 5 && role.length >= 5 && w.slice(0, 5) === role.slice(0, 5)),
    );
  });
}

/** `GET /samples/status-summary`: how many records are in each status value of the entity. */
function statusSummary(r: Resource, s: Story): Endpoint {
  const status = statusField(r.entity)!;
  const properties = Object.fromEntries(
    status.enum!.map((v) => [v, { type: 'integer', minimum: 0 } as Record<string, unknown>]),
  );
  const base = read(
    `${r.collectionPath}/status-summary`,
    `get${r.entity.name}StatusSummary`,
    resourceName(r),
    `Number of ${r.entity.name} records per ${status.name}`,
    s,
    fromRule('derive/operation-from-story', refs(s.origin)),
  );
  return {
    ...base,
    entity: r.entity.name,
    responses: [
      {
        status: 200,
        description: base.summary,
        schema: { type: 'object', properties, required: status.enum!, additionalProperties: false },
      },
      ...base.responses.filter((x) => x.status >= 400),
    ],
  };
}

/**
 * A read the API already has for what a step opens or picks when that is no entity: "picks a slot"
 * → `GET /slots` (the slot search), "opens "Reports"" → the one report read. Exactly one match, or none.
 */
function readNamed(action: string, all: Endpoint[]): Endpoint | null {
  const quoted = /["“«„]\s*([^"”»“]{2,40}?)\s*["”»“]/u.exec(action)?.[1];
  const object =
    /^(?:\p{L}+)\s+(?:(?:the|a|an|one|el|la|un|una|le|les|une|der|die|das|den|ein|eine|o|um|uma)\s+)?(\p{L}{3,})/iu.exec(
      action.trim(),
    )?.[1];
  const noun = (quoted ?? object)?.toLowerCase().replace(/^(?:my|mis|mes|meine|meus)\s+/, '');
  if (!noun) return null;
  const stem = noun.replace(/(?:es|s)$/, '');
  const reads = all.filter((e) => e.method === 'GET' && !/\{[^}]+\}$/.test(e.path));
  const exact = reads.filter((e) => {
    const last = e.path.split('/').pop() ?? '';
    return last === `${stem}s` || last === stem || last === `${stem}es`;
  });
  if (exact.length === 1) return exact[0]!;
  if (!quoted) return null;
  const within = reads.filter((e) => e.path.split('/').some((seg) => seg.split('-').includes(stem)));
  return within.length === 1 ? within[0]! : null;
}

/** What is printed or downloaded when it is a part of the record the action names (en, es, pt, fr, de). */
const PRINTED_PART =
  /^(?:re-?print|print|download|export|imprimir|reimprimir|descargar|exportar|imprimer|réimprimer|télécharger|exporter|drucken|herunterladen|exportieren|baixar)\s+(?:(?:the|a|an|my|el|la|los|las|le|les|des|die|den|das|o|a|os|as)\s+)?([\p{L}-]{3,})\s+(?:(?:for|of|from|de|del|para|pour|du|des|für|von|do|da)(?=$|[^\p{L}])|d['’])/iu;
/** German puts the verb last: "Etiketten für einen Auftrag erneut drucken". */
const PRINTED_PART_DE =
  /^(?:(?:die|den|das)\s+)?([\p{L}-]{3,})\s+(?:für|von|des|der)\s+.+?\s+(?:erneut\s+|nochmals\s+)?(?:drucken|ausdrucken|nachdrucken|herunterladen|exportieren)$/iu;
function printedPart(action: string, r: Resource): string | null {
  const noun = (PRINTED_PART.exec(action.trim()) ?? PRINTED_PART_DE.exec(action.trim()))?.[1];
  if (!noun || mentionPattern(r.entity.name).test(noun)) return null;
  if (/^(?:pdfs?|copy|copies|file|files|version|copia|copie|kopie|cópia)$/i.test(noun)) return null;
  return slug(noun);
}

const statusField = (e: SpecEntity) =>
  e.fields.find((f) => f.enum && f.enum.length > 1 && /^(status|state|stage|phase)$/i.test(f.name));

const sameValue = (a: string, b: string) =>
  a.toLowerCase().replace(/[_\s]/g, '-') === b.toLowerCase().replace(/[_\s]/g, '-');

/** The status value a story marks a record as: the same word, or one the same verb leads to. */
function markedValue(e: SpecEntity, state: string, markedVerb: string | undefined): string | undefined {
  return statusField(e)?.enum?.find(
    (v) => sameValue(v, state) || (markedVerb !== undefined && verbOf(v) === markedVerb),
  );
}

/** The resource whose status has the value: `r` itself, else the one record referring to it. */
function stateHolder(
  r: Resource,
  state: string,
  markedVerb: string | undefined,
  ctx: ApiContext,
): Resource | null {
  const has = (x: Resource) => markedValue(x.entity, state, markedVerb) !== undefined;
  if (has(r)) return r;
  const referring = ctx.resources.filter(
    (x) => x !== r && has(x) && x.entity.fields.some((f) => f.references?.entity === r.entity.name),
  );
  return referring.length === 1 ? referring[0]! : null;
}

/** A stated route's description names the status value it sets (`{"status": "present" | "no_show"}`). */
function namesValue(summary: string, state: string): boolean {
  return summary
    .toLowerCase()
    .split(/[^\p{L}\p{N}_-]+/u)
    .some((w) => w.length > 0 && sameValue(w, state));
}

/** The endpoint for one intent, or why there is none. */
function resolve(
  intent: Intent,
  s: Story,
  r: Resource | null,
  all: Endpoint[],
  where: AllIndex,
  ctx: ApiContext,
  byName: Map<string, Resource>,
): Endpoint | string {
  const base = ctx.base.path;
  const origin = fromRule('derive/operation-from-story', refs(s.origin));
  // The entity's endpoints from the index, not a scan of all endpoints per intent (issue 19).
  const on = (pred: (e: Endpoint) => boolean) => {
    const name = r?.entity.name;
    return name ? where.findOf(name, pred) : undefined;
  };
  switch (intent.kind) {
    case 'auth': {
      // "sign up for a shift" where the records are sign-ups (`Signup`): the verb names the record
      // the actor makes, not an account.
      if (intent.step === 'register' && r && mentionPattern(r.entity.name).exec(s.action.trim())?.index === 0)
        return resolve({ kind: 'create' }, s, r, all, where, ctx, byName);
      const path = {
        register: /register|signup|sign-up/,
        login: /login|sign-in|signin|token$/,
        logout: /logout|sign-out/,
        reset: /password|reset|forgot/,
        // The derived passwordless routes (`/auth/sign-in-link`, `/auth/sign-in-code`); a stated one
        // is found by the step its description reads as.
        'sign-in-link': /\/sign-in-[a-z]+$/,
      }[intent.step];
      // With an external identity provider, sign-in, sign-up and password resets happen there.
      const idp = (ctx.domain.securityFacts ?? []).find((f) => f.kind === 'identity-provider');
      // A stated route described as the step ("| POST | /volunteers | register |") serves it.
      // The same route may be stated twice (a sequence diagram's message, then the route table's row
      // with its description): any of its statements may say the step.
      const described = all.find(
        (e) =>
          statedOf(ctx, e)?.authStep === intent.step ||
          (e.origin.kind === 'source' &&
            ctx.domain.statedEndpoints.some(
              (x) => x.method === e.method && x.path === e.path && x.authStep === intent.step,
            )),
      );
      return (
        all.find((e) => e.action === 'auth' && path.test(e.path)) ??
        described ??
        (idp && intent.step !== 'logout'
          ? `${SERVED_BY_IDP} ${idp.value}, not by this API`
          : `no authentication route serves "${intent.step}"`)
      );
    }
    case 'dashboard':
      return read(
        `${base}/dashboard`,
        'getDashboard',
        'Dashboard',
        'The dashboard of the signed-in user',
        s,
        origin,
      );
    case 'analytics': {
      const name = slug(s.action.replace(/^\s*\S+\s+/, ''));
      return read(
        `${base}/analytics/${name}`,
        `get${pascal(name.replace(/-/g, ' '))}`,
        'Analytics',
        s.action,
        s,
        origin,
      );
    }
    case 'export': {
      // A stated read whose route or description names what is exported ("export the hours served"
      // → `GET /reports/hours.csv`) is that export.
      // The one stated export route (`GET /exports/comptabilite` "Export CSV du mois", `GET
      // /payments/export.csv` "Eksport av innbetalinger (CSV)") whose words the story shares
      // ("exporter … d'un mois au format CSV", "eksportere dem som CSV for en periode") is the
      // export, not a file of a record, nor a list that shares another of its words ("Innbetalinger
      // i en periode").
      const exported = where
        .statedReads()
        .filter(
          (e) =>
            e.path
              .split('/')
              .some((seg) => seg === 'export' || seg === 'exports' || /^exports?\.\w+$/.test(seg)) &&
            sharesWord(s.action, `${e.summary} ${e.path}`),
        );
      if (exported.length === 1 && !intent.pdf) return exported[0]!;
      const described = statedReadFor(s.action, where.statedReads(), ctx);
      if (described) return described;
      if (!r) return 'the export names no entity of the data model';
      // "reprint labels for an existing order": the labels of the order, not the order as a PDF.
      const part = printedPart(s.action, r);
      // A file route the documents state for the entity (`GET /workflows/{id}/export`,
      // `GET /feiras/{id}/separacao.pdf`) is the export.
      // A part printed from the record ("reprint labels for an order") is no general export of it.
      const statedFile = on(
        (e) => e.method === 'GET' && e.origin.kind === 'source' && isFileRoute(e.path, part !== null),
      );
      if (statedFile) return statedFile;
      const suffix = part ?? (intent.many ? 'export' : intent.pdf ? 'pdf' : 'download');
      const stated = on((e) => e.method === 'GET' && e.path.endsWith(`/${suffix}`));
      if (stated) return stated;
      const item = part !== null || !intent.many;
      const path = `${item ? r.itemPath : r.collectionPath}/${suffix}`;
      const opId = part
        ? `get${r.entity.name}${pascal(part.replace(/-/g, ' '))}`
        : `${suffix === 'pdf' ? 'get' : suffix}${item ? r.entity.name : pluralOf(r)}${suffix === 'pdf' ? 'Pdf' : ''}`;
      return {
        ...read(
          path,
          opId,
          resourceName(r),
          part
            ? `${pascal(part.replace(/-/g, ' '))} of the ${r.entity.name}, to print`
            : `${pascal(suffix)} ${words(r.entity.name)}${item ? '' : 's'}`,
          s,
          origin,
        ),
        entity: r.entity.name,
        parameters: pathParams(r, item),
        responses: [
          // A part's content (labels) is what the client prints; its file format is not stated.
          part
            ? {
                status: 200,
                description: `The ${part.replace(/-/g, ' ')} of the ${r.entity.name}, to print.`,
                schema: { type: 'object' },
              }
            : {
                status: 200,
                description: intent.pdf
                  ? 'The document as PDF (application/pdf).'
                  : `The ${words(r.entity.name)} file.`,
                schema: {
                  type: 'string',
                  format: 'binary',
                  contentMediaType: intent.pdf ? 'application/pdf' : 'application/octet-stream',
                },
              },
          ...errorResponses({
            authenticated: true,
            notFound: item,
            body: false,
            conflict: false,
            references: false,
            idempotent: false,
          }),
        ],
      };
    }
    case 'settings': {
      if (r && r.kind !== 'reference' && r.kind !== 'log') {
        return on((e) => e.action === 'update') ?? crud(r, 'update', ctx);
      }
      // A stated route that holds settings (`PUT /user/config`) is where they are set.
      const statedSettings = all.filter(
        (e) => (e.method === 'PUT' || e.method === 'PATCH') && statedOf(ctx, e)?.settings === true,
      );
      if (statedSettings.length === 1) return statedSettings[0]!;
      return preferences(s, ctx, origin) ?? 'no entity or field of the data model holds these settings';
    }
    case 'search':
    case 'view': {
      // A stated read whose summary names what the story wants to see ("carteira de vacinação do
      // animal" for "ver a carteira de vacinação do meu animal") is that operation.
      const described = statedReadFor(
        s.action,
        where.statedReads(),
        ctx,
        intent.kind === 'view' && intent.many === true,
      );
      if (described) return described;
      if (!r || thingSearched(s.action, r)) {
        const q = searchOf(s.action, ctx, origin, s);
        if (q) return where.route('GET', q.path) ?? q;
      }
      if (!r) return readNamed(s.action, all) ?? 'the story names no entity of the data model';
      // "the volunteer opens the loan record" beside `| GET | /members/me/loans | My loan history |
      // member |`: a route under `/me` reads the caller's own records; it serves a story on the
      // actor's own records, or an actor the route table names as its caller.
      const reads = (e: Endpoint) => !underMe(e.path) || s.own === true || callsIt(s.actor, e, ctx);
      return (
        (intent.kind === 'search' ? on((e) => e.action === 'search' && reads(e)) : undefined) ??
        on((e) => e.action === 'list' && reads(e)) ??
        on((e) => e.action === 'search' && reads(e)) ??
        on((e) => e.action === 'get' && reads(e)) ??
        crud(r, 'list', ctx)
      );
    }
    case 'create': {
      // "agendar uma vacina", "book a table": a booking verb creates the model's booking entity,
      // whatever thing is booked (the vaccine or the table is what the booking refers to).
      // "votare ogni punto" → Voto: the entity the verb's stem names (rule derive/create-from-verb-noun).
      r = (intent.entity ? byName.get(intent.entity) : undefined) ?? booking(s.action, ctx) ?? r;
      if (!r) return createDescribedBy(s.action, all) ?? 'the story names no entity of the data model';
      const stated =
        on((e) => e.action === 'create') ??
        on((e) => e.method === 'POST' && !/\{[^}]+\}\/[\w-]+$/.test(e.path));
      if (stated) return stated;
      if (r.kind === 'log' || r.kind === 'reference')
        return `${r.entity.name} is written by the system (rule ${r.rule})`;
      return crud(r, 'create', ctx);
    }
    case 'update': {
      if (!r) return 'the story names no entity of the data model';
      const state = s.marked;
      // "mark each booked volunteer as present": the record whose status holds the value (the word,
      // or one the same verb leads to: "marcar como cancelado" and `cancelled`) — the story's
      // entity, else the one record referring to it.
      const holder = state ? stateHolder(r, state, s.markedVerb, ctx) : null;
      const value = state && holder ? markedValue(holder.entity, state, s.markedVerb) : undefined;
      if (holder && value) {
        // The route is named with the verb the statement layer read ("mark as collected" →
        // `collect`), else the value's own verb, else "mark-<value>" (`mark-urgent`); a stated route
        // that names the value it sets (`{"status": "present" | "no_show"}`) is that route.
        const segment = value.toLowerCase().replace(/_/g, '-');
        const verb = s.markedVerb ?? verbOf(value) ?? `mark-${segment}`;
        const name = holder.entity.name;
        // …and a stated route named after the value itself (`POST /reserveringen/{id}/niet-verschenen`).
        return (
          all.find(
            (e) =>
              e.entity === name &&
              e.action === 'action' &&
              (e.path.endsWith(`/${verb}`) ||
                (e.origin.kind === 'source' &&
                  (namesValue(e.summary, value) || e.path.endsWith(`/${segment}`)))),
          ) ?? action(holder, verb, s, ctx, origin)
        );
      }
      if (r.kind === 'log' || r.kind === 'append-only' || r.kind === 'reference')
        return `${r.entity.name} records are not changed (rule ${r.rule})`;
      return on((e) => e.action === 'update' || e.action === 'replace') ?? crud(r, 'update', ctx);
    }
    case 'delete': {
      if (!r) return 'the story names no entity of the data model';
      // "remove the deadline from a task" clears a field: an update, not a delete.
      const part =
        /\b(?:remove|clear|delete|quitar|eliminar|retirer|supprimer|entfernen|löschen|remover)\s+(?:the |a |an |my |el |la |le |les |den |die |das |o |a )?([\p{L}-]{3,})\s+(?:from|of|de|du|des|aus|von|do|da)\b/iu.exec(
          s.action,
        );
      const field = part?.[1]?.toLowerCase();
      if (field && r.entity.fields.some((f) => f.name.toLowerCase().startsWith(field.replace(/s$/, ''))))
        return on((e) => e.action === 'update') ?? crud(r, 'update', ctx);
      const del = on((e) => e.action === 'delete');
      if (del) return del;
      const deactivate = on((e) => e.action === 'action' && /\/(deactivate|archive)$/.test(e.path));
      return deactivate ?? `no DELETE on ${r.entity.name}: removed by a stated or derived rule`;
    }
    case 'deactivate': {
      if (!r) return 'the story names no entity of the data model';
      return (
        on((e) => e.action === 'action' && /\/(deactivate|archive)$/.test(e.path)) ??
        action(r, 'deactivate', s, ctx, origin)
      );
    }
    case 'manage': {
      if (!r) return 'the story names no entity of the data model';
      return on((e) => e.action === 'list') ?? on((e) => e.action === 'create') ?? crud(r, 'list', ctx);
    }
    case 'state': {
      // "block an afternoon off": the model's record of blocked time, when it has exactly one.
      if (!r && intent.verb === 'block') r = blockedTime(ctx);
      // "thanh toán học phí bằng VNPay" names no record, but the provider its payment starts at.
      const providerRoute = !r && intent.verb === 'pay' ? startNamingProvider(s.action, all) : undefined;
      if (providerRoute) return providerRoute;
      if (!r) return 'the story names no entity of the data model';
      const verb = intent.verb;
      if (verb === 'status') return statusChange(r, s, all, ctx);
      // "block time off": blocking creates the record when nothing has a state to block.
      if (verb === 'block' && !statusField(r.entity))
        return on((e) => e.action === 'create') ?? crud(r, 'create', ctx);
      // "The harbour office issues invoices" where every invoice has its `issued_on` (NOT NULL): a
      // record is in the state the verb leads to from its creation, so the verb creates it.
      if (createdInState(r.entity, verb)) return on((e) => e.action === 'create') ?? crud(r, 'create', ctx);
      // A stated route whose segment or description names the verb performs it, whatever its
      // method (`DELETE /bookings/{id}` described "cancel").
      // A near-synonym the documents' route states does the same ("refuser un devis" reads as
      // decline, the stated `POST /devis/{id}/refus` as reject): one route, never two.
      // The documents' own word for it names their route too (`verlängern` → `/ausleihen/{id}/verlaengern`).
      const same = [
        ...(SAME_ACTION.get(verb) ?? [verb]),
        ...(intent.word ? asciiSpellings(intent.word) : []),
      ];
      const found = on(
        (e) =>
          same.includes(statedVerb(ctx, e) ?? '') ||
          (e.action === 'action' &&
            same.some(
              (v) =>
                e.path.endsWith(`/${v}`) || e.operationId.toLowerCase().startsWith(camel(v).toLowerCase()),
            )),
      );
      if (found) return found;
      // "pagar o pré-pedido com Pix" with `POST /pedidos/{id}/pix` stated: a stated action of the
      // entity whose last segment the story says (the means of the action) performs it.
      const means = namedAction(s.action, r, where, ctx);
      if (means) return means;
      // "een openstaande factuur betalen": the provider's webhook is the provider's call, never the
      // payer's. A stated create that names what the story pays with ("Cria um pré-pedido e a cobrança
      // Pix" for "pagar o pedido com Pix") starts the payment; else, with a payment provider stated,
      // a start-payment operation on the record returns the provider's checkout; else nothing does.
      if (verb === 'pay') {
        const payable = r;
        const creates = createNamingMeans(payable, s.action, all);
        if (creates) return creates;
        const provider = paymentProvider(all, ctx);
        if (!provider)
          return `no payment provider is stated: which operation starts the payment of a ${payable.entity.name} is an open question`;
        return (
          all.find((e) => e.entity === payable.entity.name && e.path === `${payable.itemPath}/payment`) ??
          providerStart(payable, provider, all, ctx) ??
          startPayment(payable, provider, s)
        );
      }
      if (r.kind === 'log' || r.kind === 'reference')
        return `${r.entity.name} is written by the system (rule ${r.rule})`;
      void byName;
      // "check a patient in" where the patient has no status and their appointment has
      // `checked_in`: the one record referring to the named one whose status the verb leads to.
      const own = statusField(r.entity)?.enum?.some((v) => verbOf(v) === verb) ?? false;
      const holder = own ? r : stateHolder(r, '', verb, ctx);
      if (holder && holder !== r) {
        const name = holder.entity.name;
        return (
          all.find((e) => e.entity === name && e.action === 'action' && e.path.endsWith(`/${verb}`)) ??
          action(holder, verb, s, ctx, origin)
        );
      }
      return action(r, verb, s, ctx, origin);
    }
  }
}

/**
 * The stated action that starts the provider's payment for the paid record: a POST on one record of
 * it, or of a record that refers to it, whose summary names the provider ("reserve and pay a berth"
 * beside `POST /reservations/{id}/checkout | start Stripe Checkout`, a reservation referring to its
 * berth). One only; else the start-payment rule designs one.
 */
function providerStart(
  r: Resource,
  provider: string,
  all: readonly Endpoint[],
  ctx: ApiContext,
): Endpoint | undefined {
  const name = provider.toLowerCase().split(/\s+/)[0]!;
  const holders = new Set([
    r.entity.name,
    ...ctx.resources
      .filter((x) => x.entity.fields.some((f) => f.references?.entity === r.entity.name))
      .map((x) => x.entity.name),
  ]);
  const hits = all.filter(
    (e) =>
      e.method === 'POST' &&
      e.origin.kind === 'source' &&
      e.entity !== null &&
      holders.has(e.entity) &&
      /\/\{[^}]+\}\/[\w-]+$/.test(e.path) &&
      (e.summary ?? '').toLowerCase().includes(name),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * A payment story that names no record of the model but what it pays with ("thanh toán học phí bằng
 * VNPay", "pay the fee with Swish"): the one stated POST on a record whose description names the same
 * means (a word written with a capital in both) and says the story's own verb ("Tạo liên kết thanh
 * toán VNPay") starts it. A description that names the means without the verb ("Catat berat dan buat
 * transaksi Snap" for "membayar lewat halaman Snap") is another act.
 */
function startNamingProvider(action: string, all: readonly Endpoint[]): Endpoint | undefined {
  const names = (text: string) =>
    text
      .split(/[^\p{L}\p{N}]+/u)
      .slice(1)
      .filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w));
  const said = new Set(names(` ${action}`));
  const lead = leadWord(action);
  if (said.size === 0 || lead.length < 3) return undefined;
  const hits = all.filter((e) => {
    if (e.method !== 'POST' || e.origin.kind !== 'source' || e.action === 'webhook') return false;
    if (!/\/\{[^}]+\}\/[\w-]+$/.test(e.path)) return false;
    const summary = e.summary ?? '';
    const words = foldAccents(summary.toLowerCase()).split(/[^\p{L}\p{N}]+/u);
    return names(` ${summary}`).some((w) => said.has(w)) && words.includes(lead);
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * A create story that names no record of the model ("menjadwalkan penjemputan cucian": schedule a
 * laundry pickup): the one stated create whose description says the story's object, the first word
 * after its verb ("Buat pesanan penjemputan": create a pickup order), as written or in another form;
 * no other stated write may say it.
 */
function createDescribedBy(action: string, all: readonly Endpoint[]): Endpoint | undefined {
  const words = [...contentWords(action)];
  const object = words[1];
  if (!object || object.length < 5) return undefined;
  const says = (e: Endpoint) =>
    e.method !== 'GET' &&
    e.origin.kind === 'source' &&
    [...contentWords(e.summary ?? '')].some((w) => w === object || inflectedForm(w, object));
  const writes = all.filter(says);
  return writes.length === 1 && writes[0]!.action === 'create' ? writes[0] : undefined;
}

/**
 * The stated create of the story's record whose summary names what the story pays with: a word
 * written with a capital inside both ("pagar o pedido com Pix", "Cria um pré-pedido e a cobrança
 * Pix"), the name of a means or a provider, not of the record.
 */
function createNamingMeans(r: Resource, action: string, all: readonly Endpoint[]): Endpoint | undefined {
  const names = (text: string) =>
    new Set(
      text
        .split(/[^\p{L}\p{N}]+/u)
        .slice(1)
        .filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)),
    );
  const said = names(` ${action}`);
  if (said.size === 0) return undefined;
  const hits = all.filter(
    (e) =>
      e.entity === r.entity.name &&
      e.method === 'POST' &&
      e.action === 'create' &&
      e.origin.kind === 'source' &&
      [...names(` ${e.summary}`)].some((w) => said.has(w)),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The payment provider the documents use: the chosen integration the catalogue files under payments,
 * else the one a stated payment webhook names (`/webhooks/mollie`), by the integration's own name.
 */
function paymentProvider(all: readonly Endpoint[], ctx: ApiContext): string | null {
  const chosen = ctx.domain.integrations.filter(
    (i) => i.status === 'chosen' && providerById(i.provider)?.category === 'payments',
  );
  const ids = [...new Set(chosen.map((i) => i.provider))];
  if (ids.length === 1) return providerById(ids[0]!)?.name ?? chosen[0]!.name;
  if (ids.length > 1) return null;
  const hook = paymentWebhook(all, ctx);
  if (!hook) return null;
  const slug = hook.path
    .split('/')
    .filter((x) => x && !x.startsWith('{'))
    .at(-1)!
    .toLowerCase();
  const named = ctx.domain.integrations.find(
    (i) => i.status === 'chosen' && (i.provider === slug || i.name.toLowerCase() === slug),
  );
  // The route names its sender when no integration does (`/webhooks/mollie`: Mollie).
  return (
    named?.name ?? (/^[a-z][a-z0-9-]{2,}$/.test(slug) ? slug.charAt(0).toUpperCase() + slug.slice(1) : null)
  );
}

/**
 * `POST /<records>/{id}/payment` (rule `derive/start-payment-from-provider`): the payer's operation
 * that starts a payment at the stated provider and answers with where to pay (the provider's checkout
 * URL); the provider's webhook later records the outcome.
 */
function startPayment(r: Resource, provider: string, s: Story): Endpoint {
  const e = r.entity;
  return {
    operationId: `start${e.name}Payment`,
    method: 'POST',
    path: `${r.itemPath}/payment`,
    resource: resourceName(r),
    summary: `Start the payment of a ${words(e.name)} at ${provider}`,
    entity: e.name,
    action: 'action',
    parameters: pathParams(r, true),
    requestBody: null,
    responses: [
      {
        status: 201,
        description: `The payment started at ${provider}: the URL to send the payer to.`,
        schema: {
          type: 'object',
          properties: { checkoutUrl: { type: 'string', format: 'uri' } },
          required: ['checkoutUrl'],
          additionalProperties: false,
        },
      },
      ...errorResponses({
        authenticated: true,
        notFound: true,
        body: false,
        conflict: true,
        references: false,
        idempotent: true,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: 'write',
    pagination: null,
    idempotencyKey: true,
    requirements: s.requirements,
    origin: fromRule('derive/start-payment-from-provider', refs(s.origin)),
  };
}

/**
 * The stated incoming webhook that confirms payments: the only stated webhook, or the one whose path
 * names a chosen payment provider (`/webhooks/stripe` beside `/webhooks/sendgrid`).
 */
function paymentWebhook(all: readonly Endpoint[], ctx: ApiContext): Endpoint | undefined {
  const hooks = all.filter((e) => e.action === 'webhook' && e.origin.kind === 'source');
  if (hooks.length <= 1) return hooks[0];
  const payments = ctx.domain.integrations
    .filter((i) => i.status === 'chosen' && providerById(i.provider)?.category === 'payments')
    .map((i) => i.provider.toLowerCase());
  const named = hooks.filter((e) => payments.some((p) => e.path.toLowerCase().includes(p)));
  return named.length === 1 ? named[0] : undefined;
}

/** State actions English names apart that a document's one verb may mean (French "refuser"). */
const SAME_ACTION = new Map<string, string[]>(
  [['decline', 'reject']].flatMap((group) => group.map((v) => [v, group] as [string, string[]])),
);

/**
 * The one stated action route (`POST /x/{id}/<segment>`) whose segment is the noun of the story's
 * verb: the two share their first five letters ("aprovar" → `/aprovacao`, "approuver" →
 * `/approbation`, "genehmigen" → `/genehmigung`, "approve" → `/approval`).
 */
function nounOfVerbRoute(
  word: string,
  verbKey: string,
  action: string,
  all: readonly Endpoint[],
  ctx: ApiContext,
): Endpoint | undefined {
  const verb = foldAccents(word.toLowerCase());
  const need = 5;
  // A phrasal verb ("check-in", "sign up") makes no noun by a suffix: `/checkout` is not its noun.
  if (verb.length < need || /[^a-z]/.test(verb)) return undefined;
  const said = [...contentWords(foldAccents(action.toLowerCase()))];
  const hits = all.filter((e) => {
    if (e.method === 'GET' || e.action !== 'action' || e.origin.kind !== 'source') return false;
    const parts = e.path.split('/').filter(Boolean);
    if (parts.length < 3 || !parts.at(-2)!.startsWith('{')) return false;
    // A segment that is a verb of its own (`/checkout`) performs that verb, not the story's.
    const own = statedVerb(ctx, e) ?? e.stateVerb;
    if (own !== undefined && own !== verbKey) return false;
    const segment = foldAccents(parts.at(-1)!.toLowerCase());
    // The records the route acts on are the ones the story names (`/cardapios` for "o cardápio"):
    // "annuler tous les créneaux" is no cancel of `/reservations/{id}/annulation`.
    const collection = foldAccents(parts.at(-3)!.toLowerCase().replace(/[-_]/g, ' ')).split(' ');
    return (
      segment.length >= need &&
      (segment.slice(0, need) === verb.slice(0, need) || verbalNoun(verb, segment)) &&
      // A declining language names the record in another case ("lekci" for `/lekce`).
      collection.some((c) =>
        said.some((w) => sameNoun(w, c) || (w.length >= 4 && c.startsWith(w)) || inflectedForm(w, c)),
      )
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The one stated write action of the entity whose last path segment is a word of the story's action
 * (`POST /pedidos/{id}/pix` for "pagar o pré-pedido com Pix"), unless the route performs another
 * state action the documents name (`/cancelar` is a cancel, whatever the story says).
 */
function namedAction(action: string, r: Resource, where: AllIndex, ctx: ApiContext): Endpoint | undefined {
  const said = contentWords(action);
  const hits: Endpoint[] = [];
  for (const path of new Set(where.pathsOf(r.entity.name))) {
    for (const method of ['POST', 'PUT', 'PATCH'] as const) {
      const e = where.route(method, path);
      if (e?.origin.kind !== 'source' || e.action !== 'action' || e.entity !== r.entity.name) continue;
      if (e.stateVerb !== undefined || statedVerb(ctx, e) !== undefined) continue;
      const segment = path.slice(path.lastIndexOf('/') + 1);
      const parts = [...contentWords(segment.replace(/[-_.]+/g, ' '))];
      if (parts.length > 0 && parts.every((p) => said.has(p))) hits.push(e);
    }
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The one stated GET whose summary shares a word with the story's action that is no entity's name
 * (a word of five letters or more, so articles and prepositions never match).
 */
function statedReadFor(action: string, reads: Endpoint[], ctx: ApiContext, many = false): Endpoint | null {
  const own = ownWords(ctx.resources);
  // Only the wanted thing of the first step, not the purpose or the next steps after it ("…, para
  // saber o que está pendente", "…, creates the patient when not found, picks a slot").
  const first = action.split(/[,;]/)[0]!;
  const wanted = new Set(own(first));
  // A function word ("pentru", "untuk") says nothing of what is wanted.
  for (const verb of wanted) if (VIEW_VERBS.test(verb) || isFunctionWord(verb)) wanted.delete(verb);
  // The route's own words count as its description (`GET /reports/hours.csv` for "export the hours
  // served"); its parameters do not.
  const hits =
    wanted.size === 0
      ? []
      : reads.filter(
          (e) =>
            e.method === 'GET' &&
            e.origin.kind === 'source' &&
            [...own(`${e.summary} ${e.path.replace(/\{[^}]*\}/g, ' ')}`)].some((w) => wanted.has(w)),
        );
  // "search free berths for my dates" beside `| GET | /berths/availability | search free berths |`:
  // a stated read whose summary opens with the story's own search or view verb, on a collection the
  // story names, is that read when no word of the story's wanted thing picks another.
  if (hits.length === 0) hits.push(...sameVerbReads(first, reads, own));
  if (hits.length !== 1) return null;
  // "browse the campaigns" found the detail read `GET /campaigns/{id}`: the stated list of the same
  // records (`GET /campaigns`) is what a browsing story reads.
  const hit = hits[0]!;
  const item = /\/\{[^}]+\}$/.exec(hit.path);
  const list =
    many && item
      ? reads.find((e) => e.method === 'GET' && e.path === hit.path.slice(0, item.index))
      : undefined;
  return list ?? hit;
}

/**
 * The words of a text that are not an entity's (no word starting with an entity word's first five
 * letters), per resource list: the entity words' prefixes are a set and each text's words are kept,
 * since every story asks this of every stated read's summary (issue 19).
 */
const ownWordCaches = new WeakMap<Resource[], { size: number; own: (text: string) => Set<string> }>();
function ownWords(resources: Resource[]): (text: string) => Set<string> {
  let x = ownWordCaches.get(resources);
  if (!x || x.size !== resources.length) {
    const prefixes = new Set(
      resources.flatMap((r) => words(r.entity.name).split(' ')).map((e) => e.slice(0, 5)),
    );
    const entityWord = (w: string) => {
      for (let k = 0; k <= 5; k++) if (prefixes.has(w.slice(0, k))) return true;
      return false;
    };
    const seen = new Map<string, Set<string>>();
    const own = (text: string) => {
      let out = seen.get(text);
      if (!out) {
        out = new Set(
          text
            .toLowerCase()
            .split(/[^\p{L}]+/u)
            .filter((w) => w.length >= 5 && !entityWord(w)),
        );
        seen.set(text, out);
      }
      return out;
    };
    x = { size: resources.length, own };
    ownWordCaches.set(resources, x);
  }
  return x.own;
}

/**
 * Whether two texts share a word of three letters or more other than an export word ("CSV", "mois"
 * in "exporter … d'un mois au format CSV" and "Export CSV du mois").
 */
function sharesWord(a: string, b: string): boolean {
  const of = (t: string) => new Set([...contentWords(foldAccents(t))].filter((w) => !w.startsWith('export')));
  const theirs = of(b);
  return [...of(a)].some((w) => theirs.has(w));
}

/** Verbs of reading and choosing: shared with a route's summary, they say nothing about what is read. */
/** The stated reads whose summary opens with the story's own view verb, on a collection it names. */
function sameVerbReads(action: string, reads: Endpoint[], own: (text: string) => Set<string>): Endpoint[] {
  const all = words(action).split(' ');
  const verb = all[0] ?? '';
  if (!VIEW_VERBS.test(verb)) return [];
  const mine = own(action);
  // The entity words the story names: its words that are no own word ("berths" in "search free berths").
  const named = all.slice(1).filter((w) => w.length >= 4 && !mine.has(w));
  if (named.length === 0) return [];
  return reads.filter((e) => {
    if (e.method !== 'GET' || e.origin.kind !== 'source') return false;
    if (words(e.summary ?? '').split(' ')[0] !== verb) return false;
    const segments = e.path
      .toLowerCase()
      .split('/')
      .filter((x) => x && !x.startsWith('{'));
    return named.some((w) => segments.some((x) => x.slice(0, 5) === w.slice(0, 5)));
  });
}

const VIEW_VERBS =
  /^(?:search\w*|find\w*|look\w*|views?|viewing|shows?|lists?|listing|picks?|select\w*|choose\w*|opens?|creates?|browse\w*|filter\w*|check\w*|consult\w*|pesquis\w*|procur\w*|busca\w*|recherch\w*|cherch\w*|suche\w*|anzeig\w*|afficher|visualiz\w*)$/;

const BOOK = /^(?:book|reserve|reservar|agendar|réserver|buchen|marcar|prenotare|reserveren|boeken)\b/i;

/** "book a slot": the booking entity of the model (appointment, booking, reservation…). */
function booking(action: string, ctx: ApiContext): Resource | null {
  // German puts the infinitive last ("einen Slot buchen"), Dutch before its complements ("een baan
  // reserveren voor mezelf").
  const ws = action.trim().split(/\s+/);
  if (
    !BOOK.test(action.trim()) &&
    !BOOK.test(ws.pop() ?? '') &&
    !ws.some((w) => /^(?:reserveren|boeken)$/i.test(w))
  )
    return null;
  return ctx.resources.find((r) => isBookingEntityWords(words(r.entity.name))) ?? null;
}

const BLOCKED_TIME =
  /^(?:time off|time offs|blocked time|block(?:ed)? slot|absence|unavailability|leave|closure|ausencia|bloqueo|indisponibilidad|absence|indisponibilit[ée]|abwesenheit|sperrzeit|ausência|bloqueio|indisponibilidade|folga)$/i;

function blockedTime(ctx: ApiContext): Resource | null {
  const hits = ctx.resources.filter((r) => r.kind !== 'join' && BLOCKED_TIME.test(words(r.entity.name)));
  return hits.length === 1 ? hits[0]! : null;
}

const SEARCH_BY =
  /^(?:search|find|look ?up|filter|browse|list|see|view|buscar|filtrar|rechercher|chercher|suchen|pesquisar|procurar)\s+(?:for\s+)?(?:the |a |an |all |my |free |available |open |existing )*([\p{L}-]+)\s+(?:by|per|por|par|nach|pelo|pela)\s+(.+)$/iu;

/** The thing searched is not the entity matched ("search free slots by clinic": slots, not clinics). */
function thingSearched(action: string, r: Resource): boolean {
  const m = SEARCH_BY.exec(action.trim());
  return m !== null && !mentionPattern(r.entity.name).test(m[1]!);
}

/**
 * "search free slots by clinic, appointment type, clinician and date range" → `GET /slots` with one
 * query parameter per stated filter (a date range becomes `from`/`to`).
 */
function searchOf(action: string, ctx: ApiContext, origin: Origin, s: Story): Endpoint | null {
  const m = SEARCH_BY.exec(action.trim());
  if (!m) return null;
  const noun = m[1]!.toLowerCase().replace(/s$/, '');
  if (noun.length < 3) return null;
  const filters = m[2]!
    .split(/\s*(?:,|\band\b|\bor\b|\by\b|\bet\b|\bund\b|\be\b|\bo\b|\bou\b|\boder\b)\s*/i)
    .map((f) => f.replace(/^(?:the|a|an|their|its)\s+/i, '').trim())
    .filter((f) => f.length > 1 && f.split(/\s+/).length <= 3);
  const parameters: Endpoint['parameters'] = [];
  for (const f of filters) {
    if (/date range|period|rango de fechas|période|zeitraum|período/i.test(f)) {
      parameters.push(
        {
          name: 'from',
          in: 'query',
          required: false,
          schema: { type: 'string', format: 'date' },
          description: `Start of the ${f}.`,
        },
        {
          name: 'to',
          in: 'query',
          required: false,
          schema: { type: 'string', format: 'date' },
          description: `End of the ${f}.`,
        },
      );
    } else
      parameters.push({
        name: camel(f),
        in: 'query',
        required: false,
        schema: { type: 'string' },
        description: `Only ${noun}s matching this ${f}.`,
      });
  }
  const plural = `${noun}s`;
  return {
    ...read(
      `${ctx.base.path}/${plural}`,
      `search${pascal(plural)}`,
      pascal(plural),
      `Search ${plural} by ${filters.join(', ')}`,
      s,
      origin,
    ),
    action: 'search',
    parameters,
  };
}

const pluralOf = (r: Resource) =>
  pascal(words(r.collectionPath.split('/').pop() ?? r.entity.name).replace(/-/g, ' '));

/**
 * Rule `derive/status-change-from-story`: "Mechaniker MÜSSEN den Auftragsstatus ändern können" moves
 * the record's status, a field no update body carries (the status is changed by actions): one state
 * action `POST /…/{id}/status` whose body names the new status among the model's values. A stated
 * route for it wins; a record without a status field keeps the plain update.
 */
function statusChange(r: Resource, s: Story, all: Endpoint[], ctx: ApiContext): Endpoint | string {
  const e = r.entity;
  const status = statusField(e);
  const stated = all.find(
    (x) => x.entity === e.name && x.action === 'action' && /\/(?:status|state)$/.test(x.path),
  );
  if (stated) return stated;
  if (!status) {
    if (r.kind === 'log' || r.kind === 'append-only' || r.kind === 'reference')
      return `${e.name} records are not changed (rule ${r.rule})`;
    return all.find((x) => x.entity === e.name && x.action === 'update') ?? crud(r, 'update', ctx);
  }
  const origin = fromRule('derive/status-change-from-story', refs(s.origin));
  const base = action(r, 'status', s, ctx, origin);
  return {
    ...base,
    operationId: `change${e.name}Status`,
    summary: `Change the ${words(e.name)} status`,
    requestBody: {
      type: 'object',
      required: [status.name],
      properties: { [status.name]: { type: 'string', enum: [...status.enum!] } },
      additionalProperties: false,
    },
    responses: [
      base.responses[0]!,
      ...errorResponses({
        authenticated: true,
        notFound: true,
        body: true,
        conflict: true,
        references: false,
        idempotent: false,
      }),
    ],
  };
}

function action(r: Resource, verb: string, s: Story, _ctx: ApiContext, origin: Origin): Endpoint {
  const e = r.entity;
  const body = actionNoteBody(e, verb);
  return {
    operationId: `${camel(verb)}${e.name}`,
    method: 'POST',
    path: `${r.itemPath}/${verb}`,
    resource: resourceName(r),
    summary: `${pascal(verb).replace(/([a-z])([A-Z])/g, '$1 $2')} ${words(e.name)}`,
    entity: e.name,
    action: 'action',
    parameters: pathParams(r, true),
    requestBody: body,
    responses: [
      { status: 200, description: `The ${e.name} after ${verb}.`, schema: ref(schemaNames(e.name).read) },
      ...errorResponses({
        authenticated: true,
        notFound: true,
        body: body !== null,
        conflict: true,
        references: false,
        idempotent: false,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: 'write',
    pagination: null,
    idempotencyKey: false,
    requirements: s.requirements,
    origin,
  };
}

function read(
  path: string,
  operationId: string,
  resource: string,
  summary: string,
  s: Story,
  origin: Origin,
): Endpoint {
  return {
    operationId,
    method: 'GET',
    path,
    resource,
    summary: summary.charAt(0).toUpperCase() + summary.slice(1),
    entity: null,
    action: 'action',
    parameters: [],
    requestBody: null,
    responses: [
      { status: 200, description: summary, schema: { type: 'object' } },
      ...errorResponses({
        authenticated: true,
        notFound: false,
        body: false,
        conflict: false,
        references: false,
        idempotent: false,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: 'expensive',
    pagination: null,
    idempotencyKey: false,
    requirements: s.requirements,
    origin,
  };
}

/**
 * Preferences the signed-in user sets on their own account (`switch the UI language` → the user
 * entity's `languagePref`): `PATCH /me/preferences` with exactly those fields.
 */
function preferences(s: Story, ctx: ApiContext, origin: Origin): Endpoint | null {
  const user = ctx.spec.entities.find((e) => ctx.users.has(e.name));
  if (!user) return null;
  const ws = s.action
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4);
  const fields = user.fields.filter(
    (f) => !f.readOnly && ws.some((w) => f.name.toLowerCase().startsWith(w.slice(0, 5))),
  );
  if (fields.length === 0) return null;
  const properties = Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.enum
        ? { type: 'string', enum: f.enum }
        : { type: 'string', ...(f.type.length ? { maxLength: f.type.length } : {}) },
    ]),
  );
  return {
    operationId: 'updateMyPreferences',
    method: 'PATCH',
    path: `${ctx.base.path}/me/preferences`,
    resource: 'Me',
    summary: `Update my preferences (${fields.map((f) => f.name).join(', ')})`,
    entity: user.name,
    action: 'action',
    parameters: [],
    requestBody: { type: 'object', properties, additionalProperties: false, minProperties: 1 },
    responses: [
      { status: 200, description: 'The preferences as saved.', schema: { type: 'object', properties } },
      ...errorResponses({
        authenticated: true,
        notFound: false,
        body: true,
        conflict: false,
        references: false,
        idempotent: false,
      }),
    ],
    authenticated: true,
    roles: [],
    rateLimit: 'write',
    pagination: null,
    idempotencyKey: false,
    requirements: s.requirements,
    origin,
  };
}

/** Words too common to tie a story to a route (articles, pronouns, prepositions in five languages). */
const COMMON =
  /^(?:the|and|for|per|you|our|all|its|his|her|can|may|out|with|from|that|this|their|them|they|into|onto|over|each|every|shall|must|will|system|los|las|del|por|con|una|para|sobre|todos|todas|desde|une|des|les|par|avec|pour|dans|leur|leurs|sont|mit|von|für|über|eine|einen|dem|den|der|die|das|und|com|uma|dos|das|pelo|pela|seus|suas)$/;
/**
 * A text written without spaces (kana and kanji) has no words to split on: its runs of kanji and
 * katakana of two characters at least are its words ("空き枠の検索（日付・診療科目で絞り込み）" →
 * 検索, 日付, 診療科目), the hiragana between them being particles and endings.
 */
const IDEOGRAPHIC = /[\p{sc=Han}\p{sc=Katakana}]/u;
const IDEOGRAPHIC_RUNS = /[\p{sc=Han}\p{sc=Katakana}\u30fc]{2,}/gu;
/**
 * Chinese writes no kana between its words either: a run of Han characters is a whole clause
 * ("在一个列表里看到所有待审核的商品和认证"), never one word of a route's description ("待审核商品列表").
 * Without kana in the text, each run is read as its character pairs (the bigrams an n-gram index of
 * Chinese text uses): "待审", "审核", "商品", "列表" are shared by the two whatever lies between them.
 */
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
const HAN_ONLY = /^\p{sc=Han}+$/u;
const bigrams = (run: string): string[] => {
  const chars = [...run];
  return chars.length <= 2 ? [run] : chars.slice(1).map((c, i) => `${chars[i]}${c}`);
};
const contentWords = (text: string): Set<string> => {
  const chinese = !KANA.test(text);
  return new Set(
    text
      .toLowerCase()
      // "İadeyi" lower-cases to "i̇adeyi", a dot that splits no word (Turkish dotted capital I).
      .replace(/\u0307/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .flatMap((w) => (IDEOGRAPHIC.test(w) ? (w.match(IDEOGRAPHIC_RUNS) ?? []) : [w]))
      .flatMap((w) => (chinese && HAN_ONLY.test(w) ? bigrams(w) : [w]))
      .filter((w) => (w.length >= 3 || IDEOGRAPHIC.test(w)) && !COMMON.test(w))
      .map((w) => (w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
};

/**
 * The one stated write whose path words (two or more, the base path left out) the action all says,
 * each matched by its first five letters (`volunteers` ~ "volunteer's").
 */
function statedRouteSpoken(
  action: string,
  all: readonly Endpoint[],
  base: string,
  exact = false,
): Endpoint | undefined {
  // Words as written, so a prefixed verb ("un-complete a task") is not the route's `complete`.
  const whole = action.toLowerCase().split(/[\s,;:.()]+/);
  const said = whole.map((w) => w.slice(0, 5));
  const hits = all.filter((e) => {
    if (e.method === 'GET' || e.origin.kind !== 'source') return false;
    const path = e.path.startsWith(base) ? e.path.slice(base.length) : e.path;
    const parts = [...contentWords(path.replace(/\{[^}]*\}/g, ' '))];
    // The route's last word is the story's verb, its first word as written ("lift …" ~ `/lift`).
    // `exact`: the last word whole ("check in" is no `/checkout`).
    return (
      parts.length >= 2 &&
      parts.at(-1)!.slice(0, 5) === said[0] &&
      (!exact || parts.at(-1) === whole[0]) &&
      parts.every((p) => said.includes(p.slice(0, 5)))
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Of several stated actions whose descriptions the story repeats, the one whose words it writes the
 * most as they are written ("en forenings ansøgning" writes "ansøgning" of "Godkend, ændr eller afvis
 * en ansøgning" as it is, "forening" of "Godkend eller afvis en forening" only in its genitive); none
 * on a tie.
 */
function writtenAlike(action: string, routes: readonly Endpoint[]): Endpoint | undefined {
  if (routes.length < 2) return undefined;
  const words = new Set(action.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const scored = routes
    .map((e) => ({
      e,
      n: [...new Set((e.summary ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter(
        (w) => w.length >= 3 && words.has(w),
      ).length,
    }))
    .sort((a, b) => b.n - a.n);
  return scored[0]!.n > scored[1]!.n ? scored[0]!.e : undefined;
}

/**
 * Whether a story only asks for state actions ("annuler tous les créneaux …"): what a stated route
 * named by a noun does to its record. A create is the child's own (`POST …/{id}/pieces`).
 */
const actsOnState = (intents: readonly Intent[]) =>
  intents.length > 0 && intents.every((i) => i.kind === 'state');

/**
 * The one stated write under a record (`POST /ateliers/{id}/fermetures`, `POST /sites/{id}/closures`)
 * whose last segment is a noun the story says ("… (fermeture exceptionnelle)", "… (a closure)"):
 * the documents named the operation after what the story does. A verb segment is statedVerbRoute's.
 */
function statedNounRoute(
  action: string,
  intents: readonly Intent[],
  all: readonly Endpoint[],
  ctx: ApiContext,
): Endpoint | undefined {
  const base = ctx.base.path;
  const said = new Set([...contentWords(foldAccents(action.toLowerCase()))]);
  // The story's own verbs (`cancel`, "annuler"): a segment that is one names the verb's route.
  const verbs = intents.flatMap((i) =>
    i.kind === 'state' ? [i.verb, ...(i.word ? [foldAccents(i.word.toLowerCase())] : [])] : [],
  );
  const hits = all.filter((e) => {
    // An action route only: a collection under a parent (`POST /condomini/{id}/segnalazioni`) is its
    // records' create, whatever the story says of them.
    if (e.method === 'GET' || e.action !== 'action' || e.origin.kind !== 'source') return false;
    const path = e.path.startsWith(base) ? e.path.slice(base.length) : e.path;
    const parts = path.split('/').filter(Boolean);
    if (parts.length < 3 || !parts.at(-2)!.startsWith('{') || parts.at(-1)!.startsWith('{')) return false;
    const last = [...contentWords(foldAccents(parts.at(-1)!.replace(/-/g, ' ')))];
    // A segment that is a verb (`/retire`, `/cancelar`: the state verb extract read in it) is a
    // state action's route, found by its verb.
    const verb = statedVerb(ctx, e) ?? e.stateVerb;
    return (
      last.length === 1 &&
      last[0]!.length >= 5 &&
      !(verb && sameNoun(verb, last[0]!)) &&
      !verbs.some((v) => v === last[0] || sameNoun(v, last[0]!)) &&
      [...said].some((w) => sameNoun(w, last[0]!))
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * One noun in two numbers ("fermeture" ~ `fermetures`, "Sperrung" ~ `sperrungen`, "chiusura" ~
 * `chiusure`): a common beginning of five letters at least, all but the last two of the shorter,
 * and lengths two letters apart at most.
 */
function sameNoun(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  const shorter = Math.min(a.length, b.length);
  // "check" is no number of `checkout`: the longer may add two letters at most.
  return n >= Math.max(5, shorter - 2) && Math.max(a.length, b.length) - shorter <= 2;
}

/** A stated route the documents describe, with the content words of its description. */
interface DescribedRoute {
  method: Endpoint['method'];
  path: string;
  words: Set<string>;
  /** The description's first word, accents off ("Adhérer (crée le lien…)" → `adherer`). */
  lead: string;
  /** The description's last word: a verb-final language writes its verb there ("Teslimi kaydet"). */
  tail: string;
  /** The sense of its lead verb's particle ("Meld meg på vakt": on), knowledge/verb-particles.ts. */
  particle: ParticleSense | null;
  /** The word after the lead verb, accents off: its object ("Catat berat dan …" → `berat`). */
  object: string;
}

/**
 * The routes among `endpoints` that the documents describe (`| POST | /loans | … | check out a
 * reserved tool |`), read once per mapping, not once per story. A summary we wrote never counts.
 */
function describedRoutes(endpoints: readonly Endpoint[], ctx: ApiContext): DescribedRoute[] {
  const described = new Map<string, string>();
  for (const s of ctx.domain.statedEndpoints)
    if (s.description && s.origin.kind === 'source')
      described.set(`${s.origin.file}:${s.origin.line}:${s.method}`, s.description);
  if (described.size === 0) return [];
  const out: DescribedRoute[] = [];
  for (const e of endpoints) {
    if (e.origin.kind !== 'source') continue;
    const text = described.get(`${e.origin.file}:${e.origin.line}:${e.method}`);
    if (text)
      out.push({
        method: e.method,
        path: e.path,
        words: contentWords(text),
        lead: leadWord(text),
        tail:
          foldAccents(text.toLowerCase())
            .match(/\p{L}+/gu)
            ?.pop() ?? '',
        particle: leadParticle(text),
        object: objectWord(text),
      });
  }
  return out;
}

/** The word after a text's lead word, lower case and without accents ("Registrér mødt / ikke mødt" → `mødt`). */
function objectWord(text: string): string {
  const words = foldAccents(text.toLowerCase()).match(/\p{L}+/gu) ?? [];
  const at = REFLEXIVE.has(words[0] ?? '') ? 2 : 1;
  return words[at] ?? '';
}

/** The first word of a text, lower case and without accents, a reflexive pronoun skipped ("me connecter"). */
function leadWord(text: string): string {
  const words = foldAccents(text.toLowerCase()).match(/\p{L}+/gu) ?? [];
  const first = REFLEXIVE.has(words[0] ?? '') ? words[1] : words[0];
  return first ?? '';
}
const REFLEXIVE = new Set([
  'me',
  'm',
  'se',
  's',
  'te',
  't',
  'mi',
  'ti',
  'si',
  'sich',
  'mich',
  'nous',
  'vous',
]);

/**
 * No lexicon reads the story's verb ("adhérer à l'association en ligne"), but one stated route's
 * description opens with that very verb ("Adhérer (crée le lien de paiement Mollie)"): that route
 * serves it. Five letters at least, and one route only.
 */
function statedByLeadVerb(
  action: string,
  routes: readonly DescribedRoute[],
  where: AllIndex,
): Endpoint | undefined {
  const lead = leadWord(action);
  if (lead.length < 5) return undefined;
  const hits = routes.filter((r) => r.lead === lead);
  return hits.length === 1 ? where.route(hits[0]!.method, hits[0]!.path) : undefined;
}

/**
 * No lexicon reads the story's verb ("kjøpe seg fri fra dugnad"), but one stated route's description
 * writes the verb and its particle as one noun ("Start frikjøp (Vipps)"; "sign up" ~ "Signup
 * requests"): that route serves it. The noun as a word of the description, or the start of one
 * ("frikjøpet"); one route only.
 */
function statedByCompound(
  action: string,
  routes: readonly DescribedRoute[],
  where: AllIndex,
): Endpoint | undefined {
  const compounds = leadCompounds(action).map((c) => foldAccents(c));
  if (compounds.length === 0) return undefined;
  const hits = routes.filter((r) =>
    [...r.words].some((w) => compounds.some((c) => foldAccents(w).startsWith(c))),
  );
  // Two such routes ("Start frikjøp (Vipps)", "Godkjenn frikjøp"): the one that shares more of the
  // story's other words ("… betales med Vipps").
  const said = contentWords(action);
  const score = (r: DescribedRoute) => [...r.words].filter((w) => said.has(w)).length;
  const best = Math.max(...hits.map(score));
  const top = hits.filter((r) => score(r) === best);
  return top.length === 1 ? where.route(top[0]!.method, top[0]!.path) : undefined;
}

/**
 * The described routes the story's action repeats: at least two content words, and most of the
 * description's (all of them beside operations a rule already found: "… and retire broken ones" ~
 * "retire a tool"). Looked up by route, so a route whose requirements were merged is still found.
 */
function statedByDescription(
  action: string,
  routes: readonly DescribedRoute[],
  where: AllIndex,
  mapped: boolean,
  aliasWords: readonly string[] = [],
  verbWords: readonly string[] = [],
): Endpoint[] {
  if (routes.length === 0) return [];
  const wanted = contentWords(action);
  // Words of the names the documents state for entities (a Key Entities gloss): only those are
  // matched in another case, so a participle is never taken for a noun ("entregados" ~ "entregas").
  const named = (w: string) => aliasWords.some((a) => inflectedForm(w, a));
  const said = [...wanted].filter(named);
  // The story's verb as the description writes it in another mood ("ställa mig i kön" ~ "Ställ dig
  // i kön", "godkänna" ~ "Godkänn timmar", "anmelden" ~ "Anmelde dich"): the two lead words, one an
  // inflected form of the other.
  const lead = leadWord(action);
  const sameLead = (w: string) =>
    w.length >= 4 &&
    lead.length >= 4 &&
    w !== lead &&
    (inflectedForm(lead, w) || inflectedForm(w, lead) || nasalPrefixed(lead, w) || nasalPrefixed(w, lead));
  // A compound the story writes whole for the description's word ("arbetstimmar" ~ "timmar",
  // "Auftragsstatus" ~ "Status"): the story's word ends with it, five letters at least.
  const compound = (w: string) =>
    w.length >= 5 && [...wanted].some((x) => x.length > w.length + 2 && x.endsWith(w));
  // A verb-final description's verb in another mood ("iadeyi kaydetmek" ~ "İadeyi kaydet"): its last
  // word, of which the story writes an inflected form.
  const sameTail = (w: string, r: DescribedRoute) =>
    foldAccents(w) === r.tail && w.length >= 4 && [...wanted].some((x) => x !== w && inflectedForm(x, w));
  // A noun of the description the story writes with suffixes added ("ödünçlerimi" ~ "Kendi ödünç
  // geçmişim"): knowledge/inflect.ts `agglutinatedForm`.
  const suffixed = (w: string) => [...wanted].some((x) => agglutinatedForm(x, w));
  // Each state verb the story asks for, as the description writes it in another mood ("godkende eller
  // afvise" ~ "Godkend, ændr eller afvis"): the verbs the statement layer read, not any word.
  const verbs = verbWords.map((v) => foldAccents(v.toLowerCase())).filter((v) => v.length >= 4);
  const sameVerb = (w: string) =>
    w.length >= 4 &&
    verbs.some(
      (v) =>
        v !== w &&
        (inflectedForm(v, w) ||
          inflectedForm(w, v) ||
          // The verb's noun in the description ("să public" ~ "Publicarea unui meniu").
          (v.length >= 5 && w.startsWith(v))),
    );
  const found: { e: Endpoint; words: string[]; lead: boolean }[] = [];
  // "melde meg på en vakt" is no "Meld meg av vakt": a particle of the other sense turns the verb round.
  const particle = leadParticle(action);
  // A description of two acts ("Catat berat dan buat transaksi Snap": record the weight and create the
  // Snap transaction) whose first verb and its object the story repeats ("mencatat berat cucian";
  // "registrere, om en forening mødte op" ~ "Registrér mødt / ikke mødt"), each as written or in
  // another form: that route serves the story, though the description says more. Only where no
  // operation serves it yet, and one route only.
  const folded = [...wanted].map((w) => foldAccents(w));
  const ledBy = (r: DescribedRoute) =>
    !mapped &&
    r.lead.length >= 4 &&
    r.object.length >= 4 &&
    (r.lead === foldAccents(lead) || sameLead(r.lead)) &&
    folded.some((w) => w === r.object || inflectedForm(w, r.object) || inflectedForm(r.object, w));
  const leading = routes.filter(ledBy);
  for (const r of routes) {
    if (particle && r.particle && particle !== r.particle) continue;
    // "złożyć wniosek adopcyjny" repeats "Złożenie wniosku adopcyjnego": a word in another case.
    // Only where no operation serves the story yet: a read of what it names is no extra to it.
    const sharedWords = [...r.words].filter(
      (w) =>
        wanted.has(w) ||
        (!mapped && named(w) && said.some((x) => inflectedForm(x, w) || inflectedForm(w, x))) ||
        (!mapped &&
          ((foldAccents(w) === r.lead && sameLead(r.lead)) ||
            compound(w) ||
            sameTail(w, r) ||
            suffixed(w) ||
            sameVerb(foldAccents(w)))),
    );
    const shared = sharedWords.length;
    const repeatsLead = leading.length === 1 && leading[0] === r;
    if (!repeatsLead && (shared < 2 || shared < (mapped ? r.words.size : 0.6 * r.words.size))) continue;
    const e = where.route(r.method, r.path);
    if (e) found.push({ e, words: sharedWords, lead: r.lead === lead });
  }
  // "take attendance for the children in my class" repeats the write "Take attendance for the class"
  // with its verb; the read "Attendance of the child" shares only its nouns: a mention, not a trace.
  const led = found.some((x) => x.lead && x.e.method !== 'GET');
  if (led) found.splice(0, found.length, ...found.filter((x) => x.e.method !== 'GET' || x.lead));
  // "oppretter vakter under et arrangement" repeats "Opprett vakt under arrangement", and so also the
  // shorter "Opprett arrangement": a route whose shared words another route's include, and more, is
  // that longer description's part, not what the story asks.
  return found
    .filter(
      (x) =>
        !found.some(
          (y) => y !== x && y.words.length > x.words.length && x.words.every((w) => y.words.includes(w)),
        ),
    )
    .map((x) => x.e);
}

/**
 * The stated route an endpoint was made from, found by its method and source line (one index per
 * domain): what extract read of it, such as the English state verb its own-language segment or
 * description names (`POST /visite/{id}/annulla` → `cancel`) or the account step it serves.
 */
const statedIndex = new WeakMap<object, Map<string, StatedEndpoint>>();
function statedOf(ctx: ApiContext, e: Endpoint): StatedEndpoint | undefined {
  if (e.origin.kind !== 'source') return undefined;
  let index = statedIndex.get(ctx.domain);
  if (!index) {
    index = new Map();
    for (const s of ctx.domain.statedEndpoints)
      if (s.origin.kind === 'source') index.set(`${s.method} ${s.origin.file}:${s.origin.line}`, s);
    statedIndex.set(ctx.domain, index);
  }
  return index.get(`${e.method} ${e.origin.file}:${e.origin.line}`);
}

const statedVerb = (ctx: ApiContext, e: Endpoint): string | undefined => statedOf(ctx, e)?.verb;

/** Route names of a file download, and the extensions of a file a route can end in. */
const FILE_SEGMENTS = new Set(['export', 'download']);
const FILE_EXTENSIONS = new Set(['pdf', 'csv', 'xlsx']);

/**
 * A route that serves a file: `/export`, `/download`, `/pdf` or `name.pdf|csv|xlsx` at its end. A part
 * printed from the record ("labels for an order") is served only by an export or download route.
 */
function isFileRoute(path: string, printedPart: boolean): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (FILE_SEGMENTS.has(last)) return true;
  if (printedPart) return false;
  const dot = last.lastIndexOf('.');
  return last === 'pdf' || (dot > 0 && FILE_EXTENSIONS.has(last.slice(dot + 1)));
}

/**
 * The one entity whose stated action routes perform each of `verbs` (`POST /offers/{id}/accept` and
 * `/decline` for accept and decline), each verb by exactly one stated route; null when a verb has
 * none or several, or the routes are on more than one entity.
 */
function statedPerformer(verbs: readonly string[], where: AllIndex): string | null {
  const entities = new Set<string>();
  for (const v of new Set(verbs)) {
    const stated = where.actionsPerforming(v).filter((e) => e.origin.kind === 'source' && e.entity);
    if (stated.length !== 1) return null;
    entities.add(stated[0]!.entity!);
  }
  return entities.size === 1 ? [...entities][0]! : null;
}

/**
 * Whether every record holds the time of the state `verb` leads to (`issued_on NOT NULL` for
 * `issue`) and no status value says it: the record is in that state from its creation.
 */
function createdInState(e: Resource['entity'], verb: string): boolean {
  if (statusField(e)?.enum?.some((v) => verbOfState(v) === verb)) return false;
  return e.fields.some((f) => {
    if (f.nullable !== false || f.references || (f.type.scalar !== 'date' && f.type.scalar !== 'datetime'))
      return false;
    const ws = f.name
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .split('_')
      .filter(Boolean);
    return ws.length === 2 && TIME_SUFFIX.has(ws[1]!) && verbOfState(ws[0]!) === verb;
  });
}

// `issued_on`, `emitida_el`, `émise_le`, `ausgestellt_am`, `emitida_em`.
const TIME_SUFFIX = new Set(['at', 'on', 'date', 'time', 'el', 'en', 'em', 'le', 'am', 'il', 'op']);
