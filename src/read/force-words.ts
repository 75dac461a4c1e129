/**
 * How the rule readers read a language without word lists of their own (Dutch, Polish, Swedish): its
 * force words ("moet", "musi", "högst") are rewritten into the English the readers weigh, only in text
 * that writes at least two of that language's own words, so no other language's text is touched.
 */
export function rewrittenIn(
  text: string,
  own: RegExp,
  rules: readonly (readonly [RegExp, string])[],
): string {
  if ((text.match(own)?.length ?? 0) < 2) return text;
  let out = text;
  for (const [re, en] of rules) out = out.replace(re, en);
  return out;
}
