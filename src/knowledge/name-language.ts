import type { NameLanguage } from './inflect.js';

/**
 * Which language a project's names are written in, so that derived identifiers (table names, route
 * segments, foreign-key columns) get that language's plural: `direccion` → `direcciones`, not the
 * English `direccions`. Two inputs decide: the language the documents are written in (function
 * words, the cheapest reliable detector on paragraphs; no dependency, nothing to load), and the
 * spelling of each name (ñ, -ción, -ção, -eau are never English; -ss, -ck, -tion, -ing never Spanish).
 */

/**
 * Function words that occur in only one of the five languages (so `a`, `no`, `en`, `de` are left out);
 * Italian, added later, also counts the ones it shares (see there).
 */
const FUNCTION_WORDS: Record<NameLanguage, readonly string[]> = {
  en: [
    'the',
    'and',
    'of',
    'is',
    'are',
    'with',
    'which',
    'this',
    'that',
    'for',
    'from',
    'by',
    'be',
    'should',
    'must',
    'will',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'que',
    'con',
    'por',
    'para',
    'una',
    'se',
    'es',
    'son',
    'al',
    'debe',
    'cada',
  ],
  pt: [
    'os',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'que',
    'com',
    'por',
    'para',
    'uma',
    'é',
    'são',
    'ao',
    'deve',
    'não',
  ],
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'que',
    'qui',
    'avec',
    'pour',
    'une',
    'est',
    'sont',
    'au',
    'aux',
    'dans',
    'doit',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'sind',
    'mit',
    'von',
    'für',
    'ein',
    'eine',
    'nicht',
    'wird',
    'werden',
    'auf',
    'muss',
  ],
  // Italian: `che`, `gli`, `di`, the articulated prepositions and the 3rd person of essere/potere/
  // venire, which the other five languages never write; and, counted for both, the words Italian
  // shares with one of them (`una`, `con`, `del`, `al` with Spanish, `e`, `da` with Portuguese, `il`
  // with French): Italian prose writes them as often as its own, so leaving them out would hand an
  // Italian document to Spanish.
  it: [
    'di',
    'il',
    'e',
    'da',
    'per',
    'una',
    'con',
    'del',
    'al',
    'non',
    'gli',
    'della',
    'delle',
    'degli',
    'dello',
    'dei',
    'nella',
    'nel',
    'alla',
    'che',
    'è',
    'sono',
    'può',
    'possono',
    'viene',
    'vengono',
    'ogni',
  ],
};

const LANGS = Object.keys(FUNCTION_WORDS) as NameLanguage[];
const LOOKUP = new Map<string, NameLanguage[]>();
for (const lang of LANGS)
  for (const w of FUNCTION_WORDS[lang]) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);

/**
 * The language most of the documents' prose is written in; English when nothing decides. Documents
 * written in a language that is none of the naming languages (Polish, Russian, Japanese) name their
 * entities in English or in their own words, never in Portuguese because "do" and "na" are common
 * Polish words too: those are named as English. Dutch keeps its closest naming language, as before.
 */
export function documentsLanguage(texts: readonly string[]): NameLanguage {
  const other = otherLanguage(texts);
  return other !== null && other !== 'nl' ? 'en' : languageCounts(texts).best;
}

/**
 * The documents' language only when it clearly dominates (at least 20 function words, twice as many
 * as any other language): what the spec is written in when nobody set a language. Mixed or short
 * documents stay English rather than risk a spec in the wrong language.
 */
export function dominantLanguage(texts: readonly string[]): NameLanguage {
  const { best, counts } = languageCounts(texts);
  const others = LANGS.filter((l) => l !== best).map((l) => counts[l]);
  return counts[best] >= 20 && counts[best] >= 2 * Math.max(...others) ? best : 'en';
}

/**
 * Words only Dutch, or only Polish, writes among the naming languages' function words: how documents
 * in those languages are told apart ("do", "na" and "a" are Polish as well as Portuguese words, so
 * Polish documents counted as Portuguese and got a Portuguese spec).
 */
const OTHER_WORDS: Record<
  'nl' | 'pl' | 'cs' | 'sk' | 'sv' | 'da' | 'nb' | 'tr' | 'id' | 'ro' | 'ca',
  ReadonlySet<string>
> = {
  nl: new Set(
    'het een niet wordt worden zijn naar moet moeten ook wat bij kan deze wij onze geen voor van'.split(' '),
  ),
  pl: new Set(
    'się jest że dla lub oraz przez który która które są już tylko przy aby gdy czy może musi jeśli albo bez nie w z jako także również być będzie zostanie został została po od'.split(
      ' ',
    ),
  ),
  // Czech: "se", "je", "ve", "pro", "nebo", "jsou", "že" (Polish writes "się", "jest", "dla", "lub",
  // "są", "że"), so a Czech document is not taken for Polish, nor for Portuguese by its "a" and "na".
  cs: new Set(
    'se je ve pro nebo jsou být bude není nejsou také jen pouze který která které kterou podle při až pokud když každý každá každé lze musí může smí už již mezi před než že jejich jeho'.split(
      ' ',
    ),
  ),
  // Slovak: "sa", "pre", "alebo", "sú", "ako", "len", "podľa" (Czech writes "se", "pro", "nebo",
  // "jsou", "jako", "jen", "podle"), so a Slovak document is not taken for Czech, nor for English
  // when its Czech words are too few; no word Czech or Polish writes too ("je", "už", "nie").
  sk: new Set(
    'sa pre alebo sú ako len iba ktorý ktorá ktoré ktorú podľa keď môže môžu možno smie pri medzi aj tiež byť bol bola boli nemôže nesmie každú každých denne'.split(
      ' ',
    ),
  ),
  // Swedish: "och", "att", "är", "inte", "ska", "måste" are written by no naming language (Swedish
  // "för", "har", "vi", "det" made a Swedish PRD count as Portuguese, and its spec Portuguese).
  sv: new Set(
    'och att är för inte ska eller när från som av på har vi det alla också måste får sker finns varje utan mellan enligt vid hos även samt efter'.split(
      ' ',
    ),
  ),
  // Danish and Norwegian (bokmål) share "og", "ikke", "også", "skal", "må", "hver"; Danish writes
  // "af", "uden", "mellem", "efter", "hvis", Norwegian "av", "uten", "mellom", "etter", "hvis".
  da: new Set('og ikke også skal må hver af uden mellem efter når alle kun blive bliver'.split(' ')),
  nb: new Set('og ikke også skal må hver av uten mellom etter når alle kun bli blir'.split(' ')),
  // Turkish: "ve", "bir", "için", "ile", "olarak", "değil" are written by no naming language.
  tr: new Set(
    've bir bu için ile olarak veya değil olan gibi kadar sonra önce daha çok yok var ise eğer ancak sadece yalnızca tüm ayrıca göre içinde üzerinde'.split(
      ' ',
    ),
  ),
  // Indonesian: "dan", "yang", "untuk", "dengan", "dari", "tidak" are written by no naming language
  // (its "di" and "per" made an Indonesian PRD count as Italian, and its spec Italian).
  id: new Set(
    'dan yang untuk dengan dari tidak ini itu akan pada atau oleh dapat harus dalam setelah sebelum sudah belum jika saat setiap lebih adalah bisa juga sebagai menjadi lewat ke'.split(
      ' ',
    ),
  ),
  // Romanian: "și", "să", "pentru", "sunt", "după", "către" are written by no naming language (its
  // "de", "la", "un", "se" made a Romanian PRD count as Spanish, and its spec Spanish); both the
  // comma-below (ș, ț) and the cedilla (ş, ţ) spellings, which real documents mix.
  ro: new Set(
    'și şi să sǎ pentru sunt după dupǎ către cǎtre prin până pânǎ dacă dacǎ fiecare fiecărui acest această aceste unei unui cele cei sau iar doar poate trebuie fi nu cu din în pe'.split(
      ' ',
    ),
  ),
  // Catalan: "amb", "els", "però", "és", "pel", "dels", "perquè", "aquest", "també" are written by no
  // naming language (its "de", "la", "el", "que", "per", "una" made a Catalan PRD count as Spanish,
  // and its spec Spanish).
  ca: new Set(
    'amb els però pel pels dels perquè aquest aquesta aquests aquestes també només fins sota seva seves mitjançant quan hi ho cap són està estan vull poden cal més menys després abans encara així molts moltes tots totes dins això llavors mentre'.split(
      ' ',
    ),
  ),
};

/** Languages the documents can be written in that are none of the naming languages. */
export type OtherLanguage =
  | 'nl'
  | 'pl'
  | 'cs'
  | 'sk'
  | 'sv'
  | 'da'
  | 'nb'
  | 'tr'
  | 'id'
  | 'ro'
  | 'ca'
  | 'ru'
  | 'uk'
  | 'ja'
  | 'zh'
  | 'ko'
  | 'el'
  | 'th'
  | 'he'
  | 'ar';

/**
 * A language the documents are clearly written in that is none of the naming languages, or null.
 * Latin-script languages by their own function words (at least 20, and twice the count of any naming
 * language); other scripts by their letters (more of them than Latin letters, at least 200): Cyrillic
 * is Russian, or Ukrainian when it writes і, ї, є or ґ; Greek letters are Greek; kana is Japanese; Hangul Korean; Han without
 * kana Chinese. The pipeline writes the spec in it when it has a message catalog, and says so when not.
 */
export function otherLanguage(texts: readonly string[]): OtherLanguage | null {
  const words = { nl: 0, pl: 0, cs: 0, sk: 0, sv: 0, da: 0, nb: 0, tr: 0, id: 0, ro: 0, ca: 0 };
  const letters = {
    latin: 0,
    cyrillic: 0,
    ukrainian: 0,
    kana: 0,
    han: 0,
    hangul: 0,
    greek: 0,
    thai: 0,
    hebrew: 0,
    arabic: 0,
  };
  for (const text of texts) {
    const head = text.slice(0, 20_000);
    for (const word of head.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (OTHER_WORDS.nl.has(word)) words.nl++;
      if (OTHER_WORDS.pl.has(word)) words.pl++;
      if (OTHER_WORDS.cs.has(word)) words.cs++;
      if (OTHER_WORDS.sk.has(word)) words.sk++;
      if (OTHER_WORDS.sv.has(word)) words.sv++;
      if (OTHER_WORDS.da.has(word)) words.da++;
      if (OTHER_WORDS.nb.has(word)) words.nb++;
      if (OTHER_WORDS.tr.has(word)) words.tr++;
      if (OTHER_WORDS.id.has(word)) words.id++;
      if (OTHER_WORDS.ro.has(word)) words.ro++;
      if (OTHER_WORDS.ca.has(word)) words.ca++;
    }
    for (const m of head.matchAll(SCRIPTS)) {
      if (m[1]) letters.latin += m[1].length;
      else if (m[2]) {
        letters.cyrillic += m[2].length;
        letters.ukrainian += m[2].replace(/[^іїєґІЇЄҐ]/g, '').length;
      } else if (m[3]) letters.kana += m[3].length;
      else if (m[4]) letters.han += m[4].length;
      else if (m[5]) letters.hangul += m[5].length;
      else if (m[6]) letters.greek += m[6].length;
      else if (m[7]) letters.thai += m[7].length;
      else if (m[8]) letters.hebrew += m[8].length;
      else if (m[9]) letters.arabic += m[9].length;
    }
  }
  const scripted =
    letters.cyrillic +
    letters.kana +
    letters.han +
    letters.hangul +
    letters.greek +
    letters.thai +
    letters.hebrew +
    letters.arabic;
  if (scripted >= 200 && scripted > letters.latin) {
    if (letters.kana >= 50) return 'ja';
    const top = Math.max(
      letters.cyrillic,
      letters.han,
      letters.hangul,
      letters.greek,
      letters.thai,
      letters.hebrew,
      letters.arabic,
    );
    if (top === letters.greek) return 'el';
    if (top === letters.thai) return 'th';
    // Hebrew and Arabic write right to left; their documents keep identifiers, code and technology
    // names in Latin letters, so their letters outnumber the Latin ones only in the prose.
    if (top === letters.hebrew) return 'he';
    if (top === letters.arabic) return 'ar';
    if (top === letters.cyrillic)
      return letters.ukrainian >= 3 && letters.ukrainian * 100 >= letters.cyrillic ? 'uk' : 'ru';
    return top === letters.hangul ? 'ko' : 'zh';
  }
  const { counts } = languageCounts(texts);
  const naming = Math.max(...Object.values(counts));
  const best = (['nl', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'tr', 'id', 'ro', 'ca'] as const).reduce((a, b) =>
    words[b] > words[a] ? b : a,
  );
  // Catalan writes the Spanish, French and Italian function words "el", "del", "que", "una", "per",
  // "al", "les", "com", "es" itself: against Catalan only the others count.
  const against =
    best === 'ca' && words.ca >= 20
      ? Math.max(...Object.values(languageCounts(texts, CATALAN_WRITES).counts))
      : naming;
  return words[best] >= 20 && words[best] >= 2 * against ? best : null;
}

/** The naming languages' function words Catalan writes as its own. */
const CATALAN_WRITES: ReadonlySet<string> = new Set(
  'el del que una es se al cada les per com qui'.split(' '),
);

/** Runs of Latin, Cyrillic, kana, Han, Hangul and Greek letters. */
const SCRIPTS =
  /(\p{Script=Latin}+)|(\p{Script=Cyrillic}+)|([\p{Script=Hiragana}\p{Script=Katakana}]+)|(\p{Script=Han}+)|(\p{Script=Hangul}+)|(\p{Script=Greek}+)|(\p{Script=Thai}+)|(\p{Script=Hebrew}+)|(\p{Script=Arabic}+)/gu;

function languageCounts(
  texts: readonly string[],
  /** Words not counted (Catalan's own "el", "que", "per" against Catalan). */
  skip?: ReadonlySet<string>,
): {
  best: NameLanguage;
  counts: Record<NameLanguage, number>;
} {
  const counts: Record<NameLanguage, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0, it: 0 };
  for (const text of texts) {
    // The first 20,000 characters of each document are plenty to tell five languages apart.
    for (const word of text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [])
      if (!skip?.has(word)) for (const lang of LOOKUP.get(word) ?? []) counts[lang]++;
  }
  let best: NameLanguage = 'en';
  for (const lang of LANGS) if (counts[lang] > counts[best]) best = lang;
  return { best, counts };
}

/**
 * Common English data-model nouns whose ending a Spanish or Portuguese word could also have (-n, -l,
 * -r, -s, -z, -d): in a Spanish project that names its tables in English (`loans`, `tokens`) they keep
 * the English plural.
 */
const ENGLISH_NOUNS = new Set(
  'invoice price device service source resource place space office choice voice balance reference preference license licence response expense instance sequence notice piece interface workspace marketplace time note file type role rule page message image profile article vehicle course phase release purchase warehouse attendance maintenance insurance date code score store vote quote like share issue title token admin login plan loan domain campaign coupon coin chain pin icon button person season lesson reason region version origin channel model level label detail email goal tool pool school rental proposal approval referral renewal journal portal signal tutorial terminal credential hotel travel total interval protocol schedule user member customer provider driver order folder header answer number filter player owner partner manager worker teacher trainer officer dealer buyer seller sender receiver subscriber follower reminder banner ledger counter voucher status address access class business bus alias canvas news series species analysis basis thesis gas lens bonus census virus campus focus radius job tag log item event account product asset task attachment comment post'.split(
    ' ',
  ),
);

/** The Romance languages, whose documents' language decides a shared spelling sign (accents, -dor). */
const ROMANCE: ReadonlySet<NameLanguage> = new Set(['es', 'pt', 'fr', 'it']);

/** Spellings only a Romance language has, per language. */
const SIGNS: [Exclude<NameLanguage, 'en' | 'de' | 'it'>, RegExp][] = [
  ['pt', /ç[aãoõu]|ão$|ões$|ães$|[ãõ]|nh[aeo]|lh[aeo]/],
  ['fr', /eaux?$|[èàùîûëï]|eurs?$|iens?$|ière?s?$|é$|ée?s?$/],
  // An unaccented -sion is English as often as Spanish (suspension, extension, division): only
  // the accent or the Spanish plural proves Spanish.
  ['es', /ñ|ci[oó]n$|ciones$|[^s]sión$|[^s]siones$|dad(es)?$|tud(es)?$|dor(es)?$|[áíóú]/],
];

/** Endings a Spanish or Portuguese noun never has: English (or French, which pluralises like English). */
const ENGLISH_ENDING = /(ss|ll|ff|ck|sh|th|ph|tion|ing|ment|ness|ship|er|w|[^aeiou]y|[tkgpbmcfv])$/;
// German plurals in -s are loanwords (Autos, Kontos) that drop the -s like English ones do.
const GERMAN_SAFE_ENGLISH_ENDING = /(ing|ment|ness|ship|[^s]s)$/;

/** The Romance language a word's spelling proves, if any (`vendor` and `corridor` are English). */
function spelledIn(word: string): NameLanguage | null {
  if (word === 'vendor' || word === 'corridor' || ENGLISH_NOUNS.has(word)) return null;
  for (const [lang, sign] of SIGNS) if (sign.test(word)) return lang;
  return null;
}

/**
 * Endings and letters French words never have, and nouns French never writes: how an English word
 * (`time_offs`, `bookings`) is told from a French one in a French project. French shares most English
 * endings (-ment, -tion, -age, -er) and plural -s, so only these count there.
 */
const FRENCH_SAFE_ENGLISH = /(ck|sh|th|ff|oo|ee|ing|ship|ness|ay|ey|oy|[^aeiouy]y)$|[kw]/;
const ENGLISH_NOT_FRENCH = new Set(
  'user order customer invoice account time owner member provider driver payment event product off schedule'.split(
    ' ',
  ),
);

/** True when `word` (or it without a plural -s) is English by its spelling or as a common data-model noun. */
function englishWord(word: string, documents: NameLanguage): boolean {
  return [word, word.replace(/s$/, '')].some((x) =>
    documents === 'fr'
      ? ENGLISH_NOT_FRENCH.has(x) || FRENCH_SAFE_ENGLISH.test(x)
      : ENGLISH_NOUNS.has(x) || (documents === 'de' ? GERMAN_SAFE_ENGLISH_ENDING : ENGLISH_ENDING).test(x),
  );
}

/**
 * The language of each word of a name, for names that mix languages (`user_perfil`, `time_offs` in
 * a French project): a spelling that proves a Romance language makes the name that language, and
 * otherwise it is the documents' language; within it, a word that is plainly English (by its
 * spelling, or a common English data-model noun) is English. All English in an English project.
 */
export function wordLanguages(words: readonly string[], documents: NameLanguage): NameLanguage[] {
  let name: NameLanguage = documents;
  for (const w of words) {
    const lang = spelledIn(w);
    // Accents and -dor/-dad are shared by the Romance languages: the documents' one is the likelier.
    if (lang) {
      name = ROMANCE.has(documents) ? documents : lang;
      break;
    }
  }
  if (name === 'en') return words.map(() => 'en');
  return words.map((w) => (spelledIn(w) === null && englishWord(w, name) ? 'en' : name));
}

/**
 * The language a name's words follow: a spelling that proves a language wins; otherwise the
 * documents' language, unless one of its words has an ending that language never has or is a common
 * English data-model noun (an English-named table in a Spanish or German project stays English).
 */
export function nameLanguage(words: readonly string[], documents: NameLanguage): NameLanguage {
  for (const w of words) {
    const lang = spelledIn(w);
    // Accents and -dor/-dad are shared by the Romance languages: the documents' one is the likelier.
    if (lang) return ROMANCE.has(documents) ? documents : lang;
  }
  if (documents === 'en') return documents;
  // Table names are often plural (`users`, `assets`): the word without its -s is checked too. German
  // shares most English word endings (Fahrer, Bestellung), so only the unambiguous ones count there.
  return words.some((w) => englishWord(w, documents)) ? 'en' : documents;
}

/**
 * The documents' language for the phase running now. Extract and derive are synchronous, so the
 * pipeline sets it around them (`withNameLanguage`) rather than threading it through every naming
 * helper; outside a compile it is English, the behaviour the helpers always had.
 */
let current: NameLanguage = 'en';
let currentTexts: readonly string[] = [];
let currentWords: DocumentWords | null = null;
/** Stated plurals per compile, keyed by the compile's documents (the same array in every phase). */
const pluralsOf = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** Word counts of the documents, and how often each word follows a singular determiner. */
type DocumentWords = { all: Map<string, number>; singular: Map<string, number> };

/**
 * Italian determiners and articulated prepositions that only stand before a singular noun ("il
 * condominio", "una rata", "l'assemblea", "ogni unità"): a word after one is written as a singular.
 */
const SINGULAR_BEFORE = new Set(
  'un uno una il lo la l ogni del dello della dell al allo alla all dal dallo dalla dall nel nello nella nell sul sullo sulla sull ciascun ciascuno ciascuna questo questa quest quel quello quella quell'.split(
    ' ',
  ),
);

/**
 * Runs `run` with the documents' language set; `texts` are the documents, whose words decide between
 * the singulars a plural could come from (`documentWordCount`).
 */
export function withNameLanguage<T>(language: NameLanguage, run: () => T, texts?: readonly string[]): T {
  const before = { current, currentTexts, currentWords };
  current = language;
  if (texts) {
    currentTexts = texts;
    currentWords = null;
  }
  try {
    return run();
  } finally {
    ({ current, currentTexts, currentWords } = before);
  }
}

/**
 * The plurals the documents state as table names (`@Entity('banen') class Baan`, `leden` for `Lid`),
 * for every later phase of the current compile (the documents' texts name the compile): a mention of
 * "banen" or "leden" in a story names the entity even where no plural rule of the seven languages
 * reaches it (Dutch vowel doubling, irregular plurals).
 */
export function noteStatedPlurals(entities: readonly { name: string; table?: string }[]): void {
  const plurals = new Map<string, string>();
  // Documents in a language no naming rule knows (Czech, Polish…) name an entity after its table
  // (`objednavky`, `terminy_svozu`): the name is already the table's plural, and no English ending
  // is put on it (`/objednavkies`).
  let foreign: boolean | null = null;
  for (const e of entities) {
    const table = e.table?.toLowerCase().replace(/[_-]+/g, ' ');
    const name = e.name.toLowerCase();
    if (table && table.replace(/\s+/g, '') === name) {
      foreign ??= ((o) => o !== null && o !== 'nl')(otherLanguage(currentTexts));
      if (foreign) plurals.set(e.name, table);
      continue;
    }
    // Only a word that reads as the name's own plural: same first letter, a few letters longer.
    if (!table || table === name || table[0] !== name[0] || /\s/.test(table)) continue;
    if (table.length <= name.length || table.length > name.length + 4) continue;
    plurals.set(e.name, table);
  }
  pluralsOf.set(currentTexts, plurals);
}

/** The plural the documents state for an entity's name, when `noteStatedPlurals` recorded one. */
export function statedPlural(name: string): string | undefined {
  return pluralsOf.get(currentTexts)?.get(name);
}

/**
 * How often the documents of this compile write `word` (lower case, accents as written), counted once
 * per compile on first use. Identifiers count by their parts (`condominio_id`, `condominioId` →
 * `condominio`, `id`): a foreign key's column is the documents' own singular of the table it names.
 */
export function documentWordCount(word: string): number {
  return documentWords().all.get(word) ?? 0;
}

/** How often the documents write `word` right after a singular determiner ("il condominio"). */
export function documentSingularUses(word: string): number {
  return documentWords().singular.get(word) ?? 0;
}

function documentWords(): DocumentWords {
  if (currentWords) return currentWords;
  const words: DocumentWords = { all: new Map(), singular: new Map() };
  for (const text of currentTexts) {
    let previous = '';
    for (const w of text
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .toLowerCase()
      .match(/[\p{L}\p{M}]+/gu) ?? []) {
      words.all.set(w, (words.all.get(w) ?? 0) + 1);
      if (SINGULAR_BEFORE.has(previous)) words.singular.set(w, (words.singular.get(w) ?? 0) + 1);
      previous = w;
    }
  }
  currentWords = words;
  return words;
}

/** Whether the documents' words are known to this compile (entity names cached per compile). */
export const documentTexts = (): readonly string[] => currentTexts;

export function documentsNameLanguage(): NameLanguage {
  return current;
}

/**
 * Whether the documents are written in a Romance language, where a compound name puts its head
 * noun first and joins its words with a preposition ("ordre de réparation", "línea de pedido").
 */
export function romanceDocuments(): boolean {
  return ROMANCE.has(current);
}

/**
 * Whether a word is a function word of a language the documents may be written in ("pentru", "för",
 * "untuk", "della"): it says nothing about what a text names, so two texts that share it share no
 * subject ("să văd câte porții s-au comandat pentru ziua de mâine" and "Meniurile publicate pentru
 * intervalul from/to").
 */
export function isFunctionWord(word: string): boolean {
  const w = word.toLowerCase();
  if (LOOKUP.has(w)) return true;
  for (const set of Object.values(OTHER_WORDS)) if (set.has(w)) return true;
  return false;
}
