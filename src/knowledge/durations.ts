import { caseFoldedRegExp } from './case-fold.js';
import { HAN_NUMERALS, type NumberWord, numberWord, numberWords, TIMES_WORDS } from './number-words.js';
/**
 * Parsing of measured values as planning documents write them: "7 days", "24h", "15 min", "< 500ms",
 * "99.9%", "2 MB", "13 months", "configurable, default 8 hours", "30 requests/minute", and the common
 * Finnish, Spanish and Portuguese units ("päivää", "días", "horas", "minuuttia", "12kk").
 *
 * Normalisation: durations in seconds, sizes in bytes (binary multiples: upload limits are written
 * "2 MB" and enforced as MiB by every common HTTP framework), ratios in percent, rates in requests per
 * minute, plain counts as they are. A month is 30 days and a year 365 days: documents state retention
 * in calendar units and nobody enforces them to the second, so the value is for comparison only and
 * the original text always travels with it.
 */

export type Dimension = 'duration' | 'size' | 'percent' | 'rate' | 'count';

export interface Measure {
  dimension: Dimension;
  /** Normalised value (see module comment). */
  value: number;
  /** `s`, `bytes`, `%`, `req/min`, `count`. */
  unit: string;
  /** The exact text matched (`< 500ms`, `7 days`). */
  text: string;
  /** Offset of the match in the input. */
  index: number;
  /** `<`, `<=`, `>`, `>=` when stated ("under", "at least", "≤", "up to"). */
  comparator?: '<' | '<=' | '>' | '>=';
  /** Followed a "default" (as in "configurable, default 8 hours"). */
  isDefault?: boolean;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

/** Duration units, longest spellings first within each alternation so the regex prefers them. */
const DURATION_UNITS: [RegExp, number][] = [
  [
    /^(?:ms|msec|millisec(?:ond)?s?|millisekunti(?:a)?|milisegundos?|мс|миллисекунд[аы]?|ミリ秒|毫秒|밀리초|מילישני(?:ה|ות|יה)|מ"ש|(?:م[يل]لي ?)ثاني(?:ة|ه)|ملّي ?ثانية|ميلي ?ثانية|ملي ?ثانية|มิลลิวินาที)$/i,
    0.001,
  ],
  [
    /^(?:s|sec|secs|seconds?|sekunti(?:a)?|sekuntia|sekunnin|segundos?|seg|secondes?|sekunden?|sek|secondi|secondo|seconden?|sekunder|sekund[auy]|saniye(?:dir|lik|de|den|ye)?|másodperc(?:ig|re|cel|en|es)?|сек|секунд[аы]?|sekund[ay]?|giây|δευτερ[οό]λ[εέ]πτ(?:ο|α|ου|ων)|δευτ|detik|秒間?|秒钟|秒鐘|초간?|sekun(?:ti|ni)(?:a|n|ksi|ssa|sta)?|secunde|secundă|segons|segon|секунд[иу]|שני(?:ה|יה|ות)|ثاني(?:ة|ه)|ثوان(?:ي|ٍ)?|วินาที)$/i,
    1,
  ],
  [
    /^(?:m|min|mins|minutes?|minuutti(?:a)?|minuuttia|minuutin|minutos?|minuten|minuti|minuut|minuter|minut[uě]|minutách|minutt|minutter|dakika(?:dır|lık|da|dan|ya)?|perc(?:ig|re|cel|en|es)?|мин|минут[аы]?|minut[ay]?|phút|λεπτ(?:ό|ά|ού|ών)|menit|分間?|分钟|分鐘|분간?|minuut(?:ti|i)(?:a|n|ksi|ssa|sta)?|minutul|minuts|хвилин[аиу]?|хв|דק(?:ה|ות)|دقيق(?:ة|ه)|دقائق|นาที)$/i,
    MINUTE,
  ],
  [
    /^(?:h|hr|hrs|hours?|t|tunti(?:a)?|tuntia|tunnin|horas?|heures?|stunden?|std|ore|ora|uur|uren|timme|timmar|timer?|saat(?:tir|lik|te|ten|e)?|óra|órá(?:ig|ra|val|n|t|s|ja)|ч|час(?:а|ов)?|godzin[ayę]?|godz|hodin[auy]?|hodinách|hodinami|giờ|tiếng|ώρ(?:α|ας|ες)|ωρών|jam|時間|小时|小時|시간|tun(?:ti|ni)(?:a|n|in|ksi|ssa|sta)?|oră|orei|hores|годин[аиу]?|שע(?:ה|ות)|ساع(?:ة|ه|ات)|ชั่วโมง|ชม\.?)$/i,
    HOUR,
  ],
  [
    /^(?:d|days?|päivä(?:ä)?|päivää|päivän|pv|días?|dias?|jours?|tage?n?|giorni|giorno|dagen|dag|dagar|dager|dage|dygn|døgn|gün(?:dür|lük|de|den|e|ü)?|nap(?:ig|ra|pal|on|os|ja|ot)?|дн(?:я|ей)|день|сут(?:ки|ок)?|dni|dzień|dnia|dniach|den|dny|dní|dnů|dnech|dne|deň|dňa|dňoch|ngày|ημέρ(?:α|ας|ες)|ημερών|μέρ(?:α|ας|ες)|μερών|hari|日間?|天|일간?|päiv(?:ä|ää|än|äksi|ässä|ästä)|vuorokau(?:si|tta|den|deksi|dessa)|vrk|zile|zi|zilei|dies|дн(?:і|ів)|діб|доб[аиу]|יו(?:ם|מיים)|ימים|يوم(?:ا|ًا)?|أيام|ايام|วัน)$/i,
    DAY,
  ],
  [
    /^(?:w|wk|wks|weeks?|viikko(?:a)?|viikkoa|semanas?|semaines?|wochen?|woche|settimane|settimana|weken|week|vecka|veckor|uke|uker|uge|uger|hafta(?:dır|lık|da|ya)?|hét(?:ig|re|tel)?|hetes|hete|недел[ьяюи]|недель|tydzień|tygodni[ea]?|tygodniach|týden|týdny|týdnů|týdne|týdnech|tuần|εβδομάδ(?:α|ας|ες)|εβδομάδων|minggu|pekan|週間?|周|주간?|주일|viik(?:ko|koa|on|oksi|ossa|osta)|săptămâni|săptămână|setmanes|setmana|тиж(?:день|ні|нів|ня)|שבוע(?:ות)?|أسبوع(?:ا|ًا)?|أسابيع|اسبوع|اسابيع|สัปดาห์)$/i,
    7 * DAY,
  ],
  [
    /^(?:mo|mos|months?|kk|kuukausi|kuukautta|kuukauden|mes|meses|mês|mois|monate?n?|mesi|mese|maanden|maand|månad|månader|måned|måneder|ay(?:dır|lık|da|dan|a)?|hónap(?:ig|ra|pal|os|ja)?|месяц(?:а|ев)?|мес|miesiąc[ea]?|miesięcy|miesiącach|měsíc[eůi]?|měsících|tháng|μήν(?:ας|α|ες)|μηνών|bulan|[かヶカケ箇个]月間?|개월간?|달|kuukau(?:si|tta|den|deksi|dessa|desta)|luni|lună|mesos|місяц(?:ь|і|ів|я)|חודש(?:ים)?|شه(?:ر|را|رًا|ور)|أشهر|اشهر|เดือน)$/i,
    30 * DAY,
  ],
  [
    /^(?:y|yr|yrs|years?|vuosi|vuotta|vuoden|v|años?|anos?|ans|années?|jahre?n?|anni|anno|jaar|jaren|år|yıl(?:dır|lık|da|dan|a)?|év(?:ig|re|vel|es|en|et)?|éves|год(?:а)?|лет|lat|lata|rok|roku|latach|roky|rokov|rokoch|let|lety|rocích|năm|έτ(?:ος|η|ους)|ετών|χρόν(?:ος|ο|ου|ια)|χρόνων|tahun|年間?|년간?|vuo(?:si|tta|den|deksi|dessa|desta)|ani|anys|рок(?:и|ів|у)|років|שנ(?:ה|ים)|سن(?:ة|ه|وات|ين)|عام(?:ا|ًا)?|أعوام|ปี)$/i,
    365 * DAY,
  ],
];

const SIZE_UNITS: [RegExp, number][] = [
  [/^(?:b|bytes?)$/i, 1],
  [/^(?:kb|kib|kt)$/i, 1024],
  [/^(?:mb|mib|mt)$/i, 1024 ** 2],
  [/^(?:gb|gib|gt)$/i, 1024 ** 3],
  [/^(?:tb|tib)$/i, 1024 ** 4],
];

/** The number words of every language read (./number-words.ts), but the Chinese and Japanese numerals. */
const LETTER_NUMBERS = [...numberWords().keys()].filter((w) => HAN_NUMERALS[w] === undefined);

const COMPARATOR = String.raw`(?:<=|>=|≤|≥|<|>|~|(?<![\p{L}])(?:under|below|less than|within|at most|up to|no more than|max(?:imum)?|at least|min(?:imum)?|over|more than|mindre enn|mindre end|høyst|højst|innen|inden|maksimalt|opptil|senest|mer enn|mere end|minst|mindst|alle|enintään|vähintään|yli|menos de|menor a|menor que|inferior a|hasta|al menos|máximo|mínimo|até|abaixo de|pelo menos|no máximo|al massimo|almeno|fino a|entro|meno di|maximaal|hoogstens|minimaal|ten minste|minstens|binnen|minder dan|meer dan|не более|не больше|не менее|не меньше|менее|меньше|быстрее|более|больше|максимум|минимум|в течение|najwyżej|co najwyżej|maksymalnie|co najmniej|minimum|w ciągu|mniej niż|poniżej|więcej niż|tối đa|tối thiểu|ít nhất|không quá|không vượt quá|dưới|trong vòng|hơn|το πολύ|έως|μέχρι|εντός|μέσα σε|λιγότερ(?:ο|α|ες) από|κάτω από|τουλάχιστον|περισσότερ(?:ο|α|ες|οι) από|πάνω από|לכל היותר|לכל הפחות|לפחות|עד|תוך|בתוך|פחות מ[-־]?|יותר מ[-־]?|على الأكثر|على الأقل|حتى|خلال|أقل من|أكثر من|pod|menej (?:ako|než)|méně než|najviac|nanajvýš|nejvýše|maximálne|maximálně|aspoň|najmenej|minimálne|minimálně|alespoň|nejméně|viac (?:ako|než)|více než)(?![\p{L}])|ไม่เกิน|ไม่น้อยกว่า|ไม่ต่ำกว่า|อย่างน้อย|อย่างมาก|สูงสุด|ภายใน|น้อยกว่า|มากกว่า|最大で?|最長で?|最多で?|最小で?|最短で?|少なくとも|不超过|不高于|至多|最多|低于|少于|小于|不少于|不低于|至少|最少|超过|大于|多于)`;

/** The comparator right before a number ("< ", "at least "), read backwards from the number. */
const COMPARATOR_BEFORE = caseFoldedRegExp(`${COMPARATOR}\\s*$`, 'iu');

/**
 * A number (digits with `,` thousands or decimal separators, or a number word of a language read,
 * ./number-words.ts) and what follows it, matched only where a number starts (sticky): scanning every position of every
 * sentence with one big Unicode regex was the slowest part of extraction.
 */
const CJK = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30fc]`;
/** What follows a number: the percent sign, the unit, the window of a rate. */
const AFTER_NUMBER =
  String.raw`(?<pct>\s?%)?` +
  // Japanese and Chinese units stand glued to the number and to the next word ("60秒間キャッシュ",
  // "13か月保存", "300ms以内"): a unit of theirs, or a Latin unit before a kana or kanji, ends there.
  // Korean units take a particle ("90일이 지난", "10분 동안", "5년간"): after a whole word fails.
  // Thai writes no space between words ("15 นาทีเพื่อรอ", "1 ปีแล้วลบ"): its units end where they end.
  // Romanian puts "de" between a number from 20 up and its unit ("30 de zile", "20 de minute").
  String.raw`(?:(?<gap>[\s-]?(?:de\s+(?=(?:zile|ore|minute|secunde|săptămâni|luni|ani)(?![\p{L}])))?)(?<unit>ミリ秒|毫秒|秒钟|秒間?|分钟|分鐘|分間?|時間|小时|小時|天|日間?|週間|[かヶカケ箇个]月間?|年間?|มิลลิวินาที|วินาที|นาที|ชั่วโมง|วัน|สัปดาห์|เดือน|ปี|[A-Za-zµ]+(?=${CJK})|\p{L}+(?![\p{L}])|밀리초|초간?|분간?|시간|일간?|주일|주간?|개월간?|년간?))?` +
  String.raw`(?<per>\s*(?:/|per|a|each|every|por|par|pro|je|al|ao|na|za)\s*(?<windowCount>\d+\s*)?(?<window>seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|minuutti|minuutissa|minuuttia|minutos?|segundos?|horas?|días?|dias?|minuten|minuut|minuti|sekunden?|secondes?|secondi|seconden?|stunden?|heures?|uur|tage?n?|jours?|giorn[oi]|dagen?|minutę|sekundę|godzinę|dobę|minútu|minutu|sekundu|hodinu)(?![\p{L}]))?`;
const MEASURE_TAIL = caseFoldedRegExp(
  String.raw`(?<num>\d{1,3}(?:[,\u00a0]\d{3})+(?:\.\d+)?(?!\d)|\d+(?:[.,]\d+)?)` + AFTER_NUMBER,
  'iuy',
);
/** The same after a number word, whose length the reader knows (`numberWordAt`). */
const WORD_TAIL = caseFoldedRegExp(AFTER_NUMBER, 'iuy');

/**
 * Where a number may start: digits, a Chinese or Japanese numeral, or a word whose first word starts a
 * number word (looked up in `NUMBER_HEADS`). A union of all the number words tried at every position
 * of every sentence was 2 to 24 times slower than reading each word once (issue 11).
 */

/** The first word of every number word ("dua" of "dua puluh empat"), lower case. */
const NUMBER_HEADS = new Set(LETTER_NUMBERS.map((w) => w.split(' ')[0]!));
/** The first letters of those words in both cases, and their longest length: most words are none. */
const HEAD_LETTERS = new Set([...NUMBER_HEADS].flatMap((w) => [w[0]!, w[0]!.toUpperCase()]));
const HEAD_MAX = Math.max(...[...NUMBER_HEADS].map((w) => w.length));
const NUMBER_START = new RegExp(
  String.raw`\d+|(?<![\p{L}\d'’])[${[...HEAD_LETTERS].sort().join('')}][\p{L}'’]*|[二三四五六七八九十两]+`,
  'gu',
);
const startsNumber = (token: string): boolean => {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c >= 0x4e00 && c <= 0x9fff) return HAN_NUMERALS[token] !== undefined;
  return token.length <= HEAD_MAX && HEAD_LETTERS.has(token[0]!) && NUMBER_HEADS.has(token.toLowerCase());
};

/** The words after a number word's first one ("puluh empat" of "dua puluh empat"). */
const NEXT_WORD = /[\s-]+([\p{L}'’]+)/uy;
const HAN_BEFORE = /[第百千万〇零一二三四五六七八九十两]/u;

/**
 * The number word that starts at `at` with the word `first`, as written ("Viisi", "dua puluh",
 * "二十四"), the longest one there; undefined when none does. A Han numeral inside a larger number
 * ("第三", "一百二十") is none.
 */
function numberWordAt(text: string, at: number, first: string): string | undefined {
  if (first.charCodeAt(0) >= 0x4e00 && first.charCodeAt(0) <= 0x9fff)
    return HAN_NUMERALS[first] !== undefined && !HAN_BEFORE.test(text[at - 1] ?? '') ? first : undefined;
  const words = numberWords();
  let best = words.has(first.toLowerCase()) ? first : undefined;
  let key = first.toLowerCase();
  let end = at + first.length;
  for (let k = 0; k < 3; k++) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text);
    if (!next) break;
    key += ` ${next[1]!.toLowerCase()}`;
    end += next[0].length;
    if (words.has(key)) best = text.slice(at, end);
  }
  return best;
}

/** Matches shaped like `RegExpMatchArray` so the reading below stays one loop. */
function* measureMatches(
  text: string,
): Generator<{ index: number; 0: string; groups: Record<string, string> }> {
  let consumed = 0;
  // The shared global pattern from a position this generator keeps (matchAll built a copy of the
  // pattern per text, most of the time spent here), so an interleaved caller cannot move it.
  for (let from = 0; ; ) {
    NUMBER_START.lastIndex = from;
    const start = NUMBER_START.exec(text);
    if (!start) break;
    const at = start.index;
    from = start[0] === '' ? at + 1 : NUMBER_START.lastIndex;
    if (at < consumed || !startsNumber(start[0])) continue;
    const c = start[0].charCodeAt(0);
    const word = c >= 48 && c <= 57 ? '' : numberWordAt(text, at, start[0]);
    if (word === undefined) continue;
    const pattern = word ? WORD_TAIL : MEASURE_TAIL;
    pattern.lastIndex = at + word.length;
    const tail = pattern.exec(text);
    if (!tail) continue;
    const before = text.slice(Math.max(0, at - 24), at);
    const cmp = COMPARATOR_BEFORE.exec(before)?.[0] ?? '';
    const matched = word + tail[0];
    consumed = at + matched.length;
    const groups: Record<string, string> = word ? { num: word } : {};
    for (const [k, v] of Object.entries(tail.groups ?? {})) if (v !== undefined) groups[k] = v;
    if (cmp) groups.cmp = cmp;
    yield { index: at - cmp.length, 0: cmp + matched, groups };
  }
}

function parseNumber(raw: string): number | null {
  const word = numberWord(raw);
  if (word !== undefined) return word.value;
  // "2,000" and "1 000" are thousands; "99,9" is a decimal comma (Finnish, Spanish, Portuguese).
  if (/^\d{1,3}(?:[,\u00a0]\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/[,\u00a0]/g, ''));
  const n = Number(raw.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function comparatorOf(raw: string | undefined): Measure['comparator'] | undefined {
  if (!raw) return undefined;
  const c = raw.trim().toLowerCase();
  if (
    c === '<' ||
    /^(under|below|less than|mindre enn|mindre end|alle|menos de|menor a|menor que|inferior a|abaixo de|meno di|minder dan|менее|меньше|быстрее|mniej niż|poniżej|pod|menej ako|menej než|méně než|dưới|λιγότερ(?:ο|α|ες) από|κάτω από|น้อยกว่า|低于|少于|小于|פחות מ[-־]?|أقل من)$/.test(
      c,
    )
  )
    return '<';
  if (
    c === '<=' ||
    c === '≤' ||
    /^(within|at most|up to|no more than|max|maximum|høyst|højst|innen|inden|maksimalt|opptil|senest|enintään|hasta|máximo|até|no máximo|al massimo|fino a|entro|maximaal|hoogstens|binnen|не более|не больше|максимум|в течение|najwyżej|co najwyżej|maksymalnie|w ciągu|najviac|nanajvýš|nejvýše|maximálne|maximálně|tối đa|không quá|không vượt quá|trong vòng|το πολύ|έως|μέχρι|εντός|μέσα σε|ไม่เกิน|อย่างมาก|สูงสุด|ภายใน|最大で?|最長で?|最多で?|不超过|不高于|至多|最多|לכל היותר|עד|תוך|בתוך|على الأكثر|حتى|خلال)$/.test(
      c,
    )
  )
    return '<=';
  if (
    c === '>' ||
    /^(over|more than|mer enn|mere end|yli|meer dan|более|больше|więcej niż|viac ako|viac než|více než|hơn|περισσότερ(?:ο|α|ες|οι) από|πάνω από|มากกว่า|超过|大于|多于|יותר מ[-־]?|أكثر من)$/.test(
      c,
    )
  )
    return '>';
  if (
    c === '>=' ||
    c === '≥' ||
    /^(at least|min|minimum|minst|mindst|vähintään|al menos|mínimo|pelo menos|almeno|minimaal|ten minste|minstens|не менее|не меньше|минимум|co najmniej|aspoň|najmenej|minimálne|minimálně|alespoň|nejméně|ít nhất|tối thiểu|τουλάχιστον|อย่างน้อย|ไม่น้อยกว่า|ไม่ต่ำกว่า|最小で?|最短で?|少なくとも|不少于|不低于|至少|最少|לפחות|לכל הפחות|على الأقل)$/.test(
      c,
    )
  )
    return '>=';
  return undefined;
}

const BOUND_AFTER =
  /^\s*(以内|以下|まで|迄|未満|以上|超|を超え|以内に|之内|以上|以下|不超过|至少|(?:['’]?n[iı]n\s+)?altında(?!\p{L})|içinde(?!\p{L})|(?:['’]?n[iı]n\s+)?(?:üzerinde|üstünde)(?!\p{L}))/u;

function comparatorAfter(rest: string): Measure['comparator'] | undefined {
  const b = BOUND_AFTER.exec(rest)?.[1];
  if (!b) return undefined;
  // Turkish writes the bound after the value: "300 ms altında" (under), "24 saat içinde" (within).
  if (/altında$/u.test(b)) return '<';
  if (/(?:üzerinde|üstünde)$/u.test(b)) return '>';
  if (b === '未満') return '<';
  if (b === '以上' || b === '至少') return '>=';
  if (b === '超' || b === 'を超え') return '>';
  return '<=';
}

/** Seconds in one of a duration unit as written (`min`, `Stunden`, `นาที`), or null. */
export function durationFactor(unit: string): number | null {
  for (const [re, f] of DURATION_UNITS) if (re.test(unit)) return f;
  return null;
}

function sizeFactor(unit: string): number | null {
  for (const [re, f] of SIZE_UNITS) if (re.test(unit)) return f;
  return null;
}

const WINDOW_SECONDS: Record<string, number> = {
  second: 1,
  sec: 1,
  s: 1,
  segundo: 1,
  minute: MINUTE,
  min: MINUTE,
  m: MINUTE,
  minuutti: MINUTE,
  minuutissa: MINUTE,
  minuto: MINUTE,
  hour: HOUR,
  h: HOUR,
  hr: HOUR,
  hora: HOUR,
  day: DAY,
  d: DAY,
  día: DAY,
  dia: DAY,
  // de, fr, it, nl: "30 Anfragen pro Minute", "requêtes par seconde", "richieste al minuto", "per minuut".
  minuten: MINUTE,
  minuut: MINUTE,
  minuti: MINUTE,
  sekunde: 1,
  sekunden: 1,
  seconde: 1,
  secondi: 1,
  seconden: 1,
  stunde: HOUR,
  stunden: HOUR,
  heure: HOUR,
  uur: HOUR,
  tag: DAY,
  tage: DAY,
  tagen: DAY,
  jour: DAY,
  giorno: DAY,
  giorni: DAY,
  dag: DAY,
  dagen: DAY,
  // pl: "60 żądań na minutę".
  minutę: MINUTE,
  sekundę: 1,
  godzinę: HOUR,
  dobę: DAY,
  // sk, cs: "100 požiadaviek za minútu", "100 požadavků za minutu".
  minútu: MINUTE,
  minutu: MINUTE,
  sekundu: 1,
  hodinu: HOUR,
};

/** Words that make a bare count a request rate ("30 requests/minute"). */
const REQUEST_WORDS =
  /^(?:requests?|req|reqs|calls?|attempts?|pyyntöä|pyyntöjä|kutsua|peticiones|solicitudes|llamadas|requisições|requisicoes|chamadas|tentativas|intentos|requêtes|requetes|appels|tentatives|anfragen|aufrufe|zugriffe|versuche|richieste|chiamate|tentativi|verzoeken|aanvragen|aanroepen|pogingen|żądań|żądania|zapytań|zapytania|wywołań|prób|požiadaviek|požiadavky|požadavků|požadavky|volaní|pokusov|pokusů)$/i;

/**
 * Every measured value in a text, in order. Units decide the dimension; a bare number is a count
 * (its following word, if any, is kept in `text` so callers can tell "8 characters" from "10 users").
 */
/** One to three Hebrew prefix letters (ב, ה, ו, כ, ל, מ, ש) and a hyphen, as a word of their own. */
const HEBREW_PREFIX = /(?:^|[^\p{L}])[בהוכלמש]{1,3}-$/u;

export function findMeasures(text: string): Measure[] {
  const out: Measure[] = [];
  for (const m of measureMatches(text)) {
    const g = m.groups ?? {};
    const value = parseNumber(g.num ?? '');
    if (value === null) continue;
    // Skip version numbers, ids and dates: "TLS 1.3", "WCAG 2.1", "FR12", "2024-01-05".
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const numStart = text.indexOf(g.num ?? '', start);
    const prevChar = text[numStart - 1] ?? ' ';
    // The upper end of a range ("5-15 users") is the bound that matters: read it, skip the lower end.
    const rangeEnd = /[-–]/.test(prevChar) && /\d/.test(text[numStart - 2] ?? '');
    // Hebrew glues its one-letter prepositions to a number with a hyphen ("ל-30 דקות", "תוך כ-15
    // שניות"): after them the hyphen is no minus sign, no range and no id.
    const hebrewPrefix =
      prevChar === '-' && HEBREW_PREFIX.test(text.slice(Math.max(0, numStart - 5), numStart));
    if (/[A-Za-z0-9_.\-–/:]/.test(prevChar) && !/^[<>~≤≥]$/.test(prevChar) && !rangeEnd && !hebrewPrefix)
      continue;
    const after = text.slice(numStart + (g.num ?? '').length);
    if (/^\.\d/.test(after) || /^\s?[-–]\s?\d/.test(after)) continue;
    const word = /\d/.test(g.num ?? '') ? undefined : numberWord(g.num ?? '');
    const isWord = word !== undefined;
    // Japanese and Chinese put the bound after the quantity: "300ms以内", "3件まで", "8文字以上".
    const cmp =
      comparatorOf(g.cmp) ?? comparatorAfter(after.slice((g.gap ?? '').length + (g.unit ?? '').length));
    const unit = g.unit ?? '';
    const preceding = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0);
    const isDefault = /\b(?:default|oletus(?:arvo)?|por defecto|predeterminado|padrão)\b[\s:=(]*$/i.test(
      preceding,
    );
    const base: Omit<Measure, 'dimension' | 'value' | 'unit'> = {
      text: m[0].trim(),
      index: numStart,
      ...(cmp ? { comparator: cmp } : {}),
      ...(isDefault ? { isDefault: true } : {}),
    };
    // Turkish writes the sign first: "%99,5", "%95'i".
    if (g.pct || (prevChar === '%' && /^[\d.,]+$/.test(g.num ?? ''))) {
      out.push({ ...base, text: `${g.cmp ?? ''}${g.num}%`.trim(), dimension: 'percent', value, unit: '%' });
      continue;
    }
    const d = unit ? durationFactor(unit) : null;
    if (word && !numberWordCounts(word, g, d, text.slice(0, m.index ?? 0))) continue;
    // "às 18h", "18h do dia anterior", "à 18h la veille", "alle 18h": a time of day, not 18 hours.
    if (d !== null && /^h$/i.test(unit) && clockHour(preceding, after.slice(unit.length))) continue;
    // A single-letter Latin unit must be glued to the number ("24h", "15m"); "5 m" is too ambiguous.
    // A Han unit is a word of its own: Chinese teams space it from the number ("30 分钟", "7 天").
    if (d !== null && !(unit.length === 1 && /[A-Za-zµ]/.test(unit) && g.gap !== '' && g.gap !== '-')) {
      const v = Math.round(value * d * 1000) / 1000;
      const trimmed = m[0].slice(0, m[0].length - (g.per?.length ?? 0)).trim();
      out.push({ ...base, text: trimmed, dimension: 'duration', value: v, unit: 's' });
      continue;
    }
    const sz = unit ? sizeFactor(unit) : null;
    if (sz !== null) {
      out.push({ ...base, dimension: 'size', value: value * sz, unit: 'bytes' });
      continue;
    }
    if (g.window && (!unit || REQUEST_WORDS.test(unit))) {
      // "100 requests per 15 minutes": the window is 15 × 60 s.
      const windowWord = g.window.toLowerCase().replace(/(?<=.{2})s$/, '');
      const w =
        (WINDOW_SECONDS[windowWord] ?? WINDOW_SECONDS[g.window.toLowerCase()] ?? MINUTE) *
        Number(g.windowCount ?? 1);
      out.push({
        ...base,
        dimension: 'rate',
        value: Math.round((value * MINUTE * 1000) / w) / 1000,
        unit: 'req/min',
      });
      continue;
    }
    // Counts are whole numbers; "TLS 1.3" and "WCAG 2.1" are versions, not quantities; "860px" is a
    // length and "3x" a factor, not a count of anything.
    if (!Number.isInteger(value)) continue;
    if (/^(?:px|em|rem|pt|dp|sp|vh|vw|fps|x|k|hz|khz|mhz|dpi|ppi|bit|bits|cm|mm|kg|g)$/i.test(unit)) continue;
    const countText = unit ? m[0].slice(0, m[0].length - (g.per?.length ?? 0)).trim() : m[0].trim();
    out.push({ ...base, text: countText, dimension: 'count', value, unit: 'count' });
  }
  return withCjkRates(text, out);
}

/**
 * Whether a number word is the quantity of what follows it ("five failed attempts", "Viisi
 * epäonnistunutta kirjautumista", "trzy dni", "三天"), not narrative ("he clicks two buttons" is a
 * count no rule claims, "un jour", "ein Tag" are articles, "năm 2025" is a year):
 * - a word of one is read only as a duration after a word that introduces a lifetime or a delay
 *   ("valid for one day");
 * - a word that is also another word ("due", "to", "lima", "năm", "hét") only before a unit of time
 *   or of times and attempts ("lima hari", "năm lần", "to dager");
 * - any other before a unit of time, a rate, or a counted word of three letters or more.
 */
function numberWordCounts(
  word: NumberWord,
  g: Record<string, string>,
  duration: number | null,
  before: string,
): boolean {
  const unit = g.unit ?? '';
  if (word.one)
    return duration !== null && /\b(?:for|after|within|in|every|expires?|valid|lasts?)\s*$/i.test(before);
  if (/^\p{sc=Han}/u.test(g.num ?? '')) {
    // "十分" is "enough" in Japanese and "very" in Chinese; minutes are "十分钟", "十分間".
    if (unit === '分') return false;
    return duration !== null || /^(?:次|回|件)/u.test(unit) || /^\s*[次回件]/u.test(g.gap ?? '');
  }
  if (duration !== null) return true;
  if (word.ambiguous) return TIMES_WORDS.test(unit);
  return unit.length >= 3 || !!g.window;
}

/**
 * "1分間に10回まで", "1ユーザーあたり1分間に10回", "每分钟10次": Japanese and Chinese name the window
 * before the count. The window and the count read alone (a duration, a count) become one rate.
 */
const CJK_RATE =
  /(?:(\d+)\s*(秒|分|時間|日)間?(?:あたり|当たり|につき|に|で)|每\s*(\d*)\s*(秒钟?|分钟|小时|天))\s*(?:(?:最大で?|最多)\s*)?(\d+)\s*(?:回|件|リクエスト|次|个请求)/gu;
const CJK_WINDOW: Record<string, number> = {
  秒: 1,
  分: MINUTE,
  時間: HOUR,
  日: DAY,
  秒钟: 1,
  分钟: MINUTE,
  小时: HOUR,
  天: DAY,
};

function withCjkRates(text: string, measures: Measure[]): Measure[] {
  if (!/[回件次]|リクエスト/u.test(text)) return measures;
  let out = measures;
  for (const m of text.matchAll(CJK_RATE)) {
    const span = Number(m[1] ?? (m[3] || '1'));
    const window = CJK_WINDOW[m[2] ?? m[4]!]! * span;
    const count = Number(m[5]);
    if (!window || !count) continue;
    const end = m.index + m[0].length;
    out = out.filter((x) => x.index < m.index || x.index >= end);
    const bound = comparatorAfter(text.slice(end));
    out.push({
      text: m[0],
      index: m.index,
      ...(bound ? { comparator: bound } : {}),
      dimension: 'rate',
      value: Math.round((count * MINUTE * 1000) / window) / 1000,
      unit: 'req/min',
    });
  }
  return out === measures ? out : out.sort((a, b) => a.index - b.index);
}

/** The first measure of one dimension in a text, preferring a stated default ("configurable, default 8 hours"). */
export function parseMeasure(text: string, dimension?: Dimension): Measure | null {
  const all = findMeasures(text).filter((m) => !dimension || m.dimension === dimension);
  return all.find((m) => m.isDefault) ?? all[0] ?? null;
}

/** Seconds as the shortest exact human unit: 604800 → "7 days", 5400 → "90 minutes". */
/** A duration in its compact form, one unit and no space (`15min`, `7d`, `2h`): a variable part of a clause. */
export function compactDuration(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400}d`;
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}min`;
  return `${seconds}s`;
}

export function formatDuration(seconds: number): string {
  const units: [number, string][] = [
    [365 * DAY, 'year'],
    [30 * DAY, 'month'],
    [7 * DAY, 'week'],
    [DAY, 'day'],
    [HOUR, 'hour'],
    [MINUTE, 'minute'],
    [1, 'second'],
  ];
  if (seconds > 0 && seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  for (const [size, name] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

/** Words around "18h" that make it a time of day in es, pt, fr, it, de and en. */
const CLOCK_BEFORE = /(?<!\p{L})(?:às|as|a las|a la|à|alle|um|at|até|hasta|jusqu['’]à|entro le|ab|bis)\s*$/iu;
const CLOCK_AFTER =
  /^\s*(?:\d{2}(?!\p{L})|do dia|da manhã|da tarde|da noite|del día|de la mañana|de la tarde|de la noche|du jour|du matin|du soir|de la veille|la veille|del giorno|di sera|del mattino|des vortag\p{L}*|am vortag|the day before|the previous day|on the day before|(?:de|del|du|des|do|da|of)?\s*(?:dia|día|jour|giorno|day)\s+(?:anterior|précédent|precedente|before|prima))/iu;

function clockHour(before: string, after: string): boolean {
  return CLOCK_BEFORE.test(before) || CLOCK_AFTER.test(after);
}

/** Words that make a time unit after them a rate or a span ("per hour", "every day", "a quarter hour"). */
const UNIT_LEADS =
  /(?:^|[^\p{L}\d])(?:\d+(?:[.,]\d+)?|per|a|an|one|each|every|quarter|half|por|cada|par|chaque|pro|je|jede[nrs]?|ogni|al|all['’]|elke|ieder|previous|next|last|this|same)[\s-]*$/iu;

/**
 * Whether the word at `index` of `text` is a time unit counted or distributed by what precedes it
 * ("12 hours", "per hour", "within 90 days", "the nearest quarter hour"): a quantity, never a mention
 * of a record named after the unit (`HourRecord`, `DayPlan`).
 */
export function isQuantityUnit(text: string, index: number, word: string): boolean {
  if (word.length < 3 || !DURATION_UNITS.some(([re]) => re.test(word))) return false;
  return UNIT_LEADS.test(text.slice(Math.max(0, index - 16), index));
}
