import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { gatedPattern } from './prefilter.js';

/**
 * The state actions a sentence names, in any form, in en, es, pt, fr, de and it: the verb ("stornieren",
 * "cancelar", "annuler"), its present tense ("storniert", "cancela", "annule"), its participle
 * ("bestätigt", "confirmada", "remboursée") and its noun ("Stornierung", "cancelación",
 * "cancelamento", "annulation", "Rückerstattung", "reembolso", "remboursement"). Each maps to the
 * canonical English verb the route is named with (`POST /termine/{id}/cancel`), the verb
 * derive/api/actions.ts reads from a status value (`storniert` → `cancel`, knowledge/state-words.ts).
 * Read once per requirement in extract (`Requirement.stateVerbs`); derive compares verbs, never text.
 *
 * Forms are whole words that open with one of the stems below; where a stem opens other words of a
 * language (German `Termin` is no French `terminer`), the forms are listed in full.
 */
const FORMS: [string, string][] = [
  [
    'cancel',
    'cancel\\p{L}*|anul\\p{L}*|annul\\p{L}*|storn\\p{L}*|abgesagt|absag\\p{L}*|sagt(?:\\s+\\p{L}+){1,4}\\s+ab|batalkan|membatalkan|dibatalkan|pembatalan|peru(?:taan|ttu|ttiin|ntu\\p{L}*|a|u)',
  ],
  [
    'confirm',
    'confirm\\p{L}*|bestätig\\p{L}*|conferm\\p{L}*|konfirmasi|mengonfirmasi|mengkonfirmasi|dikonfirmasi',
  ],
  [
    'complete',
    'complet\\p{L}*|finish\\p{L}*|finaliz\\p{L}*|conclu\\p{L}*|termin(?:er|é|ée|és|ées|ent|ons|ez)|achev\\p{L}*|abschlie\\p{L}*|abgeschlossen\\p{L}*|schließt(?:\\s+\\p{L}+){1,4}\\s+ab',
  ],
  [
    'approve',
    'approv\\p{L}*|aprob\\p{L}*|aprov(?:ar|a|am|ad[oa]s?|ação|ações)|genehmig\\p{L}*|freigeb\\p{L}*|freigegeben\\p{L}*|gibt(?:\\s+\\p{L}+){1,4}\\s+frei|setujui|menyetujui|disetujui|persetujuan',
  ],
  [
    'reject',
    'reject\\p{L}*|rechaz\\p{L}*|rejeit\\p{L}*|rejet\\p{L}*|refus\\p{L}*|ablehn\\p{L}*|abgelehnt\\p{L}*|lehnt(?:\\s+\\p{L}+){1,4}\\s+ab|tolak|menolak|ditolak|penolakan|rebutj\\p{L}*|rebuig',
  ],
  [
    'refund',
    'refund\\p{L}*|reembols\\p{L}*|rembours\\p{L}*|erstatt\\p{L}*|rückerstatt\\p{L}*|rimbors\\p{L}*',
  ],
  [
    'pay',
    'pay|pays|paid|paying|payment|pag(?:ar|a|an|am|o|ado|ada|ados|adas|amento|os|at[oaie]|are)|pa(?:yer|ie|ient|yé|yée|yés|yées|iement)|bezahl\\p{L}*|zahlt|zahlen|zahlung|bayar|membayar|dibayar|pembayaran|lunas|melunasi|dilunasi',
  ],
  [
    'close',
    'close|closes|closed|closing|cerr\\p{L}*|cierr\\p{L}*|fech(?:ar|am|ad[oa]s?|amento)|ferm(?:er|e|ent|é|ée|és|ées|eture)|clôtur\\p{L}*|schließ\\p{L}*|geschlossen\\p{L}*|chiud\\p{L}*|chius[oaie]',
  ],
  [
    'deliver',
    'deliver\\p{L}*|entreg\\p{L}*|livr(?:er|ent|é|ée|és|ées|aison|aisons)|liefer(?:n|t|ung|ungen)|ausgeliefert|geliefert|zustell\\p{L}*|zugestellt|diantar|mengantar|diantarkan|mengantarkan|pengantaran',
  ],
  ['ship', 'ship|ships|shipped|shipping|shipment|expédi\\p{L}*|versand\\p{L}*|versandt|versend\\p{L}*'],
  [
    'submit',
    'submit\\p{L}*|soum(?:ettre|et|ettent|is|ise|ises|ission)|einreich\\p{L}*|eingereicht|reicht(?:\\s+\\p{L}+){1,4}\\s+ein|submet\\p{L}*|ajukan|mengajukan|diajukan|pengajuan',
  ],
  [
    'accept',
    'accept\\p{L}*|acept\\p{L}*|aceit\\p{L}*|annehm\\p{L}*|angenommen|nimmt(?:\\s+\\p{L}+){1,4}\\s+an|akzeptier\\p{L}*',
  ],
  [
    'assign',
    'assign\\p{L}*|asign\\p{L}*|atribu\\p{L}*|attribu\\p{L}*|zuweis\\p{L}*|zugewiesen|weist(?:\\s+\\p{L}+){1,4}\\s+zu',
  ],
  ['verify', 'verif\\p{L}*|vérifi\\p{L}*|prüf\\p{L}*|geprüft|memverifikasi|diverifikasi'],
  ['resolve', 'resol\\p{L}*|resuel\\p{L}*|résou\\p{L}*|résol\\p{L}*|lös(?:en|t|ung)|gelöst'],
  ['amend', 'amend\\p{L}*|enmend\\p{L}*|rectific\\p{L}*|retific\\p{L}*|berichtig\\p{L}*'],
  ['archive', 'archiv\\p{L}*|arquiv\\p{L}*'],
  [
    'publish',
    'publish\\p{L}*|public(?:ar|a|an|am|ad[oa]s?|ación|ação)|publi(?:er|e|ent|é|ée|és|ées|cation)|veröffentlich\\p{L}*',
  ],
  ['suspend', 'suspen\\p{L}*|sospe(?:nd\\p{L}*|s[oaie])|sperr\\p{L}*|gesperrt'],
  [
    'schedule',
    'schedul\\p{L}*|programar|programad[oa]s?|agendar|agendad[oa]s?|planifi\\p{L}*|terminier\\p{L}*',
  ],
  // da/nb "låse", sv "låsa", and the route segment written without the letter å ("laas").
  ['lock', 'lås|låse|låser|låses|låst|låste|låsa|laas|laase'],
  ['void', 'void|voids|voided|voiding|invalidat\\p{L}*|invalid(?:ar|ad[oa]s?|er|ée?s?)|sztornó\\p{L}*'],
  [
    'issue',
    'issue|issues|issued|issuing|emit(?:ir|e|en|id[oa]s?)|émet\\p{L}*|émis|émise|ausstell\\p{L}*|ausgestellt|emess[oaie]|emette\\p{L}*|wystaw\\p{L}*|utfärd\\p{L}*|udsted\\p{L}*|kiállít\\p{L}*|menerbitkan|diterbitkan|vystav\\p{L}*',
  ],
];

const PATTERNS = FORMS.map(([verb, forms]) => ({
  verb,
  re: gatedPattern(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])`, 'iu'),
}));

/** The canonical English verbs of the state actions a sentence names, in the order listed above. */
export function stateVerbsNamed(text: string): string[] {
  const named = withoutNegatedStates(text);
  return PATTERNS.filter((p) => p.re.test(named)).map((p) => p.verb);
}

/**
 * A state the record has not reached is no action done to it: "each unpaid instalment" written "ogni
 * rata non pagata", "orders not paid", "cuotas no pagadas", "parcelas não pagas", "nicht bezahlte
 * Rechnungen", "factures non payées", "not yet confirmed". The participle after a negation (a word
 * that reads as one: -ed, -ado/-ada, -ato/-ata, -é/-ée, -t, the Portuguese short `pago/paga`) is left
 * out before the state verbs are read; a negated verb ("must not cancel", "darf nicht stornieren")
 * still names its action.
 */
const NEGATED_STATE = caseFoldedRegExp(
  [
    '(?<!\\p{L})(?:not(?:\\s+yet)?|never|non(?:\\s+ancora|\\s+encore)?|no|todavía no|aún no|não|ainda não|nunca',
    '|nicht|noch nicht|pas(?:\\s+encore)?|jamais|mai)\\s+(?:',
    // en: -ed, paid; es/pt: -ado/-ido; pt short: pago/paga; it: -ato/-ito/-uto/-uso; fr: -é/-ée.
    '\\p{L}+ed|paid|\\p{L}+(?:ad|id)[oa]s?|pag[oa]s?|\\p{L}+(?:at|it|ut|us)[oaie]|\\p{L}+(?:é|ée|és|ées)',
    // de: the weak participle (bezahlt, storniert, bestätigte) and the strong ones of the state verbs.
    '|(?:ge|be|ver|er|ab|an|auf|zu|frei|aus|ein)\\p{L}*t(?:e[nrs]?)?|\\p{L}+iert(?:e[nrs]?)?|\\p{L}*geschlossen\\p{L}*|freigegeben\\p{L}*|angenommen\\p{L}*',
    ')(?!\\p{L})',
  ].join(''),
  'giu',
);
/** Indonesian: "belum dibayar", "tidak disetujui" (the passive di- form after the negation), "belum lunas". */
const NEGATED_STATE_ID = /(?<!\p{L})(?:tidak|belum)\s+(?:di\p{L}+|lunas)(?!\p{L})/giu;
const NEGATION_GATE = /(?<!\p{L})(?:not|never|non|no|não|nunca|nicht|pas|jamais|mai|tidak|belum)\s/iu;

function withoutNegatedStates(text: string): string {
  if (!NEGATION_GATE.test(text)) return text;
  return text
    .replace(NEGATED_STATE, (m) => ' '.repeat(m.length))
    .replace(NEGATED_STATE_ID, (m) => ' '.repeat(m.length));
}

/**
 * The state action a route's last segment names when it is not the English verb itself
 * (`/visite/{id}/annulla` → `cancel`, `/termine/{id}/stornieren` → `cancel`), or null.
 */
export function routeSegmentVerb(path: string): string | null {
  const last =
    path
      .split('/')
      .filter((s) => s && !s.startsWith('{'))
      .pop() ?? '';
  if (last.length > 40) return null;
  const verbs = stateVerbsNamed(last.replace(/[-_]+/g, ' '));
  return verbs.length === 1 && verbs[0] !== last.toLowerCase() ? verbs[0]! : null;
}

/**
 * The state action a route's description opens with (`| DELETE | /bookings/{id} | cancel (late
 * after 12 h) |` → `cancel`, `| POST | /termine/{id} | stornieren |`): the route performs it,
 * whatever its method says. Only the first word counts: "book; 409 when the cancel window…" is no
 * cancel route.
 */
export function describedVerb(description: string | undefined): string | null {
  const first = /^[\s*_`"]*([\p{L}-]{3,40})/u.exec(description ?? '')?.[1];
  if (!first) return null;
  const verbs = stateVerbsNamed(first);
  return verbs.length === 1 ? verbs[0]! : null;
}

/**
 * The plain writes a sentence names, as the endpoint actions they are: an edit, update, change or
 * modification (`update`: "Edit is logged", "Bearbeitungen werden protokolliert", "cambio de
 * prioridad", "alteração", "modification", "modifica", "mise à jour") and a deletion (`delete`:
 * "Löschung", "eliminación", "exclusão", "suppression", "eliminazione"). An audit-trail rule reaches
 * only the writes whose verb it names (derive/rules.ts). "Änderungsprotokoll" names the log, not a
 * change; Spanish "borrador" is a draft, not a deletion.
 */
const WRITE_FORMS: [string, string][] = [
  [
    'update',
    [
      'edit\\p{L}*|updat\\p{L}*|chang\\p{L}*|modif\\p{L}*',
      'actualiz\\p{L}*|cambi\\p{L}*|edici[oó]n\\p{L}*',
      'atualiz\\p{L}*|altera(?:r|m|do|da|dos|das|ção|ções)?|mudan[çc]a\\p{L}*|mudar|edição|edições',
      'mise\\s+à\\s+jour|mises\\s+à\\s+jour|mettre\\s+à\\s+jour|édit\\p{L}*|changement\\p{L}*',
      'änder(?!ungsprotokoll)\\p{L}*|geändert|bearbeit\\p{L}*|aktualisier\\p{L}*',
      'aggiorn\\p{L}*',
      'düzenlen\\p{L}*|güncellen\\p{L}*|değiştiril\\p{L}*',
      'endr(?:e|er|es|et|ing|inger)|ændr(?:e|er|es|et|ing|inger)|oppdater\\p{L}*|opdater\\p{L}*|redigere[rst]?',
    ].join('|'),
  ],
  [
    'delete',
    [
      'delet\\p{L}*',
      'elimin\\p{L}*|borrar|borrad[oa]s?|borrado',
      'exclu(?:ir|i|em|ído|ída|ídos|ídas|são|sões)|apag(?:ar|ad[oa]s?)',
      'supprim\\p{L}*|suppression\\p{L}*',
      'lösch\\p{L}*|gelöscht',
      'silin\\p{L}*|kaldırıl\\p{L}*',
      'slett(?:e|er|es|et|ing)|slet(?:te|ter|tes|tet|ning)',
    ].join('|'),
  ],
];

const WRITE_PATTERNS = WRITE_FORMS.map(([verb, forms]) => ({
  verb,
  re: caseFoldedRegExp(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])`, 'iu'),
}));

/** The plain writes (`update`, `delete`) a sentence names, in the order listed above. */
export function writeVerbsNamed(text: string): ('update' | 'delete')[] {
  return WRITE_PATTERNS.filter((p) => p.re.test(text)).map((p) => p.verb as 'update' | 'delete');
}
