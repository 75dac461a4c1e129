/**
 * "and" in the languages read, as a word between two measured values: "access tokens last 15 minutes
 * and refresh tokens 14 days", "15 dakika geçerli bir erişim belirteci ve 14 gün geçerli bir yenileme
 * belirteci". The words before it name the first value (as Turkish, Japanese and Korean put the noun
 * after the number) or were named before it; the words after it open the second value's clause.
 */
const AND = /(?:,\s*|\s)(?:and|y|e|et|und|en|och|og|i|oraz|ve|ile|и|а также|ja)\s/giu;

/** The last "and" of a text (where the words of two values divide), or null. */
export function lastAnd(text: string): { index: number; length: number } | null {
  let last: { index: number; length: number } | null = null;
  for (const m of text.matchAll(AND)) last = { index: m.index, length: m[0].length };
  return last;
}
