/** A language's rewrite rules: each pattern and the English that replaces what it matches. */
export type ForceRules = readonly (readonly [RegExp, string])[];

/**
 * How the rule readers read a language without word lists of their own (Dutch, Polish, Swedish): its
 * force words ("moet", "musi", "högst") are rewritten into the English the readers weigh, only in text
 * that writes at least two of that language's own words, so no other language's text is touched.
 * The rules are built on the first text of their language (`builtRules`).
 */
export function rewrittenIn(text: string, own: RegExp, rules: () => ForceRules): string {
  if ((text.match(own)?.length ?? 0) < 2) return text;
  let out = text;
  for (const [re, en] of builtRules(rules)) out = out.replace(re, en);
  return out;
}

const built = new Map<() => unknown, unknown>();

/**
 * A language's rule table, built by `make` on first use and kept (issue 19). Each table is dozens of
 * patterns with Unicode classes (`(?<!\p{L})`), which V8 parses when a pattern is created, whether or
 * not it ever runs: built at module load, the tables of the ten languages read this way (Czech,
 * Dutch, Greek, Indonesian, Japanese, Norwegian, Polish, Swedish, Turkish, Vietnamese, Chinese) cost
 * every run, in any language, the parse of ~400 patterns. Now only a run with text in that language
 * pays for its table. The same table object every call, so each pattern's state (`lastIndex`) is as
 * before.
 */
export function builtRules<T>(make: () => T): T {
  let rules = built.get(make) as T | undefined;
  if (rules === undefined) {
    rules = make();
    built.set(make, rules);
  }
  return rules;
}

/** The names of the rule tables built so far in this process (for tests: which languages paid). */
export function builtRuleTables(): string[] {
  return [...built.keys()].map((make) => make.name).sort();
}
