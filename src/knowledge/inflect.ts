/**
 * Plural and singular of one lower-case word by the grammar of the language it is written in, for
 * the names the tool derives (table names, route segments, foreign-key columns). English goes
 * through pluralize (see names.ts); these are the Romance rules, from the Real Academia Española
 * (Nueva gramática §3.2–3.4), the Académie française (plural of nouns in -al, -ail, -eau, -eu, -ou)
 * and the Acordo Ortográfico's plural rules for Portuguese (-ão, -l, -m, -r/-z). German names are
 * left as written: its plurals (umlaut, -e/-er/-en/-n/-s) cannot be told from the spelling.
 */

import { documentSingularUses, documentWordCount } from './name-language.js';

export type NameLanguage = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'it';

const VOWEL = /[aeiouáéíóúâêôãõàèìòùü]$/;
const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/** `dirección` → `direcciones`: the written accent of an oxytone falls away when -es adds a syllable. */
const dropFinalAccent = (w: string) =>
  w.replace(/([áéíóú])([ns])$/, (_, v: string, c: string) => `${PLAIN[v]}${c}`);

/** Spanish (RAE): vowel → +s; -z → -ces; -s/-x after an unstressed vowel stays; other consonants → +es. */
function pluralEs(w: string): string {
  if (/[áéó]$/.test(w) || /[aeiou]$/.test(w)) return `${w}s`;
  if (/[íú]$/.test(w)) return `${w}es`;
  if (w.endsWith('z')) return `${w.slice(0, -1)}ces`;
  // Unstressed -s/-x (lunes, análisis, tórax) do not change; stressed monosyllables (mes, país) add -es.
  if (/[sx]$/.test(w))
    return /^[^aeiouáéíóú]*[aeiouáéíóú][sx]$/.test(w) || /[áéíóú]s$/.test(w) ? `${dropFinalAccent(w)}es` : w;
  if (/y$/.test(w)) return `${w}es`;
  return `${dropFinalAccent(w)}es`;
}

/** Spanish singular: -ces → -z, -iones → -ión (kept unaccented as identifiers write it), -Ves/-Ces by the stem. */
function singularEs(w: string): string {
  if (!w.endsWith('s')) return w;
  if (/[aeiou]ces$/.test(w)) return `${w.slice(0, -3)}z`;
  // -es was added only after a consonant a Spanish word can end with (l, r, n, d, j, y, s, z→c),
  // itself after a vowel: perfiles → perfil, ciudades → ciudad; clientes → cliente, nombres → nombre.
  if (/[aeiouáéíóú][lrndjy]es$/.test(w)) return w.slice(0, -2);
  // A stressed monosyllable in -s took -es too: meses → mes, buses → bus.
  if (/^[^aeiouáéíóú]*[aeiouáéíóú]ses$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** Portuguese: vowel → +s; -ão → -ões; -m → -ns; -r/-z → +es; -al/-el/-ol/-ul → -ais/-éis/-óis/-uis; -il → -is. */
function pluralPt(w: string): string {
  if (w.endsWith('ão')) return IRREGULAR_PT_AO[w] ?? `${w.slice(0, -2)}ões`;
  // Identifiers written without the tilde (`avaliacao`, `sessao`) keep the -ão plural, unaccented.
  if (/[cs]ao$/.test(w)) return `${w.slice(0, -2)}oes`;
  if (VOWEL.test(w)) return `${w}s`;
  if (w.endsWith('m')) return `${w.slice(0, -1)}ns`;
  if (/[rz]$/.test(w)) return `${w}es`;
  if (w.endsWith('s'))
    return /^[^aeiouáéíóúâêôãõ]*[aeiouáéíóúâêôãõ]s$/.test(w) || /[áéíóúâêô]s$/.test(w) ? `${w}es` : w;
  if (w.endsWith('al')) return `${w.slice(0, -2)}ais`;
  if (w.endsWith('el')) return /[áéíóúâêô].*el$/.test(w) ? `${w.slice(0, -2)}eis` : `${w.slice(0, -2)}éis`;
  if (w.endsWith('ol')) return `${w.slice(0, -2)}óis`;
  if (w.endsWith('ul')) return `${w.slice(0, -2)}uis`;
  if (w.endsWith('il')) return /[áéíóúâêô].*il$/.test(w) ? `${w.slice(0, -2)}eis` : `${w.slice(0, -1)}s`;
  return `${w}s`;
}

/** -ão words that take -ãos or -ães instead of the regular -ões. */
const IRREGULAR_PT_AO: Record<string, string> = {
  mão: 'mãos',
  cidadão: 'cidadãos',
  irmão: 'irmãos',
  cristão: 'cristãos',
  órgão: 'órgãos',
  pão: 'pães',
  cão: 'cães',
  alemão: 'alemães',
  capitão: 'capitães',
  tabelião: 'tabeliães',
};

function singularPt(w: string): string {
  if (w.endsWith('ões') || w.endsWith('ães') || w.endsWith('ãos')) return `${w.slice(0, -3)}ão`;
  if (/[cs]oes$/.test(w)) return `${w.slice(0, -3)}ao`;
  if (w.endsWith('ns')) return `${w.slice(0, -2)}m`;
  if (w.endsWith('ais')) return `${w.slice(0, -3)}al`;
  if (w.endsWith('éis') || w.endsWith('eis')) return `${w.slice(0, -3)}el`;
  if (w.endsWith('óis')) return `${w.slice(0, -3)}ol`;
  if (w.endsWith('uis')) return `${w.slice(0, -3)}ul`;
  if (/[aeiou][rz]es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** French -ail nouns that take -aux (travail → travaux); every other -ail takes -s (détail → détails). */
const FR_AIL_AUX = new Set(['travail', 'vitrail', 'corail', 'émail', 'bail', 'soupirail', 'vantail']);
/** French -al nouns that take -s (festival → festivals); every other -al takes -aux. */
const FR_AL_S = new Set(['bal', 'carnaval', 'chacal', 'festival', 'récital', 'régal', 'cal', 'val', 'étal']);
/** French -ou nouns that take -x; every other -ou takes -s. */
const FR_OU_X = new Set(['bijou', 'caillou', 'chou', 'genou', 'hibou', 'joujou', 'pou']);
/** -eu/-au nouns that take -s. */
const FR_EU_S = new Set(['pneu', 'bleu', 'émeu', 'landau', 'sarrau']);

function pluralFr(w: string): string {
  if (/[sxz]$/.test(w)) return w;
  if (FR_EU_S.has(w)) return `${w}s`;
  if (/(au|eu)$/.test(w)) return `${w}x`;
  if (FR_OU_X.has(w)) return `${w}x`;
  if (w.endsWith('ail')) return FR_AIL_AUX.has(w) ? `${w.slice(0, -3)}aux` : `${w}s`;
  if (w.endsWith('al')) return FR_AL_S.has(w) ? `${w}s` : `${w.slice(0, -2)}aux`;
  return `${w}s`;
}

function singularFr(w: string): string {
  for (const ail of FR_AIL_AUX) if (w === `${ail.slice(0, -3)}aux`) return ail;
  if (w.endsWith('eaux') || w.endsWith('eux') || w.endsWith('aux'))
    return w.endsWith('eaux') || w.endsWith('eux') ? w.slice(0, -1) : `${w.slice(0, -3)}al`;
  if (w.endsWith('oux') && FR_OU_X.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * Italian (Serianni, Grammatica italiana III.100–130): -a → -e (-ca/-ga → -che/-ghe; -cia/-gia → -ce/-ge
 * after a consonant); -o and -e → -i (-io → -i, -ico → -ici, other -co/-go → -chi/-ghi); the Greek
 * masculines in -ma → -mi; a final accented vowel, a consonant (loanwords: `sport`, `bar`), -i and
 * -ie do not change.
 */
const IT_MA_MASCULINE = new Set([
  'problema',
  'sistema',
  'tema',
  'programma',
  'schema',
  'diploma',
  'clima',
  'dramma',
  'enigma',
  'dilemma',
  'teorema',
  'poema',
  'emblema',
  'stemma',
]);
const IT_IRREGULAR: Record<string, string> = { uomo: 'uomini', dio: 'dei', bue: 'buoi', uovo: 'uova' };

function pluralIt(w: string): string {
  if (IT_IRREGULAR[w]) return IT_IRREGULAR[w]!;
  if (writtenOxytone(w)) return w;
  if (/[àèéìòù]$/.test(w) || /[^aeiou]$/.test(w) || /(i|ie)$/.test(w) || w.length <= 2) return w;
  if (w.endsWith('a')) {
    if (IT_MA_MASCULINE.has(w)) return `${w.slice(0, -1)}i`;
    if (/[cg]a$/.test(w)) return `${w.slice(0, -1)}he`;
    if (/[^aeiou][cg]ia$/.test(w)) return `${w.slice(0, -2)}e`;
    return `${w.slice(0, -1)}e`;
  }
  if (w.endsWith('o')) {
    if (/io$/.test(w)) return `${w.slice(0, -1)}`;
    if (/ico$/.test(w)) return `${w.slice(0, -1)}i`;
    if (/[cg]o$/.test(w)) return `${w.slice(0, -1)}hi`;
    return `${w.slice(0, -1)}i`;
  }
  return `${w.slice(0, -1)}i`;
}

/**
 * Italian singular, conservative: a final -e is singular as often as plural (`animale`, `fatture`),
 * so it is left as written; only the endings no singular has are changed: -che/-ghe → -ca/-ga,
 * -chi/-ghi → -co/-go, -i by the ending's likelier singular (-ioni → -ione, -ari → -ario, else -o).
 * Greek nouns in -si (`diagnosi`, `analisi`) do not change.
 */
function singularIt(w: string): string {
  const rule = ruleSingularIt(w);
  return attestedSingular(w, [rule, ...IT_SINGULARS(w)], pluralIt) ?? rule;
}

/**
 * Every singular an Italian plural may come from: -i from -o, -e, -io (`condomini`: `condomino` or
 * `condominio`), -e from -a (`rate` → `rata`, `assemblee` → `assemblea`) or a singular in -e.
 */
const IT_SINGULARS = (w: string): string[] => {
  const stem = w.slice(0, -1);
  if (w.endsWith('i')) return [`${stem}o`, `${stem}e`, `${stem}io`];
  if (w.endsWith('e')) return [`${stem}a`];
  return [];
};

/**
 * The candidate singular the documents themselves write, when the rule cannot tell (`condomini` is
 * the plural of `condominio` and of `condomino`; `rate` of `rata`, or a singular itself): of the
 * candidates whose plural is the word, the one the documents write most often after a singular
 * determiner ("il condominio", "una rata"), then most often at all (a foreign key column
 * `condominio_id` counts). A word the documents themselves use as a singular ("un ordine") stays,
 * whatever else they write ("il cliente che ordina"). Nothing written → null: the rule's guess stands.
 */
function attestedSingular(w: string, candidates: string[], pluralOf: (s: string) => string): string | null {
  let best: string | null = null;
  let score: [number, number] = [documentSingularUses(w), 0];
  for (const c of new Set(candidates)) {
    if (c === w || pluralOf(c) !== w) continue;
    const n: [number, number] = [documentSingularUses(c), documentWordCount(c)];
    if (n[1] > 0 && (n[0] > score[0] || (n[0] === score[0] && n[1] > score[1]))) {
      best = c;
      score = n;
    }
  }
  return best;
}

/**
 * An identifier written without its final accent (`unita` for "unità", `citta` for "città"): the
 * documents write the accented word, and a noun stressed on its last vowel never changes in number.
 */
function writtenOxytone(w: string): boolean {
  const last = w.at(-1);
  const accented = last ? IT_ACCENTED[last] : undefined;
  return !!accented && accented.some((a) => documentWordCount(w.slice(0, -1) + a) > 0);
}
const IT_ACCENTED: Record<string, string[]> = { a: ['à'], e: ['è', 'é'], i: ['ì'], o: ['ò'], u: ['ù'] };

function ruleSingularIt(w: string): string {
  if (writtenOxytone(w)) return w;
  for (const [one, many] of Object.entries(IT_IRREGULAR)) if (w === many) return one;
  if (/[àèéìòù]$/.test(w) || /[^aeiou]$/.test(w) || w.length <= 3) return w;
  if (/[cg]he$/.test(w)) return `${w.slice(0, -2)}a`;
  if (/[cg]hi$/.test(w)) return `${w.slice(0, -2)}o`;
  if (!w.endsWith('i') || /si$/.test(w)) return w;
  for (const ma of IT_MA_MASCULINE) if (w === `${ma.slice(0, -1)}i`) return ma;
  // Nouns in -ione, -ore, -ale, -ile, -ente, -ante, -ese take -e in the singular; -ari/-ori and
  // -zi/-gi/-ci come from -ario/-orio/-zio/-gio/-cio (`proprietari`, `servizi`); the rest from -o.
  if (/(?:ion|[^t]or|al|il|ent|ant|es)i$/.test(w)) return `${w.slice(0, -1)}e`;
  if (/(?:ar|tor|z|gg|[^aeiou]c|[^aeiou]g)i$/.test(w)) return `${w.slice(0, -1)}io`;
  return `${w.slice(0, -1)}o`;
}

/** Plural of one Romance or German word; English is handled by the caller (pluralize). */
export function pluralRomance(word: string, language: Exclude<NameLanguage, 'en'>): string {
  const w = word.toLowerCase();
  switch (language) {
    case 'es':
      return pluralEs(w);
    case 'pt':
      return pluralPt(w);
    case 'fr':
      return pluralFr(w);
    case 'it':
      return pluralIt(w);
    case 'de':
      return w;
  }
}

export function singularRomance(word: string, language: Exclude<NameLanguage, 'en'>): string {
  const w = word.toLowerCase();
  switch (language) {
    case 'es':
      return singularEs(w);
    case 'pt':
      return singularPt(w);
    case 'fr':
      return singularFr(w);
    case 'it':
      return singularIt(w);
    case 'de':
      return singularDe(w);
  }
}

/**
 * German singular, only where the plural ending is unambiguous (`buchungen` → `buchung`,
 * `rechnungen`, `gesundheiten`, `positionen`, `ergebnisse` → `ergebnis`); any other word stays as
 * written (`termine`, `kunden` could be either).
 */
function singularDe(w: string): string {
  const m = /(ung|heit|keit|schaft|ion|tät)en$/.exec(w);
  if (m) return w.slice(0, -2);
  return /nisse$/.test(w) ? w.slice(0, -2) : w;
}

/**
 * The regular German plurals of a singular noun, as route tables write a collection of it
 * (`ausleihe` → `ausleihen`, `lizenz` → `lizenzen`, `leser` → `leser`, `lesung` → `lesungen`):
 * candidates to match against a written word, never a name to emit (a German plural cannot be told
 * from the spelling, so the tool names nothing with it).
 */
export function germanPluralForms(singular: string): string[] {
  const w = singular.toLowerCase();
  if (/e$/.test(w)) return [`${w}n`];
  if (/(?:el|er|en)$/.test(w)) return [w, `${w}n`, `${w}s`];
  if (/in$/.test(w)) return [`${w}nen`];
  if (/nis$/.test(w)) return [`${w}se`];
  return [`${w}en`, `${w}e`, `${w}er`, `${w}s`];
}

/**
 * A word as a route or an identifier may spell it: as written, with umlauts as ae/oe/ue/ss
 * (`verlängern` → `verlaengern`) and without accents (`réserver` → `reserver`).
 */
export function asciiSpellings(word: string): string[] {
  const w = word.toLowerCase();
  const translit = w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return [...new Set([w, translit, stripAccents(translit), stripAccents(w)])];
}

/** `dirección` → `direccion`: identifiers written without accents keep getting derived names without them. */
const GREEK = /\p{Script=Greek}/u;

/**
 * A Greek word without its accents (τόνος, διαλυτικά) and with its final sigma as a medial one
 * ("κρατήσεις" → "κρατησεισ"): the forms of one word then share their stem letter for letter.
 */
export function greekFold(word: string): string {
  return GREEK.test(word) ? stripAccents(word).replace(/ς/g, 'σ') : word;
}

export function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

// `Aufträge`, `Auftraege` and `Auftrag` share a stem: umlauts and their ae/oe/ue spelling fold to
// the bare vowel.
const stem7 = (w: string) =>
  w
    .toLowerCase()
    .replace(/([aou])e/g, '$1')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .slice(0, 7);

/**
 * The same word in two languages (`technicians` / `techniciens`, `documents` / `documentos`): a
 * shared stem of seven letters, accents aside. Only for words of seven letters or more: shorter
 * stems say too little.
 */
export const sameStem = (a: string, b: string): boolean =>
  a.length >= 7 && b.length >= 7 && stem7(a) === stem7(b);

/** Infinitive endings of Polish (-ć), Russian (-ть, -ться, -ти): a verb, not a form of the noun. */
const INFINITIVE = /(?:ć|ść|źć|ть|ться|ти|чь)$/u;

/**
 * Whether a word of a text is another word inflected, as a declining language writes it ("wniosku",
 * "wnioski" for "wniosek"; "zwierzęta" for "zwierzę"; "переговорную" for "переговорная"), or as
 * written: the same stem of four letters at least, all of the word but an ending of two letters at
 * most, then an ending of three letters at most in the text ("adopcyjny" is no form of "adopcji"); never an infinitive (a verb made from the noun:
 * "spacerować" is no form of "spacer"); a word of fewer than four letters only as written.
 */
export function inflectedForm(word: string, nameWord: string): boolean {
  if (word === nameWord) return true;
  // Greek moves its stress accent as the word inflects ("κράτηση", "κρατήσεις", "κράτησή μου") and
  // ends a word in a final sigma: the forms are compared without either.
  if (GREEK.test(nameWord)) {
    word = greekFold(word);
    nameWord = greekFold(nameWord);
    if (word === nameWord) return true;
  }
  if (nameWord.length < 4 || word.length < 4 || INFINITIVE.test(word)) return false;
  // Finnish nouns in -us, -ys, -os, -is decline on a stem in -kse- ("vikailmoitus" → "vikailmoituksen",
  // "varaus" → "varaukset", "varaukseni"): that stem, then a short ending.
  if (/[uyoöi]s$/u.test(nameWord) && nameWord.length >= 5) {
    const stem = `${nameWord.slice(0, -1)}kse`;
    if (word.startsWith(stem) && word.length - stem.length <= 3) return true;
  }
  // Finnish weakens the consonant of a name's last syllable in most of its cases ("pöytä" →
  // "pöydän", "tunti" → "tunnin", "lippu" → "lipun", "sääntö" → "säännöt"): that weak stem, then
  // a short ending.
  const weak = finnishWeakStem(nameWord);
  if (weak !== null && word.startsWith(weak) && word.length > weak.length && word.length - weak.length <= 3)
    return true;
  let p = 0;
  while (p < word.length && p < nameWord.length && word[p] === nameWord[p]) p++;
  return p >= 4 && nameWord.length - p <= 2 && word.length - p <= 3;
}

/**
 * Finnish consonant gradation (astevaihtelu): the strong grade of the consonants that open a word's
 * last syllable and its weak grade (kk → k, pp → p, tt → t, nk → ng, mp → mm, lt → ll, nt → nn,
 * rt → rr, ht → hd, lk → l, a t after a vowel → d, a p → v, a k dropped). A name of five letters at
 * least that ends in one vowel; its weak stem four letters at least; null when it has no grade.
 */
const GRADE: Record<string, string> = {
  kk: 'k',
  pp: 'p',
  tt: 't',
  nk: 'ng',
  mp: 'mm',
  lt: 'll',
  nt: 'nn',
  rt: 'rr',
  ht: 'hd',
  lk: 'l',
  t: 'd',
  p: 'v',
  k: '',
};
const STRONG_GRADE = /^(\p{L}*?)(kk|pp|tt|nk|mp|lt|nt|rt|ht|lk|(?<=[aeiouyäö])[tpk])([aeiouyäö])$/u;
function finnishWeakStem(name: string): string | null {
  if (name.length < 5) return null;
  const m = STRONG_GRADE.exec(name);
  if (!m) return null;
  const stem = `${m[1]}${GRADE[m[2]!]}${m[3]}`;
  return stem.length >= 4 ? stem : null;
}

/**
 * Whether a noun is the verbal noun of an infinitive, as Czech, Slovak and Polish make it (accents
 * off): the infinitive's stem (without -it, -et, -at, -ovat, -nout, -t; Polish -ić, -ać, -ować, -ć)
 * then -ení, -ání, -ování, -utí, -tí (Polish -enie, -anie, -owanie, -cie), the stem's last consonant
 * allowed to alternate ("zrušit" → "zrušení", "potvrdit" → "potvrzení", "uzavřít" → "uzavření",
 * "vyzvednout" → "vyzvednutí", "zatwierdzić" → "zatwierdzenie"). A stem of four letters at least.
 */
const SLAVIC_INFINITIVE = /(?:ovat|owac|nout|it|yt|et|at|ic|ac|ec|yc|t|c)$/u;
const SLAVIC_VERBAL_NOUN = /(?:ovani|owanie|eni|ani|uti|ti|ni|enie|anie|ecie|cie|nie)$/u;
export function verbalNoun(infinitive: string, noun: string): boolean {
  const verb = stripAccents(infinitive.toLowerCase());
  const n = stripAccents(noun.toLowerCase());
  const end = SLAVIC_INFINITIVE.exec(verb);
  const suffix = SLAVIC_VERBAL_NOUN.exec(n);
  if (!end || !suffix) return false;
  const stem = verb.slice(0, end.index);
  if (stem.length < 4) return false;
  let p = 0;
  while (p < stem.length && p < n.length && stem[p] === n[p]) p++;
  // All of the stem but its last consonant, and nothing but the suffix after the stem's length.
  return p >= Math.max(4, stem.length - 1) && n.length - suffix[0].length <= stem.length + 1;
}

/**
 * Turkish suffix chains after a noun: plural (-lar/-ler), possessive (-ım, -imiz, -sı…), then case
 * (-ı, -yı, -nı, -a, -ya, -da, -dan, -ın, -nın…), each in its vowel-harmony forms. "aletleri" is
 * "alet" + "ler" + "i", "ödünçlerimi" is "ödünç" + "ler" + "im" + "i", "rezervasyonumu" is
 * "rezervasyon" + "um" + "u".
 */
const TURKISH_SUFFIXES =
  /^(?:l[ae]r)?(?:[ıiuü]m(?:[ıiuü]z)?|[ıiuü]n(?:[ıiuü]z)?|s[ıiuü]|[ıiuü])?(?:[ıiuü]|y[ıiuü]|n[ıiuü]|[ae]|y[ae]|n[ae]|[dt][ae]|[dt][ae]n|n[ıiuü]n|[ıiuü]n|y[ıiuü]n|l[ae])?$/u;

/** A Turkish noun's last consonant softens before a vowel: "matkap" → "matkabı", "kitap" → "kitabı". */
const SOFTENED: Record<string, string> = { p: 'b', ç: 'c', t: 'd', k: 'ğ' };

/**
 * Whether a word is a noun of four letters or more with Turkish suffixes added ("aletleri" for
 * "alet", "matkabı" for "matkap"): the noun as written (or its last consonant softened), then a
 * suffix chain of two letters at least that Turkish grammar forms. One letter after the noun is
 * left to `inflectedForm` (a plural "s" of another language is no Turkish suffix).
 */
export function agglutinatedForm(word: string, noun: string): boolean {
  if (noun.length < 4 || word.length <= noun.length) return false;
  const soft = SOFTENED[noun.at(-1)!];
  const stem = word.startsWith(noun)
    ? noun
    : soft && word.startsWith(noun.slice(0, -1) + soft)
      ? noun.slice(0, -1) + soft
      : null;
  if (!stem) return false;
  const rest = word.slice(stem.length);
  return (
    rest.length >= 1 && rest.length <= 7 && TURKISH_SUFFIXES.test(rest) && (rest.length >= 2 || stem !== noun)
  );
}

/**
 * Whether `word` is the Indonesian (or Malay) active verb of `base`, the form a route description
 * writes: the prefix meN- before the base, its first consonant dropped after the nasal
 * ("mengajukan" ~ "ajukan", "membatalkan" ~ "batalkan", "menandai" ~ "tandai", "menyetujui" ~
 * "setujui", "mengirim" ~ "kirim", "memilih" ~ "pilih", "melihat" ~ "lihat"). A base of four letters
 * at least.
 */
export function nasalPrefixed(word: string, base: string): boolean {
  if (base.length < 4 || !word.startsWith('me') || word.length <= base.length) return false;
  const rest = word.slice(2);
  const forms: string[] = [];
  const vowel = (r: string) => /^[aeiou]/.test(r);
  if (/^[lrwy]/.test(rest)) forms.push(rest);
  else if (rest.startsWith('ng')) {
    const r = rest.slice(2);
    if (/^[aeiough]/.test(r)) forms.push(r);
    if (vowel(r)) forms.push(`k${r}`);
    if (r.startsWith('e')) forms.push(r.slice(1));
  } else if (rest.startsWith('ny')) {
    if (vowel(rest.slice(2))) forms.push(`s${rest.slice(2)}`);
  } else if (rest.startsWith('m')) {
    const r = rest.slice(1);
    if (/^[bfvp]/.test(r)) forms.push(r);
    if (vowel(r)) forms.push(`p${r}`);
  } else if (rest.startsWith('n')) {
    const r = rest.slice(1);
    if (/^[cdjz]/.test(r)) forms.push(r);
    if (vowel(r)) forms.push(`t${r}`);
  } else if (/^[mn]/.test(rest)) forms.push(rest);
  return forms.includes(base);
}
