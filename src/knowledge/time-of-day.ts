/**
 * A daily run time stated in a sentence, as a cron expression: "every night at 2 am", "nightly at
 * 02:30", "jede Nacht um 2 Uhr", "chaque nuit à 2 h", "cada noche a las 2", "todas as noites às 2h",
 * "daily at 03:00", "ogni notte alle 2", "elke nacht om 03:00". Only a daily period with an hour is read: a time without
 * "every night/day" could be a deadline ("by 5 pm"), and a period without a time states none (the
 * job proposes one, marked as a proposal: derive/job-time-proposed).
 * The patterns are bounded (no nested quantifiers) so they stay linear on any input.
 */
const DAILY =
  /(?<!\p{L})(?:(?:ב)?כל (?:יום|לילה|בוקר|ערב)|מדי (?:יום|לילה|בוקר|ערב)|كل (?:يوم|ليلة|صباح|مساء)|يومي(?:ًا|ا)|päivittäin|joka (?:päivä|yö|aamu|ilta)|öisin|denně|denne|každ(?:ý den|ý deň|ou noc|ú noc|é ráno|ý večer)|every (?:night|day|evening|morning)|each (?:night|day|morning)|cada (?:mañana|manhã)|todas las mañanas|todas as manhãs|toda manhã|chaque matin|tous les matins|jeden Morgen|morgens|nightly|daily|jede[nr]? (?:Nacht|Tag|Abend)|nächtlich|täglich|chaque (?:nuit|jour|soir)|tous les jours|toutes les nuits|cada (?:noche|día|dia|noite)|todos los días|todas las noches|todos os dias|todas as noites|toda noite|todo dia|toda madrugada|todas as madrugadas|cada madrugada|todas las madrugadas|diariamente|ogni (?:giorno|notte|mattina|sera)|quotidianamente|giornalmente|dagelijks|elke (?:nacht|dag|ochtend|avond)|iedere (?:nacht|dag|ochtend|avond)|'s nachts|codziennie|każdej nocy|każdego (?:dnia|ranka|wieczoru)|co noc|ежедневно|каждый (?:день|вечер)|каждую ночь|каждое утро|еженощно|dagligen|varje (?:natt|dag|morgon|kväll)|varje dygn|her (?:gün|gece|sabah|akşam)|hver (?:natt|nat|dag|morgen|kveld|aften)|hvert døgn|daglig(?:t)?|hằng (?:ngày|đêm)|hàng (?:ngày|đêm)|mỗi (?:ngày|đêm|sáng|tối)|щодня|щоночі|щоранку|щовечора|кожного дня|кожної ночі|кожного ранку)(?!\p{L})/iu;

/**
 * "alle 2" is Italian for "at 2"; German "alle 2 Stunden" is a period, never a time. French writes
 * minutes after the hour's `h` ("à 0 h 05", "à 2h30").
 */
const AT_TIME =
  /(?<!\p{L})(?:at|um|à|a las|a la|às|as|alle(?: ore)?|om|в|o godz(?:inie|\.)?|o(?=\s+\d{1,2}[:.]\d{2})|klo|kl\.?|klockan|klokka|klokken|saat|lúc|vào lúc|ve?(?=\s+\d{1,2}[:.]\d{2})|об?(?=\s+\d{1,2}[:.]\d{2})|a les|בשעה|ב[-־](?=\d{1,2}[:.]\d{2})|(?:عند )?الساعة)(?:\s+|(?<=[-־]))(\d{1,2})(?:(?:[:.]|\s?h\s?)(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|uhr|uur|h(?!\p{L}))?(?!\s*(?:stunden|std|minuten|min|sekunden|tage|wochen|monate|dagen|weken|maanden|час\p{L}*|минут\p{L}*|мин|дн\p{L}*|сут\p{L}*|год\p{L}*|лет|раз\p{L}*|хв\p{L}*|рок\p{L}*|тиж\p{L}*)(?!\p{L}))/iu;

/**
 * Japanese and Chinese write the period and the hour without spaces or prepositions: "毎日午前3時",
 * "毎日18時に", "每天凌晨3点". "時間" is a duration ("24時間前"), never a time of day.
 */
// Thai "ทุกวัน" (every day) stands glued to the words around it; "ทุกวันเสาร์" is every Saturday and
// "ทุกวันที่ 1" the first of every month, neither daily.
const DAILY_CJK =
  /毎日|毎晩|毎朝|毎夜|毎夕|日次で|每天|每日|每晚|ทุกวัน(?!จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์|ที่)/u;
/** Thai writes the hour right after the period, "ทุกวัน 18:00" or "เวลา 18.00 น.", with no "at". */
const THAI_TIME = /^\s*(?:เวลา\s*)?(\d{1,2})[:.](\d{2})(?!\d)/u;
const CJK_TIME =
  /(午前|午後|凌晨|上午|下午|晚上)?\s*(\d{1,2})\s*(?:時(?!間)|点(?!钟?之))(?:\s*(\d{1,2})\s*分|(半))?/u;

/** `M H * * *` for a daily time stated in the sentence, else null. */
export function dailyCron(sentence: string): string | null {
  const period = DAILY.exec(sentence) ?? DAILY_CJK.exec(sentence);
  if (!period) return null;
  // The time belongs to the period: read it within a short window after (or before) the period words.
  const start = Math.max(0, period.index - 40);
  const window = sentence.slice(start, period.index + period[0].length + 40);
  const t = clockTime(window) ?? thaiClockTime(sentence.slice(period.index + period[0].length));
  return t ? `${t.minute} ${t.hour} * * *` : null;
}

/** The hour written right after a Thai period ("ทุกวัน 03:00", "ทุกวันเสาร์ เวลา 14.00 น."), or null. */
export function thaiClockTime(after: string): { hour: number; minute: number } | null {
  const t = THAI_TIME.exec(after);
  if (!t) return null;
  const hour = Number(t[1]);
  const minute = Number(t[2]);
  return hour > 23 || minute > 59 ? null : { hour, minute };
}

/** The first clock time "at / um / à / a las / às / alle H[:MM] [am|pm|Uhr|h]" in the text, on a 24-hour clock. */
export function clockTime(text: string): { hour: number; minute: number } | null {
  const t = AT_TIME.exec(text);
  if (!t) return cjkClockTime(text);
  let hour = Number(t[1]);
  const minute = t[2] ? Number(t[2]) : 0;
  const suffix = (t[3] ?? '').toLowerCase().replace(/\./g, '');
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  return hour > 23 || minute > 59 ? null : { hour, minute };
}

/** "午前3時", "18時30分", "午後6時半", "凌晨3点" on a 24-hour clock, or null. */
function cjkClockTime(text: string): { hour: number; minute: number } | null {
  const t = CJK_TIME.exec(text);
  if (!t) return null;
  let hour = Number(t[2]);
  const minute = t[3] ? Number(t[3]) : t[4] ? 30 : 0;
  if ((t[1] === '午後' || t[1] === '下午' || t[1] === '晚上') && hour < 12) hour += 12;
  return hour > 23 || minute > 59 ? null : { hour, minute };
}
