/**
 * The role a flow step's subject names, read from the step as written: the role's stated title (or
 * its code) as the step's first words, after an article, singular or plural, or in a definite form
 * the Scandinavian languages write by a suffix ("Forelder" → "Forelderen", "Kösökande" →
 * "Kösökanden", "Forælder" → "Forælderen", "Lag" → "Laget", "Kund" → "Kunderna"). Derive draws the
 * step as that role's message (src/derive/flows.ts) and reads no prose itself.
 */

/** A role as the statement layer knows it: its key and its title as the documents write it. */
export interface StepRole {
  name: string;
  label: string;
}

/** An article or determiner that may open a step before its subject (en, es, pt, fr, de, nl, sv, nb, da). */
const ARTICLE = new Set([
  'the',
  'a',
  'an',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'o',
  'os',
  'as',
  'um',
  'uma',
  'le',
  'les',
  'une',
  'der',
  'die',
  'das',
  'den',
  'ein',
  'eine',
  'einen',
  'de',
  'het',
  'een',
  'en',
  'ett',
  'et',
  'ei',
  'det',
]);

/**
 * Endings after a noun that make it definite or plural: English/Romance -s/-es, German -n/-en,
 * Swedish -en/-et/-n/-t/-na/-arna/-erna/-orna, Norwegian -en/-et/-a/-ene/-ne, Danish -en/-et/-ne/-erne.
 */
const ENDINGS = ['s', 'es', 'n', 'en', 'et', 't', 'a', 'na', 'ne', 'ene', 'erne', 'arna', 'erna', 'orna'];

const wordsOf = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** `word` is `base` as written or with one of the endings; a base of four letters at least takes one. */
const formOf = (word: string, base: string) =>
  word === base || (base.length >= 4 && ENDINGS.some((e) => word === base + e));

/**
 * The role whose title (or code) opens the step, the longest title first: its key and its title;
 * null when none does or two titles of the same length do. One title stated twice (a roles table
 * and a list) is one role: the entry keyed by a code beside it is kept.
 */
export function stepActor(step: string, roles: readonly StepRole[]): StepRole | null {
  const ws = wordsOf(step.replace(/\*\*|__|`/g, ''));
  return actorAt(ws, ws.length > 1 && ARTICLE.has(ws[0]!) ? [0, 1] : [0], roles) ?? invertedActor(ws, roles);
}

/**
 * A time or place phrase that opens a step before its verb ("Etter arrangementet åpner
 * dugnadsansvarlig vaktlisten", "Efter mødet godkender kassereren …", "Nach dem Spiel öffnet der
 * Trainer …", "Na afloop opent de trainer …", "Efter matchen öppnar ledaren …", "After the match the
 * coach opens …"): its preposition or adverb.
 */
const LEAD_IN = new Set(
  'for für pour para per etter efter før innen neste deretter derefter så da når siden ved om på i under nach vor bei während dann danach anschließend am im na voor bij tijdens daarna dan sedan därefter innan vid nästa när after before at on in during then next once when'.split(
    ' ',
  ),
);
/** Words that cannot stand right before a subject the verb precedes: prepositions, conjunctions, "each". */
const NOT_VERB = new Set(
  'at og eller som for til av med fra mot hos hver hvert hvers alle og and or of for to from with by each every all that which who und oder mit von für zu jede jeden jedes jeder alle en och att som från med till varje'.split(
    ' ',
  ),
);
/** "for hver påmeldt forelder", "for each booked parent", "für jeden Teilnehmer": the role is the lead-in's. */
const EACH = new Set(
  'hver hvert hver enkelt each every jede jeden jedes jeder varje chaque cada ogni elke iedere'.split(' '),
);

/**
 * Germanic languages put the verb second: after a lead-in without a comma the verb comes, then the
 * subject ("Etter arrangementet åpner dugnadsansvarlig vaktlisten"). The role written after one word
 * that follows the lead-in's noun (an article allowed before the role) is the step's actor. A role
 * inside the lead-in ("For hver påmeldt forelder krysses det av") is none: the step is impersonal.
 */
function invertedActor(ws: readonly string[], roles: readonly StepRole[]): StepRole | null {
  if (ws.length < 4 || !LEAD_IN.has(ws[0]!) || EACH.has(ws[1]!)) return null;
  for (let i = 3; i < Math.min(ws.length, 8); i++) {
    const verb = ARTICLE.has(ws[i - 1]!) && i >= 4 ? i - 2 : i - 1;
    if (verb < 2 || NOT_VERB.has(ws[verb]!) || LEAD_IN.has(ws[verb]!) || ARTICLE.has(ws[verb]!)) continue;
    const found = actorAt(ws, [i], roles);
    if (found) return found;
  }
  return null;
}

function actorAt(
  ws: readonly string[],
  starts: readonly number[],
  roles: readonly StepRole[],
): StepRole | null {
  let best: { role: StepRole; title: string } | null = null;
  let tie = false;
  for (const r of roles) {
    const label = wordsOf(r.label).join(' ');
    for (const title of new Set([label, r.name.replace(/_/g, ' ')])) {
      const tw = title.split(' ').filter(Boolean);
      if (tw.length === 0 || title.length < 3) continue;
      const hit = starts.some(
        (s) =>
          s + tw.length <= ws.length &&
          tw.every((t, i) => (i === tw.length - 1 ? formOf(ws[s + i]!, t) : ws[s + i] === t)),
      );
      if (!hit) continue;
      const coded = r.name.replace(/_/g, ' ') !== label;
      if (!best || title.length > best.title.length) {
        best = { role: r, title };
        tie = false;
      } else if (title.length === best.title.length && best.role.name !== r.name) {
        if (title !== best.title) tie = true;
        else if (coded) best = { role: r, title };
      }
    }
  }
  return best && !tie ? { name: best.role.name, label: best.role.label } : null;
}

/**
 * Whether a phrase read as a step's subject opens with a lead-in's preposition or adverb ("For hver
 * påmeldt forelder", "For each booked parent", "Nach dem Spiel"): no subject, so no actor of the step.
 */
export const opensWithLeadIn = (phrase: string): boolean => LEAD_IN.has(wordsOf(phrase)[0] ?? '');
