import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { STATED_NONE, type StatedCache } from '../model/domain.js';
import { byDefault, fromRule, type Origin } from '../model/origin.js';
import type { Endpoint } from '../model/spec/api.js';
import type { SpecEntity } from '../model/spec/data.js';
import type { OpenQuestion, Spec } from '../model/spec/index.js';

import type { CacheEntry, CachingSpec } from '../model/spec/operations.js';
import { endpointWords, overlap, plain, sameWord } from './endpoint-words.js';
import { entityForSubject, kebab, nameWords, sameAggregate } from './operations/entities.js';
import { considered, refs, stated, statedNone } from './operations/stack.js';
import type { DeriveStep } from './types.js';

/** Reference data: read on most requests, written by administrators (catalogues, settings, prices). */
const REFERENCE =
  /definition|type$|categor|catalog|master|setting|config|rate_?card|price|plan$|template|tag$|label$|country|currenc|unit$|panel|service_?item|product$/i;

/** Paths of expensive aggregate reads. */
const AGGREGATE = /dashboard|stats|statistics|summary|analytics|overview|metrics/i;

/** Providers whose answers are never replayed from a cache: each call is a write, a login or a new answer. */
const NEVER_REPLAYED = new Set([
  'payments',
  'identity',
  'email',
  'sms',
  'push',
  'chat',
  'whatsapp',
  'llm',
  'storage',
  'monitoring',
  'analytics',
]);

const write = (e: string) => [`${e}.create`, `${e}.update`, `${e}.delete`];

/**
 * Derive step `caching` (workflow step 9). The store is the one the stack chooses; with none chosen the
 * spec says so and keeps entries in process, per instance, by a named rule. Entries: reference
 * entities, the signed-in user's profile, aggregate endpoints, external API responses; each with a key
 * pattern, a TTL (stated `cache.ttl.*` or a named default) and the entity writes that invalidate it.
 */
export const cachingStep: DeriveStep = {
  name: 'caching',
  derive({ domain, spec }) {
    const diagnostics: Diagnostic[] = [];
    // The stack's cache store, else the store a stated cache entry names ("cached in Redis").
    const named = (domain.statedCaches ?? []).find((c) => c.store !== null);
    const store =
      stated(domain, 'cache') ?? (named ? { value: named.store!, origin: named.origin } : undefined);
    // "| Cache | none | Accepted |": the documents decide there is no cache; nothing is proposed.
    const none = statedNone(domain, 'cache');
    if (none)
      return {
        spec: {
          caching: {
            store: { value: STATED_NONE, origin: none.origin },
            fallback: null,
            considered: considered(domain, 'cache').map((c) => ({
              value: c.value,
              status: c.status,
              origin: c.origin,
            })),
            entries: [],
          },
        },
        diagnostics,
      };
    // Entries stated by a caching sentence first; one stated by its lifetime alone comes after them.
    const statedCaches = [
      ...(domain.statedCaches ?? []).filter((c) => !c.lifetimeOnly),
      ...(domain.statedCaches ?? []).filter((c) => c.lifetimeOnly),
    ];
    const tenant = spec.entities.find((e) => e.tenantColumn)?.tenantColumn ?? null;
    const prefix = tenant ? `${kebab(tenant.replace(/_id$/, ''))}:{${camel(tenant)}}:` : '';
    // A lifetime a stated entry's own sentence gives is that entry's, not another's.
    const statedLines = new Set((domain.statedCaches ?? []).map((c) => lineOf(c.origin)));
    const statedTtl = (subject: string): { seconds: number; origin: Origin } | null => {
      const q = domain.parameters.find(
        (p) =>
          p.key.startsWith('cache.ttl.') &&
          !statedLines.has(lineOf(p.origin)) &&
          p.value !== null &&
          subject.toLowerCase().includes(p.key.slice(10).split('-')[0]!),
      );
      return q ? { seconds: q.value!, origin: q.origin } : null;
    };
    // A stated entry no endpoint serves: which read it holds and what keys it is asked, not guessed.
    const questions: OpenQuestion[] = [];
    const entries: CacheEntry[] =
      statedCaches.length > 0 ? statedEntries(statedCaches, spec, prefix, questions) : [];
    // "Nothing else is cached": the stated entries are all; no rule proposes another.
    const onlyStated = (domain.cacheOnlyStated ?? []).length > 0;
    const taken = new Set(entries.map((x) => x.name));
    // The entities whose fields reference each entity, in the model's order (indexed once: a scan
    // of the whole model per cached entity grew with entities², issue 19).
    const referrers = new Map<string, SpecEntity[]>();
    for (const c of spec.entities)
      for (const target of new Set(c.fields.flatMap((f) => (f.references ? [f.references.entity] : [])))) {
        const list = referrers.get(target);
        if (list) list.push(c);
        else referrers.set(target, [c]);
      }
    const entityEntry = (e: SpecEntity, reason: string, ttl: number, rule: string, origin: Origin) => {
      if (onlyStated || taken.has(kebab(e.name))) return;
      const children = (referrers.get(e.name) ?? []).filter((c) => sameAggregate(e, c));
      const own = statedTtl(e.name);
      entries.push({
        name: kebab(e.name),
        keyPattern: `${prefix}${kebab(e.name)}:{id}`,
        ttlSeconds: own?.seconds ?? ttl,
        invalidatedBy: [...write(e.name), ...children.flatMap((c) => write(c.name))],
        reason,
        origin,
        kind: 'entity',
        ttlOrigin: own?.origin ?? byDefault(rule),
      });
    };
    // Rows owned by a user (a user's own labels or tags) are that user's data, not shared reference data.
    const user = spec.entities.find((e) => /^(user|account|member)$/i.test(e.name))?.name;
    const owned = (x: SpecEntity) =>
      user !== undefined && x.fields.some((f) => f.references?.entity === user);
    const reference = spec.entities.filter(
      (x) => REFERENCE.test(x.name) && !x.joinTable && !x.appendOnly && !owned(x),
    );
    // A child of a cached reference entity (RateCardItem of RateCard) is cached with its parent.
    const folded = (x: SpecEntity) =>
      reference.some((p) => sameAggregate(p, x) && x.fields.some((f) => f.references?.entity === p.name));
    for (const e of reference.filter((x) => !folded(x))) {
      entityEntry(
        e,
        'reference data: read by most requests, changed rarely',
        3600,
        'derive/cache-ttl-reference',
        fromRule('derive/cache-reference-entity', refs([e])),
      );
    }
    const me = spec.endpoints.find((ep) => ep.method === 'GET' && /\/me$/.test(ep.path));
    const userEntity = spec.entities.find((e) => e.name === user);
    if (me && userEntity && !entries.some((x) => x.name === kebab(userEntity.name))) {
      entityEntry(
        userEntity,
        `profile of the signed-in user, read by ${me.method} ${me.path} on every page load`,
        300,
        'derive/cache-ttl-profile',
        fromRule('derive/cache-current-user', refs([me])),
      );
    }
    for (const ep of spec.endpoints.filter(
      (x) =>
        !onlyStated &&
        !taken.has(x.operationId) &&
        x.method === 'GET' &&
        AGGREGATE.test(x.path.replace(/\/\{[^}]+\}$/, '')),
    )) {
      const sources = spec.entities.filter((e) => ep.entity === e.name || entityForSubject([e], ep.path));
      const own = statedTtl(ep.path);
      entries.push({
        name: ep.operationId,
        keyPattern: `${prefix}${ep.operationId}:{hash of query parameters}`,
        ttlSeconds: own?.seconds ?? 60,
        invalidatedBy: sources.flatMap((e) => write(e.name)),
        reason: `aggregate read ${ep.method} ${ep.path}`,
        origin: fromRule('derive/cache-aggregate-endpoint', refs([ep])),
        kind: 'query',
        ttlOrigin: own?.origin ?? byDefault('derive/cache-ttl-aggregate'),
      });
    }
    // Lookups the catalogue knows are repeatable reads (geocoding, distances). Any other provider is
    // cached only where a statement asks for it: by name, or for integrations in general — then not
    // a provider whose answers must never be replayed (payments, identity, messages, chat, LLMs).
    const requests = domain.cacheRequests ?? [];
    for (const i of spec.integrations.filter((x) => x.status === 'chosen' && !x.clientSide)) {
      const asked = requests.filter(
        (r) => r.provider === i.provider || (r.provider === null && !NEVER_REPLAYED.has(i.category)),
      );
      if (i.category !== 'maps' && asked.length === 0) continue;
      // Only a statement naming the provider survives "nothing else is cached".
      if (onlyStated && !asked.some((r) => r.provider === i.provider)) continue;
      const own = statedTtl(i.provider);
      entries.push({
        name: `${i.provider}-response`,
        keyPattern: `${i.provider}:{request hash}`,
        ttlSeconds: own?.seconds ?? 3600,
        invalidatedBy: [],
        reason:
          asked.length > 0
            ? `external API response from ${i.name}: the documents ask for caching of integration responses (respect its terms on caching)`
            : `external API response from ${i.name}: repeated lookups need not call it again (respect its terms on caching)`,
        origin:
          asked.length > 0
            ? fromRule('derive/cache-stated-external', refs([i, ...asked]))
            : fromRule('derive/cache-external-response', refs([i])),
        kind: 'external',
        ttlOrigin: own?.origin ?? byDefault('derive/cache-ttl-external'),
      });
    }
    // Entries whose invalidating writes cannot be found keep only their TTL; drop entity entries without writes.
    const kept = entries.filter(
      (x) => x.kind === 'external' || x.invalidatedBy.length > 0 || x.origin.kind === 'source',
    );
    if (!store && kept.length > 0) {
      diagnostics.push(
        diag('operations/no-cache-store', 'no cache store is chosen: cache entries are in-process only'),
      );
    }
    const caching: CachingSpec = {
      store: store ? { value: store.value, origin: store.origin } : null,
      // Nothing to cache and no stated store: no in-process cache is proposed either.
      fallback:
        store || kept.length === 0
          ? null
          : {
              value: 'in-process LRU cache per instance (lost on restart, not shared)',
              origin: byDefault('derive/in-process-cache-when-no-store'),
            },
      // The store a cache sentence names ("guardado no Redis") is no option left unchosen.
      considered: considered(domain, 'cache')
        .filter((c) => !(c.status === 'mentioned' && c.value === store?.value))
        .map((c) => ({
          value: c.value,
          status: c.status,
          origin: c.origin,
        })),
      entries: kept,
    };
    return {
      spec: {
        caching: spec.entities.length === 0 && kept.length === 0 && !store ? null : caching,
        ...(questions.length > 0 ? { questions: [...(spec.questions ?? []), ...questions] } : {}),
      },
      diagnostics,
    };
  },
};

/** A write as the invalidation column names writes: `Booking.create`, `Site.publish` (its verb). */
function writeName(w: Endpoint): string {
  if (!w.entity) return w.operationId;
  // A state action is its operation id without the entity (`nietVerschenenReservering` →
  // `nietVerschenen`): cutting at the first capital left `niet` ("not").
  // A post to the record's own collection (`createAtelierFermeture`) writes its `fermeture`, not a new Atelier.
  const posted = `create${w.entity}`;
  const verb = ['create', 'update', 'replace', 'delete'].includes(w.action)
    ? w.action
    : w.operationId.startsWith(posted) && w.operationId.length > posted.length
      ? w.operationId.charAt(posted.length).toLowerCase() + w.operationId.slice(posted.length + 1)
      : w.operationId.endsWith(w.entity)
        ? w.operationId.slice(0, -w.entity.length)
        : w.operationId.replace(/[A-Z].*$/, '');
  return `${w.entity}.${verb}`;
}

/**
 * Every write of the verbs an event states ("created or updated" → each create, and each update or
 * replace, of the record it names; "publish" → the publish action), among the writes its words name.
 */
function actionWrites(actions: readonly string[], hits: Endpoint[]): Endpoint[] {
  const verb = (w: Endpoint) => w.operationId.replace(/[A-Z].*$/, '').toLowerCase();
  return hits.filter((w) =>
    actions.some((a) =>
      a === 'update'
        ? w.action === 'update' || w.action === 'replace'
        : a === 'create' || a === 'delete'
          ? w.action === a
          : w.stateVerb === a || verb(w) === a,
    ),
  );
}

/**
 * Among the writes an event's words name, the ones it names by their verb ("on publish" →
 * `publishSite`); an event that names only a record ("on booking") is that record's creation.
 */
function chosenWrites(event: readonly string[], hits: Endpoint[]): Endpoint[] {
  const verb = (w: Endpoint) => w.operationId.replace(/[A-Z].*$/, '').toLowerCase();
  const byVerb = hits.filter((w) => event.some((x) => sameWord(x, verb(w))));
  if (byVerb.length > 0) return byVerb;
  const creates = hits.filter((w) => w.method === 'POST');
  return creates.length > 0 ? creates : hits;
}

/**
 * The cache entries the documents state, each tied to the read it names (the GET endpoint sharing the
 * most of its words, at least half of them) and invalidated by the writes its events name; the
 * lifetime as stated, else a named default. Origin: the sentence.
 */
function statedEntries(
  caches: readonly StatedCache[],
  spec: Spec,
  prefix: string,
  questions: OpenQuestion[],
): CacheEntry[] {
  const reads = spec.endpoints.filter((e) => e.method === 'GET');
  const writes = spec.endpoints.filter((e) => e.method !== 'GET');
  // A stated route's own row names the read in the documents' words ("| GET | /api/v1/slots | 空き枠の
  // 検索 |"), where the designed summary is English ("List slot records").
  const words = new Map<Endpoint, string[]>(
    spec.endpoints.map((e) => [e, [...endpointWords(e), ...statedRowWords(e)]]),
  );
  const out: CacheEntry[] = [];
  for (const c of caches) {
    let best: Endpoint | null = null;
    let score = 0;
    let own = false;
    let close = 0;
    for (const ep of reads) {
      const n = overlap(c.subjectWords, words.get(ep)!);
      // "The station list": of two reads sharing as many words (GET /stations, and GET /bookings
      // described "my station's bookings"), the one of the entity the subject names.
      const o = n > 0 && !!ep.entity && overlap(nameWords(ep.entity), c.subjectWords) > 0;
      // "Titeldetails" shares its first letters with both GET /titel ("titel") and GET /titel/{id}
      // ("Titeldetail"): the endpoint whose words share the longest start names it.
      const k = n > 0 ? closeness(c.subjectWords, words.get(ep)!) : 0;
      if (n > score || (n === score && n > 0 && ((o && !own) || (o === own && k > close)))) {
        best = ep;
        score = n;
        own = o;
        close = k;
      }
    }
    // A read the sentence names by its route is the one cached, whatever the subject's words say.
    const named = c.route ? reads.find((e) => samePath(e.path, c.route!.path)) : undefined;
    const read = named ?? (best && score * 2 >= c.subjectWords.length ? best : null);
    const entity = read ? null : entityForSubject(spec.entities, c.subject);
    const name = read ? read.operationId : entity ? kebab(entity.name) : c.subjectWords.join('-');
    if (out.some((x) => x.name === name)) continue;
    // An entity entry is keyed by the record's id; the stated read's path parameters key a query. A
    // subject neither names (a list no endpoint serves) has no parameters the design can state: a
    // list has no id, and what its key holds is asked, not invented.
    const unmapped = !read && !entity;
    const params = read
      ? [...read.path.matchAll(/\{([^}]+)\}/g)].map((m) => `{${m[1]}}`)
      : entity
        ? ['{id}']
        : [];
    const notNested = (ws: Endpoint[], event: readonly string[]) =>
      ws.filter(
        (w) =>
          !ws.some(
            (o) =>
              o !== w &&
              o.entity !== w.entity &&
              w.path.startsWith(`${collectionOf(o.path)}/`) &&
              overlap(event, words.get(w)!) <= overlap(event, words.get(o)!),
          ),
      );
    const invalidatedBy = c.invalidatedOn.flatMap((ev) => {
      const hits = writes.filter((w) => overlap(ev.words, words.get(w)!) > 0);
      const acting = actionWrites(ev.actions ?? [], hits);
      // Among the writes that make the event's act, those of the record it names ("creating … a
      // reservation" is createReservation, not the createMedicalRecord nested under /reservations).
      const named = acting.filter((w) => w.entity && nameWords(w.entity).every((p) => ev.words.includes(p)));
      // Else a write nested under another's collection ("POST /events/{id}/shifts" under "POST
      // /events") that shares no more of the event's words than that write does is named only
      // through its parent: "et arrangement opprettes" is the event's creation, not a shift's.
      const outer = notNested(acting, ev.words);
      const byAction = named.length > 0 ? named : outer.length > 0 ? outer : acting;
      // An event that changes a record's status ("when a plot changes status") is a write making that
      // change, never another record's creation whose route shares a word ("POST /plots/{id}/offers").
      // The writes its words name, but for one nested under another's collection that is named only
      // through that parent ("når et arrangement … endres" is no shift's creation under an event).
      const hit =
        byAction.length > 0
          ? byAction
          : ev.statusChange
            ? []
            : chosenWrites(ev.words, notNested(hits, ev.words));
      if (hit.length > 0) return hit.map(writeName);
      // "invalidated when an animal's status changes" with no endpoint that writes animals (a job or
      // another resource's action changes it): the write of the entity the event names.
      const changed =
        (ev.entity ? spec.entities.find((e) => e.name === ev.entity) : undefined) ??
        entityForSubject(spec.entities, ev.text);
      if (changed) return [`${changed.name}.update`];
      // An event no write of the API and no entity of the model is: kept as written, and asked.
      questions.push({
        id: `caching/invalidation/${name}/${ev.words.join('-')}`,
        text: `The documents clear "${c.subject}" when "${ev.text}", but no write of the API and no entity of the data model is named by it: which write clears the entry?`,
        source: c.origin,
        options: [],
      });
      return [ev.text];
    });
    if (unmapped)
      questions.push({
        id: `caching/key/${name}`,
        text: `The documents cache "${c.subject}", but no endpoint of the API serves it and no entity of the data model is it: which read does the entry hold, and which parameters make its key?`,
        source: c.origin,
        options: [],
      });
    out.push({
      name,
      // A key the documents state is kept as written.
      keyPattern:
        c.key ??
        `${prefix}${name}${params.length > 0 ? `:${params.join(':')}` : ''}${read?.pagination ? ':{hash of query parameters}' : ''}`,
      ttlSeconds: c.ttlSeconds ?? 300,
      invalidatedBy: [...new Set(invalidatedBy)],
      reason: `stated in the documents: ${c.subject}${read ? ` (${read.method} ${read.path})` : ''}`,
      origin: c.origin,
      kind: entity ? 'entity' : 'query',
      ttlOrigin: c.ttlSeconds !== null ? c.origin : byDefault('derive/cache-ttl-stated-entry'),
      ...(c.store ? { store: c.store } : {}),
      ...(read ? { endpoint: read.operationId } : {}),
      ...(unmapped ? { unmapped: true as const } : {}),
    });
  }
  return out;
}

/** The collection a write acts on: `/events` for `POST /events` and `PUT /events/{id}`. */
const collectionOf = (path: string) => path.replace(/\/+$/, '').replace(/\/\{[^}]+\}$/, '');

/** Two paths alike but for the names of their parameters (`/tools/{id}`, `/tools/{toolId}`). */
function samePath(a: string, b: string): boolean {
  const shape = (p: string) => p.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');
  return shape(a) === shape(b);
}

/** The words of a stated route's table row besides its method and path, lower-cased (none for a derived route). */
function statedRowWords(e: Endpoint): string[] {
  const quote = e.origin.kind === 'source' ? (e.origin.quote ?? '') : '';
  if (!quote.trimStart().startsWith('|')) return [];
  const cells = quote
    .split('|')
    .map((c) => c.trim().replace(/`/g, ''))
    .filter((c) => c.length > 0 && c !== e.method && !c.startsWith('/'));
  return (
    cells
      .join(' ')
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? []
  );
}

/** How many leading letters each wanted word shares with its closest endpoint word, summed. */
function closeness(want: readonly string[], have: readonly string[]): number {
  let sum = 0;
  // Accents aside, as `sameWord` compares: Greek moves its accent as a word inflects ("διαθέσιμα",
  // "διαθεσιμότητα"), so the accented letters would end the common start too early.
  const plainHave = have.map(plain);
  for (const word of want) {
    const w = plain(word);
    let most = 0;
    for (const h of plainHave) {
      let i = 0;
      while (i < w.length && i < h.length && w[i] === h[i]) i++;
      most = Math.max(most, i);
    }
    sum += most;
  }
  return sum;
}

const lineOf = (o: Origin) => (o.kind === 'source' ? `${o.file}:${o.line}` : '');

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
