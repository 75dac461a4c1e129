/**
 * Verb particles that turn a verb's meaning round: "sign up" / "sign off", "log in" / "log out",
 * Norwegian "melde seg på" / "melde seg av", Danish "melde sig på" / "melde sig af", Swedish "anmäla
 * sig" beside "avanmäla sig" (a word of its own), German "melde mich an" / "melde mich ab". A word of
 * two letters says little elsewhere, but here it is the whole difference between joining and leaving:
 * a route described "Meld meg på vakt" does not serve "melde meg av en vakt".
 *
 * `on`: joining, entering, taking part; `off`: leaving, withdrawing.
 */
export type ParticleSense = 'on' | 'off';

const SENSE: Record<string, ParticleSense> = {
  up: 'on',
  in: 'on',
  on: 'on',
  off: 'off',
  out: 'off',
  på: 'on',
  av: 'off',
  af: 'off',
  til: 'on',
  fra: 'off',
  inn: 'on',
  ut: 'off',
  ind: 'on',
  ud: 'off',
  an: 'on',
  ab: 'off',
};

/** A reflexive or object pronoun between a verb and its particle ("meld meg på", "sign yourself up"). */
const PRONOUN =
  /^(?:me|meg|seg|oss|deg|dere|mig|sig|os|dig|jer|mich|sich|uns|dich|euch|myself|yourself|themselves|them|him|her|it)$/u;

/**
 * The sense of the particle of a text's lead verb: the word right after its first word, a pronoun
 * allowed between ("Meld meg på vakt", "sign up for a shift", "melde seg av en vakt"), or German's
 * separated prefix closing the first clause ("melde mich zum Kurs an"). Null when none is written.
 */
export function leadParticle(text: string): ParticleSense | null {
  const clause = text
    .toLowerCase()
    .split(/[,;.:(]/u)[0]!
    .trim();
  const words = clause.split(/\s+/u).filter(Boolean);
  if (words.length < 2) return null;
  const next = PRONOUN.test(words[1]!) ? words[2] : words[1];
  const sense = next ? SENSE[next] : undefined;
  if (sense) return sense;
  // German separable verbs: the prefix stands last in the clause, after the verb and its object.
  const last = words.at(-1)!;
  if (words.length >= 3 && (last === 'an' || last === 'ab') && PRONOUN.test(words[1]!)) return SENSE[last]!;
  return null;
}

/**
 * The nouns a lead verb and its particle make written as one word, particle first or last: "kjøpe seg
 * fri" → `frikjøp`, `kjøpfri`; "sign up" → `signup`, `upsign`; "buy out" → `buyout` (the verb's
 * infinitive ending -e, -en, -er left off: Norwegian "kjøpe", Danish "købe", German "kaufen"). The
 * particle is a short word (four letters at most) after the verb, a pronoun allowed between. Lower
 * case; empty when the text has no such particle.
 */
export function leadCompounds(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[,;.:(]/u)[0]!
    .trim()
    .split(/\s+/u)
    .filter(Boolean);
  if (words.length < 2 || !/^\p{L}{3,}$/u.test(words[0]!)) return [];
  const particle = PRONOUN.test(words[1]!) ? words[2] : words[1];
  if (!particle || !/^\p{L}{2,4}$/u.test(particle) || PRONOUN.test(particle)) return [];
  const verb = words[0]!;
  const stems = [...new Set([verb, verb.replace(/(?:en|er|e)$/u, '')])].filter((x) => x.length >= 3);
  return stems.flatMap((stem) => [`${particle}${stem}`, `${stem}${particle}`]);
}
