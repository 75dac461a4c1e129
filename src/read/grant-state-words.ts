import { stateVerbsNamed } from './state-verb-words.js';

/**
 * The words of a role's line, a story's want or a permission sentence that name one state action,
 * each with the canonical English verb of its route ("reschedules" → `reschedule`, "cancela" →
 * `cancel`, "sample collection/receiving" → `collect`, `receive`, "Result authorisation" →
 * `authorise`). Derive grants such a word that action only (`POST …/{id}/cancel`), never the record's
 * general update (PATCH): "Books, reschedules and cancels their own appointments" does not let a
 * patient edit an appointment. Read once in extract; derive looks the words up, never reads text.
 *
 * Besides the state verbs every reader knows (state-verb-words.ts), the verbs a person does to a
 * record in a lab, a clinic or an office, in en, es, pt, fr, de and it. Verb forms only: a noun that
 * also names an object ("receipt", "signature", "reçu") is left out.
 */
const GRANT_FORMS: [string, RegExp][] = [
  [
    'reschedule',
    /^(?:reschedul\p{L}*|reprogram\p{L}*|reagend\p{L}*|replanifi\p{L}*|verschieb\p{L}*|verschoben|verlegt|riprogramm\p{L}*)$/u,
  ],
  [
    'collect',
    /^(?:collect(?:s|ed|ing|ion)?|recolect\p{L}*|colet(?:ar|a|am|ad[oa]s?)|prélève\p{L}*|prélev\p{L}*|entnehm\p{L}*|entnimmt|entnommen|prelev\p{L}*)$/u,
  ],
  [
    'receive',
    /^(?:receiv(?:e|es|ed|ing)|recib(?:ir|e|en|id[oa]s?)|receb(?:er|e|em|id[oa]s?|imento)|réceptionn\p{L}*|recevoir|reçoi(?:t|vent)|empfang(?:en|t)|empfängt|entgegennehm\p{L}*|ricev(?:ere|e|ono|ut[oaie])|ricezione)$/u,
  ],
  [
    'authorise',
    /^(?:authori[sz](?:e|es|ed|ing|ation)|autoriz(?:ar|a|an|am|ación|ação|zare|za|zano|zazione)|autoris(?:er|e|ent|ation)|autorisier\p{L}*)$/u,
  ],
  [
    'sign',
    /^(?:sign(?:s|ed|ing)?|firm(?:ar|a|an|are|ano)|assin(?:ar|a|am)|sign(?:er|e|ent)|unterschreib\p{L}*|unterzeichn\p{L}*)$/u,
  ],
  [
    'deactivate',
    /^(?:deactivat\p{L}*|desactiv\p{L}*|desativ\p{L}*|désactiv\p{L}*|deaktivier\p{L}*|disattiv\p{L}*)$/u,
  ],
  ['reopen', /^(?:reopen\p{L}*|reabr\p{L}*|rouvr\p{L}*|riapr\p{L}*)$/u],
  // Booking makes the record and is also the state action that confirms it (`held` → `booked`):
  // "Books … their own appointments", "can book … appointments" call both (derive grants both where
  // the record has a booked state). English only: the other languages' booking verbs ("reservar",
  // "réserver", "buchen", "prenotare") are no create word of the grant vocabulary yet, and the
  // operation designer makes no `book` route from them.
  ['book', /^(?:book(?:s|ing)?)$/u],
];

/**
 * State verbs that are no state action of a role's grant: booking, scheduling and submitting make a
 * record (a create), an amendment and an assignment edit one (the record's update).
 */
const NOT_GRANT_STATES = new Set(['schedule', 'submit', 'amend', 'assign']);

/**
 * A past participle names a state the record is in, not an action done to it ("share the authorised
 * report", "la cita confirmada", "le rendez-vous annulé", "la visita annullata"): en -ed and `paid`,
 * es/pt -ado/-ido, fr -é, it -ato/-ito/-uto. German participles are left in: "storniert" is also the
 * present tense ("storniert seine Termine").
 */
const PARTICIPLE = /(?:ed|^paid|(?:ad|id)[oa]s?|(?:é|ée|és|ées)|(?:at|it|ut)[oaie])$/u;

/** Word → canonical verb, for the words of `text` that name exactly one state action; null when none. */
export function grantStateWords(text: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const word of new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u))) {
    if (word.length < 3 || PARTICIPLE.test(word)) continue;
    const known = stateVerbsNamed(word).filter((v) => !NOT_GRANT_STATES.has(v));
    const verb = known.length === 1 ? known[0] : GRANT_FORMS.find(([, re]) => re.test(word))?.[0];
    if (verb) out[word] = verb;
  }
  return Object.keys(out).length > 0 ? out : null;
}
