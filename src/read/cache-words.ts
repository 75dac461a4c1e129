import { findMeasures } from '../knowledge/durations.js';
import type { StatedCache } from '../model/domain.js';
import { contentWords } from './period-words.js';
import { stateVerbsNamed, writeVerbsNamed } from './state-verb-words.js';

/**
 * How a sentence states one cache entry of our backend, in en, es, pt, fr, de and it: what is cached
 * (the words before "is cached", or after "cache of"), the store it names, its lifetime and the
 * events that invalidate it. "The weekly shift list is cached in Redis for 60 seconds and
 * invalidated on booking and on publish", "La lista semanal de turnos se guarda en caché en Redis
 * durante 60 segundos y se invalida al reservar y al publicar", "Die Wochenliste wird 60 Sekunden
 * lang in Redis gecacht und bei Buchung und Veröffentlichung invalidiert".
 */
export type CacheSentence = Omit<StatedCache, 'text' | 'origin'>;

/**
 * A passive "is cached": the auxiliary (or a modal and its infinitive: "DEVE ser cacheada", "doit être
 * mise en cache"), then the cache participle, in the six languages; Russian's one-word reflexive "кэшируется".
 */
const PASSIVE =
  /(?<!\p{L})(?:is|are|gets?|get|will be|should be|must be|shall be|se|es|son|será|serán|é|são|fica|ficam|será|est|sont|sera|seront|wird|werden|ist|sind|è|sono|viene|vengono|sarà|wordt|worden|deve ser|devem ser|debe ser|deben ser|doit être|doivent être|deve essere|devono essere|moet|moeten)(?!\p{L})[^.;:]{0,60}?(?<!\p{L})(?:cached|cacheable|guardad[oa]s? en (?:la )?caché|(?:guarda|almacena|mantiene)n? en (?:la )?caché|almacenad[oa]s? en (?:la )?caché|cachead[oa]s?|armazenad[oa]s? em cache|guardad[oa]s? em cache|mantid[oa]s? em cache|mis(?:e|es)? en cache|conservée?s? en cache|gecacht|zwischengespeichert|im cache (?:gehalten|gespeichert)|memorizzat[oaie] (?:nella |in )cache|conservat[oaie] (?:nella |in )cache|salvat[oaie] (?:nella |in )cache|messo in cache|mess[aie] in cache|(?:stored|kept|held|guardad[oa]s?|armazenad[oa]s?|mantid[oa]s?|almacenad[oa]s?|stockée?s?|conservée?s?|salvat[oaie]|memorizzat[oaie]|conservat[oaie])\s+(?:in|no|na|em|en|dans|nel|su)\s+(?:redis|memcached|valkey|dragonfly)|(?:desen|desa|guarden|emmagatzemen|emmagatzema|desad[ae]s?|guardad[ae]s?|emmagatzemad[ae]s?)\s+(?:a|en)\s+(?:redis|memcached|valkey|dragonfly|la\s+memòria\s+cau|memòria\s+cau)|(?:in|im)\s+(?:redis|memcached|valkey)\s+(?:gespeichert|gehalten)|gecachet|gecached|in de cache (?:gezet|bewaard|opgeslagen|gehouden)|in\s+(?:redis|memcached|valkey)\s+(?:bewaard|opgeslagen|gehouden|gezet))(?!\p{L})|(?<!\p{L})(?:к[эе]шируе?тся|к[эе]шируются|хран(?:и|я)тся в к[эе]ше|cachas|cachelagras|mellanlagras|caches(?=\s+(?:i|på|for|til|in)\s+(?:redis|memcached|valkey|minnet|\d))|cachelagres|mellomlagres|mellemlagres|(?:blir|bliver) (?:cachet|mellomlagret|mellemlagret)|önbelleğe alın\p{L}*|önbellekte tutul\p{L}*|önbelleklen\p{L}*)(?!\p{L})|(?<!\p{L})(?:jest|są|będzie|będą|zostanie|zostaną)\s+(?:cache['’]?owan\p{L}*|keszowan\p{L}*|buforowan\p{L}*|przechowywan\p{L}* w (?:cache|pamięci podręcznej))(?!\p{L})|(?<!\p{L})được\s+(?:lưu\s+(?:đệm|tạm|(?:vào|trong)\s+bộ\s+nhớ\s+đệm|(?:vào|trong)\s+(?:redis|memcached|valkey))|cache|(?:đưa\s+)?vào\s+bộ\s+nhớ\s+đệm)(?!\p{L})|(?<!\p{L})(?:(?:αποθηκεύ(?:εται|ονται)|διατηρ(?:είται|ούνται)|κρατ(?:είται|ούνται))\s+(?:(?:στο|στην|στη)\s+)?(?:redis|memcached|valkey|cache|κρυφή\s+μνήμη)|(?:αποθηκεύ(?:εται|ονται)|μπαίν(?:ει|ουν))\s+(?:στην\s+|σε\s+)?(?:cache|κρυφή\s+μνήμη))(?!\p{L})|(?<!\p{L})(?:välimuistitetaan|välimuistiin tallennetaan|tallennetaan välimuistiin|pidetään välimuistissa)(?!\p{L})/iu;
/** A negation word: a portuguese "no" (in the) is not one, so "não" and "nunca" are its negators. */
const NEGATOR =
  /(?<!\p{L})(?:not|never|no(?= se)|nunca|jamás|não|jamais|pas|nicht|nie|kein\w*|non|niet|nooit|geen|не|никогда|không|chưa|δεν|δε|ποτέ)(?!\p{L})/iu;
/** "cache of X", "caché de X", "Cache für X": the subject follows. */
const CACHE_OF =
  /(?<!\p{L})(?:cache|caché)\s+(?:of|for|de|des|du|da|do|das|dos|für|di|dei|degli|delle|della|van|voor)\s+(?:the\s+|het\s+|la\s+|las\s+|los\s+|el\s+|les\s+|le\s+|a\s+|os\s+|as\s+|o\s+|die\s+|den\s+)?([\p{L}][\p{L}\p{N}\s'’-]{2,60}?)(?=\s+(?:in|into|for|with|on|until|during|en|durante|por|com|dans|pendant|avec|im|in|für|mit|per|nel|nella|con|and|y|e|et|und)\s|[,.;:()]|$)/iu;
/** Where the subject ends before the passive auxiliary: the auxiliary words themselves. */
const AUXILIARY =
  /(?<!\p{L})(?:is|are|gets?|will|should|must|shall|se|es|son|será|serán|é|são|fica|ficam|est|sont|sera|seront|wird|werden|ist|sind|è|sono|viene|vengono|sarà|wordt|worden|deve|devem|debe|deben|doit|doivent|devono|moet|moeten|jest|są|będzie|będą|zostanie|zostaną|được)(?!\p{L})/iu;
/** Words opening a subject that are not part of it: articles, and "only" / "also". */
const LEADING =
  /^(?:(?:the|a|an|only|also|all|la|las|los|el|lo|le|les|l['’]|un|une|o|os|as|die|der|das|den|il|gli|i|solo|sólo|seulement|nur|apenas|somente|de|het|een|alleen|ook|η|ο|το|οι|τα|τις|τη|την|μόνο|επίσης)\s+|l['’])+/iu;

/**
 * The cache stores a sentence may name; an in-memory cache in the six languages. A Korean particle
 * may follow a store's name ("Redis에").
 */
const STORES: [RegExp, string][] = [
  [/(?<!\p{L})redis(?![\p{sc=Latin}\p{N}])/iu, 'Redis'],
  [/(?<!\p{L})valkey(?![\p{sc=Latin}\p{N}])/iu, 'Valkey'],
  [/(?<!\p{L})memcached?(?![\p{sc=Latin}\p{N}])/iu, 'Memcached'],
  [/(?<!\p{L})dragonfly(?![\p{sc=Latin}\p{N}])/iu, 'Dragonfly'],
  [
    /(?<!\p{L})(?:in[- ]memory|in[- ]process|en memoria|em memória|en mémoire|im (?:arbeits)?speicher|in memoria|i minnet|sovelluksen muisti\p{L}*|palvelimen muisti\p{L}*)(?!\p{L})/iu,
    'in-process memory',
  ],
];

/** "invalidated on X", "se invalida al X", "invalidée à X", "invalidato alla X"; German says "bei X invalidiert". */
const INVALIDATE =
  /(?<!\p{L})(?:invalidat\w*|evict\w*|purged|cleared|flushed|busted|(?:se )?invalida\w*|invalidé\w*|invalidiert|verworfen|geleert|invalidat[oaie]|ongeldig gemaakt|geleegd|(?:maakt|maken) de cache ongeldig|unieważnian\p{L}*|unieważni\p{L}*|czyszczon\p{L}*|töms|rensas|invalideras|ogiltigförklaras|tømmes|ugyldiggjøres|ugyldiggøres|invalideres|(?:önbellek\p{L}*\s+)?(?:temizlenir|geçersiz kılınır|boşaltılır|silinir)|(?:bị\s+|được\s+)?(?:xóa|xoá|làm mới|vô hiệu hóa)(?=\s+(?:khi|sau khi|mỗi khi)\s)|(?:ακυρών(?:εται|ονται)|ανανεών(?:εται|ονται)|καθαρίζ(?:εται|ονται)|διαγράφ(?:εται|ονται))(?=\s+(?:σε|με|όταν|μετά)\s)|tyhjennetään|mitätöidään)(?!\p{L})/iu;
const EVENT_OPENERS =
  /^(?:(?:przy|po|gdy|w przypadku|on|when(?:ever)?|after|upon|by|at|each|every|a|an|the|any|al|cuando|tras|con|cada|ao|quando|após|na|no|à|a|lors d[eu]|lors de la|quand|après|chaque|bei|nach|wenn|jeder|jedem|jeder|alla|al|allo|quando|dopo|ogni|ad ogni|a ogni|de|du|la|le|les|l['’]|el|o|der|die|dem|il|lo|un|une|uma|um|bij|na|wanneer|elke|iedere|het|een|när|vid|efter|varje|en|ett|når|ved|etter|hver|et|ei|khi|sau khi|mỗi khi|mỗi lần|σε κάθε|με κάθε|σε|με|όταν|μετά από|μετά την|μετά το|κάθε|η|ο|το|την|τη|τον|kun|aina kun)\s+|l['’])+/iu;
/**
 * A scope closing an event ("every sign-up change for that shift", "cada cambio de inscripción de ese
 * turno", "jede Anmeldung für diese Schicht"): which entry the event clears, not the record it writes.
 */
const EVENT_SCOPE =
  /\s+(?:for|of|on|in|de|du|für|per|di|del|della|da|do|voor|van)\s+(?:that|this|the same|each|ese|esa|este|esta|ce|cet|cette|ces|diese[nmrs]?|dieselbe[nm]?|quel|quella|questo|questa|esse|essa|este|esta|die|dat|deze)\s+[\p{L}-]+$/iu;
const EVENT_SPLIT =
  /\s*(?:,|;|\s(?:and|or|y|o|e|ou|et|und|oder|ed|en|of|ve|veya|ya da|og|eller|και|ή|tai|ja)\s)\s*/iu;

/** "Nothing else is cached", "No other caching" (and es, pt, fr, de, it): the stated entries are all. */
const NOTHING_ELSE =
  /(?<!\p{L})(?:nothing else is (?:cached|kept in (?:the )?cache)|no other (?:caching|cache(?:s| entries)?|data is cached)|only (?:this|these|that) (?:is|are) cached|nada más se (?:guarda|almacena|cachea)|no se (?:guarda|almacena|cachea|mantiene)(?: en (?:la )?caché)? nada más|ning[uú]n otr[oa] (?:dato|caché)|nada mais (?:é|fica) (?:armazenado|guardado|mantido)? ?em cache|nenhum outro (?:dado|cache)|rien d['’]autre n['’]est mis en cache|aucun autre cache|aucune autre mise en cache|sonst wird nichts (?:gecacht|zwischengespeichert)|nichts anderes wird (?:gecacht|zwischengespeichert)|kein anderer cache|sonst kein caching|nient['’]altro (?:è|viene) (?:memorizzato|messo|conservato) (?:nella |in )cache|nessun['’]altra cache|nessun altro (?:dato|caching)|verder wordt niets (?:gecachet|gecached|in de cache (?:gezet|bewaard))|niets anders wordt (?:gecachet|gecached))(?!\p{L})/iu;

/** Any cache word, in the six languages ("gecacht" and "zwischengespeichert" included). */
const CACHE_WORD =
  /cach|välimuist|lưu đệm|bộ nhớ đệm|κρυφή μνήμη|zwischengespeichert|zwischenspeicher|к[эе]ш|캐시|캐싱|gyorsítótár|キャッシュ|แคช/iu;
/** A cache store named as where data is kept ("guardado no Redis por 5 minutos"). */
const STORE_WORD = /(?<!\p{L})(?:redis|memcached?|valkey|dragonfly)(?![\p{sc=Latin}\p{N}])/iu;

export function mentionsCache(text: string): boolean {
  return CACHE_WORD.test(text) || STORE_WORD.test(text);
}

/**
 * A verb of keeping before a lifetime, with no cache word ("is kept for 24 hours", "se guarda 1
 * hora", "wird 1 Stunde gehalten", "se păstrează 24 de ore"): under a cache heading, the entry's
 * lifetime (the heading names the cache the sentence leaves out).
 */
const KEPT =
  /(?<!\p{L})(?:kept|stored|held|retained|guardad[oa]s?|guarda(?:n)?|almacenad[oa]s?|armazenad[oa]s?|mantid[oa]s?|conservée?s?|stockée?s?|gespeichert|gehalten|aufbewahrt|conservat[oaie]|memorizzat[oaie]|bewaard|opgeslagen|păstr\p{L}*|pastr\p{L}*|stocat\p{L}*|reținut\p{L}*|reţinut\p{L}*)(?!\p{L})/iu;

export function keptFor(text: string): boolean {
  return KEPT.test(text);
}

/**
 * The entry a sentence under a cache heading states without a cache word ("## Cache … The list of
 * schools is kept for 24 hours"): the verb of keeping read as "cached", then the sentence read as
 * any cache sentence.
 */
export function readHeldSentence(text: string): CacheSentence | null {
  const m = KEPT.exec(text);
  if (!m || !findMeasures(text.slice(m.index)).some((x) => x.dimension === 'duration')) return null;
  return readCacheSentence(`${text.slice(0, m.index)}cached${text.slice(m.index + m[0].length)}`);
}

/**
 * A duration that belongs to a cache, not to the token named before it: the words between the token
 * and the number name a cache or the key set ("access tokens (RS256, JWKS cached for 10 minutes)",
 * "tokens de acceso (claves JWKS en caché 10 minutos)", "Zugriffstoken (JWKS 10 Minuten
 * zwischengespeichert)"). How long the keys are kept says nothing of how long a token lives.
 */
const KEY_SET =
  /(?<!\p{L})(?:JWKS|jwks_uri|JSON Web Key Sets?|signing keys|public keys|claves|chaves|clés|schlüssel|chiavi)(?!\p{L})/iu;

export function durationOfCache(between: string): boolean {
  return mentionsCache(between) || KEY_SET.test(between);
}

export function statesNothingElseCached(text: string): boolean {
  return NOTHING_ELSE.test(text);
}

/**
 * "We do not use a cache", "No cache in v1", "Non usiamo una cache nella v1", "Sin caché", "Kein
 * Cache", "Pas de cache", "Sem cache": the documents decide there is none (a store named in the same
 * sentence, "reads go straight to PostgreSQL", is not a cache).
 */
const NO_CACHE =
  /(?<!\p{L})(?:(?:we |)(?:do not|don't|will not|won't) (?:use|need|have) (?:a |any )?cach\p{L}*|no (?:server[- ]side )?cach(?:e|ing)(?! (?:invalidat|evict|bust|warm|keys?\b|hits?\b|miss|ttl|expir|strateg|headers?\b|control))|without (?:a |any )?cache|there is no cache|(?:no usamos|no utilizamos|no hay|sin) (?:una |ning[uú]n[oa]? )?caché?|(?:não usamos|não utilizamos|sem) (?:um |nenhum )?cache|(?:nous n['’]utilisons pas de|pas de|aucun) cache|(?:wir nutzen|wir verwenden) keinen? cache|kein(?:en)? cache|(?:non usiamo|non utilizziamo|niente|nessuna|senza) (?:una |alcuna )?cache|(?:není potřeba|není třeba|nepotřebujeme|nepoužíváme|bez|žádná|žádnou) (?:žádn\p{L}* )?(?:cache|cach\p{L}*|mezipaměť|mezipaměti|keš\p{L}*))(?!\p{L})/iu;

export function deniesCache(text: string): boolean {
  return NO_CACHE.test(text);
}

/** A cache on the client (browser, React Query, a service worker) or at the edge is not the backend's. */
const CLIENT_SIDE =
  /(?<!\p{L})(?:client[- ]side|browser|react query|tanstack|swr|service worker|workbox|indexeddb|localstorage|sessionstorage|offline|cdn|edge caching|côté client|del cliente|do cliente|lado del cliente|im browser|clientseitig|lato client)(?!\p{L})/iu;

export function clientSideCache(text: string): boolean {
  return CLIENT_SIDE.test(text);
}

/**
 * The cache entry a sentence states, or null: it needs a cache phrase with a subject and at least one
 * of a store, a lifetime or an invalidation (a bare "is cached" names no entry to design).
 */
export function readCacheSentence(text: string): CacheSentence | null {
  if (clientSideCache(text) || statesNothingElseCached(text)) return null;
  let subject: string | null = null;
  let rest = text;
  // "(GET /api/v1/tools) is cached": the method is no auxiliary "get".
  const passive = PASSIVE.exec(text.replace(ROUTE_NAMED_ALL, (m) => ' '.repeat(m.length)));
  if (passive) {
    // "is not cached", "no se guarda en caché", "n'est pas mis en cache", "wird nicht gecacht".
    if (NEGATOR.test(`${text.slice(Math.max(0, passive.index - 8), passive.index)} ${passive[0]}`))
      return null;
    const aux = AUXILIARY.exec(passive[0]);
    subject = text.slice(0, passive.index + (aux?.index ?? 0));
    rest = text.slice(passive.index);
  } else {
    const of = CACHE_OF.exec(text);
    const ko = of ? null : (KOREAN.exec(text) ?? JAPANESE.exec(text) ?? THAI.exec(text));
    if (of) {
      subject = of[1]!;
      rest = text.slice(of.index);
    } else if (ko) {
      // "시설 목록은 Redis에 10분 동안 캐시한다": the topic (or object) before its particle is what
      // is cached; the verb comes last.
      if (/않|しない|しません|されない|されません/.test(ko[2]!)) return null;
      subject = ko[1]!;
      rest = text.slice(ko.index + ko[1]!.length);
    }
  }
  if (subject === null) return null;
  // "The tool catalogue (`GET /api/v1/tools`) is cached": the read is named beside the subject, and the
  // brackets are no part of its name.
  const route = ROUTE_NAMED.exec(subject) ?? ROUTE_NAMED.exec(text);
  subject = subject
    .replace(/\s*\([^)]*\)/g, ' ')
    .replace(/^[\s\-*:>]+/, '')
    .replace(LEADING, '')
    .replace(/[\s,:;]+$/, '')
    .trim();
  // A subject that is a whole clause ("To keep the page fast, the list is cached") keeps its last part.
  subject = subject
    .split(/[,;:]\s*/)
    .at(-1)!
    .replace(LEADING, '')
    .trim();
  // Verb-final languages put the store and the lifetime between the subject and the verb ("Alet
  // kataloğu Redis'te 5 dakika önbelleğe alınır"): the subject ends where they begin.
  const lead = verbFinalLead(subject);
  const between = subject.slice(lead);
  subject = subject
    .slice(0, lead)
    .replace(/[\s,:;]+$/, '')
    .trim();
  const subjectWords = contentWords(subject);
  if (subjectWords.length === 0 || subject.length > 80) return null;
  const store = STORES.find(([re]) => re.test(text))?.[1] ?? null;
  // A lifetime, never a latency target ("< 2 s"): a comparator "under" is a bound, not a TTL.
  const lifetime = (t: string) =>
    findMeasures(t).find((m) => m.dimension === 'duration' && m.comparator !== '<' && m.comparator !== '<=');
  const ttl = lifetime(rest) ?? lifetime(between);
  const invalidatedOn = readEvents(text);
  if (!store && !ttl && invalidatedOn.length === 0) return null;
  return {
    subject,
    subjectWords,
    store,
    ttlSeconds: ttl ? ttl.value : null,
    ttlText: ttl ? ttl.text : null,
    invalidatedOn,
    ...(route ? { route: { method: 'GET' as const, path: route[1]! } } : {}),
  };
}

/** A lifetime's name: "TTL", "time to live", Hungarian "TTL-je" (its TTL), German "Lebensdauer". */
const TTL_WORD =
  /(?<!\p{L})(?:TTLs?(?:-(?:je|jük|ja|e|t))?|time[- ]to[- ]live|cache (?:lifetime|duration)|Lebensdauer|durée de vie|tempo di vita|duración)(?!\p{L})/iu;
/** From a verb that names the cache used ("uses", "usa", "utilise", "nutzt", "használ") or a store, to the end. */
const USES_CACHE =
  /(?<!\p{L})(?:uses?|using|usa|usam|utiliza|utilizan?|utilise|utilisent|nutzt|verwendet|használ\p{L}*)\s.*$|(?:(?<!\p{L})(?:in|im|en|em|no|na|dans|com|with|mit|avec|con)\s+)?(?:`[^`]*`|(?<!\p{L})(?:redis|memcached?|valkey|dragonfly)(?![\p{sc=Latin}\p{N}])).*$/iu;
/** What stands around a subject in a lifetime clause: articles, "of", "is", "beträgt", "die der". */
const TTL_FILLER =
  /(?<!\p{L})(?:the|of|for|is|are|and|a|az|és|pedig|is|die|der|des|den|beträgt|betragen|ist|sind|und|le|la|les|de|du|des|est|et|il|lo|gli|di|del|della|è|e)(?!\p{L})/giu;

/**
 * Entries stated only by their lifetimes, one clause each: "The TTL of the free slots is 60 seconds,
 * of the price list 1 hour", "Cache TTLs: free slots 60 seconds, price list 1 hour", "A szabad
 * időpontok TTL-je 60 másodperc, az árlistáé 1 óra", "Die TTL der freien Termine beträgt 60
 * Sekunden, die der Preisliste 1 Stunde". The sentence names a cache and a TTL; each clause with a
 * lifetime names its subject before the number (a Hungarian "-é", "the price list's", is the
 * noun's). Nothing here names a store or an invalidation: those come from other sentences.
 */
export function readCacheLifetimes(text: string): CacheSentence[] {
  if (!mentionsCache(text) || !TTL_WORD.test(text) || clientSideCache(text)) return [];
  const out: CacheSentence[] = [];
  let named = false;
  for (const clause of text.split(/[;,]\s*|[.!?]\s+|\s(?:and|és|und|et|e|y)\s/iu)) {
    const ttl = findMeasures(clause).find(
      (m) => m.dimension === 'duration' && m.comparator !== '<' && m.comparator !== '<=',
    );
    if (!ttl) continue;
    const before = clause.slice(0, ttl.index);
    const hasTtl = TTL_WORD.test(before);
    // An elliptical clause ("az árlistáé 1 óra") follows one that names the TTL.
    if (!hasTtl && !named) continue;
    named = true;
    let subject = before
      .replace(/^.*:\s*/u, '')
      // "A consulta pública usa `Rails.cache` com Redis (TTL 10 min)": the subject ends at the verb
      // that names the cache, or at the store's name.
      .replace(USES_CACHE, '')
      .replace(new RegExp(TTL_WORD.source, 'giu'), ' ')
      .replace(/(?<!\p{L})(?:cache|gyorsítótár\p{L}*)(?!\p{L})/giu, ' ')
      .replace(TTL_FILLER, ' ')
      .replace(/['’]s(?!\p{L})/gu, '')
      .replace(/[\s\-*:>()]+/gu, ' ')
      .trim();
    // Hungarian: "árlistáé" (the price list's) is "árlista" with its lengthened last vowel.
    subject = subject.replace(
      /(\p{L}{3,})([áé])é$/u,
      (_m, stem: string, v: string) => `${stem}${v === 'á' ? 'a' : 'e'}`,
    );
    const subjectWords = contentWords(subject);
    if (subjectWords.length === 0 || subject.length > 60) continue;
    out.push({
      subject,
      lifetimeOnly: true,
      subjectWords,
      store: STORES.find(([re]) => re.test(text))?.[1] ?? null,
      ttlSeconds: ttl.value,
      ttlText: ttl.text,
      invalidatedOn: [],
    });
  }
  return out;
}

/** A read named by its method and path: "GET /api/v1/tools", in backticks or not. */
const ROUTE_NAMED = /`?GET\s+(\/[\w{}:./-]*)`?/;
const ROUTE_NAMED_ALL = /`?(?:GET|POST|PUT|PATCH|DELETE)\s+\/[\w{}:./-]*`?/g;

/** Where a cache store's name or a lifetime opens inside a subject, else its length. */
function verbFinalLead(subject: string): number {
  const store = STORE_WORD.exec(subject)?.index ?? subject.length;
  const measure = findMeasures(subject).find((m) => m.dimension === 'duration')?.index ?? subject.length;
  return Math.min(store, measure);
}

/**
 * Korean: a topic or object marked by 은/는/을/를, then (within the clause) the verb of caching:
 * "캐시한다", "캐시된다", "캐싱한다", "캐시에 저장한다"; "캐시하지 않는다" states none.
 */
const KOREAN =
  /^\s*(?:[-*]\s*)?([^,.;:은는을를]{1,40}?)(?:은|는|을|를)\s+([^.;]{0,60}?(?:캐시|캐싱)(?:에 저장)?(?:하지 않|되지 않)?(?:한다|된다|합니다|됩니다|하며|하고|해 둔다|해 둔))/u;

/**
 * Japanese: a topic or object marked by は/を, then (within the sentence) the verb of caching:
 * "空き枠の検索結果は Redis に60秒間キャッシュし、…", "施設一覧をキャッシュします", "…キャッシュされる";
 * "キャッシュしない" states none.
 */
/**
 * Thai puts what is cached right after the verb, glued to it: "แคชผังตลาด (TTL 60 วินาที)" (cache the
 * market map). The second group stands for the verb, so the negation check above reads it alike.
 */
const THAI = /(?:^|[^\u0e00-\u0e7f])(?:และ)?แคช(?!ไว้)([\u0e00-\u0e7f]{2,40})()/u;
const JAPANESE =
  /^\s*(?:[-*]\s*)?([^、。,.;:はを]{1,40}?)(?:は|を)\s*([^。.;]{0,60}?キャッシュ(?:しない|しません|されない|されません|し|する|します|され|される|されます|して))/u;

/** The events after "invalidated on" (or, in German, between "bei" and "invalidiert"). */
function readEvents(text: string): { text: string; words: string[] }[] {
  const m = INVALIDATE.exec(text);
  if (!m) return japaneseEvents(text);
  let phrase = text.slice(m.index + m[0].length);
  if (/(?:temizlenir|geçersiz kılınır|boşaltılır|silinir)$/iu.test(m[0])) {
    // Turkish is verb-final: "bir alet eklendiğinde veya düzenlendiğinde önbellek temizlenir", the
    // events stand in the verb's clause before it.
    phrase = text
      .slice(Math.max(0, m.index - 200), m.index)
      .split(/[;:.]|,\s/u)
      .pop()!;
  } else if (/^(?:invalidiert|verworfen|geleert)$/i.test(m[0])) {
    // Verb-final: "… und bei Buchung und Veröffentlichung invalidiert".
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    const bei = /(?<!\p{L})(?:bei|nach|wenn)\s+(?!.*(?<!\p{L})(?:bei|nach|wenn)\s)(.*)$/iu.exec(before);
    // "… wird invalidiert, wenn ein Angebot erstellt oder geändert wird": the events follow.
    phrase = bei ? bei[1]! : phrase;
  } else if (ACTIVE_OBJECT.test(text.slice(m.index + m[0].length))) {
    // Active voice with the cache as object: "creating or cancelling a reservation evicts that day's
    // cache", "crear una reserva invalida la caché", Catalan "una reserva o una cancel·lació
    // n'invalida la clau" (its key; the pronoun "n'" is elided onto the verb): the events are the
    // subject, in its clause.
    phrase = text
      .slice(Math.max(0, m.index - 200), m.index)
      .split(/[;:.]|,\s/u)
      .pop()!
      .replace(/(?<!\p{L})n['’]$/u, '');
  } else if (/^(?:maakt|maken) de cache ongeldig$/i.test(m[0])) {
    // Dutch active voice: the events are the subject ("elke reservering of blokkering voor die dag
    // maakt de cache ongeldig"), up to the previous clause boundary.
    const before = text.slice(Math.max(0, m.index - 200), m.index);
    phrase = before
      .split(/[;:.]|,\s|\s(?:en|maar)\s(?=\p{L}+\s)/u)
      .pop()!
      .replace(/\s(?:voor|van|op)\s.*$/u, '');
  }
  phrase = phrase
    .split(/[.;()]/)[0]!
    .replace(/^[\s,:]+/, '')
    .trim();
  const out: { text: string; words: string[]; actions?: string[] }[] = [];
  let previous: string[] = [];
  for (const part of whenClauseEvents(phrase) ?? phrase.split(EVENT_SPLIT)) {
    const event = part.replace(EVENT_OPENERS, '').replace(EVENT_SCOPE, '').trim();
    // "sign-up" is one word as routes write it (`/signups`), never "sign" (a webhook's signature).
    let words = contentWords(event.replace(/(\p{L})-(\p{L})/gu, '$1$2')).filter(
      (w) => !AUXILIARY_WORD.test(w),
    );
    if (words.length === 0 || event.length > 60) continue;
    const actions = eventActions(event);
    // "an offer is created or updated", "una oferta se crea o se actualiza": a verb alone shares the
    // record the event before it names.
    const nouns = words.filter((w) => eventActions(w).length === 0);
    if (nouns.length === 0 && actions.length > 0) words = [...words, ...previous];
    else previous = nouns;
    out.push({ text: event, words, ...(actions.length > 0 ? { actions } : {}), ...statusChange(event) });
  }
  // "creating or cancelling a reservation": a verb before the record it shares names that record too.
  for (let i = out.length - 2; i >= 0; i--) {
    const e = out[i]!;
    const next = out[i + 1]!;
    if (e.actions && e.words.every((w) => eventActions(w).length > 0))
      e.words = [...e.words, ...next.words.filter((w) => eventActions(w).length === 0)];
  }
  return out;
}

/**
 * Japanese states the events before a time word and the discarding verb after the cache:
 * "予約の作成・キャンセル時に該当日のキャッシュを破棄します". A noun with の before listed acts
 * applies to each ("予約の作成・キャンセル" is "予約の作成" and "予約のキャンセル").
 */
const JA_INVALIDATE =
  /([^、。,]{1,40}?)(?:時に|時は|の際に|際に|ときに|ときは|とき|たびに)[^。]{0,30}?キャッシュ(?:を|は|も)?\s*(?:破棄|削除|無効化|クリア|消去)/u;

function japaneseEvents(text: string): { text: string; words: string[]; actions?: string[] }[] {
  const m = JA_INVALIDATE.exec(text);
  if (!m) return [];
  const parts = m[1]!
    .trim()
    .split(/[・、]|または|および|及び|や/u)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  const head = /^(.+の)/u.exec(parts[0] ?? '')?.[1] ?? '';
  return parts.flatMap((p) => {
    const event = p.includes('の') || !head ? p : `${head}${p}`;
    const words = contentWords(event);
    if (words.length === 0) return [];
    const actions = eventActions(event);
    return [{ text: event, words, ...(actions.length > 0 ? { actions } : {}), ...statusChange(event) }];
  });
}

/** The cache as the object right after an active invalidating verb ("… evicts that day's cache"). */
const ACTIVE_OBJECT =
  /^\s+(?:(?:the|its|their|that|this|la|el|o|a|le|il|den|die|das|de|het)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:cache|caché|cachés|caches|кэш|cache['’]s|clau|memòria cau)(?![\p{L}])/iu;

/** A creation, in any form, in the six languages ("created", "criada", "se crea", "créée", "erstellt", "creata"). */
const CREATE =
  /(?<!\p{L})(?:creat\p{L}*|cre[aá](?:r|do|da|dos|das|ción|ciones|n)?|cria(?:r|m|do|da|dos|das|ção|ções)?|criad[oa]s?|cré(?:é|ée|és|ées|er|ation|ations)|crée(?:s|nt)?|erstell\p{L}*|angelegt|anleg\p{L}*|neuanlage|creazion[ei]|creat[oaie]|eklen\p{L}*|oluşturul\p{L}*|opprett\p{L}*|oprett\p{L}*|tehdään|luodaan|lisätään)(?!\p{L})/iu;
/**
 * A save, which writes a new record or changes one (en, fr, de, nl; the Spanish and Portuguese
 * "guarda"/"salvo" also mean "keeps" and "except", so they are not read).
 */
const SAVE = /(?<!\p{L})(?:sav(?:e|es|ed|ing)|enregistr\p{L}*|speicher(?:t|n)|opslaan|slaat op)(?!\p{L})/iu;
const AUXILIARY_WORD =
  /^(?:is|are|was|were|been|being|gets?|will|wird|werden|wurde|sind|ist|viene|vengono|sono|est|sont|sera|será|é|são|fica|ficam|foi|fue|son|es)$/iu;

/**
 * The writes an event's verb names: `create`, `update`, `delete` (knowledge of the plain writes) and
 * the state actions (`publish`, `cancel`), in the order they are read; empty when it names a record
 * only ("on booking").
 */
export function eventActions(event: string): string[] {
  const out: string[] = [];
  if (CREATE.test(event)) out.push('create');
  // "when the office saves a tariff": a save is the create and the edit alike.
  if (SAVE.test(event)) out.push('create', 'update');
  out.push(...writeVerbsNamed(event), ...stateVerbsNamed(event));
  // "när en lott ändrar status", "bir parsel durumunu değiştirdiğinde", "wanneer een perceel van
  // status verandert": a change of the record's status is its update.
  if (STATUS_WORD.test(event) && STATUS_CHANGE.test(event)) out.push('update');
  return [...new Set(out)];
}

/** A record's status or state named (the languages read besides those `writeVerbsNamed` knows too). */
const STATUS_WORD =
  /(?<!\p{L})(?:status\p{L}*|state|estado|statut|stato|tillstånd\p{L}*|durum\p{L}*|staat|stan|статус\p{L}*|состояни\p{L}*)(?!\p{L})|状态|ステータス|状態|상태/iu;
/** A verb that changes it, in the languages `writeVerbsNamed` does not read (sv, tr, nl, pl, ru, zh, ja, ko). */
const STATUS_CHANGE =
  /(?<!\p{L})(?:ändra[rs]?|ändrad\p{L}*|byter|byts|uppdateras|değiş\p{L}*|güncellen\p{L}*|verander\p{L}*|wijzig\p{L}*|zmieni\p{L}*|zmiana|zmianie|меня\p{L}*|измен\p{L}*)(?!\p{L})|变更|改变|变化|変更|変わ|변경|바뀌/iu;

/**
 * An event that changes its record's status ("a plot changes status", "en lott ändrar status", "ein
 * Plot seinen Status ändert"): the record's own update, never another record's write.
 */
const statusChange = (event: string): { statusChange?: true } =>
  STATUS_WORD.test(event) && eventActions(event).includes('update') ? { statusChange: true } : {};

/** "when", "quando", "cuando", "quand", "lorsque", "wenn", "sobald": the events are a clause. */
const WHEN = /^(?:when(?:ever)?|quando|cuando|quand|lorsqu['’]?\s*\p{L}*|wenn|sobald)\s+/iu;

/**
 * "quando um produtor publica ou altera uma oferta", "when a producer publishes or changes an offer":
 * a clause whose subject is who acts and whose coordinated verbs share the object at its end. Each
 * event is one verb with that object ("publica uma oferta", "altera uma oferta"); the subject is no
 * event. Null when the phrase is no such clause.
 */
function whenClauseEvents(phrase: string): string[] | null {
  const when = WHEN.exec(phrase);
  if (!when) return null;
  const parts = phrase.slice(when[0].length).split(EVENT_SPLIT);
  const last = parts[parts.length - 1]!.trim().split(/\s+/);
  if (parts.length < 2 || last.length < 2) return null;
  const object = last.slice(1).join(' ');
  // A passive or verb-final clause ("una oferta se crea o se actualiza", "ein Angebot erstellt oder
  // geändert wird") has no shared object at its end: each part is read as it stands.
  if (last.slice(1).every((w) => AUXILIARY_WORD.test(w) || eventActions(w).length > 0)) return null;
  return parts.map((p, i) => {
    const words = p.trim().split(/\s+/);
    return i === parts.length - 1 ? p.trim() : `${words[words.length - 1]} ${object}`;
  });
}

/** A key set named right before the number it is cached for: "JWKS cached for", "claves JWKS en caché durante". */
export const KEY_CACHE_BEFORE =
  /(?<!\p{L})(?:JWKS|JWK set|(?:signing|public) keys?|claves? (?:públicas?|de firma)|chaves? (?:públicas?|de assinatura)|clés? (?:publiques?|de signature)|(?:öffentliche|Signatur)schlüssel|chiavi (?:pubbliche|di firma))(?!\p{L})[^.;]{0,40}$/iu;

/** A table column that holds how long an entry lives ("TTL", "Lifetime", "Gültigkeit", "Masa berlaku", "Levetid", "有效期"). */
const TTL_HEADER =
  /^(?:ttl|time[- ]to[- ]live|lifetime|expiry|expires?|lebensdauer|gültigkeit|caducidad|expiración|validade|durée de vie|durata|scadenza|masa berlaku|kedaluwarsa|thời gian sống|levetid|livstid|tiempo de vida|tempo de vida|geldigheid|有效期|过期时间|有効期限|만료)(?:\s*\([^)]*\))?$/iu;
const KEPT_STATE =
  /(?:^|[:._/-])(?:codes?|otp|limits?|rate|refresh|tokens?|sessions?|locks?|nonces?)(?:$|[:._/{-])/iu;
/** A table column that holds the cache key ("Key", "Cache key", "Schlüssel", "Clave", "Kunci", "Nøgle", "键"). */
const KEY_HEADER =
  /^(?:(?:cache[- ]?)?keys?(?: pattern)?|schlüssel|clave|chave|clé|chiave|sleutel|kunci|khóa|nøgle|nøkkel|nyckel|klucz|klíč|anahtar|kulcs|ключ|键|キー|키)$/iu;

/**
 * A cache table's row (`| List of services | services:all | 10 minutes |` under `| Data | Key | TTL |`,
 * `| Nøgle | Indhold | TTL |`): a table with a TTL column and either a key column or a cache word in
 * its heading states one cache entry per row — what is cached (the first other column), how long it
 * lives, the events its lifetime cell names and, from its key, the resource it holds. Null for any
 * other row.
 */
export function readCacheRow(
  cells: readonly string[],
  header: readonly string[],
  headingPath: readonly string[],
): CacheSentence | null {
  const plain = (t: string) => t.replace(/[`*_]/g, '').trim();
  const heads = header.map(plain);
  const ttlAt = heads.findIndex((h) => TTL_HEADER.test(h));
  if (ttlAt < 0) return null;
  const keyAt = heads.findIndex((h) => KEY_HEADER.test(h));
  if (keyAt < 0 && !headingPath.some((h) => CACHE_WORD.test(h))) return null;
  const subjectAt = heads.findIndex((_, i) => i !== ttlAt && i !== keyAt);
  const subject = plain(cells[subjectAt] ?? '');
  const ttlCell = cells[ttlAt] ?? '';
  const ttl = findMeasures(ttlCell).find((m) => m.dimension === 'duration' && m.value > 0);
  // Danish and Norwegian write one hour "1 time" (plural "timer"), which the shared duration reader
  // leaves alone (English "1 time" is "once"); in a lifetime cell it can only be hours.
  const hour = ttl ? null : /^(\d+)\s+time(?!\p{L})/iu.exec(plain(ttlCell));
  const seconds = ttl ? ttl.value : hour ? Number(hour[1]) * 3600 : null;
  if (!subject || seconds === null || subject.length > 80) return null;
  const ttlText = ttl ? ttl.text : hour![0];
  // "10 分钟，商品更新时删除": a condition beside the lifetime that no event reader reads is not
  // dropped silently as "TTL expiry only": the row is left to the sentence readers.
  const beside = ttlCell
    .replace(ttlText, ' ')
    .replace(/[\s,.;:，。、()（）—–-]+/gu, ' ')
    .trim();
  const events = readEvents(cells.join(' '));
  if (/\p{L}{2,}/u.test(beside) && events.length === 0) return null;
  // A key that holds a one-time code, a limit's counter, a token or a session (`sms:code:{phone}`,
  // `sms:limit:{phone}`, `auth:refresh:{userId}`) is state the API keeps in the store, not a cached read.
  const keyCell = keyAt >= 0 ? plain(cells[keyAt] ?? '') : '';
  if (keyAt >= 0 && KEPT_STATE.test(keyCell)) return null;
  // The key names the resource in the code's own words (`services:all`, `slots:{outlet_id}:{date}`).
  const key = keyCell.replace(/\{[^}]*\}/g, ' ').replace(/[`:*_.-]+/g, ' ');
  const subjectWords = [...new Set([...contentWords(subject), ...contentWords(key)])];
  if (subjectWords.length === 0) return null;
  return {
    subject,
    subjectWords,
    store: STORES.find(([re]) => re.test(cells.join(' ')))?.[1] ?? null,
    ttlSeconds: seconds,
    ttlText,
    invalidatedOn: events,
    ...(/^[^\s|]{2,120}$/.test(keyCell) ? { key: keyCell } : {}),
  };
}
