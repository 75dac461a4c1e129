import { latin1Flat } from '../markdown/parse.js';
import { defersLabel, rejectsLabel } from './status.js';

/**
 * Sentences and clauses. Sentences come from `Intl.Segmenter` (built into Node 20, language-aware
 * enough for abbreviations like "e.g." and for CJK full stops); clauses split a sentence further at
 * `;`, at spaced dashes and at the contrast words that start a new decision ("but", "pero", "mais",
 * "aber", "mas"; not the French "mais", which is Portuguese for "more").
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export interface Span {
  text: string;
  /** Offset in the text it was cut from. */
  offset: number;
}

/**
 * A sentence or clause of a block holding one wide character (an em dash, an arrow) is a slice of a
 * two-byte string even when its own characters all fit one byte: copied to one byte per character
 * (`latin1Flat`), so the readers' patterns, compiled once per string width, are not compiled again
 * for it (issue 19).
 */
function trimmed(text: string, offset: number): Span | null {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return body.length > 0 ? { text: latin1Flat(body), offset: offset + lead } : null;
}

/** A sentence "ending" in one of these did not end: "(e.g. OpenAI)", "z. B. Redis". */
const ABBREVIATION_END =
  /(?:^|[\s(])(?:e\.g|i\.e|z|p|z\. ?B|p\. ?ej|p\. ?ex|d\. ?h|u\. ?a|v\. ?a|esim|vs|etc|bzw|ca|approx|cf|incl|inkl|ggf|evtl|usw|bspw|vgl|bijv|resp|Dr|Mr|Mrs|Nr|No)\.\s*$/i;

/**
 * Only the end of a sentence can hold the abbreviation: the test reads its last characters, so a
 * run of joined abbreviations ("e.g. e.g. …") is not rescanned whole at each step (quadratic). The
 * tail is longer than any abbreviation with its dot, so its start is never taken for the text's.
 */
export function endsInAbbreviation(text: string): boolean {
  const end = text.trimEnd();
  return ABBREVIATION_END.test(end.length > 16 ? end.slice(end.length - 16) : end);
}

export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let pending: { text: string; index: number } | null = null;
  for (const s of segmenter.segment(text)) {
    const joined: { text: string; index: number } = pending
      ? { text: pending.text + s.segment, index: pending.index }
      : { text: s.segment, index: s.index };
    if (endsInAbbreviation(joined.text)) {
      pending = joined;
      continue;
    }
    pending = null;
    const span = trimmed(joined.text, joined.index);
    if (span) out.push(span);
  }
  if (pending) {
    const span = trimmed(pending.text, pending.index);
    if (span) out.push(span);
  }
  return out;
}

const CLAUSE_BREAK = /;\s*|\s[—–]\s|,?\s(?=(?:but|pero|aber|mas|however|sin embargo|cependant|jedoch)\s)/giu;

export function clausesOf(sentence: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    // A spaced dash that opens a verdict joins it to the option before it: "Elasticsearch —
    // rejected for v1; we may revisit in Phase 2" rejects Elasticsearch in its own clause.
    if (
      /^\s[—–]\s$/u.test(m[0]) &&
      (rejectsLabel(sentence.slice(m.index)) || defersLabel(sentence.slice(m.index)))
    )
      continue;
    const span = trimmed(sentence.slice(from, m.index), from);
    if (span) out.push(span);
    from = m.index + m[0].length;
  }
  const last = trimmed(sentence.slice(from), from);
  if (last) out.push(last);
  return out;
}
