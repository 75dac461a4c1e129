import { stripAccents } from '../knowledge/inflect.js';

/**
 * What the documents say the system sets, so no client sends it (en, es, fr, de, pt, it):
 *
 * - a field's own description: "position on the waitlist, set by the server", "computed at
 *   check-out", "true when cancelled less than 12 h before" (a flag defined by a condition is the
 *   server's reading of that condition), "lo fija el servidor", "calculé par le système", "vom Server
 *   gesetzt", "calculado pelo sistema", "impostato dal server", "vero se …";
 * - a sentence that says a record is recorded, marked or flagged as something: "A cancellation less
 *   than 12 hours before the shift starts is recorded as a late cancellation", "se registra como
 *   cancelación tardía", "est enregistrée comme annulation tardive", "wird als späte Stornierung
 *   erfasst", "é registrada como cancelamento tardio", "viene registrata come cancellazione tardiva":
 *   the words of what it is recorded as name the flag the system sets.
 */
/**
 * The condition of a flag the system evaluates: a number or a comparison in it ("less than 12 h
 * before", "más de 3", "après 18 h"). "true if the user accepted the terms" is the client's answer.
 */
const CONDITION =
  '[^.;]*?(?:\\d|less than|more than|fewer than|menos de|más de|moins de|plus de|weniger als|mehr als|mais de|meno di|più di)';
const SET_BY_SYSTEM = new RegExp(
  [
    // en
    '(?:set|assigned|computed|calculated|derived|filled(?: in)?|maintained|managed|generated|updated|written) (?:by|on) the (?:server|system|backend|api|service)',
    'server[- ](?:set|assigned|computed|generated|managed)',
    'system[- ](?:set|assigned|computed|generated|managed)',
    '(?:^|[,;(]\\s*)(?:computed|calculated|derived)(?= |$|[,;.)])',
    `(?:^|[,;(]\\s*)(?:true|set) (?:when|if|once)\\s${CONDITION}`,
    'read[- ]only',
    // es
    '(?:lo |la )?(?:fija|asigna|calcula|establece|genera|rellena) el (?:servidor|sistema)',
    '(?:fijad[oa]|asignad[oa]|calculad[oa]|establecid[oa]|generad[oa]) por el (?:servidor|sistema)',
    '(?:^|[,;(]\\s*)(?:calculad[oa]|derivad[oa])(?= |$|[,;.)])',
    `(?:^|[,;(]\\s*)verdadero (?:cuando|si)\\s${CONDITION}`,
    // fr
    '(?:défini|définie|attribué|attribuée|calculé|calculée|généré|générée|renseigné|renseignée|fixé|fixée) par le (?:serveur|système)',
    '(?:^|[,;(]\\s*)(?:calculé|calculée|dérivé|dérivée)(?= |$|[,;.)])',
    `(?:^|[,;(]\\s*)vrai (?:si|quand|lorsque|lorsqu)${CONDITION}`,
    // de
    '(?:vom|durch den) (?:server|system|backend) (?:gesetzt|vergeben|berechnet|erzeugt|gepflegt|befüllt)',
    '(?:^|[,;(]\\s*)(?:berechnet|abgeleitet)(?= |$|[,;.)])',
    `(?:^|[,;(]\\s*)(?:wahr|true),? (?:wenn|falls|sobald)\\s${CONDITION}`,
    // pt
    '(?:definid[oa]|atribuíd[oa]|calculad[oa]|gerad[oa]|preenchid[oa]) pelo (?:servidor|sistema)',
    `(?:^|[,;(]\\s*)verdadeiro (?:quando|se)\\s${CONDITION}`,
    // it
    '(?:impostat[oa]|assegnat[oa]|calcolat[oa]|generat[oa]|compilat[oa]) dal (?:server|sistema)',
    '(?:^|[,;(]\\s*)(?:calcolat[oa]|derivat[oa])(?= |$|[,;.)])',
    `(?:^|[,;(]\\s*)vero (?:quando|se)\\s${CONDITION}`,
  ].join('|'),
  'iu',
);

/** Whether a field's description says the system sets it. */
export function describesServerSet(description: string | undefined): boolean {
  return !!description && SET_BY_SYSTEM.test(description.trim());
}

/**
 * "is recorded as a late cancellation", "are flagged as no-show", "se registra como cancelación
 * tardía", "queda registrada como tardía", "est enregistrée comme annulation tardive", "wird als späte
 * Stornierung erfasst/vermerkt/markiert", "é registrada como cancelamento tardio", "viene registrata
 * come cancellazione tardiva": the words of what it is recorded as, accents folded, lower case.
 */
const RECORDED_AS = [
  /(?<!\p{L})(?:is|are|gets|get|will be|be)\s+(?:automatically\s+)?(?:recorded|marked|flagged|stored|logged|counted)\s+as\s+(?:an?\s+)?([\p{L}\s-]+?)(?=$|[.,;:(])/iu,
  /(?<!\p{L})(?:se\s+(?:registra|marca|anota|cuenta)|(?:es|queda|quedan|son)\s+(?:registrad|marcad|anotad)[oa]s?)\s+como\s+(?:un[oa]?\s+)?([\p{L}\s-]+?)(?=$|[.,;:(])/iu,
  /(?<!\p{L})(?:est|sont)\s+(?:enregistr|marqu|signal|compt)(?:é|ée|és|ées)\s+comme\s+(?:une?\s+)?([\p{L}\s-]+?)(?=$|[.,;:(])/iu,
  /(?<!\p{L})(?:wird|werden)\s+(?:automatisch\s+)?als\s+([\p{L}\s-]+?)\s+(?:erfasst|vermerkt|markiert|gekennzeichnet|gespeichert|gezählt)(?!\p{L})/iu,
  /(?<!\p{L})(?:é|são|fica|ficam)\s+(?:registrad|marcad|anotad|contad)[oa]s?\s+como\s+(?:um[a]?\s+)?([\p{L}\s-]+?)(?=$|[.,;:(])/iu,
  /(?<!\p{L})(?:è|viene|vengono|sono)\s+(?:registrat|segnat|marcat|contat)[oaie]\s+come\s+(?:un[oa']?\s+)?([\p{L}\s-]+?)(?=$|[.,;:(])/iu,
];

export function recordedAs(sentence: string): string[] | null {
  for (const re of RECORDED_AS) {
    const m = re.exec(sentence);
    if (m?.[1]) {
      const words = stripAccents(m[1])
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 3);
      if (words.length > 0) return words;
    }
  }
  return null;
}
