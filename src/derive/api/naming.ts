import pluralize from 'pluralize';
import { documentsNameLanguage } from '../../knowledge/name-language.js';
import { romancePlural, romanceSingular } from '../../knowledge/names.js';
import { memoName, memoNameByLanguage } from '../memo-names.js';

/** Names used on the API surface, derived from entity names (PascalCase singular). */

/** `OrderItem` → `order item`: the words a document would use for the entity. */
export const words = memoName((name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim(),
);

/** `OrderItem` → `order-items`: a collection segment (kebab-case plural, RFC 3986 unreserved characters). */
export const collectionSegment = memoNameByLanguage((name: string): string => {
  const w = words(name).split(' ');
  // Route segments follow the table's plural: `/direcciones`, never `/direccions` (names.ts).
  const romance = romancePlural(w);
  if (romance) return romance.join('-');
  const last = w.pop() ?? '';
  return [...w, pluralize.plural(last)].join('-');
});

/** `OrderItem` → `orderItem`. */
export const camel = memoName((name: string): string => {
  const parts = words(name).split(/\s+/).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
});

/** `mark-shared` / `order item` → `MarkShared` / `OrderItem`. */
export function pascal(text: string): string {
  const c = camel(text);
  return c.length > 0 ? c[0]!.toUpperCase() + c.slice(1) : c;
}

/** `OrderItem` → `OrderItems` (for operationIds such as `listOrderItems`). */
export function pluralPascal(name: string): string {
  return pascal(collectionSegment(name));
}

/** Normalised key for matching a path segment or a word to an entity: `sub-tasks` → `subtask`. */
export const matchKey = memoNameByLanguage((text: string): string => {
  const w = words(text).split(' ');
  const romance = romanceSingular(w);
  if (romance) return romance.join('').replace(/[^\p{L}\p{N}]/gu, '');
  const last = w.pop() ?? '';
  return [...w, pluralize.singular(last)].join('').replace(/[^a-z0-9]/g, '');
});

/** A path parameter name for an entity's id (`Project` → `projectId`). */
export const idParam = (entity: string): string => `${camel(entity)}Id`;

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
  // Boundaries that see accented letters without the `u` flag: callers reuse `.source` with
  // their own flags (`gi`). The trigram index then tests every statement for these names.
  return new RegExp(`(?<![0-9A-Za-z_\\u00C0-\\u024F])(?:${alt})(?![0-9A-Za-z_\\u00C0-\\u024F])`, 'i');
}
