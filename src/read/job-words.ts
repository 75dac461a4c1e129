import type { JobAct, StatedJob } from '../model/domain.js';
import { yearlyDate } from './month-words.js';
import { readSchedule, statedTimeZone } from './schedule-words.js';

/**
 * How a document states its background jobs, in en, es, pt, fr, de and it: the headers of a job table
 * (`| Job | Schedule | What |`, `| Tarefa | Quando | O que faz |`, `| Tâche | Fréquence | Rôle |`,
 * `| Aufgabe | Zeitplan | Zweck |`), the schedule cell read as a cron expression, and what the job
 * does (remind, purge, anonymise, send, …) so derive can tell whether a stated job already does a
 * derived job's work without reading the job's words itself.
 */

/** A heading over a section of jobs. */
export const JOB_HEADING =
  /background|scheduled|\bcron\b|\bjobs?\b|workers?\b|ajastetut|taustaty|segundo plano|tarefas agendadas|tareas programadas|rotinas|arrière-plan|tâches planifiées|tâches de fond|hintergrund|geplante aufgaben|zeitgesteuert|attività pianificate|processi pianificati|achtergrondtaken|geplande taken|periodieke taken|фонов\S* (?:задач|процесс|работ)|w tle|zadania (?:cykliczne|zaplanowane|okresowe)|harmonogram|planowanie zadań|планировщик|по расписанию|バックグラウンド|ジョブ|バッチ処理|定期(?:実行|処理)|后台任务|定时任务|백그라운드|배치 작업|bakgrundsjobb|schemalagda (?:jobb|uppgifter)|arka ?plan (?:işleri|görevleri)|bakgrunnsjobb\w*|baggrundsjob\w*|planlagte (?:jobber|jobs?|oppgaver|opgaver)|zamanlanmış (?:işler|görevler)|plánovan\S* úloh|úlohy na pozadí|úlohy v pozadí|ütemezett feladat|időzített feladat|háttérfeladat|háttérfolyamat|tác vụ (?:nền|định kỳ)|công việc (?:nền|định kỳ)|xử lý nền|εργασίες (?:παρασκηνίου|υποβάθρου)|προγραμματισμένες εργασίες|χρονοπρογραμματισμ|tugas (?:latar(?: belakang)?|terjadwal|berkala)|\bjobb(?:er|ene|en|ar|arna)?\b|pekerjaan latar|фонові (?:завдання|задачі|процеси)|завдання за розкладом|планувальник|segon pla|treballs programats|tasques programades|עבודות רקע|משימות (?:רקע|מתוזמנות)|מתוזמנ\S*|(?:ال)?مهام (?:ال)?(?:خلفية|مجدولة)|الأعمال المجدولة|งานเบื้องหลัง|งานตามกำหนดเวลา|งานที่ตั้งเวลา/i;

/** A job table's name column ("Job", "Tarefa", "Tarea", "Tâche", "Aufgabe", "Attività"); "Name" alone only under a jobs heading. */
export const JOB_NAME_COLUMN =
  /^(?:(?:background |scheduled |cron )?(?:job|task|worker)s?(?: name)?|name|tarefas?|rotinas?|tareas?|trabajos?|t[âa]ches?|travaux|aufgaben?|attività|lavori|nome|nombre|nom|taak|taken|achtergrondtaak|iş|görev|iş adı|úloh[ay]?|feladat(?: neve)?|작업(?: ?이름| ?명)?|배치(?: ?작업)?|잡|(?:定时)?任务(?:名称?)?|作业(?:名称?)?|(?:tên )?tác vụ|công việc|εργασία|εργασίες|όνομα εργασίας|jobb|jobber|opgaver?|oppgaver?|uppgift(?:er)?|(?:nama )?tugas|työ|taustatyö|ajastettu työ|treballs?|tasca|tasques|завдання|фонове завдання|משימ(?:ה|ות)|עבוד(?:ה|ות)(?: רקע)?|(?:ال)?مهم(?:ة|ات)|(?:ال)?مهام|งาน|ชื่องาน)$/i;
/** A name column that is a job column only in a section about jobs. */
export const BARE_NAME_COLUMN = /^(?:name|nome|nombre|nom)$/i;

/** A job table's schedule column ("Schedule", "Quando", "Agenda", "Cuándo", "Fréquence", "Zeitplan", "Frequenza"). */
export const JOB_SCHEDULE_COLUMN =
  /schedule|cron|trigger|\bwhen\b|frequency|interval|\bruns?\b|timing|quando|cu[aá]ndo|frequ[eê]ncia|frecuencia|agendamento|^agenda$|programa[cç][aã]o|programaci[oó]n|periodicidad[e]?|hor[aá]rio|gatilho|disparador|quand|fr[ée]quence|^kdy$|^kedy$|spouštění|četnost|rozvrh|planification|d[ée]clencheur|p[ée]riodicit[ée]|wann|zeitplan|häufigkeit|intervall|auslöser|zeitpunkt|frequenza|pianificazione|orario|periodicit[àa]|wanneer|frequentie|tijdstip|planning|ütemezés|időzítés|gyakoriság|mikor|주기|실행 ?시각|스케줄|일정|周期|频率|执行时间|调度时间|触发|^lịch(?: chạy)?$|thời điểm|tần suất|khi nào|χρονοπρόγραμμα|συχνότητα|πότε|εκτέλεση|^jadwal$|pemicu|frekuensi|^schema$|tidsplan|hvornår|^når$|^när$|frekvens|^kapan$|ajoitus|aikataulu|milloin|tiheys|planificaci[óo]|freqüència|programaci[óo]|^quan$|розклад|^коли$|періодичність|частота|תזמון|^מתי$|תדירות|לוח זמנים|(?:ال)?توقيت|(?:ال)?جدولة|^متى$|(?:ال)?تكرار|กำหนดเวลา|ตารางเวลา|ความถี่|เวลาทำงาน/i;

/** A job table's description column ("What", "O que faz", "Qué hace", "Rôle", "Zweck", "Cosa fa"). */
export const JOB_DESCRIPTION_COLUMN =
  /what|descri|purpose|does|action|detail|summary|notes?|o que faz|qu[eé] hace|finalidade|prop[oó]sito|objetivo|a[cç][aã]o|acci[oó]n|r[ôo]le|objet|d[ée]tail|zweck|beschreibung|aufgabe|was|cosa fa|scopo|azione|dettagli?|wat|omschrijving|beschrijving|doel|co dělá|čo robí|popis|účel|leírás|mit csinál|내용|설명|목적|동작|说明|描述|内容|用途|作用|mô tả|nội dung|mục đích|περιγραφή|σκοπός|τι κάνει|deskripsi|keterangan|beskrivelse|beskrivning|formål|syfte|hva den gjør|hvad den gør|vad den gör|tujuan|kuvaus|mitä tekee|tarkoitus|опис|що робить|призначення|מה (?:היא |הוא )?עוש|תיאור|מטרה|(?:ال)?وصف|ماذا تفعل|(?:ال)?غرض|คำอธิบาย|รายละเอียด|สิ่งที่ทำ/i;

const DAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const WEEKDAY_WORDS: [RegExp, number][] = [
  [/^(?:sun\p{L}*|domingos?|dimanches?|sonntags?|domenica|zondags?)$/iu, 0],
  [/^(?:mon\p{L}*|lunes|lundis?|montags?|segundas?(?:-feira)?|luned[iì])$/iu, 1],
  [/^(?:tue\p{L}*|martes|mardis?|dienstags?|terças?(?:-feira)?|marted[iì])$/iu, 2],
  [/^(?:wed\p{L}*|mi[ée]rcoles|mercredis?|mittwochs?|quartas?(?:-feira)?|mercoled[iì])$/iu, 3],
  [/^(?:thu\p{L}*|jueves|jeudis?|donnerstags?|quintas?(?:-feira)?|gioved[iì])$/iu, 4],
  [/^(?:fri\p{L}*|viernes|vendredis?|freitags?|sextas?(?:-feira)?|venerd[iì])$/iu, 5],
  [/^(?:sat\p{L}*|s[áa]bados?|samedis?|samstags?|sabato)$/iu, 6],
];
const EVERY_MINUTE =
  /(?<!\p{L})(?:every minute|each minute|minutely|a cada minuto|cada minuto|chaque minute|toutes les minutes|jede minute|minütlich|ogni minuto|elke minuut|iedere minuut|každou minutu|každú minútu|co minutę)(?!\p{L})/iu;
/** "02:00", "2h30", "3 h", "18h", "2 am": a clock time anywhere in a schedule cell. */
const CLOCK = /(?<![\p{L}\d])(\d{1,2})(?:[:.h](\d{2})|\s?(h|uhr)(?!\p{L})|\s?(am|pm)(?!\p{L}))/iu;
/** "day 1 of each month", "dia 1 de cada mês", "el día 1 de cada mes", "le 1er de chaque mois", "am 1. jedes Monats", "il giorno 1 di ogni mese", "1st of every month", "her ayın 1'inde", "den 1:a varje månad", "kuukauden 1. päivä". */
const MONTH_DAY =
  /(?<!\p{L})(?:day|dia|d[ií]a|le|am|il giorno|giorno)\s+(\d{1,2})(?:er|\.|º)?\s+(?:of|de|di|des|jedes)?\s*(?:each|every|cada|chaque|ogni|jedes|todo)?\s*(?:month|m[eê]s|mois|monats|mese)|(?<!\d)(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:each|every|the)\s+month|(?<!\p{L})her\s+ayın\s+(\d{1,2})(?!\d)|(?<!\p{L})den\s+(\d{1,2})(?::[ae])?\s+(?:varje|i varje)\s+månad|(?<!\p{L})(?:den\s+)?(\d{1,2})\.\s+(?:dag\s+)?i\s+hver\s+måned|(?<!\p{L})ngày\s+(\d{1,2})\s+(?:hằng|hàng|mỗi)\s+tháng(?!\p{L})|(?<!\p{L})kuukauden\s+(\d{1,2})\.\s*päivä(?:nä)?(?!\p{L})/iu;
/**
 * "the first day of every month", "første dag i hver måned", "första dagen i varje månad", "am ersten
 * Tag jedes Monats", "le premier jour de chaque mois", "el primer día de cada mes", "o primeiro dia de
 * cada mês", "il primo giorno di ogni mese", "de eerste dag van elke maand": day 1.
 */
const FIRST_DAY =
  /(?<!\p{L})(?:(?:the\s+)?first\s+day\s+of\s+(?:each|every|the)\s+month|første\s+dag\s+i\s+(?:hver|hvert)\s+måned|första\s+dag(?:en)?\s+i\s+varje\s+månad|(?:am\s+)?ersten\s+tag\s+(?:jedes|des)\s+monats|(?:le\s+)?premier\s+jour\s+(?:de\s+chaque|du)\s+mois|(?:el\s+)?primer\s+d[ií]a\s+de\s+cada\s+mes|(?:o\s+)?primeiro\s+dia\s+de\s+cada\s+m[eê]s|(?:il\s+)?primo\s+giorno\s+di\s+ogni\s+mese|(?:de\s+)?eerste\s+dag\s+van\s+(?:elke|iedere)\s+maand)(?!\p{L})/iu;
/** nb/da "første dag i hver måned", "den første i hver måned": day 1. */
const FIRST_OF_MONTH = /(?<!\p{L})(?:den\s+)?første(?:\s+dag)?\s+i\s+hver\s+måned(?!\p{L})/iu;
const ORDINAL_DAY =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th|º|ª|er)(?!\p{L})|(?<!\p{L})(?:day|dia|d[ií]a|jour|tag|giorno|ngày)\s+(\d{1,2})(?!\d)/iu;
const MONTHLY =
  /(?<!\p{L})(?:monthly|every month|each month|hằng tháng|hàng tháng|mỗi tháng|her ay|aylık|varje månad|månadsvis|mensal(?:mente)?|todo m[eê]s|cada m[eê]s|mensual(?:mente)?|mensuel(?:lement)?|chaque mois|monatlich|jeden monat|mensile|ogni mese|hver måned|månedlig(?:t)?)(?!\p{L})/iu;

function clockOf(text: string): { hour: number; minute: number } | null {
  const t = CLOCK.exec(text);
  if (!t) return null;
  let hour = Number(t[1]);
  const minute = t[2] ? Number(t[2]) : 0;
  const suffix = (t[4] ?? '').toLowerCase();
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (suffix === 'am' && hour === 12) hour = 0;
  return hour > 23 || minute > 59 ? null : { hour, minute };
}

/**
 * A job table's schedule cell as a cron expression, or null when it states no fixed period: a cron
 * written as such, "every 5 minutes" / "a cada minuto", "hourly", "daily at 03:00", "every Monday at
 * 8:00" / "domingo 02:00", "day 1 of each month, 03:00" / "dia 1 de cada mês, 03:00". A time relative
 * to an event ("12 hours before each fair opens", "18h do dia anterior à feira") is not a period:
 * null, and the cell is kept as written.
 */
export function jobCron(schedule: string): string | null {
  // A Quartz cron (seconds first: `0 0 2 * * ?`) is the 5-field cron it equals when its seconds
  // field is 0; any other seconds field no 5-field cron can say: none, the schedule kept as written.
  const quartz = quartzCron(schedule);
  if (quartz) return quartz.cron;
  // A cron expression written beside the words ("hourly at :05 (`5 * * * *`)") is the schedule.
  const written = WRITTEN_CRON.exec(schedule)?.[1];
  if (written) return written.trim().replace(/\s+/g, ' ');
  const s = schedule.replace(/`/g, '').trim();
  if (/^(?:[\d*/,-]+\s+){4}[\d*/,-]+$/.test(s)) return s;
  if (EVERY_MINUTE.test(s)) return '* * * * *';
  const at = clockOf(s);
  const monthDay = MONTH_DAY.exec(s);
  if (FIRST_DAY.test(s)) return at ? `${at.minute} ${at.hour} 1 * *` : null;
  if (monthDay || MONTHLY.test(s)) {
    // "dia 1 de cada mês", or "monthly, 1st at 04:00": the day of the month, then the time.
    const written = FIRST_OF_MONTH.test(s)
      ? '1'
      : monthDay
        ? monthDay.slice(1).find((g) => g !== undefined)
        : (() => {
            const o = ORDINAL_DAY.exec(s);
            return o ? (o[1] ?? o[2]) : undefined;
          })();
    const day = Number(written ?? 0);
    return day >= 1 && day <= 31 && at ? `${at.minute} ${at.hour} ${day} * *` : null;
  }
  // "on 1 March at 06:00", "den 1 mars kl. 06:00": once a year, at the stated time.
  const yearly = yearlyDate(s);
  if (yearly && at) return `${at.minute} ${at.hour} ${yearly.day} ${yearly.month} *`;
  const stated = readSchedule(s);
  if (stated) return stated.cron;
  const english = englishCron(s.toLowerCase(), at) ?? koreanCron(s, at) ?? chineseCron(s);
  if (english) return english;
  // "domingo 02:00", "Sunday 2:00", "lundi 8 h": a weekday and a time, nothing relative.
  const first = /^\s*(\p{L}+(?:-feira)?)/u.exec(s)?.[1] ?? '';
  const day = WEEKDAY_WORDS.find(([re]) => re.test(first));
  if (day && at && !RELATIVE.test(s)) return `${at.minute} ${at.hour} * * ${day[1]}`;
  return null;
}

/**
 * A Quartz (or Spring, XXL-JOB) cron written in a schedule cell: six or seven fields, seconds first,
 * then minutes, hours, day of month, month, day of week and an optional year (`0 0 2 * * ?`,
 * `0 30 3 ? * MON-FRI`). Null when the cell holds no such expression.
 */
const QUARTZ_FIELD = /^[\d*/,?LW#A-Z-]+$/;
const QUARTZ_IN_CELL =
  /^[`(（]?\s*((?:\S+[ \t]+){5,6}\S+?)\s*[`)）]?$|[`(（]\s*((?:\S+[ \t]+){5,6}\S+?)\s*[`)）]/u;

/**
 * A Quartz cron as the 5-field cron it equals (`0 0 2 * * ?` → `0 2 * * *`), or `cron: null` when
 * no 5-field cron says the same: a seconds field other than 0 (`*\/30 * * * * ?`), a year other
 * than every year, Quartz-only marks (`L`, `W`, `#`), or a numeric weekday of a 6-field cron that
 * writes no `?` (Quartz counts 1–7 from Sunday, node-cron 0–6: which one it is is not stated).
 */
export function quartzCron(schedule: string): { cron: string | null; written: string } | null {
  const m = QUARTZ_IN_CELL.exec(schedule.trim());
  const written = (m?.[1] ?? m?.[2])?.trim().replace(/\s+/g, ' ');
  if (!written) return null;
  const fields = written.split(' ');
  if (!fields.every((f) => QUARTZ_FIELD.test(f.toUpperCase()))) return null;
  if (!/^[\d*/,-]+$/.test(fields[0]!) || !/\d|\*/.test(fields[1]!)) return null;
  const [seconds, minute, hour, dom, month, dow, year] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  const quartz = fields.includes('?');
  if (seconds !== '0' && seconds !== '00') return { cron: null, written };
  if (year !== undefined && year !== '*') return { cron: null, written };
  if ([dom, dow].some((f) => /[LW#]/.test(f.toUpperCase()))) return { cron: null, written };
  const any = (f: string) => (f === '?' ? '*' : f);
  let weekday = any(dow);
  if (/\d/.test(weekday)) {
    if (!quartz) return { cron: null, written };
    // Quartz weekdays 1–7 are Sunday to Saturday; a 5-field cron counts 0–6.
    weekday = weekday.replace(/\d+/g, (d) => String(Number(d) - 1));
  }
  return { cron: [minute, hour, any(dom), month, weekday].join(' '), written };
}

/** A five-field cron in backticks or brackets inside a schedule cell. */
const WRITTEN_CRON = /[`(（]\s*((?:[\d*/,-]+[ \t]+){4}[\d*/,-]+)\s*[`)）]/;

/** Korean schedule wordings: "매 5분" / "5분마다", "매시 5분", "매일 03:00", "매주 월요일 09:00". */
function koreanCron(s: string, at: { hour: number; minute: number } | null): string | null {
  let m = /매\s*(\d+)\s*분|(\d+)\s*분마다/u.exec(s);
  if (m) return (m[1] ?? m[2]) === '1' ? '* * * * *' : `*/${m[1] ?? m[2]} * * * *`;
  if (/매\s*분(?!\p{L})/u.test(s)) return '* * * * *';
  m = /매\s*(\d+)\s*시간|(\d+)\s*시간마다/u.exec(s);
  if (m) return `${at?.minute ?? 0} */${m[1] ?? m[2]} * * *`;
  m = /매\s*시(?:간|각)?\s*(?:(\d{1,2})\s*분)?/u.exec(s);
  if (m && !/매\s*시간/.test(s)) return `${m[1] ?? at?.minute ?? 0} * * * *`;
  if (/매\s*시간/.test(s)) return `${at?.minute ?? 0} * * * *`;
  if (/매일|매\s*일(?!\p{L})/u.test(s)) return at ? `${at.minute} ${at.hour} * * *` : null;
  const day = /매주\s*([월화수목금토일])요일/u.exec(s)?.[1];
  if (day && at) return `${at.minute} ${at.hour} * * ${'일월화수목금토'.indexOf(day)}`;
  return null;
}

/** A Chinese clock time: "凌晨 2 点", "下午3点30分", "3 点半", "10:00"; 下午 and 晚上 are after noon. */
function chineseClock(s: string): { hour: number; minute: number } | null {
  const m = /(凌晨|早上|上午|中午|下午|晚上)?\s*(\d{1,2})\s*[点點时時]\s*(?:(\d{1,2})\s*分|(半))?/u.exec(s);
  if (!m) {
    const c = /(?<!\d)(\d{1,2}):(\d{2})(?!\d)/.exec(s);
    return c && Number(c[1]) < 24 && Number(c[2]) < 60 ? { hour: Number(c[1]), minute: Number(c[2]) } : null;
  }
  let hour = Number(m[2]);
  if ((m[1] === '下午' || m[1] === '晚上') && hour < 12) hour += 12;
  const minute = m[4] ? 30 : Number(m[3] ?? 0);
  return hour > 23 || minute > 59 ? null : { hour, minute };
}

/** Chinese schedule wordings: "每分钟", "每 5 分钟", "每小时", "每天凌晨 2 点", "每周一 9 点", "每月 1 日 5 点". */
function chineseCron(s: string): string | null {
  if (!/每/u.test(s)) return null;
  const at = chineseClock(s);
  let m = /每\s*(\d+)\s*分钟/u.exec(s);
  if (m) return m[1] === '1' ? '* * * * *' : `*/${m[1]} * * * *`;
  if (/每分钟/u.test(s)) return '* * * * *';
  m = /每\s*(\d+)\s*(?:个)?小时/u.exec(s);
  if (m) return `0 */${m[1]} * * *`;
  if (/每(?:个)?小时/u.test(s)) return '0 * * * *';
  m = /每月\s*(\d{1,2})\s*[日号]/u.exec(s);
  if (m) return at && Number(m[1]) <= 31 ? `${at.minute} ${at.hour} ${m[1]} * *` : null;
  m = /每(?:周|星期)([一二三四五六日天])/u.exec(s);
  if (m)
    return at
      ? `${at.minute} ${at.hour} * * ${'日一二三四五六'.indexOf(m[1] === '天' ? '日' : m[1]!)}`
      : null;
  if (/每天|每日|每晚/u.test(s)) return at ? `${at.minute} ${at.hour} * * *` : null;
  return null;
}

/** "before", "after", "ahead of", "antes", "anterior", "avant", "vor", "prima": a time relative to an event. */
const RELATIVE =
  /(?<!\p{L})(?:before|after|prior|ahead|antes|depois|após|anterior|despu[ée]s|avant|apr[eè]s|veille|vor|nach|vorher|prima|dopo|precedente|før|etter)(?!\p{L})/iu;

/** The English wordings job tables use ("daily 3am", "weekly on Sunday", "every 2 hours"). */
function englishCron(s: string, at: { hour: number; minute: number } | null): string | null {
  const hour = at?.hour ?? null;
  const minute = at?.minute ?? 0;
  let m = /every\s+(\d+)\s*(?:minutes?|mins?)\b/.exec(s);
  if (m) return `*/${m[1]} * * * *`;
  m = /every\s+(\d+)\s*(?:hours?|h)\b/.exec(s);
  if (m) return `${minute} */${m[1]} * * *`;
  if (/every\s+hour\b|hourly/.test(s)) return `${at ? minute : 0} * * * *`;
  if (/daily|every\s+day|nightly|every\s+night/.test(s))
    return hour === null ? null : `${minute} ${hour} * * *`;
  m =
    /(?:weekly|every\s+week)\b.*?\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*/.exec(s) ??
    /every\s+(sun|mon|tue|wed|thu|fri|sat)[a-z]*/.exec(s);
  if (m) return `${minute} ${hour ?? 0} * * ${DAYS[m[1]!]}`;
  return null;
}

const ACTS: [JobAct, RegExp][] = [
  [
    'remind',
    /remind|påmind|påminn|lembrete|recordatorio|rappel|erinner|promemoria|muistut|připomín|připomen|herinner|напомин|리마인드|전날 (?:예약 )?알림|提醒|emlékeztet/i,
  ],
  [
    'purge',
    /purge|delet|older than|erase|retention|clean ?up|apag|exclu[ií]|limpe|elimin|borra|purga|supprim|nettoy|smaže|maže|mazání|odstraň|zruší|ruší|rušení|lösch|bereinig|cancel|stornier|annul|pulizia|poist|verwijder|opschon|\bslet|\bradera|\bgallr|\baflys|\bavlys|удал|очист|отмен|старше|삭제|파기|취소한다|删除|清理|清除|取消/i,
  ],
  [
    'anonymise',
    /anonymi[sz]|anonimi[zs]|pseudonymi|pseudonimi|anonimise|anonymizuj|anonymizac|обезлич|анонимиз|익명/i,
  ],
  ['archive', /archiv|arquiv|архив|归档/i],
  [
    'send',
    /deliver|\bsend|envi[ao]|envoi|envoy|versend|versand|invi[ao]|entreg|verstu|verzend|stuurt|pošle|posílá|odeslání|отправ|рассыл|발송|보낸다|发送|推送/i,
  ],
  ['webhook', /webhook/i],
  ['document', /\bpdf\b/i],
  ['tokens', /token|session|sess[ãa]o|sesi[oó]n|jeton|sitzung|sessione/i],
];

/** The acts a stated job's name and description say it does. */
export function jobActs(text: string): JobAct[] {
  return ACTS.filter(([, re]) => re.test(text)).map(([act]) => act);
}

/**
 * A list item under a jobs heading that opens with its trigger: "Every 5 minutes: cancel unconfirmed
 * bookings", "Каждые 5 минут: отмена неподтверждённых броней", "Ежедневно в 03:00: удаление броней
 * старше 3 лет", "Täglich um 03:00: alte Buchungen löschen", "Cada día a las 03:00: …". The label
 * before the colon must read as a schedule (a period or a clock time with a day word); the job is
 * named by the words of its action (up to its first comma or stop, eight words at most).
 */
const SUBJECT_FIRST =
  /^(?:the|a|an|all|each|every|any|this|these|those|our|its|their|we|it|they|os|as|o|a|um|uma|los|las|el|la|un|una|todos|todas|le|les|l['’]|un|une|des|tous|toutes|der|die|das|ein|eine|alle|il|lo|gli|i|le|uno|una|tutti|tutte|de|het|een|alle|wszystkie|każd\p{L}*|все|каждый|система|system|sistema|système)(?![\p{L}\p{N}_])/iu;
const TRAILING =
  /^(?:by|for|to|of|the|a|an|or|with|in|on|at|from|de|la|el|le|les|des|du|por|para|con|o|ou|oder|von|zu|mit|für|di|da|per|il|van|het|of|z|w|do|na|lub|dla|przez|по|для|в|на|с)$/iu;

export function readScheduledItem(text: string): { schedule: string; action: string; name: string } | null {
  // "Every 5 minutes: resend …", and as often "Every day at 18:00, send reminders …": the schedule
  // opens the item and a colon or the first comma after it ends it.
  // After a comma only an act ("resend …"), never a sentence with its own subject ("Todas as noites
  // às 3h, os agendamentos cancelados … são excluídos"): the rule readers design that one.
  // Japanese and Chinese write the comma "、" / "，" with no space after it ("毎日午前3時に、…を登録する。").
  const comma = /^\s*([^,，、]{3,60}?)\s*(?:,\s+|[，、]\s*)(\S.{2,})$/su.exec(text);
  const m =
    /^\s*(.{3,60}?)\s*[:：]\s+(\S.{2,})$/su.exec(text) ??
    (comma && !SUBJECT_FIRST.test(comma[2]!) ? comma : null);
  if (!m) return null;
  const schedule = m[1]!.replace(/[*_`]/g, '').trim();
  if (jobCron(schedule) === null && readSchedule(schedule) === null) return null;
  const action = m[2]!.trim();
  // Its first clause, cut before a second act ("find vaccinations due next month and register …"),
  // at most 8 words, never ending on a function word ("… reservations by").
  const words = action
    .split(/[,;.(]\s|\s\(|[.;。]$|[、，；。（]/u)[0]!
    .split(/\s+(?:and|y|et|und|e|en|i|и|oraz)\s+/iu)[0]!
    .split(/\s+/u)
    .slice(0, 8);
  while (words.length > 1 && TRAILING.test(words[words.length - 1]!)) words.pop();
  const name = words.join(' ').trim();
  return name.length >= 3 ? { schedule, action: action.replace(/[.;。]\s*$/u, ''), name } : null;
}

/** A stated job with its schedule and acts read once, here, for derive (a table row, a list item, a fact). */
export function readStatedJob(
  name: string,
  schedule: string,
  description: string,
  origin: StatedJob['origin'],
): StatedJob {
  const cron = jobCron(schedule);
  const timeZone = statedTimeZone(schedule);
  const quartz = cron ? null : quartzCron(schedule);
  return {
    name,
    schedule,
    description,
    origin,
    ...(cron ? { cron } : {}),
    ...(quartz ? { keptCron: quartz.written } : {}),
    ...(timeZone ? { timeZone } : {}),
    acts: jobActs(`${name} ${description}`),
  };
}

/**
 * The queue messages a document lists for its worker, each with what it does: "Queue messages:
 * `signup.cancelled` (promotes from the waitlist), `shift.cancelled` (notifies the roster), `sms.send`,
 * `email.send`." In en, es, pt, fr, de, it ("Mensajes de la cola:", "Mensagens da fila:", "Messages de
 * la file :", "Nachrichten der Warteschlange:", "Messaggi della coda:"). Only code-span names count.
 */
const QUEUE_MESSAGES_LABEL =
  /(?:^|[.!?]\s+)(?:queue messages|messages(?: on the queue| in the queue)?|events on the queue|mensajes(?: de la cola)?|mensagens(?: da fila)?|messages de la file|nachrichten(?: (?:der|in der) warteschlange)?|messaggi(?: della coda)?)\s*[:：]\s*/iu;
const MESSAGE_ITEM = /`([a-z][\w-]*(?:\.[\w-]+)+)`\s*(?:\(([^()]{3,160})\))?/giu;
const CHANNEL_OF: [RegExp, 'email' | 'sms' | 'push' | 'whatsapp'][] = [
  [/^(?:e-?mail|mail|correo|courriel)\b/i, 'email'],
  [/^sms\b/i, 'sms'],
  [/^push\b/i, 'push'],
  [/^whatsapp\b/i, 'whatsapp'],
];
const SEND_VERB = /\.(?:send|deliver|enviar|envoyer|senden|inviare)$/i;

export function readQueueMessages(
  text: string,
): { name: string; does: string; channel?: 'email' | 'sms' | 'push' | 'whatsapp' }[] | null {
  const label = QUEUE_MESSAGES_LABEL.exec(text);
  if (!label) return null;
  const rest = text.slice(label.index + label[0].length).split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!;
  const out: { name: string; does: string; channel?: 'email' | 'sms' | 'push' | 'whatsapp' }[] = [];
  for (const m of rest.matchAll(MESSAGE_ITEM)) {
    const name = m[1]!;
    const channel = SEND_VERB.test(name) ? CHANNEL_OF.find(([re]) => re.test(name))?.[1] : undefined;
    out.push({ name, does: (m[2] ?? '').trim(), ...(channel ? { channel } : {}) });
  }
  return out.length > 0 ? out : null;
}

/**
 * A retry sentence's backoff and dead letter, split: "with exponential backoff and then moved to the
 * dead-letter queue shiftshare-events-dlq" → "exponential backoff", "dead-letter queue
 * shiftshare-events-dlq" (en, es, pt, fr, de, it).
 */
const THEN_PARKED =
  /\s*,?\s*(?:and\s+)?then\s+(?:moved|sent|parked|put|routed)\s+(?:to|in|into|on)\s+(?:the\s+)?|\s*,?\s*(?:y\s+)?luego\s+(?:se\s+)?(?:mueven|envían|pasan)\s+a\s+(?:la\s+)?|\s*,?\s*(?:e\s+)?depois\s+(?:são\s+)?(?:movidas?|enviadas?)\s+para\s+(?:a\s+)?|\s*,?\s*(?:et\s+)?puis\s+(?:sont\s+)?(?:déplacés?|envoyés?)\s+(?:dans|vers)\s+(?:la\s+)?|\s*,?\s*(?:und\s+)?(?:danach|dann)\s+in\s+(?:die\s+)?|\s*,?\s*(?:e\s+)?poi\s+(?:spostat[ie]|inviat[ie])\s+(?:nella|in)\s+/iu;

export function splitDeadLetter(backoff: string): { backoff: string; deadLetter: string | null } {
  const m = THEN_PARKED.exec(backoff);
  if (!m) return { backoff, deadLetter: null };
  const dead = backoff
    .slice(m.index + m[0].length)
    .replace(/[.;]\s*$/u, '')
    .replace(/\s+(?:verschoben|gestellt)$/iu, '')
    .trim();
  return { backoff: backoff.slice(0, m.index).trim() || backoff, deadLetter: dead || null };
}
