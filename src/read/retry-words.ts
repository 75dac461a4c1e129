import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { type Gated, gated } from './prefilter.js';

/**
 * A stated retry count, in en, es, pt, fr and de: "failed SMS are retried three times", "bis zu 4
 * Versuche", "dreimal wiederholt", "se reintenta 3 veces", "réessayé trois fois", "repetido três
 * vezes", "up to 5 attempts". A count of retries is the retries after the first attempt (three
 * retries are four attempts in all); a count of attempts is the total. A login or sign-in sentence
 * ("5 attempts per 15 minutes") is a lockout or rate limit, never a retry policy.
 */
export interface StatedRetry {
  /** Attempts in all, the first one included. */
  attempts: number;
  /** The words that state it ("dreimal wiederholt"). */
  text: string;
  /** A fixed wait between attempts the sentence states ("ogni 15 minuti", "alle 5 Minuten"). */
  interval?: { seconds: number; text: string };
}

const COUNT: Record<string, number> = {
  once: 1,
  twice: 2,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  einmal: 1,
  zweimal: 2,
  dreimal: 3,
  viermal: 4,
  fünfmal: 5,
  zehnmal: 10,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  zehn: 10,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  diez: 10,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  dix: 10,
  uma: 1,
  duas: 2,
  dois: 2,
  três: 3,
  quatro: 4,
  dez: 10,
  uno: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  dieci: 10,
};

const N =
  '(\\d{1,2}|once|twice|one|two|three|four|five|ten|zwei|drei|vier|fünf|zehn|una|dos|tres|cuatro|cinco|diez|une|deux|trois|quatre|cinq|dix|uma|duas|dois|três|quatro|dez|uno|due|tre|cinque|dieci)';

/** Indonesian counts written as words ("tiga kali"). */
const INDONESIAN_COUNT: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, sepuluh: 10 };
const N_ID = '(\\d{1,2}|satu|dua|tiga|empat|lima|sepuluh)';
/**
 * id: "diulang maksimal 5 kali", "dicoba ulang hingga 3 kali", "dikirim ulang paling banyak 3 kali"
 * (repeated at most N times: N retries after the first attempt).
 */
const INDONESIAN_RETRIES: RegExp[] = [
  caseFoldedRegExp(
    `(?<!\\p{L})(?:diulang|diulangi|dicoba\\s+(?:lagi|ulang)|dikirim\\s+ulang|coba\\s+ulang)\\s+(?:(?:maksimal|maksimum|hingga|sampai|paling\\s+banyak|sebanyak)\\s+)?${N_ID}\\s*(?:kali|x)(?!\\p{L})`,
    'iu',
  ),
];

/** Retries after the first attempt: the count is added to it. */
const RETRIES: Gated[] = [
  // en: "retried three times", "retry up to 3 times", "3 retries"
  caseFoldedRegExp(
    `(?<!\\p{L})retr(?:y|ied|ies)\\s+(?:up to\\s+|at most\\s+)?${N}(?:\\s+times)?(?!\\p{L})`,
    'iu',
  ),
  caseFoldedRegExp(`(?<!\\p{L})${N}\\s+retries(?!\\p{L})`, 'iu'),
  /(?<!\p{L})(?:retried|retry)\s+(once|twice)(?!\p{L})/iu,
  // de: "dreimal wiederholt", "3-mal wiederholt", "3 mal wiederholt", "3 Wiederholungen"
  /(?<!\p{L})(einmal|zweimal|dreimal|viermal|fünfmal|zehnmal|\d{1,2}\s*-?\s*mal)\s+(?:\p{L}+\s+){0,2}?(?:wiederholt|erneut versucht|neu versucht)(?!\p{L})/iu,
  caseFoldedRegExp(
    `(?<!\\p{L})(?:wiederholt|erneut versucht)\\s+(?:\\p{L}+\\s+){0,2}?${N}(?:\\s*-?\\s*mal)(?!\\p{L})`,
    'iu',
  ),
  caseFoldedRegExp(`(?<!\\p{L})(?:bis zu\\s+|höchstens\\s+)?${N}\\s+Wiederholungen(?!\\p{L})`, 'iu'),
  // es: "se reintenta 3 veces", "reintentar hasta tres veces", "3 reintentos"
  caseFoldedRegExp(`(?<!\\p{L})reintent\\p{L}*\\s+(?:hasta\\s+)?${N}\\s+veces(?!\\p{L})`, 'iu'),
  caseFoldedRegExp(`(?<!\\p{L})(?:hasta\\s+)?${N}\\s+reintentos(?!\\p{L})`, 'iu'),
  // fr: "réessayé trois fois", "retenté 3 fois", "3 nouvelles tentatives"
  caseFoldedRegExp(
    `(?<!\\p{L})(?:réessay|retent|relanc)\\p{L}*\\s+(?:jusqu'à\\s+)?${N}\\s+fois(?!\\p{L})`,
    'iu',
  ),
  caseFoldedRegExp(`(?<!\\p{L})${N}\\s+nouvelles\\s+tentatives(?!\\p{L})`, 'iu'),
  // pt: "repetido três vezes", "tentado novamente 3 vezes", "3 retentativas"
  caseFoldedRegExp(
    `(?<!\\p{L})(?:repetid|retentad|reenviad|tentad\\p{L}*\\s+novamente)\\p{L}*\\s+(?:até\\s+)?${N}\\s+vezes(?!\\p{L})`,
    'iu',
  ),
  caseFoldedRegExp(`(?<!\\p{L})(?:até\\s+)?${N}\\s+retentativas(?!\\p{L})`, 'iu'),
  // it: "ritentato tre volte", "riprovato fino a 3 volte", "3 nuovi tentativi"
  caseFoldedRegExp(`(?<!\\p{L})(?:ritentat|riprovat)\\p{L}*\\s+(?:fino a\\s+)?${N}\\s+volte(?!\\p{L})`, 'iu'),
  caseFoldedRegExp(`(?<!\\p{L})${N}\\s+nuovi\\s+tentativi(?!\\p{L})`, 'iu'),
  // ko: "최대 3회까지 재시도하고", "2회 재시도한다", "3번 재시도"
  /(?<![\p{L}\d])(\d{1,2})\s*(?:회|번)(?:까지)?\s*재시도/u,
  ...INDONESIAN_RETRIES,
  // fi: "yritetään uudelleen enintään 3 kertaa", "uudelleenyritetään 5 kertaa" (tried again N times).
  /(?<!\p{L})(?:yritetään uudelleen|uudelleenyritetään|yritetään vielä)\s+(?:enintään\s+|korkeintaan\s+)?(\d{1,2})\s+kertaa(?!\p{L})/iu,
].map(gated);

/** A stated refusal to retry ("undelivered SMS are not retried", "non vengono ritentati"): one attempt. */
const NEVER =
  /(?<!\p{L})(?:(?:is|are) (?:not|never) retried|no retr(?:y|ies)|(?:wird|werden) nicht (?:wiederholt|erneut versucht)|no se reintenta\p{L}*|(?:n'est|ne sont) (?:pas|jamais) (?:réessayé|relancé)\p{L}*|não (?:é|são) (?:repetid|retentad)\p{L}*|non (?:viene|vengono) (?:mai )?(?:ritentat|riprovat)\p{L}*)/iu;

/** Attempts in all ("up to 5 attempts", "bis zu 4 Versuche", "hasta 3 intentos", "3 tentatives"). */
const ATTEMPTS = caseFoldedRegExp(
  `(?<!\\p{L})(?:up to\\s+|at most\\s+|bis zu\\s+|höchstens\\s+|hasta\\s+|jusqu'à\\s+|até\\s+|al massimo\\s+|fino a\\s+)?${N}\\s+(?:attempts|Versuche|intentos|tentatives|tentativas|tentativi)(?!\\p{L})`,
  'iu',
);
/** An attempts count is a retry policy only beside a retry or failure word. */
const RETRY_CONTEXT =
  /(?<!\p{L})(?:retr\p{L}*|fail\p{L}*|wiederhol\p{L}*|fehlgeschlagen\p{L}*|scheiter\p{L}*|reintent\p{L}*|fall\p{L}*|réessa\p{L}*|échou\p{L}*|échec|retent\p{L}*|falh\p{L}*|ritent\p{L}*|riprov\p{L}*|fallit\p{L}*|errore|fehler\p{L}*|erneut|error\p{L}*)/iu;
/** A sign-in or rate limit counts attempts too: it is no retry policy. */
const SIGN_IN =
  /(?<!\p{L})(?:log ?in|sign[- ]?in|password|passwor\p{L}*|anmeld\p{L}*|inicio de sesi|connexion|mot de passe|contraseña|senha|per (?:minute|hour)|pro (?:minute|stunde)|por (?:minuto|hora)|par (?:minute|heure))/iu;

const countOf = (word: string): number | null => {
  const w = word.toLowerCase().replace(/\s*-?\s*mal$/, '');
  if (/^\d+$/.test(w)) return Number(w);
  return COUNT[w] ?? INDONESIAN_COUNT[w] ?? null;
};

/**
 * A stem every pattern above contains: integrations read every sentence of every document, and most
 * name no retry, so one cheap test comes before the ~20 patterns.
 */
const HINT =
  /retr|wiederhol|versuch|intent|réessa|retent|relanc|reenvi|tenta|repetid|ritent|riprov|attempt|재시도|diulang|ulang|uudelleen|yritet/i;

/**
 * The wait between attempts, in en, es, pt, fr, de and it: "every 15 minutes", "15 minutes apart",
 * "at 15-minute intervals", "ogni 15 minuti", "a distanza di 15 minuti", "alle 15 Minuten", "im
 * Abstand von 15 Minuten", "toutes les 15 minutes", "cada 15 minutos", "a cada 15 minutos".
 */
const UNIT =
  '(seconds?|secs?|minutes?|mins?|hours?|segundos?|minutos?|horas?|secondes?|heures?|sekunden|minuten|stunden|secondi|minuti|ore)';
const INTERVALS: RegExp[] = [
  caseFoldedRegExp(
    `(?<!\\p{L})(?:every|each|ogni|alle|toutes les|tous les|cada|a cada|a distanza di|im abstand von|with|wait(?:ing)?|warten)\\s+(\\d{1,3})\\s*-?\\s*${UNIT}(?!\\p{L})`,
    'iu',
  ),
  caseFoldedRegExp(
    `(?<!\\p{L})(\\d{1,3})\\s*-?\\s*${UNIT}\\s+(?:apart|intervals?|between attempts)(?!\\p{L})`,
    'iu',
  ),
  caseFoldedRegExp(`(?<!\\p{L})(?:at|in)\\s+(\\d{1,3})\\s*-\\s*${UNIT}\\s+intervals(?!\\p{L})`, 'iu'),
  // ko: "5분 간격으로"
  /(?<![\p{L}\d])(\d{1,3})\s*(초|분|시간)\s*간격/u,
];
const UNIT_SECONDS: [RegExp, number][] = [
  [/^(?:sec|seg|sek|초)/i, 1],
  [/^(?:min|분)/i, 60],
  [/^(?:hour|hora|heure|stunde|ore|시간)/i, 3600],
];

function intervalOf(sentence: string): StatedRetry['interval'] | undefined {
  for (const re of INTERVALS) {
    const m = re.exec(sentence);
    const unit = m ? UNIT_SECONDS.find(([u]) => u.test(m[2]!)) : undefined;
    if (m && unit && Number(m[1]) > 0) return { seconds: Number(m[1]) * unit[1], text: m[0].trim() };
  }
  return undefined;
}

/** The retry count a sentence states, or null; with the stated wait between attempts, when any. */
export function statedRetry(sentence: string): StatedRetry | null {
  const retry = countedRetry(sentence);
  if (!retry || retry.attempts <= 1) return retry;
  const interval = intervalOf(sentence);
  return interval ? { ...retry, interval } : retry;
}

function countedRetry(sentence: string): StatedRetry | null {
  if (!HINT.test(sentence) || SIGN_IN.test(sentence)) return null;
  const never = NEVER.exec(sentence);
  if (never) return { attempts: 1, text: never[0].trim() };
  for (const re of RETRIES) {
    const m = re.exec(sentence);
    const n = m ? countOf(m[1]!) : null;
    if (m && n && n > 0 && n <= 20) return { attempts: n + 1, text: m[0].trim() };
  }
  const a = ATTEMPTS.exec(sentence);
  const n = a ? countOf(a[1]!) : null;
  if (a && n && n > 0 && n <= 20 && RETRY_CONTEXT.test(sentence)) return { attempts: n, text: a[0].trim() };
  return null;
}

/**
 * Attempts stated per queue ("at most 5 attempts for `notify` and 3 for `reports`", "up to 3 retries
 * on the `mail` queue"): each queue with its attempts in all (the caller keeps the names it knows). A count without its own noun takes the
 * one before it ("3 for `reports`" is 3 attempts). Empty when the sentence states no retry or names
 * no queue after its counts.
 */
export function retriesPerQueue(sentence: string): { queue: string; attempts: number }[] {
  if (!statedRetry(sentence)) return [];
  const out: { queue: string; attempts: number }[] = [];
  let noun: 'attempts' | 'retries' = 'attempts';
  for (const m of sentence.matchAll(PER_QUEUE)) {
    const n = countOf(m[1]!);
    if (m[2]) noun = /^attempts$/i.test(m[2]) ? 'attempts' : 'retries';
    if (n === null || n <= 0 || n > 20) continue;
    out.push({ queue: m[3]!, attempts: noun === 'attempts' ? n : n + 1 });
  }
  return out;
}
const PER_QUEUE = caseFoldedRegExp(
  `(?<!\\p{L})${N}(?:\\s+(attempts|retries|times))?\\s+(?:for|on|in)\\s+(?:the\\s+)?\`?([\\p{L}_](?:[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])?)\`?(?:\\s+queues?)?`,
  'giu',
);
