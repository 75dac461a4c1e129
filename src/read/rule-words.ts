import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { findMeasures } from '../knowledge/durations.js';
import type { JobAct, RuleEnforcement, RuleReading } from '../model/domain.js';
import { readCacheSentence } from './cache-words.js';
import { chineseForce } from './chinese-force.js';
import { statesConsequence } from './consequence-words.js';
import { czechForce } from './czech-force.js';
import { finnishForce } from './finnish-force.js';
import { builtRules, rewrittenIn } from './force-words.js';
import { greekForce } from './greek-force.js';
import { hungarianForce } from './hungarian-force.js';
import { indonesianForce } from './indonesian-force.js';
import { describesInterface } from './interface-words.js';
import { jobActs } from './job-words.js';
import { yearlyDate } from './month-words.js';
import { norwegianForce } from './norwegian-force.js';
import { periodAction, reminderEvent } from './period-words.js';
import { romanianForce } from './romanian-force.js';
import { commandedAction, ruleTarget } from './rule-target-words.js';
import { readSchedule, statedTimeZone } from './schedule-words.js';
import { stateVerbsNamed, writeVerbsNamed } from './state-verb-words.js';
import { swedishForce } from './swedish-force.js';
import { systemPresentWork } from './system-present-words.js';
import { thaiForce } from './thai-force.js';
import { describesTooling } from './tooling-words.js';
import { turkishForce } from './turkish-force.js';
import { ukrainianForce } from './ukrainian-force.js';
import { vietnameseForce } from './vietnamese-force.js';
import { statesVisibility } from './visibility-words.js';

/**
 * How a stated rule reads, in en, es, pt, fr and de: whether a sentence states a business rule at
 * all (a rule word with a number, a hard modality or an ordering), what kind of constraint it is,
 * how it is naturally enforced, and the error code it names. The only place these words are read:
 * extract collects the rule sentences with this reading, derive designs from the reading.
 */

const RULE_WORD =
  /\b(must|shall|only|at most|at least|within|unique|never|before|after|cannot|can ?not|up to|no more than|limited to|maximum|minimum|expires?|valid for|exactly|one per|per|debe|deben|solo|sólo|como máximo|al menos|dentro de|únic[oa]|nunca|antes|después|no puede|hasta|doit|doivent|seul(?:e|ement)?|au plus|au moins|dans les|jamais|avant|après|ne peut|jusqu'à|muss|müssen|nur|höchstens|mindestens|innerhalb|eindeutig|nie|niemals|vor|nach|darf nicht|bis zu|deve|devem|apenas|no máximo|pelo menos|único|depois|não pode|até|devono|soltanto|al massimo|almeno|entro|univoc[oa]|non (?:\w+ ){0,2}mai|prima|dopo|non possono|fino a|massimo|minimo|un solo|una sola)\b/i;
const NUMBER = /\d|\b(one|two|three|single|dos|tres|deux|trois|zwei|drei|dois|duas|due|tre)\b/i;
/** A stated amount of time is a rule's number (`held for 10 minutes`, `retained for 7 years`). */
const DURATION =
  /\b\d+\s*(?:-\s*)?(?:seconds?|minutes?|mins?|hours?|h(?![\u00C0-\u024F\u1E00-\u1EFF])|days?|weeks?|months?|years?|segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?|secondes?|heures?|jours?|semaines?|mois|ans?|années?|sekunden|minuten|stunden|tage?n?|wochen|monate?n?|jahre?n?|secondi|minuti|ore|giorni|settimane|mesi|anni)\b/i;
const MUST =
  /\b(must|shall|required to|has to|have to|debe|deben|doit|doivent|muss|müssen|deve|devem|devono)\b/i;
/** Before/after an event orders two steps; "after each appointment" only says when, not a rule. */
const ORDER =
  /\b(before|after|antes|después|avant|après|vor|nach|depois|prima|dopo)\b(?!\s+(?:each|every|cada|chaque|jede[mnrs]?|ogni)\b)/i;
const HARD =
  /\b(never|unique|unicidad|unicité|unicidade|impedir|empêcher|verhindern|only|must not|may not|does not|do not|cannot|can ?not|not allowed|nunca|únic[oa]|solo|sólo|jamais|seul(?:e|es|s|ement)?|nie|niemals|nur|eindeutig|apenas|não pode|no puede|ne peut|darf nicht|non (?:\w+ ){0,2}mai|univoc[oa]|soltanto|non possono|impedire)\b/i;
/**
 * Italian "non può / non possono" (`\b` does not see the accented end of "può"), and German "kann
 * keine / darf keinen" (a modal with "kein" forbids what it names).
 */
const HARD_IT =
  /(?<!\p{L})(?:non (?:può|possono)|(?:kann|können|darf|dürfen|muss|müssen) kein(?:e|en|er|em)?)(?!\p{L})/iu;
const hard = (text: string) => HARD.test(text) || HARD_IT.test(text) || NO_ONE.test(text);
/** Non-functional requirements that bound data or access are rules too (retention, lockout, limits). */
const NFR_RULE =
  /\b(retain|retention|retained|anonymi[sz]|purge|delete|expire|lock|limit|attempts?|per (?:minute|hour|day|ip)|conserv|aufbewahr|bewahr|conservad|guardad|anonimizz|cancellat|tentativ)\w*/i;
/** Performance targets are not business rules. */
const PERFORMANCE =
  /\b(\d+\s?ms|p9\d|percentile|availability|uptime|latency|concurrent|throughput|responses? within|disponibilit|latenza)\b|\b(?:loads?|takes?|generated|rendered|responds?|displayed|refresh\w*|updates?|reflects?)\s+(?:\w+\s+){0,4}?(?:within|under|in less than)\b|\bwithin \d+\s*(?:ms|seconds?|s)\b/i;

/** A count of acts ("once", "twice", "10 times"): what a window limits, never a latency. */
const COUNTED = /(?<!\p{L})(?:once|twice|\d+ times)(?!\p{L})/iu;

const WINDOW_WORD =
  /\b(within|before|after|dentro de|antes|después|avant|après|innerhalb|vor|nach|depois|entro|prima|dopo)\b/i;
const UNIQUE =
  /(?<!\p{L})(unique|únic|eindeutig|overlap|solap|chevauch|überschneid|sobrepo[rs]|one per|only one|exactly one|univoc|sovrapp)\p{L}*/iu;
const OVERLAP = /overlap|solap|chevauch|überschneid|sobrepo[rs]|sovrapp/i;
const LIMIT =
  /\b(at most|up to|no more than|more than|limited to|maximum|max\.?|como máximo|más de|hasta|au plus|plus de|jusqu'à|höchstens|mehr als|bis zu|no máximo|mais de|até|al massimo|più di|fino a|non oltre)\b/i;
const MINIMUM = /\b(at least|minimum|al menos|au moins|mindestens|pelo menos|almeno|minimo)\b/i;
/**
 * A minimum lead time: "more than 24 hours before", "with at least 2 days' notice", "com mais de 24
 * horas de antecedência", "con más de 24 horas de antelación", "plus de 24 heures à l'avance",
 * "mehr als 24 Stunden vorher", "più di 24 ore prima": the act must come that long before the event
 * at the latest (at least N before), never a cap on a count ("at most"). A later request is too late.
 */
const LEAD_TIME = caseFoldedRegExp(
  [
    '(?<!\\p{L})(?:more than|over|at least|no less than|not less than|más de|al menos|no menos de|mais de|pelo menos|no mínimo|',
    'plus de|au moins|pas moins de|mehr als|mindestens|über|più di|almeno|non meno di)\\s+\\d+(?:[.,]\\d+)?\\s*',
    '(?:hours?|h|days?|weeks?|minutes?|horas?|días?|dias?|semanas?|minutos?|heures?|jours?|semaines?|stunden|tage?n?|wochen|minuten|ore|giorni|settimane|minuti)',
    "(?:['’]s?)?\\s+(?:notice\\s+)?(?:before|in advance|ahead|prior|de antecedência|de antecedencia|de antelación|con antelación|de anticipación|con anticipación|antes|à l['’]avance|d['’]avance|avant|im voraus|vorher|vor|zuvor|di anticipo|in anticipo|d['’]anticipo|prima)(?!\\p{L})",
  ].join(''),
  'iu',
);
const DURATION_WORD = /\b(expires?|valid for|locked for|held for)\b/i;
/**
 * Kept or stored: a duration rule only with the time it states ("retained for 2 years");
 * "Personnummer lagras krypterat" (stored encrypted, read as "retained") names no duration.
 */
const RETAINED_WORD = /\b(retained|retention)\b/i;
const ONLY = /\bonly|solo|sólo|seul|nur|apenas|soltanto\b/i;
/** Keeping data for at least a time is a retention floor ("kept for 5 years at least", "mindestens 10 Jahre aufbewahrt"). */
const KEPT =
  /\b(kept|retained|stored|preserved|archived|conservad[oa]s?|guardad[oa]s?|almacenad[oa]s?|mantenid[oa]s?|conservée?s?|gardée?s?|archivée?s?|aufbewahrt|gespeichert|archiviert|mantid[oa]s?|armazenad[oa]s?|retid[oa]s?|conservat[oaie]|archiviat[oaie]|mantenut[oaie]|conservan|guardan|mantienen|almacenan|conservam|guardam|armazenam|mantêm)\b/i;

const AUTOMATIC =
  /\b(automatically|automatic|scheduled|reminder|reminds|reminded|purged?|anonymi[sz]ed|expires?|is marked|are marked|automáticamente|automatiquement|automatisch|automaticamente|erinnerung|rappel|recordatorio|lembrete|nächtlich|jede Nacht|chaque nuit|cada noche|toda noite|every (?:morning|night|day|hour|week|month)|nightly|cada (?:día|mañana|hora|semana)|diariamente|chaque (?:jour|matin|heure|semaine)|quotidiennement|jeden (?:Tag|Morgen|Abend)|täglich|stündlich|todos os dias|toda manhã|a cada hora|automaticamente|promemoria|ogni (?:giorno|notte|mattina|ora|settimana|mese)|anonimizan|anonimizad[oa]s?|anonimizam|anonymisée?s?|anonymisiert|anonimizzat[oaie])\b/i;
/** The system as the subject of a requirement (EARS "THE SYSTEM SHALL", "el sistema debe", "das System muss", "システム SHALL"). */
const SYSTEM_SUBJECT =
  /\b(?:(?:the system|the (?:api|backend|platform|service|application|chatbot|app|server)|el sistema|la plataforma|le système|la plateforme|das system|die plattform|o sistema|a plataforma|il sistema|la piattaforma)\s+(?:shall|must|will|should|debe|deberá|doit|devra|muss|soll|wird|deve|deverá|dovrà)|(?:muss|soll|wird) (?:das system|die plattform))\b|システム\s*(?:SHALL|MUST)\b|(?<!\p{L})система\s+(?:должна|обязана|будет)(?!\p{L})/iu;
/** What the system does by itself once a stated time has passed: cancel, expire, suspend, remind… */
const SYSTEM_ACTION =
  /\b(?:cancel|expire|release|suspend|close|archive|purge|remind|e-?mail|notify|send|mark|lock|anular|cancelar|expirar|liberar|suspender|cerrar|archivar|recordar|notificar|enviar|marcar|annuler|expirer|libérer|suspendre|clôturer|archiver|rappeler|notifier|envoyer|marquer|stornieren|sperren|freigeben|archivieren|erinnern|benachrichtigen|senden|markieren|encerrar|fechar|arquivar|lembrar|fermer|schließen|annull|chiud|invia|notific|scad)\w*/i;
/** A user story is what someone wants, not a rule ("As a manager, I want … so that members only see …"). */
const STORY =
  /\b(?:I want|I'd like|I would like|we want|quiero|quisiera|queremos|quero|gostaria de|queremos|je veux|je voudrais|j'aimerais|je souhaite|nous voulons|ich möchte|möchte ich|ich will|will ich|wir möchten|möchten wir|wollen wir|haluan|voglio|vorrei|desidero|vogliamo|vill jag|jag vill|vil jeg|jeg vil|ønsker jeg|jeg ønsker|istiyorum|isterim|istiyoruz)\b|(?:chcę|chciałbym|chciałabym)(?=[\s,.;]|$)|tôi (?:muốn|cần|mong muốn)(?=[\s,.;]|$)|saya (?:ingin|mau|perlu|membutuhkan)(?=[\s,.;]|$)|として[、,][^。]*たい|(?:szeretnék|szeretném|szeretnénk)(?=[\s,.;]|$)|\b(?:vreau|vrem|dorim)(?=[\s,.;]|$)|\baș (?:vrea|dori)(?=[\s,.;]|$)/i;
/**
 * The frame of a user story whatever its verb ("As a PSIRT member, I MUST be able to…", "Como
 * usuario, necesito…", "En tant que bénévole, je dois…", "Als Helfer muss ich…", "Como voluntário, eu
 * preciso…", "Come volontario, devo…"): what a role needs, not a constraint the backend enforces.
 */
const STORY_FRAME =
  /(?:^\W*|:\s+)(?:as an? [^,.;]{1,50},\s*I|como [^,.;]{1,50},\s*(?:yo|eu|necesito|preciso|debo|devo)|en tant que [^,.;]{1,50},\s*(?:je|j['’])|als [^,.;]{1,50},?\s*(?:(?:muss|möchte|will|kann|brauche) ich|ich)|come [^,.;]{1,50},\s*(?:io|devo|ho bisogno))(?!\p{L})/iu;
/** Whether a sentence is a user story, whatever its verb ("As a user, I MUST be able to…"). */
export const statesStory = (text: string): boolean => STORY.test(text) || STORY_FRAME.test(text);

/** "No volunteer can hold more than 3…", "Ningún voluntario puede…", "Kein Helfer darf…": a prohibition on everyone. */
const NO_ONE =
  /^\W*(?:no|ningún|ninguna|nenhum|nenhuma|aucun|aucune|kein|keine|nessun|nessuna)\s+(?:\p{L}+\s+){1,3}?(?:can|may|puede|pode|peut|kann|darf|può)(?!\p{L})/iu;
/**
 * "does not automatically complete the parent task", "no completa automáticamente", "não conclui
 * automaticamente", "ne termine pas automatiquement", "nicht automatisch", "non completa
 * automaticamente": a side effect the documents rule out, not a job and not a request check.
 */
const NOT_AUTOMATIC =
  /(?<!\p{L})(?:not|never|no|nunca|jamais|pas|nicht|não|non|mai)\s+(?:\p{L}+\s+){0,2}?(?:automatic\p{L}*|automátic\p{L}*|automatiquement|automatisch\p{L}*)(?!\p{L})/iu;
const ROLE_ONLY =
  /\b(only (?:the |a |an )?\w+ (?:can|may)|can only|may only|solo (?:el|la|los)|seul(?:e)? (?:le|la|les)|nur (?:der|die)|solo (?:il|la|lo|gli|le|l'))\b/i;
const INPUT = /\b(characters?|chars?|digits?|length|items?|files?|MB|KB|GB|caracteres|caractères|zeichen)\b/i;
/** An error code written in the rule ("reject the request with TOOL_UNAVAILABLE"): an identifier, any language. */
const STATED_CODE = /(?<![\w-])([A-Z]{2,}(?:_[A-Z]{2,})+)(?![\w-])/;

/**
 * An audit-trail requirement ("every change to an appointment is written to an audit log", "Alle
 * Änderungen werden protokolliert", "toda alteração é registrada", "todo cambio queda registrado en
 * un registro de auditoría", "toute modification est enregistrée dans un journal d'audit", "ogni
 * modifica è registrata nel registro di audit"): an audit
 * log named with a verb that writes to it, or changes named with a verb that logs them.
 */
const AUDIT_LOG =
  /(?<!\p{L})(?:audit(?:[- ]?(?:logs?|trails?|records?|entr(?:y|ies)|history))|registros? de auditor[ií]a|logs? de auditor[ií]a|trilhas? de auditoria|registros? de auditoria|journal(?:ux)? d['’]audit|pistes? d['’]audit|audit-?log\p{L}*|audit-?trail\p{L}*|prüfprotokoll\p{L}*|änderungsprotokoll\p{L}*|protocolo de auditor[ií]a|registr[oi] di audit|log di audit|traccia di audit|tracce di audit)(?!\p{L})/iu;
const LOGGED =
  /(?<!\p{L})(?:logged|recorded|written|captured|tracked|stored|registrad[oa]s?|registra|registran|queda(?:n)? registrad[oa]s?|gravad[oa]s?|enregistrée?s?|consignée?s?|journalisée?s?|tracée?s?|protokolliert|aufgezeichnet|erfasst|gespeichert|festgehalten|geschrieben|registrat[oaie]|tracciat[oaie]|memorizzat[oaie])(?!\p{L})/iu;
const CHANGES =
  /(?<!\p{L})(?:(?:all|every|each|any)\s+(?:changes?|modifications?|updates?|actions?|edits?)|tod[oa]s?\s+(?:l[oa]s\s+|[oa]s\s+)?(?:cambios?|modificaci(?:ón|ones)|alteraç(?:ão|ões)|mudanças?|modificaç(?:ão|ões)|acciones|ações)|toutes?\s+(?:les\s+)?(?:modifications?|changements?|actions?)|chaque\s+(?:modification|changement|action)|alle\s+(?:änderungen|aktionen)|jede\s+änderung|(?:ogni|qualsiasi)\s+(?:modifica|cambiamento|azione)|tutte\s+le\s+(?:modifiche|azioni)|tutti\s+i\s+cambiamenti)(?!\p{L})/iu;

/** Whether a sentence asks for an audit trail of changes (read/rule-words.ts `AUDIT_LOG`). */
export function statesAudit(text: string): boolean {
  return LOGGED.test(text) && (AUDIT_LOG.test(text) || CHANGES.test(text));
}

/**
 * Whether a sentence states a rule: not a performance target, not a user story, not what a screen
 * shows (read/interface-words.ts), and not a plain behaviour of the system ("THE SYSTEM SHALL
 * record the clerk"): a system sentence is a rule only with a bound, a window, a time, a
 * uniqueness, a prohibition or an error code in it.
 */
export function statesRule(stated: string): boolean {
  // Only the words that carry force are weighed: "CWE-79", "FR6", "NFR25" are names, not numbers;
  // "verifiable by … after submitting feedback" says how it is tested; "a message indicating it
  // cannot fulfil the request" quotes what the system says. Without them, "The system can identify
  // CWE ids within user queries (FR6)" states a capability, not a rule.
  const text = forceWords(stated);
  // "only once within 60 seconds" counts sends in a window: a limit, not a response time.
  if ((PERFORMANCE.test(text) && !COUNTED.test(text)) || STORY.test(text) || STORY_FRAME.test(text))
    return false;
  // "A consulta pública do cardápio DEVE ser cacheada por 10 minutos": a cache entry and its lifetime
  // (read/cache-words.ts), not a rule a request can break.
  if (readCacheSentence(stated) !== null) return false;
  // "O coordenador DEVE poder ver o relatório de vendas": what a role can do, unless it is bounded.
  if (ABLE.test(text) && !hard(text) && !DURATION.test(text) && !NUMBER.test(text) && !STATED_CODE.test(text))
    return false;
  // "The Book button is disabled when the shift is full": the screen's behaviour, not the backend's.
  if (describesInterface(text)) return false;
  // "… never pushed to remote version control": how the team builds the software, not a domain rule.
  if (describesTooling(text)) return false;
  // "Different templates configurable per test type": a setting exists; it bounds nothing.
  if (SETTING.test(text) && !BOUND.test(text)) return false;
  if (statesAudit(text) && !KEPT_FOR.test(text)) return true;
  // "Yıllık aidat 150 TL'dir", "The yearly fee is 150 EUR", "Die Jahresgebühr beträgt 150 EUR": a
  // stated amount the domain charges is a rule its payments follow.
  if (statesCharge(text) || (CHARGE.test(text) && yearlyDate(text) !== null)) return true;
  // "Each address is entitled to 2 free pickups a year", "The fee is not refunded": a rule the
  // service applies to what it charges.
  if ((ENTITLED.test(text) && NUMBER.test(text)) || NO_REFUND.test(text)) return true;
  // "… then she gets the error SLOT_TAKEN": a named error code is a rule the API enforces.
  if (STATED_CODE.test(text) && ERROR_WORD.test(text)) return true;
  // "Bookings not confirmed by 18:00 the day before are released automatically": a timed rule.
  if (deadlineOf(text) && (PASSIVE_ACTION.test(text) || AUTOMATIC.test(text))) return true;
  // "Orders can be placed at the latest by 14:00 the working day before": a deadline requests meet.
  if (LATEST.test(text) && deadlineOf(text)) return true;
  // "After the payment is confirmed, the parent receives an SMS": what follows an event, with no
  // modality and no bound, is a consequence (read/consequence-words.ts), not an ordering rule.
  const bound =
    NUMBER.test(text) || hard(text) || MUST.test(text) || DURATION.test(text) || STATED_CODE.test(text);
  if (statesConsequence(text, bound)) return false;
  const ruled =
    ((RULE_WORD.test(text) || hard(text)) &&
      (NUMBER.test(text) || hard(text) || MUST.test(text) || ORDER.test(text))) ||
    DURATION.test(text);
  if (!ruled) return false;
  const behaviour =
    SYSTEM_SUBJECT.test(text) &&
    kindOf(text) === 'required' &&
    !SYSTEM_NOT.test(text) &&
    !DURATION.test(text) &&
    !STATED_CODE.test(text);
  return !behaviour;
}

/** An amount of money: a number with its currency's code or sign ("150 TL", "€ 20", "49,90 SEK", "200 元"). */
const MONEY =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s*(?:TL|TRY|₺|EUR|€|USD|US\$|\$|SEK|NOK|DKK|kr|kronor|PLN|zł|CZK|Kč|CHF|GBP|£|JPY|円|元|RMB|CNY|KRW|원|RUB|₽|руб\p{L}*|BRL|MXN|ARS|COP|CLP|Ft|HUF|lei|RON)(?!\p{L})|(?:€|\$|£|₺|R\$|¥)\s?\d+|(?<!\p{L})(?:NOK|SEK|DKK|EUR|USD|CHF|GBP|PLN|CZK|TRY)\s?\d+/u;
/**
 * What the domain charges, named (en, es, pt, fr, de, it, nl, sv, pl, tr, ru, zh, ja, ko): a fee,
 * price, dues, a subscription, a deposit, a fine.
 */
const CHARGE =
  /(?<!\p{L})(?:fees?|prices?|dues|charges?|charged|billed|invoiced|fined|costs?|koster|kostar|cuesta|cuestan|coûte|coûtent|kostet|kosten|custa|custam|costa|costano|kost|bot|boten|bøter|\p{L}{4,}bot(?:en)?|gebyr\p{L}*|kontingent\p{L}*|poplat\p{L}*|subscriptions?|deposits?|fines?|penalt(?:y|ies)|cuotas?|tarifas?|precios?|multas?|dep[oó]sitos?|taxas?|pre[cç]os?|mensalidades?|anuidades?|frais|prix|cotisations?|tarifs?|amendes?|cautions?|\p{L}*geb[üu]hr\p{L}*|\p{L}*beitr[aä]g\p{L}*|preis\p{L}*|kaution|quote?|prezz[oi]|canon[ei]|cauzion[ei]|tarie[fv]\p{L}*|prijs\p{L}*|contributie|boete\p{L}*|\p{L}*avgift\p{L}*|pris\p{L}*|opłat\p{L}*|składk\p{L}*|cen[ay]|aidat\p{L}*|ücret\p{L}*|fiyat\p{L}*|ceza\p{L}*|depozito\p{L}*|взнос\p{L}*|плат\p{L}*|стоимост\p{L}*|штраф\p{L}*|προκαταβολ\p{L}*|χρέωσ\p{L}*|πρόστιμ\p{L}*|εγγύησ\p{L}*|\p{L}*díj\p{L}*)(?!\p{L})|费用|价格|会费|押金|罚款|料金|会費|価格|요금|회비|가격/iu;

/**
 * A share of another amount ("30 % of the total amount of the booking", "30 % του συνολικού
 * ποσού"): with a charge word, the sum of a charge stated as a part of another. A percentage of
 * nothing ("GST (18%)" in a list of what an invoice shows, "zu 90 % verbraucht") is no share.
 */
const SHARE =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s*%\s+(?:of|του|της|των|av|af|van|de|du|des|del|da|do|di|della|dello|von|vom|der|z|ze|dari|của)(?!\p{L})/iu;

/** Whether a sentence states an amount the domain charges: a fee, price or fine with its sum (or its share). */
export const statesCharge = (text: string): boolean =>
  (MONEY.test(text) || SHARE.test(text)) && CHARGE.test(text);

/** An identifier with a number in it: a requirement id (`FR6`, `NFR-25`, `AC1`), a CWE or CVE id. */
const IDENTIFIER = /(?<![\p{L}\p{N}_])\p{Lu}[\p{L}]*[-_]?\d+(?:[.-]\d+)*(?![\p{L}\p{N}_])/gu;
/** How a criterion is tested ("verifiable by …", "verificable mediante …", "vérifiable par …"), to its sentence's end. */
const VERIFIED_BY =
  /[,;]?\s*\**\s*(?:verifiable|testable|demonstrable|verificable|comprobable|verificável|vérifiable|überprüfbar|prüfbar|nachweisbar|verificabile)\s+(?:by|through|via|with|using|mediante|por|a trav[ée]s de|atrav[ée]s de|par|durch|tramite|con)(?!\p{L})[\s\S]*$/iu;
/** What a message says ("a polite message indicating it cannot fulfil the request"): quoted, not ruled. */
const MESSAGE_SAYS =
  /(?<!\p{L})(?:message|notice|prompt|reply|response|mensaje|respuesta|mensagem|resposta|réponse|meldung|nachricht|hinweis|antwort|messaggio|avviso|risposta)\s+(?:indicating|saying|stating|explaining|telling|that (?:says|states|explains)|que (?:indica|dice|diga|diz|explica)|indicando|dizendo|diciendo|indiquant|disant|qui (?:indique|dit)|(?:der|die|das) (?:besagt|erklärt)|che (?:indica|dice|spiega))(?!\p{L})[^.;]*/giu;

/**
 * The force words of every language read through a rewrite into English (Dutch, Polish, Swedish,
 * Finnish, Thai, …), each applied only to text written in its language.
 */
function foreignForce(text: string): string {
  return thaiForce(
    chineseForce(
      japaneseForce(
        dutchForce(
          polishForce(
            swedishForce(
              norwegianForce(
                turkishForce(
                  czechForce(
                    vietnameseForce(
                      indonesianForce(
                        greekForce(hungarianForce(ukrainianForce(romanianForce(finnishForce(text))))),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function forceWords(text: string): string {
  return foreignForce(text).replace(VERIFIED_BY, '').replace(MESSAGE_SAYS, ' ').replace(IDENTIFIER, 'ID');
}

/** Words only Dutch writes among the languages read here: the text is Dutch. */
const DUTCH_TEXT =
  /(?<!\p{L})(?:het|een|moet|moeten|mag|mogen|wordt|worden|niet|geen|nooit|maximaal|hoogstens|minimaal|minstens|uniek|alleen|binnen|wanneer|dan|systeem)(?!\p{L})/giu;

/**
 * Dutch force words in the English the readers below weigh, as for Japanese: Kiro's Dutch EARS
 * ("WANNEER … DAN MOET het systeem …"), "mag maximaal 2", "hoogstens één", "is uniek", "worden nooit
 * verwijderd", "binnen 30 dagen", "kan niet opnieuw worden bevestigd". Only text with at least two
 * Dutch words is rewritten (German shares "mag", "dan", "niet" spellings with none of these pairs).
 */
const DUTCH = (): [RegExp, string][] => [
  [/(?<!\p{L})(?:het systeem (?:moet|zal)|(?:moet|zal) het systeem)(?!\p{L})/giu, 'the system must'],
  [/(?<!\p{L})wanneer(?!\p{L})/giu, 'when'],
  [/(?<!\p{L})(?:dan|als)(?= the system must)/giu, 'then'],
  [/(?<!\p{L})(?:kan|kunnen|mag|mogen) niet(?!\p{L})/giu, 'cannot'],
  [/(?<!\p{L})(?:moet|moeten|dient|dienen)(?!\p{L})/giu, 'must'],
  [/(?<!\p{L})(?:maximaal|hoogstens|ten hoogste|niet meer dan)(?!\p{L})/giu, 'at most'],
  [/(?<!\p{L})(?:minimaal|minstens|ten minste)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})binnen(?!\p{L})/giu, 'within'],
  [/(?<!\p{L})uniek(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})nooit(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:alleen|uitsluitend)(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})niet automatisch(?!\p{L})/giu, 'not automatically'],
  [/(?<!\p{L})automatisch(?!\p{L})/giu, 'automatically'],
  [/(?<!\p{L})(?:voordat|voor aanvang)(?!\p{L})/giu, 'before'],
  [/(?<!\p{L})(?:nadat)(?!\p{L})/giu, 'after'],
  [/(?<=\d+\s+\p{L}+\s)na(?!\p{L})/giu, 'after'],
  [/(?<!\p{L})(?:weigeren|weigert|afwijzen|wijst af)(?!\p{L})/giu, 'reject'],
  [/(?<!\p{L})herinnering(?:en)?(?!\p{L})/giu, 'reminder'],
  [/(?<!\p{L})(?:versturen|sturen|verstuurt|stuurt)(?!\p{L})/giu, 'send'],
  [/(?<!\p{L})één(?!\p{L})/giu, 'one'],
  [/(\d+)\s*(?:seconden)(?!\p{L})/giu, '$1 seconds'],
  [/(\d+)\s*(?:minuten|minuut)(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s*(?:uur|uren)(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s*(?:dagen|dag)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*(?:weken|week)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*(?:maanden|maand)(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*(?:jaren|jaar)(?!\p{L})/giu, '$1 years'],
];

export const dutchForce = (text: string): string => rewrittenIn(text, DUTCH_TEXT, DUTCH);

/** Words and letters only Polish writes among the languages read here: the text is Polish. */
const POLISH_TEXT =
  /[ąęłśźżćń]|(?<!\p{L})(?:musi|muszą|może|mogą|jest|są|się|oraz|najwyżej|nigdy|tylko|wyłącznie|przed|przez|ciągu|nie|lub|albo|dla|który|która|które|przechowuj\p{L}*|przechowywan\p{L}*)(?!\p{L})/giu;

/**
 * Polish force words in the English the readers below weigh, as for Dutch and Japanese: "System MUSI
 * …", "nie może / nie wolno", "co najwyżej / maksymalnie / nie więcej niż 2", "co najmniej 20 znaków",
 * "w ciągu 5 dni", "przechowywane przez 5 lat", "unikalny", "nigdy", "tylko", "po 7 dniach". Only text
 * with at least two Polish words or letters is rewritten; a word that ends in "nie" after a Polish
 * letter ("jednocześnie") is no German "nie".
 */
const POLISH = (): [RegExp, string][] => [
  [
    /(?<!\p{L})(?:system|aplikacja|platforma|serwer|API)\s+(?:musi|powinien|powinna)(?!\p{L})/giu,
    'the system must',
  ],
  [
    /(?<!\p{L})(?:musi|muszą|powinien|powinna|powinny)\s+(?:móc|mieć możliwość)(?!\p{L})/giu,
    'must be able to',
  ],
  [
    /(?<!\p{L})(?:nie (?:może|mogą|można|wolno|powinien|powinna|powinny|musi)|nie jest dozwolon\p{L}*|zabronion\p{L}*)(?!\p{L})/giu,
    'cannot',
  ],
  [/(?<!\p{L})(?:musi|muszą|należy|trzeba|wymaga|wymagają|wymagan[aey])(?!\p{L})/giu, 'must'],
  [
    /(?<!\p{L})(?:co najwyżej|najwyżej|maksymalnie|maksymaln\p{L}*|nie więcej niż|max\.)(?!\p{L})/giu,
    'at most',
  ],
  [/(?<!\p{L})(?:co najmniej|najmniej|minimalnie|minimaln\p{L}*|przynajmniej|min\.)(?!\p{L})/giu, 'at least'],
  [/(?<!\p{L})więcej niż(?!\p{L})/giu, 'more than'],
  [/(?<!\p{L})(?:w ciągu|w przeciągu|w terminie)(?!\p{L})/giu, 'within'],
  [/(?<!\p{L})(?:unikaln\p{L}*|unikatow\p{L}*|niepowtarzaln\p{L}*)(?!\p{L})/giu, 'unique'],
  [/(?<!\p{L})nigdy(?!\p{L})/giu, 'never'],
  [/(?<!\p{L})(?:tylko|wyłącznie|jedynie)(?!\p{L})/giu, 'only'],
  [/(?<!\p{L})(?:automatycznie|samoczynnie)(?!\p{L})/giu, 'automatically'],
  [
    /(?<!\p{L})(?:przechowujemy|przechowuje się|przechowuje|przechowywan\p{L}*|przechowywać)(?!\p{L})/giu,
    'retained',
  ],
  [/(?<!\p{L})(?:anonimizowan\p{L}*|anonimizuje\p{L}*|anonimizujemy)(?!\p{L})/giu, 'anonymised'],
  [/(?<!\p{L})(?:wygasa|wygasają|wygasnąć|wygaśnie|wygasną)(?!\p{L})/giu, 'expires'],
  [/(?<!\p{L})(?:przypomnieni\p{L}*)(?!\p{L})/giu, 'reminder'],
  [/(?<!\p{L})(?:odrzuca|odrzucić|odrzuci|odrzucon\p{L}*|odrzucan\p{L}*)(?!\p{L})/giu, 'reject'],
  [/(?<!\p{L})(?:błąd|błędem|błędu|błędy|konflikt\p{L}*)(?!\p{L})/giu, 'error'],
  [/(?<!\p{L})przed(?!\p{L})/giu, 'before'],
  [/(?<!\p{L})po(?=\s+\d)/giu, 'after'],
  [/(?<!\p{L})przez(?=\s+\d)/giu, 'for'],
  [/(?<!\p{L})(?:jeden|jedna|jedno|jednego|jedną)(?!\p{L})/giu, 'one'],
  [/(?<!\p{L})nie(?!\p{L})/giu, 'not'],
  // "jednocześnie", "odrzuceniu": an ending, not the German "nie" the readers below weigh.
  [/(?<=[ąęłśźżćńó])nie(?!\p{L})/giu, 'ne'],
  [/(\d+)\s*(?:sekund\p{L}*)(?!\p{L})/giu, '$1 seconds'],
  [/(\d+)\s*(?:minut\p{L}*)(?!\p{L})/giu, '$1 minutes'],
  [/(\d+)\s*(?:godzin\p{L}*|godz\.)(?!\p{L})/giu, '$1 hours'],
  [/(\d+)\s*(?:dni|dzień|dnia|dniach|doby|dób)(?!\p{L})/giu, '$1 days'],
  [/(\d+)\s*(?:tydzień|tygodni\p{L}*)(?!\p{L})/giu, '$1 weeks'],
  [/(\d+)\s*(?:miesiąc\p{L}*|miesięcy)(?!\p{L})/giu, '$1 months'],
  [/(\d+)\s*(?:lat|lata|latach|rok|roku)(?!\p{L})/giu, '$1 years'],
  [/(\d+)\s*(?:znaków|znaki|znak)(?!\p{L})/giu, '$1 characters'],
  [/(\d+)\s*(?:cyfr|cyfry)(?!\p{L})/giu, '$1 digits'],
];

export const polishForce = (text: string): string => rewrittenIn(text, POLISH_TEXT, POLISH);

/** Kana: the text is Japanese (Chinese, which shares 以内, 禁止, 最大, has none). */
const KANA = /[\u3041-\u3096\u30a1-\u30fa]/u;

/**
 * Japanese force words in the English the readers below weigh (Kiro's Japanese EARS: "WHEN … THEN
 * システム SHALL … 保存しない", "〜した場合、システムは〜してはならない"): a prohibition, a bound, a window,
 * "only", uniqueness and amounts of time. "しない" is a prohibition only where it ends the statement
 * ("保存しない。"), not in a condition ("支払いが完了しない場合"). Only Japanese text is rewritten.
 */
const JAPANESE = (): [RegExp, string][] => [
  [/システム(?:は|が)?\s*(?:SHALL|MUST)?/gu, ' the system shall '],
  [
    /してはならない|しないこと|しないものとする|許可しない|しない(?=[。.、,]|$)|できない(?=[。.、,]|$)/gu,
    ' must not ',
  ],
  [/しなければならない|する必要がある/gu, ' must '],
  [/禁止/gu, ' never '],
  [/一意|重複/gu, ' unique '],
  [/のみ|だけ/gu, ' only '],
  // "24時間以内" is "within 24 hours": the English order, so performance targets read as such.
  [/(\d+)\s*(ミリ秒|秒|分(?!の)|時間|週間|日|か月|ヶ月|カ月|年)(以内)?/gu, ''],
  [/以内/gu, ' within '],
  [/以下|まで|最大|上限|超え|未満/gu, ' at most '],
  [/以上|少なくとも|最低|最小|下限/gu, ' at least '],
  [/前に|前まで/gu, ' before '],
  [/後に/gu, ' after '],
  // "13か月保存し、その後は匿名化する", "5年間保存する": how long data is kept (a stored amount of time
  // right before it; "クッキーに保存する" keeps nothing for a time), and what then happens to it.
  [/(?<=(?:days|weeks|months|years) *間?)(?:保存|保持|保管)/gu, ' retained '],
  [/匿名化/gu, ' anonymised '],
];

const JAPANESE_UNITS: Record<string, string> = {
  ミリ秒: 'ms',
  秒: 'seconds',
  分: 'minutes',
  時間: 'hours',
  週間: 'weeks',
  日: 'days',
  か月: 'months',
  ヶ月: 'months',
  カ月: 'months',
  年: 'years',
};

export function japaneseForce(text: string): string {
  if (!KANA.test(text)) return text;
  let out = text;
  for (const [re, en] of builtRules(JAPANESE))
    out = en
      ? out.replace(re, en)
      : out.replace(
          re,
          (_m, n: string, unit: string, within?: string) =>
            ` ${within ? 'within ' : ''}${n} ${JAPANESE_UNITS[unit] ?? unit} `,
        );
  return out;
}

/**
 * A capability ("The coordinator must be able to see the sales report", "O coordenador DEVE poder
 * ver…", "El coordinador debe poder ver…", "Le coordinateur doit pouvoir voir…", "Der Koordinator
 * muss den Bericht sehen können", "Il coordinatore deve poter vedere…"): a story's need, no constraint.
 */
const ABLE =
  /(?<!\p{L})(?:(?:must|shall|should|will) be able to|(?:deve|devem|deverá|debe|deben|deberá|doit|doivent|devra|devono|dovrà) (?:poder|pouvoir|potere|poter)|(?:muss|müssen|soll|sollen) [^.;]{0,60}? können)(?!\p{L})/iu;

/** A setting that exists ("configurable per test type", "configurable por producto", "konfigurierbar"). */
const SETTING =
  /(?<!\p{L})(?:configurable|customi[sz]able|configurables|configurável|configuráveis|paramétrables?|konfigurierbar\p{L}*|einstellbar\p{L}*|configurabil[ei])(?!\p{L})/iu;
/** A bound the setting carries ("Maximum discount limit configurable per user role"). */
const BOUND =
  /(?<!\p{L})(?:maximum|minimum|max|min|limits?|at most|at least|up to|máxim[oa]s?|mínim[oa]s?|límites?|limites?|plafond|maximale?s?|minimale?s?|höchst\p{L}*|mindest\p{L}*|grenze\p{L}*|massim[oaie]|minim[oaie]|limit[ei])(?!\p{L})/iu;

/**
 * A deadline at a clock time ("not confirmed by 18:00 the day before", "bis 18:00 Uhr des Vortags",
 * "antes de las 18:00 del día anterior", "avant 18 h la veille", "até às 18h do dia anterior"): a
 * timed rule whose job runs at that time each day.
 */
const DEADLINE =
  /(?<!\p{L})(?:by|until|before|bis|spätestens|antes de las|antes das|hasta las|avant|jusqu'à|até às|até as|até)\s+(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|uhr|h(?!\p{L}))?/iu;

/** "at the latest by 14:00", "no later than 18:00": a deadline, not a time the system acts at. */
const LATEST = /(?<!\p{L})(?:at the latest|no later than|not later than)(?!\p{L})/iu;

function deadlineOf(text: string): RuleReading['schedule'] | null {
  const m = DEADLINE.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const suffix = (m[3] ?? '').toLowerCase();
  // A bare number is a clock time only with minutes or a clock word ("bis 3 Tage" is no deadline).
  if (!m[2] && !suffix) return null;
  if (suffix === 'pm' && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return null;
  const tail = /^[^.;:,]{0,40}/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
  return { cron: `${minute} ${hour} * * *`, timeZone: null, text: `${m[0]}${tail}`.trim() };
}

/** An error, a rejection or a conflict, in en, es, pt, fr and de. */
const ERROR_WORD =
  /(?<!\p{L})(?:errors?|fehler\p{L}*|erreur\p{L}*|erro|erros|rejects?|rejected|refuses?|refused|abgelehnt|zurückgewiesen|rechazad\p{L}*|rejeté\p{L}*|refusé\p{L}*|rejeitad\p{L}*|recusad\p{L}*|conflicts?|konflikt|conflit|conflito|409|422)(?!\p{L})/iu;

/** "THE SYSTEM SHALL NOT store passwords": a prohibition on the system is a rule. */
const SYSTEM_NOT = /\b(?:shall not|must not|will not|no debe|ne doit pas|darf nicht|não deve)\b/i;

/** Whether a non-functional requirement bounds data or access (its sentences may be rules). */
/** A page of a list ("20 items per page, at most 100"): a stated cap on it is a rule a request can break. */
const PAGE =
  /\b(per page|page size|items? per|por página|por pagina|tamaño de página|tamanho da página|par page|taille de page|pro seite|seitengröße)\b/i;
export const nonFunctionalRule = (stated: string): boolean => {
  const text = foreignForce(stated);
  return (NFR_RULE.test(text) || (PAGE.test(text) && LIMIT.test(text))) && !PERFORMANCE.test(text);
};

/** A retention statement about the log itself ("audit log entries are retained for 7 years"). */
const KEPT_FOR = /\b(?:retained|kept|purged|conserv\p{L}*|aufbewahrt|guardad[oa]s?)\b/iu;

function kindOf(text: string): string {
  if (statesAudit(text) && !KEPT_FOR.test(text)) return 'audit';
  // "Minutes are kept for 10 years", "I verbali vanno conservati per 10 anni": how long data is kept
  // is a retention floor, never a check a request can fail ("…, then purged" stays a job).
  if (KEPT.test(text) && DURATION.test(text) && !WINDOW_WORD.test(text) && !AUTOMATIC.test(text))
    return 'retention';
  if (UNIQUE.test(text)) return 'unique';
  if (ENTITLED.test(text) && NUMBER.test(text)) return 'allowance';
  if (NO_REFUND.test(text)) return 'never';
  // "can be placed at the latest by 14:00 on the previous working day": a deadline of the day.
  if (LATEST.test(text) && deadlineOf(text)) return 'window';
  // Before the window and the cap: "more than 24 hours before" is a floor on the lead time.
  if (LEAD_TIME.test(text)) return 'lead-time';
  if (WINDOW_WORD.test(text) && DURATION.test(text)) return 'window';
  if (LIMIT.test(text)) return 'limit';
  if (MINIMUM.test(text)) return KEPT.test(text) && DURATION.test(text) ? 'retention' : 'minimum';
  if (WINDOW_WORD.test(text) && NUMBER.test(text)) return 'window';
  if (DURATION_WORD.test(text) || (RETAINED_WORD.test(text) && DURATION.test(text))) return 'duration';
  if (hard(text) || SYSTEM_NOT.test(text)) return ONLY.test(text) ? 'only' : 'never';
  if (ORDER.test(text)) return 'ordering';
  return 'required';
}

/**
 * A state change the sentence says happens to its subject ("a reservation … is cancelled", "se
 * cancela", "est annulée", "wird storniert", "é cancelada"): with a stated time, the system makes it.
 */
const PASSIVE_ACTION =
  /\b(?:is|are|gets?|get|will be)\s+(?:automatically\s+)?(?:cancel|expire|release|close|archive|suspend|mark)\w*|\bse\s+(?:cancela|anula|libera|cierra|archiva|suspende|marca|expira)\w*|\b(?:est|sont)\s+(?:automatiquement\s+)?(?:annulée?s?|expirée?s?|libérée?s?|clôturée?s?|fermée?s?|archivée?s?|suspendue?s?)|\b(?:wird|werden)\s+(?:automatisch\s+)?(?:storniert|gesperrt|freigegeben|geschlossen|archiviert|markiert)|(?<!\p{L})(?:é|são)\s+(?:automaticamente\s+)?(?:cancelad[oa]s?|expirad[oa]s?|liberad[oa]s?|encerrad[oa]s?|arquivad[oa]s?|suspens[oa]s?)|(?<!\p{L})(?:viene|vengono|è|sono)\s+(?:automaticamente\s+)?(?:annullat[oaie]|scadut[oaie]|liberat[oaie]|chius[oaie]|archiviat[oaie]|sospes[oaie]|anonimizzat[oaie])/iu;

/**
 * Data the sentence says is deleted ("is deleted 13 months after", "se eliminan", "sont supprimées",
 * "werden gelöscht", "são apagados", "vengono cancellati"): with a stated time, a purge the system
 * runs, never a check a request can fail.
 */
const PASSIVE_DELETION =
  /\b(?:is|are|gets?|will be)\s+(?:automatically\s+|permanently\s+)?(?:deleted|erased|purged|removed)\b|\bse\s+(?:eliminan?|borran?|suprimen?)\b|(?<!\p{L})(?:est|sont)\s+(?:automatiquement\s+)?(?:supprimée?s?|effacée?s?)(?!\p{L})|\b(?:wird|werden)\s+(?:[^.;,]{0,40}\s)?gelöscht(?!\p{L})|(?<!\p{L})(?:é|são)\s+(?:automaticamente\s+)?(?:apagad[oa]s?|exclu[íi]d[oa]s?|eliminad[oa]s?)(?!\p{L})|(?<!\p{L})(?:viene|vengono)\s+(?:automaticamente\s+)?(?:cancellat[oaie]|eliminat[oaie])(?!\p{L})/iu;

/** A negation a few words before or inside the deletion ("NUNCA são apagados", "werden nie gelöscht"). */
const NEGATION_BEFORE =
  /(?<!\p{L})(?:not|never|no|nunca|jamais|pas|nicht|nie|niemals|não|non|mai|nooit|niet|aldri|aldrig|ikke|inte)(?!\p{L})(?:\s+\p{L}+){0,2}\s*$/iu;
const NEGATION_IN = /(?<!\p{L})(?:nicht|nie|niemals|never|not)(?!\p{L})/iu;
/** Whether the sentence says data is deleted, outside a relative clause and not negated. */
function deletionStated(text: string): boolean {
  if (!outsideRelative(PASSIVE_DELETION, text)) return false;
  const m = PASSIVE_DELETION.exec(text);
  if (!m || NEGATION_IN.test(m[0])) return false;
  return !NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].split(/\s+/)[0]!.length));
}

/**
 * A period a floor is counted over ("at least 4 shifts per season", "minst 10 arbetstimmar per
 * säsong", "au moins 2 permanences par mois", "mindestens 3 Einsätze pro Jahr"): a quota no single
 * request can break.
 */
const PER_PERIOD =
  /(?<!\p{L})(?:per|a|an|each|every|por|al|par|pro|im|je|all['’]|ogni|na|za|в)\s+(?:calendar\s+|kalenderår|kalendářní\s+)?(?:seasons?|sesong|säsong|sæson|temporada|saison|stagione|seizoen|sezon\p{L}*|years?|år(?:et)?|año|ano|an|jahr|anno|jaar|rok|roku|months?|måned|månad|mes|mois|monat|mese|maand|měsíc|weeks?|uke|vecka|uge|semana|semaine|woche|settimana|týden|quarters?|semesters?|terms?)(?!\p{L})/iu;

/**
 * The floor itself counted over the period: a number and up to three words of what it counts right
 * before the period ("at least 4 shifts per season"), not a lead time ("at least a week before") nor
 * a period beside another floor ("at least 12 characters and changed once a year").
 */
const QUOTA = new RegExp(
  String.raw`(?:${MINIMUM.source.replace(/^\b|\b$/g, '')})\s+\d+(?:[.,]\d+)?(?:\s+[\p{L}-]+){1,3}?\s+${PER_PERIOD.source.replace('(?<!p{L})', '')}`,
  'iu',
);

/**
 * An allowance the domain grants ("each address is entitled to 2 free pickups a year", "tiene derecho
 * a", "a droit à", "hat Anspruch auf", "tem direito a", "ha diritto a", "heeft recht op", "har rätt
 * till", "har rett til"): a rule the service applies (what is free, what is charged), no rejection.
 */
const ENTITLED =
  /\b(?:(?:is|are)\s+entitled\s+to|tiene[n]?\s+derecho\s+a|(?:a|ont)\s+droit\s+à|(?:hat|haben)\s+Anspruch\s+auf|t[eê]m\s+direito\s+a|ha(?:nno)?\s+diritto\s+a|heeft\s+recht\s+op|har\s+rätt\s+till|har\s+rett\s+til)\b/iu;

/** A payment the domain says it does not return ("is not refunded", "non-refundable", "no se reembolsa", "wird nicht erstattet"). */
const NO_REFUND =
  /\b(?:(?:is|are)\s+not\s+refunded|non-?refundable|no\s+refunds?)\b|\bno\s+se\s+(?:reembolsa|devuelve)n?\b|\bno\s+reembolsable\b|n['’](?:est|sont)\s+pas\s+rembours\p{L}*|\bnon\s+rembours\p{L}*|\b(?:wird|werden)\s+nicht\s+(?:erstattet|zurückerstattet)|\bnão\s+(?:é|são)\s+reembolsad\p{L}*|\bnon\s+(?:viene|vengono)\s+rimborsat\p{L}*|\bnon\s+rimborsabil\p{L}*/iu;

/** The state change a timed rule makes, as an English verb that names the target state (cancel → CANCELLED). */
const ACTIONS: [string, RegExp][] = [
  ['cancel', /(?<!\p{L})(?:cancel|anul|annul|stornier|storniert)\p{L}*/iu],
  ['expire', /(?<!\p{L})(?:expir|verfall|abgelaufen|läuft ab)\p{L}*/iu],
  ['suspend', /(?<!\p{L})(?:suspend|suspens|sperr|gesperrt)\p{L}*/iu],
  [
    'close',
    /(?<!\p{L})(?:close|closing|cierr|cerrar|ferm|clôtur|schließ|geschlossen|fech|encerr|chiud|chius)\p{L}*/iu,
  ],
  ['archive', /(?<!\p{L})(?:archiv|arquiv)\p{L}*/iu],
  ['release', /(?<!\p{L})(?:release|liber|libèr|libér|freigeb|freigegeben)\p{L}*/iu],
  ['lock', /(?<!\p{L})(?:lock|bloque|verrouill)\p{L}*/iu],
];

/** "is marked as a no-show", "marcada como no_show", "marquée comme expirée", "als verfallen markiert": the state named. */
const MARKED_AS =
  /(?<!\p{L})(?:(?:marked|set|flagged)\s+(?:as|to)\s+(?:an?\s+)?([\p{L}_-]{2,30})|marcad[oa]s?\s+como\s+([\p{L}_-]{2,30})|marquée?s?\s+comme\s+([\p{L}_-]{2,30})|als\s+([\p{L}_-]{2,30})\s+markiert)/iu;

/** The event a timed rule waits for, negated ("not picked up", "no recogida", "nicht abgeholt"): up to three words. */
const NOT_YET = /(?<!\p{L})(?:not|never|non|nicht|não|no)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

function actionOf(text: string): string | null {
  const marked = MARKED_AS.exec(text);
  if (marked) return `state:${(marked[1] ?? marked[2] ?? marked[3] ?? marked[4])!}`;
  return ACTIONS.find(([, re]) => re.test(text))?.[0] ?? null;
}

/** How long something stays valid ("a link valid for 15 minutes", "die 15 minuten geldig is"): no time that passes. */
const CREDENTIAL =
  /(?<!\p{L})(codes?|tokens?|links?|OTPs?|PINs?|passwords?|keys?|códigos?|enlaces?|jetons?|liens?|codici|chiavi|Schlüssel|wachtwoord)(?!\p{L})(?:(?!(?:codes?|tokens?|links?|passwords?)(?!\p{L}))[^.;]){0,30}(?<!\p{L})(?:expires?|expiring|caduca|expira|expire|läuft|scade|verloopt|valid|geldig|válid[oa]|gültig|valable)(?!\p{L})/iu;
const VALIDITY = caseFoldedRegExp(
  `(?<!\\p{L})(?:valid|geldig|válid[oa]|gültig|valable|valid[oa])(?!\\p{L})|${CREDENTIAL.source}`,
  'iu',
);

/** A relative pronoun a few words before a passive ("shifts whose role is marked warehouse"). */
const RELATIVE_BEFORE =
  /(?<!\p{L})(?:whose|which|that|cuy[oa]s?|dont|deren|dessen|cui|waarvan)(?:\s+[\p{L}-]+){0,2}\s*$/iu;

/**
 * Whether `re` matches outside a relative clause: "cannot sign up for shifts whose role is marked
 * warehouse" describes the shifts, it states no state change the system makes.
 */
const globalTwins = new Map<RegExp, RegExp>();
function outsideRelative(re: RegExp, text: string): boolean {
  let g = globalTwins.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalTwins.set(re, g);
  }
  for (const m of text.matchAll(g))
    if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}

function enforcementOf(kind: string, text: string): RuleEnforcement {
  if (kind === 'retention') return 'retention-policy';
  if (kind === 'audit') return 'audit-trail';
  // "Completing all subtasks does not automatically complete the parent task": what the system does
  // not do by itself; no request breaks it, so it raises no error (unless the sentence names one).
  if (NOT_AUTOMATIC.test(text) && !STATED_CODE.test(text)) return 'behaviour';
  // "Deactivate tests that the lab does not offer (hidden from order entry, not deleted)": a command
  // whose negation qualifies its object; what it says happens is no check a request can fail.
  if ((kind === 'never' || kind === 'only') && !STATED_CODE.test(text) && commandedAction(text) !== null)
    return 'behaviour';
  // "A family must have at least 4 shifts per season": counted over the period, never at a create.
  if (kind === 'minimum' && QUOTA.test(text)) return 'period-quota';
  // "The annual fee is invoiced on 1 March", "Yıllık aidat … her yıl 1 Ocak'ta yenilenir": a charge
  // raised on a date of the year is the system's yearly work.
  if (kind === 'charge' && yearlyDate(text)) return 'job';
  if (outsideRelative(AUTOMATIC, text) && !NOT_AUTOMATIC.test(text)) return 'job';
  const passive = outsideRelative(PASSIVE_ACTION, text) || deletionStated(text);
  if (passive && DURATION.test(text)) return 'job';
  if (passive && deadlineOf(text)) return 'job';
  // "WHEN a loan is 10 days overdue THE SYSTEM SHALL suspend the account": time passing triggers it.
  // Not when the sentence names the error a request gets ("… SHALL reject the cancellation with
  // TOO_LATE"), nor when the time is how long something stays valid ("a link valid for 15 minutes"):
  // only a time before or after an event is one that passes.
  if (
    SYSTEM_SUBJECT.test(text) &&
    DURATION.test(text) &&
    SYSTEM_ACTION.test(text) &&
    !STATED_CODE.test(text) &&
    !VALIDITY.test(text)
  )
    return 'job';
  if (kind === 'unique') return 'db-constraint';
  if (ROLE_ONLY.test(text)) return 'authorization';
  if ((kind === 'limit' || kind === 'minimum') && INPUT.test(text)) return 'validation';
  return 'service-check';
}

/**
 * A clause that only says when ("before it is confirmed", "prima che la prenotazione sia confermata",
 * "antes de que se confirme", "avant qu'elle soit confirmée", "bevor sie bestätigt ist") names no
 * action the rule audits: it goes before the audited verbs are read.
 */
const TIME_CLAUSE =
  /(?<!\p{L})(?:before|until|prima che|prima di|finché|antes de(?: que)?|hasta que|avant (?:que|qu['’]|de)|jusqu['’]à ce que|bevor|ehe|bis)(?!\p{L})[^.;,]*/giu;
const withoutTimeClauses = (text: string): string => text.replace(TIME_CLAUSE, ' ');

export function readRule(stated: string): RuleReading {
  // A Japanese rule is weighed in the English words of its force ("24時間以内" → "24 hours within").
  const text = foreignForce(stated);
  const read = chargeKind(kindOf(text), text);
  const codeHint =
    /\bslots?\b/i.test(text) && /\b(held|hold|book|overlap|free|available)\w*/i.test(text)
      ? 'SLOT_UNAVAILABLE'
      : /\block(ed)?\b/i.test(text) && /\b(attempts?|sign[- ]ins?|logins?)\b/i.test(text)
        ? 'ACCOUNT_LOCKED'
        : null;
  // "Station staff see only the bookings of their own station": enforced where the records are read.
  const visible =
    (read === 'only' || read === 'never' || read === 'required') && statesVisibility(stated, text);
  const enforcement = visible ? 'visibility-scope' : enforcementOf(read, text);
  // A job waits for its time to pass ("a reminder at least 24 hours before"): a window, not a floor
  // a request can break.
  const kind = read === 'lead-time' && enforcement === 'job' ? 'window' : read;
  // Only a window ("within 24 hours", "10 days after") waits for time to pass; "a 24h periodic
  // refresh" states a period, which the schedule readers take.
  const window = enforcement === 'job' && kind === 'window' ? windowOf(text) : null;
  const action = enforcement === 'job' ? actionOf(text) : null;
  const notYet = window ? (NOT_YET.exec(text)?.[1] ?? null) : null;
  const passive = enforcement === 'job' ? PASSIVE_ACTION.exec(text) : null;
  const acts = enforcement === 'job' ? ruleActs(text) : [];
  const yearly = enforcement === 'job' ? yearlyDate(text) : null;
  const periods = acts.length > 0 ? periodsStated(stated) : [];
  const participle = passive ? (/[\p{L}_-]+$/u.exec(passive[0])?.[0] ?? null) : null;
  const schedule = enforcement === 'job' ? (readSchedule(text) ?? deadlineOf(text)) : null;
  const before = enforcement === 'job' && DURATION.test(text) ? reminderEvent(text) : null;
  const credential =
    enforcement !== 'job' && DURATION.test(text) ? (CREDENTIAL.exec(text)?.[1]?.toLowerCase() ?? null) : null;
  return {
    kind,
    enforcement,
    codeHint,
    overlap: OVERLAP.test(text),
    statedCode: STATED_CODE.exec(text)?.[1] ?? null,
    ...(window ? { window } : {}),
    ...(action ? { action } : {}),
    ...(notYet ? { notYet } : {}),
    ...(kind === 'audit' && CHANGES.test(text) ? { everyChange: true } : {}),
    ...(kind === 'audit' && stateVerbsNamed(withoutTimeClauses(text)).length > 0
      ? { actions: stateVerbsNamed(withoutTimeClauses(text)) }
      : {}),
    ...(kind === 'audit' && !CHANGES.test(text) && writeVerbsNamed(text).length > 0
      ? { writes: writeVerbsNamed(text) }
      : {}),
    ...(participle ? { participle } : {}),
    ...(schedule ? { schedule } : {}),
    ...(before ? { before } : {}),
    ...(credential ? { credential } : {}),
    ...(acts.length > 0 ? { acts } : {}),
    ...(yearly ? { yearly } : {}),
    ...(periods.length > 0 ? { periods } : {}),
  };
}

/**
 * A stated amount the domain charges ("The yearly fee is 150 EUR", "A fine is NOK 500 and falls due
 * 14 days after it is issued") or a charge raised on a date of the year ("Årsavgiften faktureras den
 * 1 mars"): a rule the service applies when it charges, no check a request can fail. A charge with a
 * floor, a cap or a prohibition keeps that reading.
 */
function chargeKind(kind: string, text: string): string {
  // "A late return is charged 10 € per hour, up to the daily rate": a cap no number states is the
  // sum the charge stops at, no count or amount a request can exceed.
  if (kind === 'limit' && statesCharge(text) && !numberedCap(text)) return 'charge';
  if (kind !== 'required' && kind !== 'window') return kind;
  return statesCharge(text) || (CHARGE.test(text) && yearlyDate(text) !== null) ? 'charge' : kind;
}

/** Whether the sentence's cap ("at most", "up to") is followed by a number within its next three words. */
function numberedCap(text: string): boolean {
  const m = LIMIT.exec(text);
  if (!m) return false;
  const next = text
    .slice(m.index + m[0].length)
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 3)
    .join(' ');
  return NUMBER.test(next);
}

/**
 * What the system work of a job rule does, as a stated job's acts are read (read/job-words.ts): a
 * reminder, or what happens to the data when its period ends (deleted, anonymised, archived).
 */
function ruleActs(text: string): JobAct[] {
  const acts: JobAct[] = jobActs(text).filter((a) => a === 'remind');
  const data = periodAction(text);
  if (data === 'delete') acts.push('purge');
  else if (data === 'anonymise') acts.push('anonymise');
  else if (data === 'archive') acts.push('archive');
  return acts;
}

const UNIT_SECONDS: [RegExp, number][] = [
  [/^(?:seconds?|segundos?|secondes?|sekunden|secondi)$/i, 1],
  [/^(?:minutes?|mins?|minutos?|minuten|minuti)$/i, 60],
  [/^(?:hours?|h|horas?|heures?|stunden|ore)$/i, 3600],
  [/^(?:days?|días?|dias?|jours?|tage?n?|giorni)$/i, 86400],
  [/^(?:weeks?|semanas?|semaines?|wochen|settimane)$/i, 604800],
  [/^(?:months?|mes(?:es)?|mois|monate?n?|mesi)$/i, 2592000],
  [/^(?:years?|años?|anos?|ans?|années?|jahre?n?|anni)$/i, 31536000],
];

/**
 * Every amount of time a sentence states, in seconds, read through the force words of its language
 * ("smaže fotografie 90 dní po termínu svozu" → 90 days; "more than 13 months ago" → 13 months): a
 * stated job and the rule it enforces name the same period.
 */
export function periodsStated(stated: string): number[] {
  const text = forceWords(stated);
  const out: number[] = [];
  for (const m of text.matchAll(new RegExp(DURATION.source, 'gi'))) {
    const parts = /^(\d+)\s*(?:-\s*)?(\p{L}+)$/u.exec(m[0].trim());
    const unit = parts ? UNIT_SECONDS.find(([re]) => re.test(parts[2]!)) : undefined;
    if (parts && unit) out.push(Number(parts[1]) * unit[1]);
  }
  return [...new Set(out)];
}

/** The first stated amount of time in a rule sentence ("within 24 hours" → 86400 s). */
function windowOf(text: string): { seconds: number; text: string } | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  const parts = /^(\d+)\s*(?:-\s*)?(\p{L}+)$/u.exec(m[0].trim());
  if (!parts) return null;
  const unit = UNIT_SECONDS.find(([re]) => re.test(parts[2]!));
  return unit ? { seconds: Number(parts[1]) * unit[1], text: m[0].trim() } : null;
}

/**
 * Whether a sentence states work the system does by itself on a stated schedule: the system as
 * subject ("THE SYSTEM SHALL run the overdue check every morning at 7:00", "el sistema debe enviar el
 * resumen cada lunes a las 8"), never a user's action or a story.
 */
export function scheduledWork(text: string): RuleReading['schedule'] | null {
  if (STORY.test(text) || SYSTEM_NOT.test(text)) return null;
  // "Every night at 02:00 the system checks out volunteers …", "Todas las noches el sistema cierra
  // …": a present-tense act of the system is its work when the sentence states when; without a time
  // it only describes the system.
  // The system's modal in another language ("Система ПОВИННА оновлювати …") is read in the
  // English its force words are rewritten into.
  if (
    !SYSTEM_SUBJECT.test(text) &&
    !SYSTEM_SUBJECT.test(foreignForce(text)) &&
    systemPresentWork(text) === null
  )
    return null;
  return readSchedule(text) ?? midnight(text);
}

/**
 * "At midnight", "a medianoche", "à minuit", "um Mitternacht", "à meia-noite", "a mezzanotte": a
 * time of day the system acts at, every day (a job's schedule, only where the system is the subject).
 */
const MIDNIGHT =
  /(?<!\p{L})(?:at midnight|every midnight|a (?:la )?medianoche|à minuit|chaque minuit|um mitternacht|jede mitternacht|(?:à|a|à) meia-noite|a mezzanotte|ogni mezzanotte)(?!\p{L})/iu;
function midnight(text: string): RuleReading['schedule'] | null {
  const m = MIDNIGHT.exec(text);
  if (!m) return null;
  return { cron: '0 0 * * *', timeZone: statedTimeZone(text), text: m[0] };
}

/**
 * A transition the documents say happens by itself ("expires", "when not paid", "automatically"),
 * or at a time offset that no user chooses ("24 hours before shift start", "7 Tage nach Ablauf").
 */
export const happensAutomatically = (when: string): boolean =>
  AUTOMATIC.test(when) || /\b(expires?|when not|succeeds|after)\b/i.test(when) || atOffset(when);
const BEFORE =
  /^\s*(?:before|prior to|antes d[eo]|avant|vor|prima d[ie]|voor|før|före|przed|önce)(?!\p{L})/iu;
function atOffset(when: string): boolean {
  return findMeasures(when).some(
    (m) => m.dimension === 'duration' && BEFORE.test(when.slice(m.index + m.text.length)),
  );
}

/**
 * The state action the system makes by itself at a stated offset ("O sistema DEVE fechar os pedidos
 * 12 horas antes da abertura da feira", "THE SYSTEM SHALL cancel bookings not confirmed within 24
 * hours", "das System muss … 2 Tage nach … sperren"): the verb after the system's modal, when the
 * sentence states an amount of time. A job does it; no user calls a route for it.
 */
export function timedSystemAction(text: string): string | null {
  if (statesStory(text) || !SYSTEM_SUBJECT.test(text) || SYSTEM_NOT.test(text) || !DURATION.test(text))
    return null;
  return ruleTarget(text).action;
}
