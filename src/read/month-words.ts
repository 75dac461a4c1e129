/**
 * A date of the year without a year ("1 March", "March 1st", "den 1 mars", "le 1er mars", "am
 * 1. März", "el 1 de marzo", "1º de março", "il 1° marzo", "op 1 maart", "1 marca", "1 Ocak"): the day and
 * month a yearly job runs on. A date with a year after it is one day, not a yearly schedule.
 */

/** Month names (and their common abbreviations' stems) per month, in the languages read. */
const MONTHS: readonly string[][] = [
  [
    'january',
    'jan',
    'januari',
    'januar',
    'janvier',
    'enero',
    'janeiro',
    'gennaio',
    'stycznia',
    'jänner',
    'ocak',
  ],
  [
    'february',
    'feb',
    'februari',
    'februar',
    'février',
    'fevrier',
    'febrero',
    'fevereiro',
    'febbraio',
    'lutego',
    'şubat',
  ],
  ['march', 'mar', 'mars', 'märz', 'maerz', 'marzo', 'março', 'marco', 'maart', 'marca', 'mart'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'kwietnia', 'nisan'],
  ['may', 'maj', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'maja', 'mayıs'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'czerwca', 'haziran'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'julho', 'luglio', 'lipca', 'temmuz'],
  ['august', 'aug', 'augusti', 'août', 'aout', 'agosto', 'augustus', 'sierpnia', 'ağustos'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre', 'września', 'eylül'],
  ['october', 'oct', 'okt', 'oktober', 'octobre', 'octubre', 'outubro', 'ottobre', 'października', 'ekim'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'kasım'],
  [
    'december',
    'dec',
    'dezember',
    'décembre',
    'decembre',
    'diciembre',
    'dezembro',
    'dicembre',
    'grudnia',
    'aralık',
  ],
];

const MONTH_OF = new Map<string, number>(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const NAME = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

let dayMonth: RegExp | undefined;
let monthDay: RegExp | undefined;

export function yearlyDate(text: string): { day: number; month: number } | null {
  // Compiled on first use: most documents state no yearly schedule.
  dayMonth ??= new RegExp(
    `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.|º|°)?\\s+(?:de\\s+|of\\s+)?(${NAME})\\.?(?!\\p{L})(?!,?\\s*\\d{4})`,
    'iu',
  );
  monthDay ??= new RegExp(
    `(?<![\\p{L}\\d])(${NAME})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.])(?!,?\\s*\\d{4})`,
    'iu',
  );
  const a = dayMonth.exec(text);
  const b = a ? null : monthDay.exec(text);
  const day = Number(a ? a[1] : b?.[2]);
  const month = MONTH_OF.get((a ? a[2] : b?.[1])?.toLowerCase() ?? '');
  if (!month || !(day >= 1 && day <= 31)) return null;
  return { day, month };
}
