import type { SourceDocument } from '../model/sources.js';

/** A quote counts when it occurs within this many lines of the cited line (either side). */
export const QUOTE_WINDOW = 3;

/** A normalised quote shorter than this says nothing checkable (`id`, `name`). */
export const MIN_QUOTE = 6;

/**
 * Text as compared: Unicode NFKC, markdown punctuation (emphasis, code ticks, heading marks, table
 * pipes, list markers, link targets) dropped, typographic quotes straightened, whitespace collapsed,
 * case folded. The same function runs on the document and on the quote, so `**Asset** has a
 * serial` matches `Asset has a serial`.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-+*]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, ' '))
    .join(' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[‘’]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[*_`#>|~]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export type QuoteCheck = { ok: true } | { ok: false; reason: string };

/** Checks that `quote` occurs in `doc` within QUOTE_WINDOW lines of `line`, and says where it is when not. */
export function checkQuote(doc: SourceDocument, line: number, quote: string): QuoteCheck {
  const wanted = normaliseText(quote);
  if (wanted.length < MIN_QUOTE)
    return {
      ok: false,
      reason: `the quote "${quote}" is too short to check (at least ${MIN_QUOTE} characters)`,
    };
  const lines = doc.text.split('\n');
  if (line > lines.length)
    return { ok: false, reason: `${doc.path} has ${lines.length} lines, the fact cites line ${line}` };
  if (windowAt(lines, line).includes(wanted)) return { ok: true };
  const elsewhere = findLine(lines, wanted);
  return {
    ok: false,
    reason:
      elsewhere === null
        ? `the quote does not occur in ${doc.path}`
        : `the quote occurs in ${doc.path} at line ${elsewhere}, not within ${QUOTE_WINDOW} lines of line ${line}`,
  };
}

function windowAt(lines: readonly string[], line: number): string {
  const from = Math.max(0, line - 1 - QUOTE_WINDOW);
  return normaliseText(lines.slice(from, line + QUOTE_WINDOW).join('\n'));
}

/** The line where the quote starts: the last line whose forward window still holds it. */
function findLine(lines: readonly string[], wanted: string): number | null {
  if (!normaliseText(lines.join('\n')).includes(wanted)) return null;
  const span = 2 * QUOTE_WINDOW + 1;
  const holds = (i: number) => normaliseText(lines.slice(i - 1, i - 1 + span).join('\n')).includes(wanted);
  for (let i = 1; i <= lines.length; i++) {
    if (!holds(i)) continue;
    let j = i;
    while (j + 1 <= lines.length && holds(j + 1)) j++;
    return j;
  }
  return null;
}
