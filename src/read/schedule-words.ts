import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { clockTime, dailyCron, thaiClockTime } from '../knowledge/time-of-day.js';

/**
 * A schedule stated in a sentence, in en, es, pt, fr and de, as a cron expression: a time of day
 * ("every morning at 7:00", "cada día a las 7", "chaque matin à 7 h", "jeden Morgen um 7 Uhr",
 * "todos os dias às 7h"), a weekday ("every Monday at 8:00", "cada lunes a las 8", "chaque lundi à
 * 8 h", "jeden Montag um 8 Uhr", "toda segunda-feira às 8h"), "every N minutes/hours" and "hourly"
 * in the five languages, with the stated time zone (an IANA name, UTC/GMT with an offset, or a
 * common abbreviation) when one is written. Patterns are bounded so they stay linear on any input.
 */
export interface StatedSchedule {
  cron: string;
  timeZone: string | null;
  /** The words that state it ("every morning at 7:00"). */
  text: string;
}

const EVERY_N =
  /(?<!\p{L})(?:every|each|cada|a cada|toutes les|tous les|alle|elke|iedere|om de|co|var|varje|her|každých|každou|každé|hver|hvert|mỗi|cứ|кажды[ейх]|каждую|кожні|кожну|кожен|כל|מדי|كل)\s+(\d{1,3})(?::e|\.)?\s*(דקות|שעות|دقائق|دقيقة|ساعات|ساعة|minutes?|mins?|minutos?|minuten|minuter|minutt(?:er)?|minut(?:ter)?|dakika(?:da|lık)?|hours?|hrs?|horas?|heures?|stunden|uur|timm(?:e|ar)|timer?|saat(?:te|lik)?|minut[ęy]?|minút|godzin[ęy]?|hodin[uy]?|phút|giờ|tiếng|минут[уы]?|мин|час(?:а|ов)?|хвилин[уи]?|годин[уи]?|minuts|hores)(?!\p{L})/iu;
/** "5分ごと", "10分おき", "2時間ごと", "每5分钟": the number before its unit, no spaces (ja, zh). */
const EVERY_N_CJK = /(?:每\s*)?(\d{1,3})\s*(分|時間|小时|分钟)(?:ごと|おき|毎|間隔)?(?=[にでのへ、，。,]|$)/u;
const HOURLY =
  /(?<!\p{L})(?:every hour|each hour|hourly|cada hora|a cada hora|de hora em hora|toutes les heures|chaque heure|stündlich|jede Stunde|ogni ora|elk uur|ieder uur|elke uur|co godzinę|co godzine|каждый час|ежечасно|varje timme|en gång i timmen|každou hodinu|každú hodinu|hver time|en gang i timen|her saat(?: başı)?|saatte bir|saatlik|mỗi giờ|hằng giờ|hàng giờ|щогодини|кожну годину|кожної години|כל שעה|מדי שעה|كل ساعة)(?!\p{L})/iu;

/** "every minute", "כל דקה", "كل دقيقة": a job that runs each minute (a hold released on time). */
const EVERY_MINUTE =
  /(?<!\p{L})(?:every minute|each minute|once a minute|cada minuto|chaque minute|toutes les minutes|jede minute|ogni minuto|elke minuut|כל דקה|מדי דקה|كل دقيقة)(?!\p{L})/iu;

/** Finnish puts "every" after the period in the genitive: "15 minuutin välein", "2 tunnin välein". */
const EVERY_N_AFTER = /(?<!\p{L})(\d{1,3})\s*(minuutin|tunnin)\s+välein(?!\p{L})/iu;

/** Thai "ทุก 5 นาที", "ทุก 2 ชั่วโมง" (every N minutes, hours), glued to the words around it. */
const EVERY_N_THAI = /ทุก\s*(\d{1,3})\s*(นาที|ชั่วโมง|ชม\.)/u;
/**
 * Thai weekdays after "ทุกวัน" (every ...day), several joined by "และ" or "," ("ทุกวันเสาร์และอาทิตย์
 * 14:00", every Saturday and Sunday at 14:00), each day written with or without its "วัน".
 */
const THAI_DAYS: [string, number][] = [
  ['อาทิตย์', 0],
  ['จันทร์', 1],
  ['อังคาร', 2],
  ['พุธ', 3],
  ['พฤหัสบดี', 4],
  ['พฤหัส', 4],
  ['ศุกร์', 5],
  ['เสาร์', 6],
];
const THAI_DAY = THAI_DAYS.map(([d]) => d).join('|');
const EVERY_WEEKDAY_THAI = new RegExp(
  `ทุกวัน(${THAI_DAY})((?:\\s*(?:และ|,|、)\\s*(?:วัน)?(?:${THAI_DAY}))*)`,
  'u',
);

function thaiWeekdays(sentence: string, timeZone: string | null): StatedSchedule | null {
  const w = EVERY_WEEKDAY_THAI.exec(sentence);
  if (!w) return null;
  const named = `${w[1]}${w[2]}`;
  const days = [...new Set(THAI_DAYS.filter(([d]) => named.includes(d)).map(([, n]) => n))].sort(
    (a, b) => a - b,
  );
  const at = thaiClockTime(sentence.slice(w.index + w[0].length));
  if (!at) return null;
  return { cron: `${at.minute} ${at.hour} * * ${days.join(',')}`, timeZone, text: w[0] };
}

/** "elk kwartier" (every quarter of an hour), in the languages that name it. */
const QUARTER_HOUR =
  /(?<!\p{L})(?:every quarter[- ]hour|every 15 minutes|elk kwartier|ieder kwartier|jede viertelstunde|alle viertelstunde|ogni quarto d['’]ora|cada cuarto de hora|a cada quarto de hora|tous les quarts d['’]heure|hvert kvarter)(?!\p{L})/iu;

const WEEKDAYS: [RegExp, number][] = [
  [/(?:sunday|domingo|dimanche|sonntag|domenica|zondag|søndag|неділ[яюі])/iu, 0],
  [/(?:monday|lunes|lundi|montag|segunda(?:-feira)?|luned[iì]|maandag|mandag|понеділ(?:ок|ка))/iu, 1],
  [/(?:tuesday|martes|mardi|dienstag|terça(?:-feira)?|marted[iì]|dinsdag|tirsdag|вівтор(?:ок|ка))/iu, 2],
  [
    /(?:wednesday|miércoles|miercoles|mercredi|mittwoch|quarta(?:-feira)?|mercoled[iì]|woensdag|onsdag|серед[аиу])/iu,
    3,
  ],
  [/(?:thursday|jueves|jeudi|donnerstag|quinta(?:-feira)?|gioved[iì]|donderdag|torsdag|четвер(?:га)?)/iu, 4],
  [/(?:friday|viernes|vendredi|freitag|sexta(?:-feira)?|venerd[iì]|vrijdag|fredag|п['’]ятниц[яюі])/iu, 5],
  [/(?:saturday|sábado|sabado|samedi|samstag|sabato|zaterdag|lørdag|lørdag|субот[аиу])/iu, 6],
];
const EVERY_WEEKDAY =
  /(?<!\p{L})(?:every|each|on|cada|todos los|todas las|chaque|tous les|jeden|jede[nr]?|montags|toda|todo|todas as|todos os|ogni|tutti i|tutte le|elke|iedere|op|hver|кожного|кожної|кожну|кожен)\s+(\p{L}+(?:-feira)?)(?!\p{L})/iu;
/** Ukrainian writes "every Monday" as one word: "щопонеділка", "щоп'ятниці". */
const EVERY_WEEKDAY_ONE_WORD = /(?<!\p{L})що(п['’]ятниці|\p{L}+)(?!\p{L})/iu;
const TIME_ZONE =
  /(?<![\p{L}/])((?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z][A-Za-z_]{1,30}(?:\/[A-Z][A-Za-z_]{1,30})?|(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?|CET|CEST|EET|EEST|WET|WEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT|BRT|ART)(?![\p{L}/])/u;

/** The time zone a sentence states (an IANA name, UTC/GMT with an offset, an abbreviation), or null. */
export const statedTimeZone = (sentence: string): string | null => TIME_ZONE.exec(sentence)?.[1] ?? null;

/** The schedule a sentence states, or null. */
export function readSchedule(sentence: string): StatedSchedule | null {
  const timeZone = TIME_ZONE.exec(sentence)?.[1] ?? null;
  const n = EVERY_N.exec(sentence);
  if (n) {
    const every = Number(n[1]);
    if (every < 1) return null;
    const minutes = /^(?:m|м|dakika|phút|хв|דק|دق)/iu.test(n[2]!);
    const cron = minutes ? `*/${every} * * * *` : `0 */${every} * * *`;
    return { cron, timeZone, text: n[0] };
  }
  const after = EVERY_N_AFTER.exec(sentence);
  if (after) {
    const every = Number(after[1]);
    if (every < 1) return null;
    const minutes = /^minuut/iu.test(after[2]!);
    return { cron: minutes ? `*/${every} * * * *` : `0 */${every} * * *`, timeZone, text: after[0] };
  }
  const thai = EVERY_N_THAI.exec(sentence);
  if (thai) {
    const every = Number(thai[1]);
    if (every < 1) return null;
    const cron = thai[2] === 'นาที' ? `*/${every} * * * *` : `0 */${every} * * *`;
    return { cron, timeZone, text: thai[0] };
  }
  const cjk = EVERY_N_CJK.exec(sentence);
  if (cjk && (/^每/u.test(cjk[0]) || /(?:ごと|おき|毎|間隔)$/u.test(cjk[0]))) {
    const every = Number(cjk[1]);
    if (every < 1) return null;
    const minutes = cjk[2] === '分' || cjk[2] === '分钟';
    return { cron: minutes ? `*/${every} * * * *` : `0 */${every} * * *`, timeZone, text: cjk[0] };
  }
  const minutely = EVERY_MINUTE.exec(sentence);
  if (minutely) return { cron: '* * * * *', timeZone, text: minutely[0] };
  const quarter = QUARTER_HOUR.exec(sentence);
  if (quarter) return { cron: '*/15 * * * *', timeZone, text: quarter[0] };
  const hourly = HOURLY.exec(sentence);
  if (hourly) return { cron: '0 * * * *', timeZone, text: hourly[0] };
  const thaiDays = thaiWeekdays(sentence, timeZone);
  if (thaiDays) return thaiDays;
  const daily = dailyCron(sentence);
  if (daily) {
    const m =
      /(?:every|each|nightly|daily|jede|nächtlich|täglich|chaque|tous|toutes|cada|todos|todas|toda|todo|diariamente|elke|iedere|dagelijks|'s nachts|codziennie|denně|denne|každ\p{L}*|każdej|każdego|co noc|dagligen|varje|her|hver|hvert|daglig|ежедневно|каждый|каждую|каждое|毎日|毎晩|毎朝|毎夜|每天|每日|щодня|щоночі|щоранку|щовечора|кожного|кожної|кожен)[^.;。]{0,60}/iu.exec(
        sentence,
      );
    return { cron: daily, timeZone, text: (m?.[0] ?? sentence).trim() };
  }
  const w = EVERY_WEEKDAY.exec(sentence) ?? EVERY_WEEKDAY_ONE_WORD.exec(sentence);
  if (w) {
    const day = WEEKDAYS.find(
      ([re]) => re.test(w[1]!) && caseFoldedRegExp(`^${re.source}s?$`, 'iu').test(w[1]!),
    );
    const at = clockTime(sentence.slice(w.index, w.index + w[0].length + 40));
    if (day && at) return { cron: `${at.minute} ${at.hour} * * ${day[1]}`, timeZone, text: w[0] };
  }
  return null;
}

/**
 * Recurring work stated with a period word and no number ("monatlich als CSV an das Steuerbüro
 * exportiert", "invoices are exported monthly", "esportate ogni mese", "exportées chaque mois",
 * "exportadas mensualmente", "exportadas todo mês", "reports are generated daily", "täglich
 * gesichert"): the period in seconds, the words that state it, and the act as an English verb, read
 * only where the same clause names the act. A day is a period, not a time: the hour is read apart
 * (knowledge/time-of-day.ts `dailyCron`), and when none is written the job says so.
 */
export interface StatedPeriod {
  seconds: number;
  text: string;
  act: string;
  /** Offset of the act's word in the sentence. */
  actAt: number;
  /** The act's word is the last word of its clause (German verb-last, a passive participle). */
  actLast: boolean;
}

const PERIOD_WORDS: [RegExp, number][] = [
  [
    /(?<!\p{L})(?:daily|denně|denne|každý den|každý deň|every (?:day|night|morning|evening)|each (?:day|night)|nightly|täglich|jeden (?:tag|morgen|abend)|jede nacht|nächtlich|quotidien(?:nement)?|chaque (?:jour|nuit|matin|soir)|tous les (?:jours|matins|soirs)|toutes les nuits|diariamente|cada (?:día|dia|noche|noite|mañana|manhã)|todos los días|todas las noches|todos os dias|todas as noites|toda noite|todo dia|dagligen|varje (?:natt|dag|morgon|kväll)|her (?:gün|gece|sabah|akşam)|günlük|toda (?:madrugada|manhã|manha)|todas as (?:madrugadas|manhãs|manhas)|cada madrugada|todas las (?:madrugadas|mañanas)|ogni (?:giorno|notte|mattina|sera)|quotidianamente|giornalmente|dagelijks|elke (?:dag|nacht|ochtend|avond)|iedere (?:dag|nacht|ochtend|avond)|'s nachts|daglig(?:t)?|hver (?:dag|natt|nat|morgen|kveld|aften)|hvert døgn|hằng ngày|hàng ngày|mỗi ngày|mỗi đêm|mỗi sáng|theo ngày|щодня|щоденно|щоночі|кожного дня|кожної ночі)(?!\p{L})/iu,
    86400,
  ],
  [
    /(?<!\p{L})(?:monthly|every month|each month|monatlich|jeden monat|mensuel(?:lement)?|chaque mois|tous les mois|mensualmente|cada mes|todos los meses|mensalmente|todo mês|todos os meses|mensilmente|ogni mese|maandelijks|elke maand|iedere maand|her ay|aylık|měsíčně|každý měsíc|månedlig(?:t)?|hver måned|hằng tháng|hàng tháng|mỗi tháng|theo tháng|щомісяця|щомісячно|кожного місяця)(?!\p{L})/iu,
    30 * 86400,
  ],
  [
    /(?<!\p{L})(?:weekly|every week|each week|wöchentlich|jede woche|hebdomadaire(?:ment)?|chaque semaine|semanalmente|cada semana|toda semana|todas as semanas|settimanalmente|ogni settimana|wekelijks|elke week|iedere week|her hafta|haftalık|týdně|každý týden|ukentlig|ugentlig(?:t)?|hver uke|hver uge|hằng tuần|hàng tuần|mỗi tuần|theo tuần|щотижня|щотижнево|кожного тижня)(?!\p{L})/iu,
    7 * 86400,
  ],
  [
    /(?<!\p{L})(?:yearly|annually|every year|jährlich|jedes jahr|annuellement|chaque année|anualmente|cada año|todo ano|annualmente|ogni anno|jaarlijks|elk jaar|ieder jaar|her yıl|yıllık|ročně|každý rok|årlig(?:t)?|hvert år|hằng năm|hàng năm|mỗi năm|theo năm|щороку|щорічно|кожного року)(?!\p{L})/iu,
    365 * 86400,
  ],
];

const PERIOD_ACTS: [string, RegExp][] = [
  ['export', /(?<!\p{L})(?:export|esport)\p{L}*|(?<!\p{L})xuất(?!\p{L})/iu],
  ['import', /(?<!\p{L})(?:import)\p{L}*/iu],
  ['back up', /(?<!\p{L})(?:back(?:s|ed)?[- ]?up\p{L}*|gesichert|sauvegard\p{L}*|respald\p{L}*)/iu],
  ['sync', /(?<!\p{L})(?:sync\p{L}*|synchron\p{L}*|sincroniz\p{L}*)/iu],
  [
    'generate',
    /(?<!\p{L})(?:generat\p{L}*|generier\p{L}*|erzeugt|génér\p{L}*|gener[ae]\p{L}*|tạo(?!\p{L}))/iu,
  ],
  [
    'send',
    /(?<!\p{L})(?:sen[dt]\p{L}*|versendet|verschickt|envoy\p{L}*|enviad\p{L}*|envían|inviat\p{L}*|gửi(?!\p{L}))/iu,
  ],
];

/**
 * What a user may do is no recurring work: "The owner can export a monthly revenue report", "Le
 * trésorier peut exporter le bilan mensuel" are a user's action on demand (an endpoint), not a job.
 */
const USER_MAY =
  /(?<!\p{L})(?:can|may|is able to|are able to|kann|können|darf|dürfen|peut|peuvent|puede|pueden|pode|podem|può|possono|kan|kunnen|mag|mogen|có thể)(?!\p{L})/iu;

/**
 * The period word after the act, right after a determiner ("exports a monthly overview", "export the
 * monthly revenue overview", "exporte le bilan mensuel"), says what the object covers, not when work
 * runs: someone's act on demand, unless the sentence makes the system the actor ("the system sends a
 * daily digest", "automatically").
 */
const DETERMINERS =
  '(?<!\\p{L})(?:a|an|the|its|their|his|her|my|our|your|this|le|la|les|un|une|son|sa|ses|el|los|las|una|su|sus|o|os|as|um|uma|il|lo|gli|i|de|het|een|der|die|das|den|einen|eine)\\s+';
const OBJECT_DETERMINER = caseFoldedRegExp(`${DETERMINERS}$`, 'iu');
/** A French adjective follows its noun: "le bilan mensuel". */
const POSTPOSED_DETERMINER = caseFoldedRegExp(`${DETERMINERS}\\p{L}+\\s+$`, 'iu');
const POSTPOSED = /^(?:mensuel|hebdomadaire|quotidien|annuel)/iu;
const SYSTEM_ACTOR =
  /(?<!\p{L})(?:system|server|backend|service|scheduler|cron|jobs?|automatic\p{L}*|systém\p{L}*|système|sistema|automatisch\p{L}*|automatiquement|automáticamente|automaticamente)(?!\p{L})/iu;

function periodOfObject(sentence: string, periodAt: number, actAt: number): boolean {
  if (periodAt <= actAt) return false;
  const between = sentence.slice(actAt, periodAt);
  const det = (POSTPOSED.test(sentence.slice(periodAt)) ? POSTPOSED_DETERMINER : OBJECT_DETERMINER).exec(
    between,
  );
  if (!det || /[,;.]/.test(between.slice(det.index))) return false;
  return !SYSTEM_ACTOR.test(sentence);
}

export function statedPeriod(sentence: string): StatedPeriod | null {
  for (const [re, seconds] of PERIOD_WORDS) {
    const p = re.exec(sentence);
    if (!p) continue;
    // The act in the clause of the period word (between the punctuation around it).
    const start = Math.max(0, sentence.lastIndexOf(',', p.index) + 1, sentence.lastIndexOf(';', p.index) + 1);
    const endAt = sentence.slice(p.index).search(/[,;.]\s|[,;.]?$/);
    const clause = sentence.slice(start, endAt >= 0 ? p.index + endAt : sentence.length);
    for (const [act, verb] of PERIOD_ACTS) {
      const v = verb.exec(clause);
      if (!v) continue;
      if (USER_MAY.test(sentence.slice(0, start + v.index))) return null;
      if (periodOfObject(sentence, p.index, start + v.index)) return null;
      const rest = clause.slice(v.index + v[0].length).trim();
      return { seconds, text: p[0], act, actAt: start + v.index, actLast: rest.length === 0 };
    }
  }
  return null;
}
