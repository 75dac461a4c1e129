/**
 * How a sentence states work at the end of a period, in en, es, pt, fr, de and it: what happens to
 * the data ("deleted", "gelöscht", "anonimizzati", "archivés"), what the period counts from ("3 Jahre
 * nach dem letzten Auftrag", "inactive for 2 years", "inattivi da 24 mesi"), and the event a reminder
 * precedes ("7 giorni prima della scadenza di ogni vaccinazione"). Read once in extract and stored on
 * the quantity, so derive designs the job from the reading, never from the sentence.
 */

const ANONYMISE =
  /(?<!\p{L})(?:anonymi[sz]|anonimi[zs]|pseudonymi[sz]|pseudonimi[zs]|обезличива|обезличен|анонимизир)\p{L}*/iu;
const ARCHIVE = /(?<!\p{L})(?:archiv|arquiv|архивир)\p{L}*/iu;
const DELETE =
  /(?<!\p{L})(?:delet\p{L}*|purg\p{L}*|eras\p{L}*|remov\p{L}*|destroy\p{L}*|gelöscht|lösch\p{L}*|entfernt|supprim\p{L}*|effac\p{L}*|elimin\p{L}*|borrad\p{L}*|borra\p{L}*|exclu[íi]\p{L}*|apag\p{L}*|cancellat\p{L}*|rimoss\p{L}*|poistetaan|удаля\p{L}*|удал[её]н\p{L}*)/iu;
/** A negation right before the verb ("non possono mai essere cancellate", "dürfen nicht gelöscht werden"). */
const NEGATED_BEFORE =
  /(?<!\p{L})(?:not|never|no|non|mai|nicht|nie|niemals|kein\p{L}*|ne|jamais|pas|nunca|não|nao|не|никогда)(?!\p{L})[^.;,]{0,30}$/iu;

/** What the sentence says happens to the data when the period ends, unless it says it never does. */
export function periodAction(sentence: string): 'delete' | 'anonymise' | 'archive' | null {
  for (const [action, re] of [
    ['anonymise', ANONYMISE],
    ['archive', ARCHIVE],
    ['delete', DELETE],
  ] as const) {
    const m = re.exec(sentence);
    if (m && !NEGATED_BEFORE.test(sentence.slice(0, m.index))) return action;
  }
  return null;
}

/**
 * What a retention's sentence says about its end, beside the act (`periodAction`): `forever` when the
 * data is never removed ("Indefinite", "append-only", "never deleted", "nunca se borran"), `floor` when
 * the period is a minimum the data must reach ("at least 7 years", "mindestens 10 Jahre", "pelo menos"),
 * is required by law ("por exigência fiscal", "gesetzliche Aufbewahrungspflicht", "required by law",
 * "obligation légale", "per legge"), or sits beside a refused deletion ("must not delete orders;
 * orders are kept for 5 years", "NÃO DEVE excluir pedidos"). Null for a plain period, which derive
 * reads as a purge deadline.
 */
export function retentionBound(sentence: string): 'forever' | 'floor' | null {
  if (KEPT_FOREVER.test(sentence)) return 'forever';
  if (MINIMUM.test(sentence) || LEGAL.test(sentence)) return 'floor';
  const m = DELETE.exec(sentence);
  if (m && NEGATED_BEFORE.test(sentence.slice(0, m.index)) && !periodAction(sentence)) return 'floor';
  return null;
}

const KEPT_FOREVER =
  /(?<!\p{L})(?:indefinite(?:ly)?|never (?:be )?deleted|append[- ]only|forever|permanent(?:ly)?|not deleted|ei poisteta|indefinidamente|para siempre|nunca se (?:borran|eliminan)|para sempre|nunca (?:são )?(?:excluíd|apagad)\p{L}*|ind[ée]finiment|pour toujours|jamais supprim\p{L}*|unbegrenzt|dauerhaft|nie gelöscht|per sempre|a tempo indeterminato|mai cancellat\p{L}*|бессрочно|навсегда|никогда не удаля\p{L}*)(?!\p{L})/iu;
const MINIMUM =
  /(?<!\p{L})(?:at least|minimum|no less than|not less than|al menos|como m[ií]nimo|m[ií]nimo|au moins|minimum|mindestens|pelo menos|no m[ií]nimo|almeno|come minimo|vähintään|не менее|как минимум|минимум)(?!\p{L})/iu;
const LEGAL =
  /(?<!\p{L})(?:required by (?:law|regulation)|legal(?:ly)? (?:requirement|obligation|retention)|statutory|tax law|exigência (?:fiscal|legal)|obrigação (?:fiscal|legal)|por lei|exigencia (?:fiscal|legal)|obligación (?:fiscal|legal)|por ley|obligation (?:légale|fiscale)|légalement|gesetzlich\p{L}*|aufbewahrungspflicht\p{L}*|obbligo (?:di legge|fiscale|legale)|per legge|normativa fiscale)(?!\p{L})/iu;

/**
 * The number is the length of a period that ends in an act: a preposition of time next to it ("after
 * 30 days", "nach 24 Monaten", "dopo 2 anni", "da 24 mesi", "3 Jahre nach"), and an act in its
 * clause. `before` is the text right before the number, `after` the text right after it.
 */
export function endsPeriod(before: string, after: string, clause: string): boolean {
  if (!periodAction(clause)) return false;
  return PREPOSITION_BEFORE.test(before) || PREPOSITION_AFTER.test(after);
}

const PREPOSITION_BEFORE =
  /(?<!\p{L})(?:after|for|since|nach|seit|für|après|depuis|pendant|después de|tras|durante|por|após|depois de|dopo|da|per|через|в течение)\s*$/iu;
const PREPOSITION_AFTER =
  /^\s*(?:\p{L}+\s+){0,1}(?:after|later|nach|später|après|plus tard|después|tras|após|depois|dopo|dall|dal|from|после|спустя|затем)(?!\p{L})/iu;

/** "nach dem letzten Auftrag", "after the last order", "dopo l'ultima visita", "après la dernière commande". */
const SINCE_EVENT =
  /(?<!\p{L})(?:after|since|from|nach|seit|ab|après|depuis|después del?|desde|após|depois d[eoa]|dopo|da|dalla|dall['’]|dal|после)\s+(?:(?:его|её|ее|их|the|its|their|his|her|dem|der|des|den|seine[mnr]?|ihre[mnr]?|le|la|les|l['’]|son|sa|ses|leur|el|del|su|sus|o|a|do|da|seu|sua|seus|suas|il|lo|suo|sua)\s*)?((?:last|latest|final|letzte[nmrs]?|derni(?:er|ère)s?|último|última|ultim[oaie])\s+[\p{L}-]{3,}(?:\s+[\p{L}-]{3,})?)/iu;
/** "inactive for 2 years", "inaktiv seit", "inactifs depuis", "inactivos durante", "inativos há", "inattivi da". */
const INACTIVE =
  /(?<!\p{L})(?:inactiv|inaktiv|inactif|inativ|inattiv|dormant|unused|sin actividad|sem atividade|senza attività|ohne aktivität|sans activité|without activity|no activity|keine aktivität)\p{L}*/iu;

/**
 * "até o desligamento + 30 dias", "until account closure + 30 days", "bis zur Kündigung + 30 Tage",
 * "jusqu'à la résiliation + 30 jours", "hasta la baja + 30 días": the period runs from the event.
 */
const UNTIL_EVENT_PLUS =
  /(?<!\p{L})(?:until|till|up to|até|hasta|bis(?:\s+(?:zur|zum|zu))?|jusqu['’]à|fino a(?:l(?:la)?)?)\s+(?:(?:the|o|a|os|as|el|la|los|las|le|les|l['’]|der|die|das|dem|den|il|lo)\s*)?([\p{L}][\p{L}-]{2,}(?:\s+[\p{L}][\p{L}-]{2,})?)\s*\+\s*\d/iu;
/**
 * "30 dias após o desligamento", "30 days after the account closure", "30 Tage nach der Kündigung":
 * a period after a named event. Creation is no event of its own: it is the default count.
 */
const AFTER_EVENT =
  /\d+\s*\p{L}+\s+(?:after|após|apos|depois d[eoa]s?|nach|après|después de(?:l)?|tras|dopo|после)\s+(?:(?:the|its|o|a|os|as|el|la|los|las|le|les|l['’]|der|die|das|dem|den|il|lo)\s*)?(?!(?:creation|created|criação|criacao|création|creación|erstellung|creazione|cadastro|registration)(?!\p{L}))([\p{L}][\p{L}-]{3,}(?:\s+[\p{L}][\p{L}-]{3,})?)/iu;

/** What the period counts from, as written, when the sentence says (never the creation time). */
export function periodSince(sentence: string): string | null {
  const event = SINCE_EVENT.exec(sentence);
  if (event) {
    // "nach dem letzten Auftrag gelöscht": the act is not part of the event.
    const words = event[1]!.trim().split(/\s+/);
    const last = words[words.length - 1]!;
    return (words.length > 2 && periodAction(last) ? words.slice(0, -1) : words).join(' ');
  }
  const plus = UNTIL_EVENT_PLUS.exec(sentence) ?? AFTER_EVENT.exec(sentence);
  if (plus) return plus[1]!.trim();
  const idle = INACTIVE.exec(sentence);
  return idle ? idle[0] : null;
}

/** The event a reminder precedes: the words after "before" up to the clause's end. */
const BEFORE_EVENT =
  /(?<!\p{L})(?:before|prior to|ahead of|ennen|antes del?|antes da|antes do|vor|avant|prima d(?:i|el|ella|ello|ell['’]|egli|elle|ei)|до)\s*([^.;,()]{3,80})/iu;

export function reminderEvent(text: string): string | null {
  const m = BEFORE_EVENT.exec(text);
  return m ? m[1]!.trim() : null;
}

/** Words that name nothing (articles, prepositions, quantifiers, auxiliaries) in the six languages. */
const FUNCTION_WORDS = new Set(
  `the each every after before since from with last latest their that this have been will
  jeder jedem jedes jeden einer einem eines nach seit dem der den des letzten letzte werden wird
  chaque tous toutes après avant depuis dernier dernière dans pour avec sont être
  cada todos todas después antes desde último última para con sido están
  todo após depois desde último última para com são será
  ogni tutti tutte dopo prima dalla dalle della delle dello degli nella nelle ultimo ultima sono viene vengono`
    .split(/\s+/)
    .filter(Boolean),
);

/** The content words of a phrase (four letters or more, accents kept), for matching column names and notes. */
export function contentWords(text: string): string[] {
  // A Hangul or Han word carries as much as four Latin letters in two syllables ("시설 목록").
  return [
    ...new Set(
      (
        text
          .toLowerCase()
          .replace(/\u0307/g, '')
          .match(/[\p{sc=Hangul}\p{sc=Han}]{2,}|\p{L}{4,}/gu) ?? []
      ).filter((w) => !FUNCTION_WORDS.has(w)),
    ),
  ];
}

/** The act word as written ("anonimizzati", "gelöscht"), for matching a column's note ("usato per l'anonimizzazione"). */
export function periodActWord(sentence: string): string | null {
  for (const re of [ANONYMISE, ARCHIVE, DELETE]) {
    const m = re.exec(sentence);
    if (m && !NEGATED_BEFORE.test(sentence.slice(0, m.index))) return m[0];
  }
  return null;
}

/**
 * The message channel a reminder sentence names ("via SMS", "per E-Mail", "par courriel", "via email",
 * "por WhatsApp"). WhatsApp is a channel of its own, never SMS: a sentence that names WhatsApp and no
 * SMS is WhatsApp's ("Twilio para WhatsApp", "Twilio (WhatsApp)", "über WhatsApp").
 */
export type MessageChannel = 'sms' | 'email' | 'push' | 'whatsapp';

/**
 * Every message channel a sentence names, in the order of the catalogue's channels: "Twilio for SMS
 * and WhatsApp", "Twilio para SMS e WhatsApp", "Twilio für SMS und WhatsApp" name two, and a provider
 * stated for both carries both.
 */
/** E-mail is declined in Czech, Slovak and Polish ("e-maily", "e-mailom", "e-maile", "e-mailem"). */
export function messageChannels(text: string): MessageChannel[] {
  const out: MessageChannel[] = [];
  if (/(?<!\p{L})(?:sms|text messages?)(?!\p{L})/iu.test(text)) out.push('sms');
  if (/(?<!\p{L})whats\s?app(?!\p{L})/iu.test(text)) out.push('whatsapp');
  if (/(?<!\p{L})(?:e-?mail(?:s|y|e|u|ov|om|em|ů|ami|och|ech)?|correos?|courriels?)(?!\p{L})/iu.test(text))
    out.push('email');
  if (/(?<!\p{L})(?:push|notifiche push)(?!\p{L})/iu.test(text)) out.push('push');
  return out;
}

export function messageChannel(text: string): MessageChannel | null {
  const sms = /(?<!\p{L})(?:sms|text messages?)(?!\p{L})/iu.test(text);
  if (!sms && /(?<!\p{L})whats\s?app(?!\p{L})/iu.test(text)) return 'whatsapp';
  if (sms) return 'sms';
  if (/(?<!\p{L})(?:e-?mail(?:s|y|e|u|ov|om|em|ů|ami|och|ech)?|correos?|courriels?)(?!\p{L})/iu.test(text))
    return 'email';
  if (/(?<!\p{L})(?:push|notifiche push)(?!\p{L})/iu.test(text)) return 'push';
  return null;
}

/**
 * Words that make a kept period the backups' ("backups are kept 30 days", "Бэкапы БД: … хранение
 * минимум 7 дней", "Sicherungen werden 14 Tage aufbewahrt", "las copias de seguridad se guardan 30
 * días", "sauvegardes conservées 30 jours", "backup conservati 30 giorni", "גיבוי יומי שנשמר 35 יום",
 * "النسخ الاحتياطية تُحفظ 30 يومًا"): an operations fact of
 * the deployment, never the retention of a table.
 */
const BACKUP =
  /(?<![\p{L}])(?:back[- ]?ups?|(?:datenbank)?sicherung(?:en)?|copias? de seguridad|respaldos?|c[óo]pias? de seguran[çc]a|sauvegardes?|бэкап\p{L}*|резервн\p{L}* копи\p{L}*|ו?(?:ה)?גיבוי(?:ים)?|(?:ال)?نسخ(?:ة)? (?:ال)?احتياطي(?:ة)?)(?![\p{L}])/iu;
export const namesBackup = (text: string): boolean => BACKUP.test(text);
