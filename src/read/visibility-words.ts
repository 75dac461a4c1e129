import { caseFoldedRegExp } from '../knowledge/case-fold.js';
import { readScopes } from './scope-words.js';

/**
 * A rule that says what a role sees ("Station staff see only the bookings of their own station",
 * "Een lid ziet alleen zijn eigen facturen", "Ο υπάλληλος σταθμού βλέπει μόνο τις κρατήσεις του
 * δικού του σταθμού", "En lagleder ser bare sine egne lag"): a visibility scope, enforced where the
 * records are read, not a check a write can fail. Read on the sentence as written (the scope
 * sentences of read/scope-words.ts, en, es, pt, fr, de, it) and on its force words (`forced`, where
 * "μόνο", "alleen" became "only"): a verb of seeing beside "only", and whose records they are.
 */
const SEE =
  '(?:see|sees|view|views|ziet|zien|ser|βλέπει|βλέπουν|widzi|widzą|vidí|vidi|görür|görebilir|melihat|thấy|xem|sieht|sehen|voit|voient|vê|veem|vede|vedono)';
/** "only" in the languages whose force words leave it as written. */
const ONLY = '(?:only|bare|kun|endast|bara|alleen|jedynie|tylko|pouze|jen|sadece|yalnızca|hanya|chỉ|μόνο)';
const SEE_ONLY = caseFoldedRegExp(
  `(?<!\\p{L})(?:${SEE}(?:\\s+\\p{L}+)?\\s+${ONLY}|${ONLY}(?:\\s+\\p{L}+)?\\s+${SEE})(?!\\p{L})`,
  'iu',
);
/** One's own records: "their own", "zijn eigen", "sine egne", "του δικού του", "własne", "své vlastní". */
const OWN =
  /(?<!\p{L})(?:own|eigen|eigene[nmrs]?|egne|egen|eget|egna|δικ\p{L}*|własn\p{L}*|vlastní|svoje|své|kendi|sendiri|mình|propri\p{L}*|propi[oa]s?|própri[oa]s?|their|his|her|sus|seus|suas|ses|leurs?|seine[nmrs]?|ihre[nmrs]?|suoi|sue|zijn|hun|sine|sina|sitt|assigned|asignad[oa]s|atribuíd[oa]s|assigné(?:e|s|es)?|zugewiesen\p{L}*|assegnat[aeio]|toegewezen)(?!\p{L})/iu;

/** Whether a rule sentence (as written, and with its force words `forced`) scopes what a role sees. */
export function statesVisibility(stated: string, forced: string): boolean {
  // "An auditor can only view reports" limits what the auditor does, not which records it sees: a
  // scope names whose records they are ("their own", "assigned to them").
  if (!OWN.test(stated) && !OWN.test(forced)) return false;
  if (readScopes(stated).some((s) => s.actor !== null)) return true;
  if (forced !== stated && readScopes(forced).some((s) => s.actor !== null)) return true;
  return SEE_ONLY.test(forced);
}
