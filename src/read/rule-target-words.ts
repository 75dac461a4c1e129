import { isQuantityUnit } from '../knowledge/durations.js';
import type { RuleTarget } from '../model/domain.js';
import { stateVerbsNamed } from './state-verb-words.js';

/**
 * What a rule sentence constrains, in en, es, pt, fr, de and it. The actor is who the rule applies
 * to ("A volunteer may hold at most 3 upcoming bookings"); the constrained rows are the ones it
 * counts, limits or orders: the words after its number ("3 upcoming bookings", "two overlapping
 * shifts", "dos turnos solapados", "zwei überschneidenden Schichten"), else the object of its verb
 * ("publish the week's shifts"); the guarded write is its verb ("book", "cancel", "publish"), and a
 * window is measured from what follows before/antes/avant/vor/prima ("before the shift starts"). A
 * passive rule ("Tests can be cancelled only if…") has no actor: its subject is what it constrains.
 * Words only, read once in extract; derive matches them with entity names and routes.
 */

/** The modal verb of a rule, with the negation written around it. Verb-last German is told apart. */
const MODAL =
  /(?<!\p{L})(?:may not|may|can ?not|can't|can|must not|must|shall not|shall|should|(?:is|are) (?:not )?(?:allowed|permitted) to|(?:no |não )?(?:puede|pueden|pode|podem|debe|deben|deve|devem|devono|puede)|(?:ne |n['’])?(?:peut|peuvent|doit|doivent)(?: pas| jamais)?|darf|dürfen|kann|können|muss|müssen|soll|sollen|(?:non )?(?:può|possono))(?!\p{L})/iu;
const GERMAN_MODAL = /^(?:darf|dürfen|kann|können|muss|müssen|soll|sollen)$/i;

/** Words between the modal and the verb that are no verb: negation, "only", "be able to", "always". */
const NOT_VERB =
  /^(?:not|never|only|also|always|be able to|no|nunca|solo|sólo|solamente|siempre|jamais|pas|seulement|toujours|nie|niemals|nur|immer|mai|soltanto|sempre|apenas|não|non)$/iu;
/** "be able to", and adverbs between the modal and its verb ("automatically", "automáticamente", "automatiquement"). */
const ADVERB = /^(?:able|to|\p{L}{3,}ly|\p{L}{3,}mente|\p{L}{3,}ement|automatisch|sofort|immediately)$/iu;
/** A passive rule: the modal is followed by "be" or its forms ("can be cancelled", "no puede ser"). */
const PASSIVE = /^(?:be|ser|être|essere|estar|ficar|sein)$/iu;
const GERMAN_PASSIVE = /(?<!\p{L})(?:werden|sein)$/iu;

/** A count in the sentence: digits or a number word; the constrained rows are named after it. */
const COUNT =
  /(?<!\p{L})(?:\d+|two|three|four|five|dos|tres|cuatro|cinco|dois|duas|três|quatro|deux|trois|quatre|cinq|zwei|drei|vier|fünf|due|tre|quattro|cinque)(?!\p{L})/iu;
/** Words that end the noun phrase of the constrained rows (a preposition, a relative, a time word). */
const STOP =
  /^(?:at|before|after|by|within|per|when|if|until|in|on|during|for|from|that|which|who|whose|than|and|or|antes|después|dentro|hasta|por|para|que|cuando|si|en|durante|y|o|avant|après|jusqu['’]?à|dans|pendant|pour|par|qui|quand|et|ou|vor|nach|bis|innerhalb|pro|je|für|die|der|das|wenn|und|oder|prima|dopo|entro|fino|per|che|quando|e|depois|até|em|com|ao|à)$/iu;
/** Words before a window's anchor ("before the shift starts", "antes de que empiece el turno"). */
const WINDOW = /(?<!\p{L})(?:before|after|antes|depois|después|avant|après|vor|nach|prima|dopo)(?!\p{L})/iu;
/** Verbs of having: "may hold at most 3 bookings" makes nothing; the counted rows are the target. */
const POSSESS =
  /^(?:have|has|hold|holds|own|keep|tener|tiene|tienen|ter|tem|têm|avoir|a|ont|haben|hat|avere|ha|hanno)$/iu;
/** Infinitive endings, longest first: the stem names the noun the verb makes (reservar → reserva). */
const INFINITIVE = /(?:are|ere|ire|ieren|ern|eln|en|er|ar|ir|re)$/u;

const unaccent = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => w.length > 0);
const clean = (w: string) => w.replace(/^[("'“«`*_]+|[)"'”»`*_,.;:!?]+$/gu, '');

/** Articles and possessives before a noun phrase ("the week's shifts", "die Schichten", "sus reservas"). */
const ARTICLE =
  /^(?:the|a|an|their|his|her|its|el|la|los|las|un|una|unos|unas|sus?|o|os|as|um|uma|seus?|suas?|le|les|une|des|du|leurs?|ses|der|die|das|den|dem|ein|eine|einen|einem|ihre[nm]?|seine[nm]?|il|lo|gli|i|uno|dei|delle|degli|l['’]\p{L}*)$/iu;

/** Up to four words after `from` that are no stop word: the noun phrase the rule names there. */
function phraseAfter(words: string[], from: number): string | null {
  const out: string[] = [];
  let start = from;
  while (start < words.length && ARTICLE.test(clean(words[start]!))) start++;
  for (let i = start; i < words.length && out.length < 4; i++) {
    const w = clean(words[i]!);
    if (!w || STOP.test(w)) break;
    out.push(w);
    if (/[,.;:]$/.test(words[i]!)) break;
  }
  return out.length > 0 ? out.join(' ') : null;
}

export function ruleTarget(text: string): RuleTarget {
  const t = text.replace(/\*\*/g, '').trim();
  // A parenthesis is an aside ("(e.g., front desk can give up to 10%)"): its modal is not the rule's.
  const bare = t.replace(/\s*\([^()]*\)/g, '');
  const clause = bare.split(/[.;](?:\s|$)/u)[0] ?? bare;
  const m = MODAL.exec(clause);
  let actor: string | null = null;
  let verb: string | null = null;
  let rest = clause;
  let passive = false;
  if (m) {
    const subject = clause.slice(0, m.index).trim();
    rest = clause.slice(m.index + m[0].length);
    const after = wordsOf(rest).map(clean);
    if (GERMAN_MODAL.test(m[0].trim())) {
      // Verb last: "Ein Helfer darf höchstens 3 anstehende Buchungen haben".
      // "Rechnungen dürfen nicht gelöscht werden": the participle before "werden" is the write.
      passive = GERMAN_PASSIVE.test(rest.trim());
      const last = passive ? after.length - 2 : after.length - 1;
      verb = after[last] ?? null;
      rest = after.slice(0, Math.max(0, last)).join(' ');
    } else {
      let i = 0;
      while (i < after.length && (NOT_VERB.test(after[i]!) || ADVERB.test(after[i]!))) i++;
      passive = i < after.length && PASSIVE.test(after[i]!);
      // "Tests can be cancelled only if …": the participle is the guarded write.
      if (passive) while (++i < after.length && (NOT_VERB.test(after[i]!) || ADVERB.test(after[i]!)));
      verb = after[i] ?? null;
      rest = after.slice(i + 1).join(' ');
    }
    const subjectWords = wordsOf(subject);
    // "Two appointments can never overlap": a counted subject is a thing constrained, not an actor.
    const counted =
      subjectWords.length > 0 && COUNT.exec(clean(subjectWords[0]!))?.[0] === clean(subjectWords[0]!);
    const short = subjectWords.length > 0 && subjectWords.length <= 5;
    if (!passive && !counted && short) actor = subject;
    // A passive rule constrains its subject ("Tests can be cancelled only if …").
    if ((passive || counted) && short) rest = `${subject} ${rest}`;
  }
  let commands = false;
  if (!m) {
    // An imperative criterion has no modal: its verb opens it ("Deactivate tests that the lab does
    // not offer", "Desactivar las pruebas…", "Désactiver les tests…", "Disattivare gli esami…") or,
    // in German, closes it ("Nicht angebotene Tests deaktivieren"): what follows (precedes) is its object.
    const all = wordsOf(clause).map(clean);
    const first = all[0] ?? '';
    const last = all[all.length - 1] ?? '';
    if (imperative(first)) {
      commands = true;
      verb = first;
      rest = all.slice(1).join(' ');
    } else if (all.length > 1 && GERMAN_INFINITIVE.test(last) && actionOf(last) !== null) {
      verb = last;
      rest = all.slice(0, -1).join(' ');
    } else {
      // A criterion's "When" step names who acts and the action the outcome answers ("… quando o
      // consumidor tenta cancelar, então o sistema recusa com o código …", "When the volunteer tries
      // to cancel less than 24 hours before …"): its first state verb, its subject the actor.
      const step = WHEN_STEP.exec(bare);
      if (step) {
        const after = wordsOf(bare.slice(step.index + step[0].length).split(/[,;.]/u)[0] ?? '')
          .map(clean)
          .slice(0, 8);
        const at = after.findIndex((w) => actionOf(w) !== null);
        if (at > 0) {
          verb = after[at]!;
          actor = after
            .slice(0, at)
            .filter((w) => !ARTICLE.test(w) && !TRIES.test(w))
            .join(' ');
          rest = after.slice(at + 1).join(' ');
        }
      }
    }
  }
  const words = wordsOf(rest);
  // The rows it counts: the words after its number ("at most 3 upcoming bookings").
  // A number of time units ("less than 12 hours before") is a duration, not rows counted.
  const count = words.findIndex(
    (w, i) =>
      COUNT.test(clean(w)) &&
      COUNT.exec(clean(w))![0] === clean(w) &&
      !(
        words[i + 1] &&
        isQuantityUnit(`${clean(w)} `, clean(w).length + 1, clean(words[i + 1]!).toLowerCase())
      ),
  );
  const counted = count >= 0 ? phraseAfter(words, count + 1) : null;
  // A command's object follows its verb ("Cancel orders that have no sample within 7 days").
  const object = commands
    ? (phraseAfter(words, 0) ?? counted)
    : (counted ?? (m || verb ? phraseAfter(words, 0) : null));
  const per = wordsOf(clause).findIndex((w) => PER.test(clean(w)));
  const scope = per >= 0 ? phraseAfter(wordsOf(clause), per + 1) : null;
  const window = WINDOW.exec(clause);
  const anchor = window
    ? wordsOf(clause.slice(window.index + window[0].length))
        .slice(0, 6)
        .map(clean)
        .join(' ') || null
    : null;
  const v = verb ? clean(verb).toLowerCase() : null;
  // A participle names no noun to make ("cancelled" is no Cancellation row): only an active verb has a stem.
  const stem = v && !passive && !POSSESS.test(v) ? unaccent(v).replace(INFINITIVE, '') : null;
  // No verb of its own: a state action named as a noun before the time it is measured from ("A
  // cancellation less than 12 hours before the shift starts") is the guarded write.
  const action = v ? actionOf(v) : nominalAction(window ? clause.slice(0, window.index) : clause);
  const stops = STOPS_NEW.exec(bare)?.[1];
  return {
    actor: actor ? actor.toLowerCase() : null,
    object,
    verb: v && v.length > 1 ? v : null,
    stem: stem && stem.length >= 4 ? stem : null,
    action,
    anchor,
    ...(scope ? { scope } : {}),
    ...(stops ? { stops } : {}),
  };
}

/** A noun made from a verb: "cancellation", "cancelación", "cancelamento", "annulation", "Stornierung", "annulering". */
const NOMINAL =
  /(?<!\p{L})\p{L}{3,}(?:tions?|ción|ciones|ção|ções|mento|mentos|zione|zioni|ments?|ungen|ung|ingen|ing)(?!\p{L})/giu;

/** The state action a noun of the clause names ("A cancellation less than 12 hours before …" → cancel). */
function nominalAction(clause: string): string | null {
  // Only the sentence's subject: "a volunteer with 3 late cancellations" counts past ones.
  const subject = clause.trim().split(/\s+/).slice(0, 2).join(' ');
  for (const m of subject.matchAll(NOMINAL)) {
    const verb = stateVerbsNamed(m[0])[0];
    if (verb) return verb;
  }
  return null;
}

/**
 * "from new bookings", "for new reservations", "voor nieuwe reserveringen", "für neue Buchungen",
 * "pour de nouvelles réservations", "para nuevas reservas", "para novas reservas", "per nuove
 * prenotazioni": the records a block or suspension stops the creation of.
 */
const STOPS_NEW =
  /(?<!\p{L})(?:from|for|voor|van|für|von|pour|de|para|per|da)\s+(?:de\s+|des\s+)?(?:new|any new|nieuwe|neuen?|nouvel(?:le)?s?|nuev[oa]s?|nov[oa]s?|nuov[oiae])\s+(\p{L}+)/iu;

/** "per", "por", "pro", "par", "je": what follows is what the rule is counted or set per. */
const PER = /^(?:per|por|pro|par|je)$/iu;

/** Deactivating, in the six languages: the route is named `deactivate` (derive/deactivate-not-delete). */
const DEACTIVATE =
  /^(?:deactivat\p{L}*|desactiv\p{L}*|desativ\p{L}*|inativ\p{L}*|désactiv\p{L}*|deaktivier\p{L}*|disattiv\p{L}*)$/iu;

/**
 * Deleting, in the six languages ("cannot be deleted", "ne peut pas être supprimé", "no se puede
 * eliminar", "darf nicht gelöscht werden", "não pode ser excluído", "non può essere eliminato"): the
 * write it guards is the record's delete, never another write of its requirement.
 */
const DELETE =
  /^(?:delet(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|supprim\p{L}*|elimin\p{L}*|borra(?:r|d[oa]s?)|lösch\p{L}*|gelöscht|exclu(?:ir|[íi]d[oa]s?))$/iu;

/** The state action a verb names, as its route is named (`cancel`, `deactivate`), or null. */
function actionOf(verb: string): string | null {
  if (DEACTIVATE.test(verb)) return 'deactivate';
  if (DELETE.test(verb)) return 'delete';
  const actions = stateVerbsNamed(verb);
  return actions.length === 1 ? actions[0]! : null;
}

/** A German infinitive at the end of a criterion ("… deaktivieren", "… stornieren"). */
const GERMAN_INFINITIVE = /(?:ieren|en|ern|eln)$/u;
/** Forms that do not command: a participle, a gerund, an adverb or a third person ("Cancelled orders…"). */
const NOT_IMPERATIVE = /(?:ed|ing|ly|ad[oa]s?|id[oa]s?|at[oai]|it[oai]|ée?s?|é|[^s]s)$/iu;

/** A criterion's opening word that commands a state action ("Deactivate", "Cancelar", "Annuler"). */
function imperative(word: string): boolean {
  // German "Angenommen …" opens a Given step; it accepts nothing.
  return (
    word.length > 2 && !NOT_IMPERATIVE.test(word) && !/^angenommen$/iu.test(word) && actionOf(word) !== null
  );
}

/**
 * The state action a criterion commands ("Deactivate tests that the lab does not offer", "Desactivar
 * las pruebas…", "Nicht angebotene Tests deaktivieren"), or null when it has a modal or opens with no
 * command. A negation in such a sentence qualifies its object; it forbids nothing.
 */
export function commandedAction(text: string): string | null {
  const t = ruleTarget(text);
  if (t.actor !== null || !t.action || !t.verb) return null;
  const clause = text
    .replace(/\*\*/g, '')
    .replace(/\s*\([^()]*\)/g, '')
    .trim();
  const first = clean(wordsOf(clause)[0] ?? '').toLowerCase();
  const last = clean(wordsOf(clause.split(/[.;](?:\s|$)/u)[0] ?? '').at(-1) ?? '').toLowerCase();
  return !MODAL.test(clause.split(/[.;](?:\s|$)/u)[0] ?? '') && (first === t.verb || last === t.verb)
    ? t.action
    : null;
}

/** The "When" step of a criterion, in the six languages. */
const WHEN_STEP = /(?<!\p{L})(?:when|quando|cuando|quand|lorsque|wenn)\s+/iu;
/** "tries to", "tenta", "intenta", "essaie de", "versucht", "prova a": the attempt before the action. */
const TRIES =
  /^(?:tries|try|attempts|to|tenta|tentar|intenta|trata|de|d|essaie|tente|versucht|zu|prova|cerca|a|ad|di)$/iu;
