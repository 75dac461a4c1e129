/**
 * "a" or "an" before an English word, by sound rather than by letter: "a user", "a unique key",
 * "a one-time code", "an hour", "an SQL view" (letters read one by one: "es-queue-el"), "a URL".
 * Only the patterns names in specifications hit are covered; the rest follow the first letter.
 */
const YOU_SOUND = /^(?:u(?:s|n(?:i(?![nm])|ique)|r[aeiou]|ti|k|biq|ni)|eu|ew|one\b|once\b|uu)/i;
const SILENT_H = /^(?:hour|honou?r|honest|heir)/i;
/** Initialisms whose first letter's name starts with a vowel sound: F, H, L, M, N, R, S, X. */
const VOWEL_LETTER = /^[fhlmnrsx]/i;

export function indefiniteArticle(word: string): 'a' | 'an' {
  const w = String(word).trim();
  const initialism = /^[A-Z]{2,}(?:s|\b)/.test(w);
  if (initialism) return VOWEL_LETTER.test(w) || /^[aeio]/i.test(w) ? 'an' : 'a';
  if (SILENT_H.test(w)) return 'an';
  if (YOU_SOUND.test(w)) return 'a';
  return /^[aeiou]/i.test(w) ? 'an' : 'a';
}

/** The word with its indefinite article: `withArticle('user')` → "a user". */
export function withArticle(word: string): string {
  return `${indefiniteArticle(word)} ${word}`;
}
