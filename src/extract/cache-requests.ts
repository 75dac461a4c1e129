import { findProviders } from '../knowledge/providers.js';
import type { CacheRequest, Domain, StatedCache } from '../model/domain.js';
import { fromSource, type Origin } from '../model/origin.js';
import {
  mentionsCache,
  readCacheLifetimes,
  readCacheRow,
  readCacheSentence,
  readHeldSentence,
  statesNothingElseCached,
} from '../read/cache-words.js';
import { inflectedMentions, type StatedName } from '../read/inflected-names.js';
import { passagesOf } from './mentions/blocks.js';
import { clauses } from './mentions/status.js';
import type { DomainFragment, Extractor } from './types.js';

/** Words that ask for a cache, in the corpus languages. */
const CACHING =
  /\bcach(?:e[sd]?|ing)\b|välimuist|caché|\ben cache\b|zwischenspeicher|\bCache\b|armazenamento em cache|\bem cache\b/iu;
/** Words that put the statement about external services. */
const EXTERNAL =
  /integrat|external (?:service|api|system|data|call)s?|third[- ]party|provider|upstream|integraatio|ulkoi|schnittstelle|externe|intégration|externes?|integraci[oó]n|externo|integraç|integra[cç][aã]o/i;
/** List separators: commas, plus signs, "and" in the corpus languages. */
const SEGMENT = /[,+·]|\s(?:and|y|et|und|e|ja)\s/iu;
/** "no caching", "without a cache", "ohne Cache", "sin caché", "ei välimuistia". */
const NEGATED =
  /\b(?:no|without|not|never|sin|sans|ohne|kein\w*|sem|nunca|jamais|ei)\s+(?:\w+\s+)?(?:cach|välimuist|zwischenspeicher)|\b(?:not (?:needed|required|necessary)|unnecessary|n[ãa]o (?:é |são )?necess[áa]ri[oa]s?|desnecess[áa]ri[oa]|no (?:es |son )?necesari[oa]s?|innecesari[oa]|n'est pas nécessaire|pas nécessaire|nicht (?:nötig|notwendig|erforderlich)|unnötig)\b/iu;

/**
 * Extractor `cache-requests`: statements that ask for caching of what external services answer — a
 * row "Integrations | ≥95% reliability | retry, circuit breakers, caching", a sentence "Cache Google
 * Maps distance lookups". Read clause by clause (and row by row) from the statement layer's passages:
 * a clause under a deferred, rejected or out-of-scope heading or row asks for nothing now, nor does
 * a negated one ("no caching of payment calls").
 */
export const cacheRequestsExtractor: Extractor = {
  name: 'cache-requests',
  extract({ doc, md }) {
    const out: CacheRequest[] = [];
    const seen = new Set<string>();
    for (const block of md.blocks) {
      if (block.kind === 'code' || block.kind === 'heading') continue;
      const passages = passagesOf(block);
      for (const p of passages) {
        if (p.forced !== null && p.forced !== 'chosen') continue;
        // A table cell is read with its row's label ("Integraatiot | ... | caching").
        const scope = block.kind === 'table' && p.label ? `${p.label} ` : '';
        for (const { text } of clauses(p.text)) {
          if (!CACHING.test(text) || NEGATED.test(text)) continue;
          // A provider is asked to be cached only when it is what the cache word is about, in the same
          // list segment ("cache Google Maps lookups"), not a neighbour in a list of technologies
          // ("Redis cache, Meilisearch, eager loading").
          const named = text
            .split(SEGMENT)
            .filter((segment) => CACHING.test(segment))
            .flatMap((segment) => findProviders(segment));
          const general = EXTERNAL.test(`${scope}${text}`) || EXTERNAL.test(block.headingPath.at(-1) ?? '');
          if (named.length === 0 && !general) continue;
          for (const provider of named.length > 0 ? named.map((m) => m.provider.id) : [null]) {
            const key = `${provider}|${p.line}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const quote =
              block.kind === 'table'
                ? passages
                    .filter((x) => x.line === p.line)
                    .map((x) => x.text)
                    .join(' | ')
                : text;
            out.push({
              provider,
              text: quote.slice(0, 160),
              origin: fromSource(doc.path, p.line, quote.slice(0, 160)),
            });
          }
        }
      }
    }
    return { fragment: out.length > 0 ? { cacheRequests: out } : {}, diagnostics: [] };
  },
};

const NOT_NOW = new Set(['rejected', 'superseded', 'deferred', 'out-of-scope']);

/**
 * Extractor `stated-caches`: the cache entries of our backend a sentence states — what is cached, the
 * store, the lifetime and the invalidating events (src/read/cache-words.ts) — and the sentences that
 * say those are all ("Nothing else is cached"). A sentence about a provider's answers is a cache
 * request (above), a deferred or rejected one states nothing now, a client-side cache is not ours.
 */
export const statedCachesExtractor: Extractor = {
  name: 'stated-caches',
  extract({ doc, statements }) {
    if (!statements) return { fragment: {}, diagnostics: [] };
    const caches: StatedCache[] = [];
    const only: { text: string; origin: Origin }[] = [];
    const seen = new Set<string>();
    for (const s of statements().statements) {
      if (s.kind === 'heading' || NOT_NOW.has(s.status)) continue;
      // A row of a cache table (`| Key | Content | TTL |` under a cache heading) states one entry.
      const row =
        s.kind === 'row' && s.cells && s.header ? readCacheRow(s.cells, s.header, s.headingPath) : null;
      if (row) {
        const key = `${s.line}|${row.subject.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const quote = s.text.slice(0, 160);
        caches.push({ ...row, text: quote, origin: fromSource(doc.path, s.line, quote) });
        continue;
      }
      if (!mentionsCache(s.text)) {
        // "## Cache … The list of schools is kept for 24 hours": the heading names the cache.
        const held = mentionsCache(s.headingPath.at(-1) ?? '') ? readHeldSentence(s.text) : null;
        const key = held ? `${s.line}|${held.subject.toLowerCase()}` : '';
        if (held && !seen.has(key)) {
          seen.add(key);
          const quote = s.text.slice(0, 160);
          caches.push({ ...held, text: quote, origin: fromSource(doc.path, s.line, quote) });
        }
        continue;
      }
      if (statesNothingElseCached(s.text)) {
        only.push({ text: s.text.slice(0, 160), origin: fromSource(doc.path, s.line, s.text.slice(0, 160)) });
        continue;
      }
      // Negation is read by the cache reader (a Portuguese "no Redis" is "in Redis", not a negation).
      if (findProviders(s.text).length > 0) continue;
      const read = readCacheSentence(s.text);
      // Else entries stated by their lifetimes alone ("the TTL of the free slots is 60 seconds, of
      // the price list 1 hour"), one per clause.
      for (const entry of read ? [read] : readCacheLifetimes(s.text)) {
        const key = `${s.line}|${entry.subject.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const quote = s.text.slice(0, 160);
        caches.push({ ...entry, text: quote, origin: fromSource(doc.path, s.line, quote) });
      }
    }
    const fragment: DomainFragment = {};
    if (caches.length > 0) fragment.statedCaches = caches;
    if (only.length > 0) fragment.cacheOnlyStated = only;
    return { fragment, diagnostics: [] };
  },
};

/**
 * The entity each stated cache event names by one of the names the documents give it, inflected as
 * the sentence needs ("unieważniana przy zmianie statusu zwierzęcia": `Animal`, stated as "Zwierzę
 * (Animal)"); read once after the merge, when every document's names are known. An event that
 * names no entity, or two, is left to derive's word match.
 */
export function cacheEventEntities(domain: Domain): void {
  const caches = domain.statedCaches ?? [];
  if (caches.length === 0) return;
  const names: StatedName[] = domain.entities.flatMap((e) => [
    { entity: e.name, name: e.name },
    ...(e.aliases ?? []).map((a) => ({ entity: e.name, name: a.name })),
  ]);
  for (const c of caches)
    for (const ev of c.invalidatedOn) {
      if (ev.entity) continue;
      const named = inflectedMentions(ev.text, names);
      if (named.length === 1) ev.entity = named[0]!;
    }
}
