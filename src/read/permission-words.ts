/**
 * How a sentence states what a role may or may not do, in en, es, pt, fr, de and it (and fi, where it
 * was read before): "A coordinator can cancel shifts", "El coordinador puede cancelar turnos", "O
 * recepcionista pode cancelar marcações", "Le gestionnaire peut annuler les réservations", "Der
 * Disponent kann Schichten stornieren", "Il portiere può annullare le prenotazioni". The words are
 * bounded by letters, not by `\b`, which ends at an accented letter ("può", "dürfen").
 */

/** A modal of ability or permission, or the words of access: the sentence may grant or restrict. */
const CAPABILITY =
  /(?<![\p{L}])(?:can|may|is able to|are able to|allowed|permitted|access(?:ible)?|only|restricted|permissions?|rights?|voi|peut|peuvent|pourra|pourront|darf|dürfen|kann|können|puede|pueden|podrá|podrán|pode|podem|poderá|poderão|può|possono|potrà|potranno)(?![\p{L}])/iu;

/**
 * The modal negated: "cannot", "may not", "must not", "no puede", "não pode", "ne peut pas", "kann
 * nicht", "kann keine Schichten", "darf nicht", "non può". A negation elsewhere ("can view shifts
 * that are not yet published") qualifies an object and forbids nothing.
 */
const DENIAL =
  /(?<![\p{L}])(?:cannot|can ?not|can['’]t|may not|must not|mustn['’]t|is not (?:allowed|permitted|able) to|are not (?:allowed|permitted|able) to|not allowed to|never (?:can|may)|(?:has|have) no access|no access|ei voi|no (?:puede|pueden|podrá|podrán|debe|deben|tiene(?:n)? acceso)|nunca (?:puede|pueden)|não (?:pode|podem|poderá|poderão|deve|devem|tem acesso|têm acesso)|nunca (?:pode|podem)|ne (?:peut|peuvent|pourra|pourront|doit|doivent)(?: jamais| pas)?|n['’](?:a|ont) (?:pas|aucun) accès|(?:kann|können|darf|dürfen|wird|werden)(?: \p{L}+){0,3} (?:nicht|keine?n?|niemals|nie)(?![\p{L}])|(?:kann|können|darf|dürfen) (?:nicht|keine?n?|niemals|nie)|kein(?:en)? zugriff|non (?:può|possono|potrà|potranno|deve|devono|ha accesso|hanno accesso)|mai (?:può|possono))(?![\p{L}])/iu;

/** Negations that grant nothing but name no single operation to refuse ("never", "denied"). */
const NEGATIVE =
  /(?<![\p{L}])(?:never|denied|nunca|jamais|niemals|verweigert|negad[oa]s?|refusée?s?|negat[oi])(?![\p{L}])/iu;

/**
 * Someone else's records ("cannot see other volunteers' hours", "los turnos de otros", "les
 * réservations des autres", "fremde Schichten", "le prenotazioni altrui"): the negation refuses
 * records of others, not the operation, which the role may still make on its own.
 */
const OTHERS =
  /(?<![\p{L}])(?:other|others['’]?|another|anyone else['’]s|someone else['’]s|otros?|otras?|ajen[oa]s?|outros?|outras?|alhei[oa]s?|autres?|d['’]autrui|andere[nrs]?|fremde[nrs]?|altr[uoie]i?|altrui)(?![\p{L}])/iu;

/** A negated duty ("must not break", "no debe", "ne doit pas", "wird nicht") is a rule, no permission. */
const DUTY = /^(?:must|mustn|no deben?|não devem?|ne doi(?:t|vent)|non dev(?:e|ono)|wird|werden)/iu;

/**
 * Whether a sentence states (or restricts) a permission: a modal of ability, the words of access,
 * or a negated ability ("A volunteer cannot cancel shifts"); a negated duty alone states none.
 */
export function statesPermission(text: string): boolean {
  if (CAPABILITY.test(text)) return true;
  const denied = DENIAL.exec(text);
  return !!denied && !DUTY.test(denied[0]);
}

/** Whether a permission sentence grants nothing at all: it says "never", "denied" (no negated modal). */
export const negatesPermission = (text: string): boolean => !DENIAL.test(text) && NEGATIVE.test(text);

/**
 * Where a permission sentence's modal is negated ("Readonly users can view conversations but cannot
 * perform write actions": at "cannot"), and whether what follows refuses an operation: it does
 * unless the object is someone else's records. What comes before still grants; what comes after is
 * refused. Null when no modal is negated.
 */
export function permissionDenial(text: string): { at: number; refuses: boolean } | null {
  const m = DENIAL.exec(text);
  if (!m) return null;
  return { at: m.index, refuses: !OTHERS.test(text.slice(m.index)) };
}
