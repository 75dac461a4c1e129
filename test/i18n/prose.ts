import { diagnostics as deDiagnostics } from '../../src/render/i18n/de/diagnostics.js';
import {
  type DiagnosticCatalog,
  diagnostics as enDiagnostics,
} from '../../src/render/i18n/en/diagnostics.js';
import { diagnostics as esDiagnostics } from '../../src/render/i18n/es/diagnostics.js';
import { diagnostics as frDiagnostics } from '../../src/render/i18n/fr/diagnostics.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { diagnostics as itDiagnostics } from '../../src/render/i18n/it/diagnostics.js';
import { diagnostics as nlDiagnostics } from '../../src/render/i18n/nl/diagnostics.js';
import { diagnostics as ptDiagnostics } from '../../src/render/i18n/pt/diagnostics.js';

const DIAGNOSTIC_CATALOGS: Record<string, DiagnosticCatalog> = {
  de: deDiagnostics,
  en: enDiagnostics,
  es: esDiagnostics,
  fr: frDiagnostics,
  it: itDiagnostics,
  nl: nlDiagnostics,
  pt: ptDiagnostics,
};

/**
 * A language check over the prose of a rendered backend-spec.md: code blocks, inline code, URLs,
 * identifiers and table cells that are code are left out, and each remaining line is scored by the
 * function words it contains. Function words are the most reliable marker of a language on short
 * lines (the same idea as stopword-based detectors); the lists hold only words that are not also
 * common words of the other four languages ("a", "no", "in", "on", "per" are left out for that reason).
 */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'is',
    'are',
    'with',
    'from',
    'to',
    'for',
    'by',
    'be',
    'this',
    'that',
    'which',
    'when',
    'each',
    'every',
    'only',
    'its',
    'it',
    'after',
    'before',
    'than',
    'into',
    'was',
    'were',
    'has',
    'have',
    'does',
    'never',
    'any',
    'or',
    'not',
    'at',
    'their',
    'they',
    'there',
    'these',
    'those',
    'what',
    'where',
    'should',
    'must',
    'can',
    'will',
    'would',
    'one',
    'all',
    'been',
    'used',
    'no',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'del',
    'y',
    'en',
    'que',
    'con',
    'por',
    'para',
    'una',
    'un',
    'se',
    'es',
    'son',
    'al',
    'lo',
    'su',
    'sus',
    'como',
    'más',
    'cada',
    'sin',
    'o',
    'ni',
    'nunca',
    'según',
  ],
  pt: [
    'o',
    'a',
    'os',
    'as',
    'de',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'em',
    'no',
    'na',
    'nos',
    'nas',
    'que',
    'com',
    'por',
    'para',
    'um',
    'uma',
    'se',
    'é',
    'são',
    'ao',
    'seu',
    'sua',
    'como',
    'mais',
    'cada',
    'sem',
    'ou',
    'nunca',
    'pelo',
    'pela',
  ],
  fr: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'du',
    'et',
    'en',
    'que',
    'qui',
    'avec',
    'par',
    'pour',
    'une',
    'un',
    'se',
    'est',
    'sont',
    'au',
    'aux',
    'son',
    'sa',
    'ses',
    'comme',
    'plus',
    'chaque',
    'sans',
    'ou',
    'ni',
    'jamais',
    'dans',
    'sur',
    'ne',
    'pas',
    'à',
  ],
  de: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'und',
    'ist',
    'sind',
    'mit',
    'von',
    'für',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'auf',
    'aus',
    'bei',
    'nach',
    'nicht',
    'nie',
    'oder',
    'wird',
    'werden',
    'jede',
    'jeder',
    'jedes',
    'nur',
    'sich',
    'zu',
    'im',
    'über',
    'wie',
    'keine',
    'kein',
  ],
  // Italian: articles, articulated prepositions and the verbs Italian writes in every sentence; the
  // ones it shares with another language (`con`, `una`, `per`) count only against a language that
  // does not use them (functionWords leaves out the other side's words).
  it: [
    'il',
    'lo',
    'gli',
    'di',
    'della',
    'delle',
    'degli',
    'dello',
    'dei',
    'nel',
    'nella',
    'nei',
    'alla',
    'alle',
    'ai',
    'dal',
    'dalla',
    'sul',
    'sulla',
    'che',
    'è',
    'sono',
    'non',
    'con',
    'una',
    'ogni',
    'viene',
    'vengono',
    'mai',
    'oppure',
    'senza',
    'più',
    'tra',
    'ed',
  ],
  // Dutch: articles, pronouns and the verbs every Dutch sentence writes, none of them a word of the
  // other six (`de`, `en`, `die`, `is` are, so they only count against a language without them).
  nl: [
    'het',
    'een',
    'niet',
    'wordt',
    'worden',
    'zijn',
    'naar',
    'moet',
    'ook',
    'bij',
    'deze',
    'geen',
    'voor',
    'van',
    'met',
    'zoals',
    'waar',
    'uit',
    'heeft',
    'hebben',
    'kan',
    'alleen',
    'nooit',
    'elke',
    'elk',
    'wanneer',
    'tot',
    'dat',
    'nog',
    'haar',
    'zich',
  ],
};

/** Product names written with function words (Google's and Apple's sign-in buttons): names, not prose. */
const PRODUCT_NAMES = /\bSign in with (?:Google|Apple|Microsoft|GitHub)\b/g;

/** The prose lines of a markdown document: no fenced code, no inline code, no URLs, no citations. */
export function proseLines(markdown: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | null = null;
  markdown.split('\n').forEach((raw, i) => {
    const f = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fence !== null) return;
    if (/^\|?\s*-{3,}/.test(raw)) return;
    const text = raw
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      // Quoted text is the documents' own: kept for the caller to look up, never scored.
      .replace(/“([^”]*)”|«([^»]*)»|„([^“”]*)[“”]|"([^"|]*)"/g, (_, a, b, c, d) => `⟦${a ?? b ?? c ?? d}⟧`)
      .replace(PRODUCT_NAMES, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\*\*[^*]*\*\*/g, ' ')
      .trim();
    if (text.length > 0) out.push({ line: i + 1, text });
  });
  return out;
}

/** Identifiers (`created_by`, `userId`, `A01`, `x.y`, `attempts=5`) are code, not language. */
const IDENTIFIER = /\S*(?:[_\d.=/-]\S*[\p{L}]|[\p{L}]\S*[_\d=/-])\S*|\b\p{Ll}+\p{Lu}\S*/gu;

/** A quotation marked by proseLines. */
const QUOTED = /⟦[^⟧]*⟧/g;

/** Words in capitals (`NOT NULL`, `WHERE`, `FOR UPDATE`) are SQL or acronyms, not language. */
const UPPER_CASE = /\b\p{Lu}{2,}\b/gu;

/**
 * The text with its quotations, identifiers and capitals blanked, kept per text: IDENTIFIER is the
 * costly part of the check (its `\S*` runs rescan each long token), and one clause is scored up to
 * four times per pair of languages and again for every language a spec is compared with (it was a
 * fifth of test/i18n/languages.test.ts's CPU time). Same result, computed once.
 */
const blanked = new Map<string, string>();
function unquotedProse(text: string): string {
  let out = blanked.get(text);
  if (out === undefined) {
    out = text.replace(QUOTED, ' ').replace(IDENTIFIER, ' ').replace(UPPER_CASE, ' ');
    // A worker runs many test files (vitest.config.ts isolate: false): bounded, not kept forever.
    if (blanked.size >= 100_000) blanked.clear();
    blanked.set(text, out);
  }
  return out;
}

/** Words of prose, lower case, identifiers and capitals left out. */
const words = (text: string): string[] =>
  unquotedProse(text)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [];

/**
 * Short words that mark a language but are words of another one too (`a`, `as`, `no`, `in`): they
 * count only against a language that does not use them (`as` marks English in a Spanish spec, not
 * in a Portuguese one), see `functionWords`.
 */
const AMBIGUOUS: Record<string, readonly string[]> = {
  en: ['a', 'an', 'as', 'in', 'on', 'if', 'per', 'but', 'then', 'how', 'who', 'your', 'we', 'you'],
  es: ['a', 'no', 'le', 'les', 'este', 'esta', 'pero', 'cuando', 'donde', 'también', 'desde', 'hasta'],
  pt: ['não', 'também', 'quando', 'onde', 'este', 'esta', 'mas', 'até', 'desde'],
  fr: ['a', 'ce', 'cette', 'mais', 'quand', 'aussi', 'entre', 'selon', 'leur', 'leurs'],
  de: ['in', 'an', 'am', 'auch', 'wenn', 'aber', 'dass', 'wo', 'zum', 'zur', 'vom', 'beim'],
  it: ['la', 'le', 'e', 'da', 'per', 'un', 'al', 'ma', 'anche', 'quando', 'dove', 'come', 'solo'],
  nl: ['de', 'en', 'in', 'op', 'of', 'als', 'die', 'over', 'door', 'te', 'is', 'er', 'om', 'wat', 'maar'],
};

const functionWordCache = new Map<string, Set<string>>();

/** Function words of `language` that are not words of `other` (neither its list nor its catalog). */
function functionWords(language: string, other: string): Set<string> {
  const key = `${language}>${other}`;
  let out = functionWordCache.get(key);
  if (!out) {
    const theirs = new Set([...STOPWORDS[other]!, ...catalogWords(other, 1)]);
    out = new Set([...STOPWORDS[language]!, ...(AMBIGUOUS[language] ?? [])].filter((w) => !theirs.has(w)));
    functionWordCache.set(key, out);
  }
  return out;
}

/** How many function words of `language` the text contains (`other`: the language it is compared with). */
export function score(text: string, language: string, other?: string): number {
  const list = other ? functionWords(language, other) : new Set(STOPWORDS[language]);
  return words(text).filter((w) => list.has(w)).length;
}

/** The text of the string and template literals of a function's source (its wording, not its code). */
function literals(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/`((?:[^`\\]|\\.)*)`|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g))
    out.push((m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' '));
  return out;
}

const vocabulary = new Map<string, Set<string>>();

/** Every word of a catalog's wording (values only: the phrasebooks' keys are the English source). */
function catalogWords(language: string, minLength = 3): Set<string> {
  const key = `${language}:${minLength}`;
  const known = vocabulary.get(key);
  if (known) return known;
  const out = new Set<string>();
  const pattern = new RegExp(`\\p{L}{${minLength},}`, 'gu');
  const add = (text: string) => {
    const prose = text
      .replace(/\\?`[^`]*\\?`|"[^"]*"/g, ' ')
      .replace(IDENTIFIER, ' ')
      .replace(UPPER_CASE, ' ');
    for (const w of prose.toLowerCase().match(pattern) ?? []) out.add(w);
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v);
    else if (typeof v === 'function') for (const literal of literals(String(v))) add(literal);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(catalogFor(language).messages);
  walk(DIAGNOSTIC_CATALOGS[language]);
  vocabulary.set(key, out);
  return out;
}

let markers: Map<string, Set<string>> | null = null;

/**
 * Words only one language's catalog uses (`stated`, `none`, `policy` in English; `indicado`,
 * `ninguno` in Spanish): the tool's own vocabulary, so one of them in another language's spec is a
 * phrase that escaped translation. Words of any other catalog or function-word list are left out,
 * so shared technical terms (`token`, `cache`, `endpoint`) never count.
 */
function markerWords(language: string): Set<string> {
  if (!markers) {
    const all = new Map(Object.keys(STOPWORDS).map((l) => [l, catalogWords(l)]));
    markers = new Map();
    for (const [l, own] of all) {
      const others = new Set<string>();
      for (const [o, ws] of all) if (o !== l) for (const w of [...ws, ...STOPWORDS[o]!]) others.add(w);
      markers.set(l, new Set([...own].filter((w) => !others.has(w))));
    }
  }
  return markers.get(language)!;
}

/**
 * Function words plus marker words of `language`; a capitalised word after the first counts as a
 * name (`Row Level Security`, `Google Cloud Storage`), never as a marker.
 */
export function weight(text: string, language: string, other: string, names?: ReadonlySet<string>): number {
  const own = markerWords(language);
  const fw = functionWords(language, other);
  const all = unquotedProse(text).match(/\p{L}+/gu) ?? [];
  return all.filter((w, i) => {
    const lower = w.toLowerCase();
    if (fw.has(lower)) return true;
    if (CODE_WORDS.has(lower) || names?.has(lower)) return false;
    return (i === 0 || w === lower) && own.has(lower);
  }).length;
}

/**
 * JSON Schema types and OpenAPI parameter locations (`(path, integer (int64))`): code vocabulary a
 * spec of any language writes as it is.
 */
const CODE_WORDS = new Set([
  'integer',
  'string',
  'boolean',
  'number',
  'object',
  'array',
  'path',
  'query',
  'header',
  'cookie',
]);

/** A clause written mostly in another script (Korean, Chinese, Russian documents quoted): not ours to judge. */
function mostlyOtherScript(clause: string): boolean {
  const letters = clause.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return letters.length > 0 && latin * 2 < letters.length;
}

/** A list of three or more short items (`name, slug, address`; `queued, sent, failed`) is data, not prose. */
function isList(clause: string): boolean {
  const items = clause.split(/,\s*/).filter((x) => x.trim());
  return (
    items.length >= 3 && items.filter((x) => x.trim().split(/\s+/).length <= 3).length >= items.length - 1
  );
}

/**
 * Segments (lines, table cells, clauses) of `markdown` written in `foreign` rather than `expected`:
 * two function words of `foreign` and more of them than of `expected`, or two of its words at all
 * (function and catalog-only words) and more than of `expected`'s. `names`: words of the project's
 * own names (entities, fields, tables), which are never evidence of a language.
 */
export function foreignSegments(
  markdown: string,
  expected: string,
  foreign: string,
  names?: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  for (const { text } of proseLines(markdown))
    for (const part of text.startsWith('|') ? text.split('|') : [text])
      for (const clause of part.split(/<br>|; | — | · /)) {
        if (isList(clause) || mostlyOtherScript(clause)) continue;
        const f = score(clause, foreign, expected);
        const fw = weight(clause, foreign, expected, names);
        if (
          (f >= 2 && f > score(clause, expected, foreign)) ||
          (fw >= 2 && fw > weight(clause, expected, foreign, names))
        )
          out.push(clause.trim());
      }
  return out;
}
