import pluralize from 'pluralize';
import { documentsNameLanguage } from './name-language.js';
import { romancePlural } from './names.js';

/**
 * How an entity's name reads in prose: its words, its collection plural, and the pattern that finds
 * it in a sentence. Shared by extract (the story reader places entity names in flow steps) and
 * derive (naming, traces, suppressions), so both see the same mentions.
 */

/**
 * Conversions are asked for the same few names once per field, operation and mention (a pluralize
 * rule scan each time was about 5 % of a 1,000-entity compile, issue 19): each is kept per name,
 * and per documents' language where a plural is involved.
 */
const wordsOf = new Map<string, string>();
const segments = new Map<string, Map<string, string>>();

/** `OrderItem` → `order item`: the words a document would use for the entity. */
export function words(name: string): string {
  let out = wordsOf.get(name);
  if (out === undefined) {
    out = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .toLowerCase()
      .trim();
    wordsOf.set(name, out);
  }
  return out;
}

/** `OrderItem` → `order-items`: a collection segment (kebab-case plural, RFC 3986 unreserved characters). */
export function collectionSegment(name: string): string {
  const language = documentsNameLanguage();
  let byName = segments.get(language);
  if (!byName) {
    byName = new Map();
    segments.set(language, byName);
  }
  let out = byName.get(name);
  if (out === undefined) {
    out = pluralSegment(name);
    byName.set(name, out);
  }
  return out;
}

function pluralSegment(name: string): string {
  const w = words(name).split(' ');
  // Route segments follow the table's plural: `/direcciones`, never `/direccions` (names.ts).
  const romance = romancePlural(w);
  if (romance) return romance.join('-');
  const last = w.pop() ?? '';
  return [...w, pluralize.plural(last)].join('-');
}

/** Regex source matching the entity's name in prose, singular or plural, as whole words. */
// Per language, then per name: a `language|name` key was a new string to hash on every call
// (statements × entities calls at 3,000 entities, issue 19).
const mentionPatterns = new Map<string, Map<string, RegExp>>();

/** Memoised per name (derivation asks for it per statement × entity); non-global, so stateless. */
export function mentionPattern(name: string): RegExp {
  // The plural follows the documents' language, so the language is part of the key: a Spanish
  // project compiled earlier in the same process must not decide an English project's plurals.
  const language = documentsNameLanguage();
  let patterns = mentionPatterns.get(language);
  if (!patterns) {
    patterns = new Map();
    mentionPatterns.set(language, patterns);
  }
  let re = patterns.get(name);
  if (!re) {
    re = buildMentionPattern(name);
    patterns.set(name, re);
  }
  return re;
}

const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };

function buildMentionPattern(name: string): RegExp {
  const w = words(name);
  const plural = words(collectionSegment(name).replace(/-/g, ' '));
  const forms = [...new Set([w, plural])].map((s) => s.replace(/\s+/g, '[\\s_-]?'));
  if (documentsNameLanguage() !== 'de') return new RegExp(`\\b(?:${forms.join('|')})\\b`, 'i');
  // German plurals take -e, -en, -er, -n or -s and often an umlaut (`Auftrag` → `Aufträge`), and a
  // table named in transliteration (`auftraege`) names the same records: the stem without its
  // plural -e/-en, with `ae`/`oe`/`ue`, the umlaut or the bare vowel, and the plural endings.
  const stem = w
    .replace(/(?:e|en)$/, '')
    .replace(/\s+/g, '[\\s_-]?')
    .replace(/([aou])e|([aou])(?=[^aeiouäöü]*$)/g, (_m, t: string | undefined, v: string | undefined) => {
      const base = (t ?? v)!;
      return `(?:${base}e|${UMLAUT[base]}|${base})`;
    });
  const alt = [...forms, `${stem}(?:e|en|er|n|s|nen)?`].join('|');
  // A German compound names its head's kind (`Reparaturtermin` is a Termin): a name of five letters
  // or more may close a longer word.
  const head = w.length >= 5 && !/\s/.test(w) ? '(?:[A-Za-z\\u00C0-\\u024F]{3,})?' : '';
  // Boundaries that see accented letters without the `u` flag: callers reuse `.source` with
  // their own flags (`gi`). The trigram index then tests every statement for these names.
  return new RegExp(`(?<![0-9A-Za-z_\\u00C0-\\u024F])${head}(?:${alt})(?![0-9A-Za-z_\\u00C0-\\u024F])`, 'i');
}
