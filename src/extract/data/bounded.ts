/**
 * Input bounds for the parsers we do not own (@dbml/parse, prisma-ast): their grammars backtrack on
 * long runs of blanks (5,000 spaces in a DBML field took 7 s). A run of more than 16 spaces or tabs
 * means the same to them as one space; columns shift, line numbers (all we cite) do not.
 */
export function collapseSpaceRuns(text: string): string {
  return text.replace(/[ \t]{17,}/g, ' ');
}

/** The length of the longest line, in one pass. */
export function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    longest = Math.max(longest, stop - start);
    if (end < 0) return longest;
    start = end + 1;
  }
}

/**
 * No declaration of a data model is written on a line this long; the TypeScript parser takes
 * seconds on such lines (its error recovery on 80,000 dashes: 5 s), so such fences are skipped with
 * a diagnostic instead of parsed.
 */
export const MAX_CODE_LINE = 4_000;
