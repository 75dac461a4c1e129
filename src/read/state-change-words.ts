import { caseFoldedRegExp } from '../knowledge/case-fold.js';

/**
 * A state change an acceptance criterion states in Given/When/Then form, in en, es, pt, fr, de and
 * it: "Given a ticket in state "resolved" When the admin closes it Then the status becomes "closed"",
 * "Dato una segnalazione in stato "risolta" Quando l'amministratore la chiude Allora lo stato diventa
 * "chiusa"", "Dada una reserva con estado `pendiente` … Entonces el estado pasa a `confirmada`". The
 * state before is the one the record is given in; the state after is the one the outcome names. The
 * derive step keeps only the states a lifecycle enum has, so a stray word never becomes a state.
 */

// Quotes, guillemets with their space ("« brouillon »"), backticks and emphasis around a state.
const QUOTE = '(?:["\'`“”«»‘’*]\\s?){0,2}';
const STATE = `${QUOTE}([\\p{L}][\\p{L}\\p{N}_-]{1,30})${QUOTE}`;

/** "in state X", "with status X", "in stato X", "en estado X", "no estado X", "à l'état X", "im Status X". */
const GIVEN_IN = caseFoldedRegExp(
  `(?<!\\p{L})(?:in (?:the )?(?:state|status)|with (?:the )?status|whose status is|in stato|con stato|nello stato|en (?:el )?estado|con (?:el )?estado|cuyo estado es|no estado|com (?:o )?status|com (?:o )?estado|à l['’]état|au statut|avec le statut|dans l['’]état|im (?:status|zustand)|mit (?:dem )?status)\\s+${STATE}`,
  'iu',
);

/** "becomes X", "changes to X", "moves to X", "diventa X", "passa a X", "pasa a X", "devient X", "wechselt zu X". */
const THEN_BECOMES = caseFoldedRegExp(
  `(?<!\\p{L})(?:becomes|changes to|moves to|is set to|transitions to|goes to|diventa|passa (?:a|in)|cambia (?:a|in)|pasa a|cambia a|se convierte en|queda (?:en|como)|passe (?:à|en)|devient|change en|wechselt(?: \\p{L}+){0,2} (?:zu|auf|in)|wird (?:zu|auf)|passa (?:para|a)|muda para|torna-se|fica)\\s+${STATE}`,
  'iu',
);

/** The outcome keyword of a criterion: what follows it is the result. */
const THEN = /(?<!\p{L})(?:then|entonces|ent[ãa]o|alors|dann|allora)(?!\p{L})/iu;

export function readStatedTransition(text: string): { from: string; to: string } | null {
  const given = GIVEN_IN.exec(text);
  if (!given) return null;
  const then = THEN.exec(text.slice(given.index));
  if (!then) return null;
  const after = text.slice(given.index + then.index);
  const to = THEN_BECOMES.exec(after);
  if (!to) return null;
  const from = given[1]!;
  return from.toLowerCase() === to[1]!.toLowerCase() ? null : { from, to: to[1]! };
}
