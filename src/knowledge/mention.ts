import pluralize from 'pluralize';
import { documentsNameLanguage, romanceDocuments, statedPlural } from './name-language.js';
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
  // A plural the documents state as the table's name (`banen` for `Baan`) is the segment.
  const stated = statedPlural(name);
  if (stated !== undefined) return stated.replace(/\s+/g, '-');
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
  // A stated plural (a table name) is part of the key: another project may state another one.
  const stated = statedPlural(name);
  const key = stated === undefined ? name : `${name}|${stated}`;
  let re = patterns.get(key);
  if (!re) {
    re = buildMentionPattern(name, stated);
    patterns.set(key, re);
  }
  return re;
}

const UMLAUT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };

/**
 * Accents are spelling, not another word: "usuario" names the entity `Usuário`, "reservation" the
 * entity `Réservation`, and the other way round (issue 11). A letter of a name matches its accented
 * forms; boundaries see accented letters as letters (`\b` without the `u` flag took `é` for a
 * boundary, so `Reserva` was found inside "Reservação").
 */
const ACCENTED: Record<string, string> = {
  a: 'àáâãäå',
  c: 'ç',
  e: 'èéêë',
  i: 'ìíîï',
  n: 'ñ',
  o: 'òóôõö',
  u: 'ùúûü',
  y: 'ýÿ',
};
/** What a mention may not touch on either side: a letter (accented ones included), a digit or `_`. */
export const MENTION_BEFORE = '(?<![0-9A-Za-z_\\u00C0-\\u024F])';
export const MENTION_AFTER = '(?![0-9A-Za-z_\\u00C0-\\u024F])';

const foldedChar = new Map<string, string>();
/**
 * The text with the accents of Latin letters taken off, letter for letter (`Usuário` → `Usuario`):
 * the same length, so an offset found in one is an offset in the other. A letter whose decomposition
 * is not one base letter and marks (Hangul, ligatures) stays as it is.
 */
export function foldAccents(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the fast path.
  if (/^[\u0000-\u007f]*$/.test(text)) return text;
  let out = '';
  for (const c of text) {
    let f = foldedChar.get(c);
    if (f === undefined) {
      const bare = c.normalize('NFD').replace(/\p{M}+/gu, '');
      f = bare.length === c.length ? bare : c;
      foldedChar.set(c, f);
    }
    out += f;
  }
  return out;
}

/** `usuario` → `us[uùúûü][aàáâãäå]r[iìíîï][oòóôõö]`: each letter with its accented forms. */
function accentClasses(folded: string): string {
  return folded.replace(/[aceinouy]/g, (c) => `[${c}${ACCENTED[c]}]`);
}

/**
 * The plain alternatives of a mention pattern (`order[\s_-]?item`), each accent class read as its
 * base letter; null for a pattern of another shape (German stems, other scripts).
 */
export function plainAlternatives(pattern: RegExp): string[] | null {
  const source = pattern.source;
  const open = source.startsWith(MENTION_BEFORE) ? MENTION_BEFORE.length : source.startsWith('\\b') ? 2 : -1;
  if (open < 0 || !source.startsWith('(?:', open)) return null;
  const close = source.endsWith(MENTION_AFTER)
    ? source.length - MENTION_AFTER.length
    : source.endsWith('\\b')
      ? source.length - 2
      : -1;
  if (close < 0 || source[close - 1] !== ')') return null;
  const body = source.slice(open + 3, close - 1).replace(/\[([a-z])[\u00C0-\u024F]+\]/g, '$1');
  return body.split('|');
}

/**
 * A name closed up from a verb and its particle (`Signup`, `Checkin`, `Payout`) is written open in
 * prose ("sign-ups", "check-in", "pay out"): the particle may stand apart. The stem must be a word of
 * its own length (`Cabin` is no "cab in").
 */
function particleSplit(word: string): string {
  if (/\s/.test(word)) return word;
  const m =
    /^([a-z]{3,})(up|ups|out|outs|off|offs|over|overs|back|backs|down|downs)$|^([a-z]{4,})(ins?)$/.exec(word);
  return m ? `${m[1] ?? m[3]} ${m[2] ?? m[4]}` : word;
}

const ROMANCE_JOIN =
  "(?:[\\s_-]?|\\s+(?:de(?: la| los| las)?|du|des|del|do|da|dos|das|di|della|dello|dei|delle|degli)\\s+|\\s+(?:d|dell|de l)['’])";

/** A private-use character: marks an umlaut of the name while the plural's vowel rule runs. */
const MARK = '\uE000';
const MARKED = /\uE000([aou])?/g;

function buildMentionPattern(name: string, stated?: string): RegExp {
  const w = words(name);
  const plural = words(collectionSegment(name).replace(/-/g, ' '));
  const language = documentsNameLanguage();
  if (language !== 'de') {
    // A Romance compound name is written with a preposition between its words ("ordres de
    // réparation" for `OrdreReparation`, "línea de pedido", "riga dell'ordine", "item do pedido").
    const join = romanceDocuments() ? ROMANCE_JOIN : '[\\s_-]?';
    // Plain words match with or without their accents; other letters (other scripts) as written.
    const plain = [...new Set([w, plural, ...(stated ? [stated] : [])].map(foldAccents))].map((s) =>
      accentClasses(particleSplit(s)).replace(/\s+/g, join),
    );
    return new RegExp(`${MENTION_BEFORE}(?:${plain.join('|')})${MENTION_AFTER}`, 'i');
  }
  // An umlaut the name is written with is also its transliteration or the bare vowel
  // (`Bestellübersicht`, "Bestelluebersicht", "Bestellubersicht").
  const BASE: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };
  const umlauts = (s: string) => s.replace(/[äöü]/g, (c) => `(?:${c}|${BASE[c]}e|${BASE[c]})`);
  const forms = [...new Set([w, plural])].map((s) => umlauts(s.replace(/\s+/g, '[\\s_-]?')));
  // German plurals take -e, -en, -er, -n or -s and often an umlaut (`Auftrag` → `Aufträge`), and a
  // table named in transliteration (`auftraege`) names the same records: the stem without its
  // plural -e/-en, with `ae`/`oe`/`ue`, the umlaut or the bare vowel, and the plural endings.
  // An umlaut of the name is marked first (a private-use mark before its bare vowel) so that the plural's vowel
  // rule below sees the vowel; a marked vowel the rule did not take becomes all three spellings.
  const stem = w
    .replace(/(?:e|en)$/, '')
    .replace(/\s+/g, '[\\s_-]?')
    .replace(/[äöü]/g, (c) => `${MARK}${BASE[c]}`)
    .replace(/([aou])e|([aou])(?=[^aeiouäöü]*$)/g, (_m, t: string | undefined, v: string | undefined) => {
      const base = (t ?? v)!;
      return `(?:${base}e|${UMLAUT[base]}|${base})`;
    })
    .replace(MARKED, (_m, v: string | undefined) => (v ? `(?:${UMLAUT[v]}|${v}e|${v})` : ''));
  const alt = [...forms, `${stem}(?:e|en|er|n|s|nen)?`].join('|');
  // A German compound names its head's kind (`Reparaturtermin` is a Termin): a name of five letters
  // or more may close a longer word.
  const head = w.length >= 5 && !/\s/.test(w) ? '(?:[A-Za-z\\u00C0-\\u024F]{3,})?' : '';
  // Boundaries that see accented letters without the `u` flag: callers reuse `.source` with
  // their own flags (`gi`). The trigram index then tests every statement for these names.
  return new RegExp(`(?<![0-9A-Za-z_\\u00C0-\\u024F])${head}(?:${alt})(?![0-9A-Za-z_\\u00C0-\\u024F])`, 'i');
}
