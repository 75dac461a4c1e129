import pluralize from 'pluralize';
import type { NameLanguage } from './inflect.js';
import { pluralRomance, singularRomance, stripAccents } from './inflect.js';
import { documentsNameLanguage, documentTexts, wordLanguages } from './name-language.js';

/**
 * Names of entities, tables and fields as documents write them (`User`, `users`, `order_items`,
 * `OrderItem`, `passwordHash`, `password_hash`) and their normalised forms: entities PascalCase
 * singular, tables snake_case plural, fields compared by a case- and separator-free key.
 */

/**
 * Words pluralize gets wrong for schema names: it turns `index` into `indices`, `data` into
 * `datum`, `canvas` into `canva`. Checked before pluralize; keys are lower-case.
 */
const SINGULAR_OVERRIDES: Record<string, string> = {
  data: 'data',
  metadata: 'metadata',
  canvas: 'canvas',
  indices: 'index',
  indexes: 'index',
  statuses: 'status',
  status: 'status',
  viruses: 'virus',
  virus: 'virus',
  media: 'media',
  news: 'news',
  series: 'series',
  species: 'species',
  sms: 'sms',
  alias: 'alias',
  bus: 'bus',
  campus: 'campus',
  analysis: 'analysis',
  basis: 'basis',
  // The plurals of nouns in -u end in -us like the singulars above (`menus`, `skus`): the -us rule
  // below would keep them plural (a `menus` table made an entity `Menus`).
  menus: 'menu',
  skus: 'sku',
  gurus: 'guru',
  haikus: 'haiku',
  tofus: 'tofu',
  emus: 'emu',
};

const PLURAL_OVERRIDES: Record<string, string> = {
  index: 'indexes',
  data: 'data',
  metadata: 'metadata',
  virus: 'viruses',
  feedback: 'feedback',
  status: 'statuses',
  media: 'media',
  sms: 'sms',
};

/** Splits any written name into lower-case words: `OrderItem`, `order_items`, `order-items`, `HTTPLog`, `käyttäjät`. */
export function words(name: string): string[] {
  let w = wordsOf.get(name);
  if (w === undefined) {
    if (wordsOf.size >= KEPT) wordsOf.clear();
    w = splitWords(name);
    wordsOf.set(name, w);
  }
  return [...w];
}

/**
 * Names are normalised again and again (every field, entity and mention of every block): the words
 * and entity names of the current documents are kept, bounded; entity names per documents' language
 * (the plural rules follow it) and per compile's documents (whose words choose between singulars).
 */
const KEPT = 50_000;
const wordsOf = new Map<string, readonly string[]>();
const entityNames = new Map<NameLanguage, Map<string, string>>();
let namedFor: readonly string[] = [];

function splitWords(name: string): string[] {
  return name
    .replace(/["'`[\]]/g, '')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

export function singular(word: string): string {
  const lower = word.toLowerCase();
  const hit = SINGULAR_OVERRIDES[lower];
  if (hit !== undefined) return hit;
  // Words ending in -ss / -us / -is are already singular (`address`, `status`, `analysis`).
  if (/(ss|us|is)$/.test(lower)) return lower;
  return pluralize.singular(lower);
}

export function plural(word: string): string {
  const lower = word.toLowerCase();
  const hit = PLURAL_OVERRIDES[lower];
  if (hit !== undefined) return hit;
  return pluralize.plural(lower);
}

const cap = (w: string) => (w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1));

export function pascalCase(name: string): string {
  return words(name).map(cap).join('');
}

export function camelCase(name: string): string {
  const p = pascalCase(name);
  return p.length === 0 ? p : p[0]!.toLowerCase() + p.slice(1);
}

export function snakeCase(name: string): string {
  return words(name).join('_');
}

/** Normalised entity name: PascalCase with the last word singular (`order_items` → `OrderItem`). */
export function entityName(written: string): string {
  const language = documentsNameLanguage();
  if (documentTexts() !== namedFor) {
    namedFor = documentTexts();
    entityNames.clear();
  }
  let names = entityNames.get(language);
  if (!names) {
    names = new Map();
    entityNames.set(language, names);
  }
  let name = names.get(written);
  if (name === undefined) {
    if (names.size >= KEPT) names.clear();
    name = normaliseEntityName(written);
    names.set(written, name);
  }
  return name;
}

function normaliseEntityName(written: string): string {
  const w = words(written);
  if (w.length === 0) return written;
  const romance = romanceSingular(w);
  if (romance) return romance.map(cap).join('');
  w[w.length - 1] = singular(w[w.length - 1]!);
  return w.map(cap).join('');
}

/** Conventional table name for an entity: snake_case with the last word plural (`OrderItem` → `order_items`). */
export function tableName(entity: string): string {
  const w = words(entity);
  if (w.length === 0) return entity;
  const romance = romancePlural(w);
  if (romance) return romance.join('_');
  w[w.length - 1] = plural(w[w.length - 1]!);
  return w.join('_');
}

/** Key for matching fields written in different cases: `passwordHash`, `password_hash` → `passwordhash`. */
export function fieldKey(name: string): string {
  return words(name).join('');
}

/** Key for matching entity names: `users`, `User`, `user` → `user`. */
export function entityKey(name: string): string {
  return entityName(name).toLowerCase();
}

/**
 * The entity a foreign-key-looking field points at, by naming convention only: `customer_id`,
 * `customerId`, `customerID` → `Customer`. Null when the name does not end in an id suffix.
 */
export function entityFromIdField(field: string): string | null {
  const w = words(field);
  if (w.length < 2 || w[w.length - 1] !== 'id') return null;
  return entityName(w.slice(0, -1).join('_'));
}

/**
 * `words` with the plural a derived name needs, each word by the grammar of the language it is
 * written in (name-language.ts `wordLanguages`). A name whose first word is Spanish, Portuguese or
 * French pluralises that word, its head noun (`perfil_repartidor` → `perfiles_repartidor`), and the
 * adjectives agreeing with it; any other name its last word (`user_perfil` → `user_perfiles`), by
 * that word's language (German words stay as written, English ones by pluralize). Null when every
 * word is English: the callers keep their own English rules. A name written without accents gets a
 * plural without them (`papel` → `papeis` in an ASCII schema; `papéis` when the names carry accents).
 */
export function romancePlural(w: readonly string[]): string[] | null {
  if (w.length === 0) return null;
  const langs = wordLanguages(w, documentsNameLanguage());
  if (langs.every((l) => l === 'en')) return null;
  const ascii = w.every((x) => /^[\x20-\x7e]*$/.test(x));
  const pluralIn = (x: string, lang: NameLanguage) => {
    if (lang === 'en') return plural(x);
    const p = pluralRomance(x, lang);
    return ascii ? stripAccents(p) : p;
  };
  const head = langs[0]!;
  if (head === 'es' || head === 'pt' || head === 'fr' || head === 'it')
    // Adjectives agree with the head (`evento_publico` → `eventos_publicos`); noun complements do not.
    return [
      pluralIn(w[0]!, head),
      ...w.slice(1).map((x, i) => {
        const lang = langs[i + 1]!;
        return lang !== 'en' && lang !== 'de' && ADJECTIVE[lang].test(x) ? pluralIn(x, lang) : x;
      }),
    ];
  const last = w.length - 1;
  return [...w.slice(0, last), pluralIn(w[last]!, langs[last]!)];
}

/** Endings of adjectives (which agree in number with their noun) in Spanish, Portuguese and French. */
const ADJECTIVE: Record<'es' | 'pt' | 'fr' | 'it', RegExp> = {
  es: /(ic[oa]|iv[oa]|os[oa]|ble|al)$/,
  pt: /(ic[oa]|iv[oa]|os[oa]|vel|al)$/,
  fr: /(ique|if|ive|elle|al)$/,
  it: /(ic[oa]|iv[oa]|os[oa]|bile|ale)$/,
};

/**
 * `words` in the singular, each word by its language as `romancePlural` does: the head noun and the
 * words agreeing with a plural head (`eventos_publicos` → `evento_publico`, `perfiles_repartidor` →
 * `perfil_repartidor`, `historial_pagos` stays), or the last word of a name that does not start with
 * a Romance word. Null when every word is English.
 */
export function romanceSingular(w: readonly string[]): string[] | null {
  if (w.length === 0) return null;
  const langs = wordLanguages(w, documentsNameLanguage());
  if (langs.every((l) => l === 'en')) return null;
  const singularIn = (x: string, lang: NameLanguage) =>
    lang === 'en' ? singular(x) : singularRomance(x, lang);
  const first = langs[0]!;
  if (first === 'es' || first === 'pt' || first === 'fr' || first === 'it') {
    const head = singularRomance(w[0]!, first);
    if (head === w[0]) {
      // A singular head before an English plural is a table named the English way around
      // (`entrega_items`, `pedido_logs`: the items of a delivery): its last word is the plural.
      const last = w.length - 1;
      return last > 0 && langs[last] === 'en' ? [...w.slice(0, last), singular(w[last]!)] : [...w];
    }
    return [
      head,
      ...w.slice(1).map((x, i) => {
        const lang = langs[i + 1]!;
        return x.endsWith('s') && lang !== 'en' ? singularRomance(x, lang) : x;
      }),
    ];
  }
  const last = w.length - 1;
  return [...w.slice(0, last), singularIn(w[last]!, langs[last]!)];
}
