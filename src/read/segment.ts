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

function trimmed(text: string, offset: number): Span | null {
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  return body.length > 0 ? { text: body, offset: offset + lead } : null;
}

export function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  for (const s of segmenter.segment(text)) {
    const span = trimmed(s.segment, s.index);
    if (span) out.push(span);
  }
  return out;
}

const CLAUSE_BREAK = /;\s*|\s[—–]\s|,?\s(?=(?:but|pero|aber|mas|however|sin embargo|cependant|jedoch)\s)/giu;

export function clausesOf(sentence: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const span = trimmed(sentence.slice(from, m.index), from);
    if (span) out.push(span);
    from = m.index + m[0].length;
  }
  const last = trimmed(sentence.slice(from), from);
  if (last) out.push(last);
  return out;
}
