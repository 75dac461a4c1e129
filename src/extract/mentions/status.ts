/**
 * The status of a named option (a technology, a provider) read from the words around it: chosen,
 * merely mentioned, optional/future, rejected, superseded, deprecated or out of scope. Shared by the
 * stack and integrations extractors so both read "Why not MongoDB?", "no separate Redis",
 * "optional Vercel KV" and "Razorpay (Phase 3)" the same way. The word lists cover the languages the
 * corpus is written in (English, Finnish) plus German, French and Spanish basics.
 */
export type MentionStatus =
  | 'chosen'
  | 'mentioned'
  | 'future'
  | 'rejected'
  | 'superseded'
  | 'deprecated'
  | 'out-of-scope';

const HEADING_NUMBER = /^\s*(?:[A-Z]{1,4}-?\d+[:.]?|\d+(?:\.\d+)*\.?)?\s*/;

const HEADING_STATUS: [MentionStatus, RegExp][] = [
  [
    'rejected',
    /^(?:alternatives?(?: considered)?|considered (?:alternatives|options)|options? considered|rejected|not chosen|why not|hylätyt|vaihtoehdot|verworfene?)/i,
  ],
  ['out-of-scope', /out[- ]of[- ]scope|non[- ]goals|not in scope|excluded|rajattu pois|ei sisälly/i],
  ['superseded', /^superseded/i],
  ['deprecated', /^deprecated/i],
  [
    'future',
    /^(?:future|roadmap|later phases?|post[- ]mvp|phase [2-9]|deferred|nice[- ]to[- ]have|growth features|vision|jatkokehitys|tulevaisuus)/i,
  ],
];

/** A status every block under these headings inherits (an "Alternatives considered" section). */
export function headingStatus(path: readonly string[]): MentionStatus | null {
  for (let i = path.length - 1; i >= 0; i--) {
    const text = path[i]!.replace(HEADING_NUMBER, '');
    for (const [status, pattern] of HEADING_STATUS) if (pattern.test(text)) return status;
  }
  return null;
}

/** Words right before a name that reject it: "no separate Redis", "why not MongoDB", "instead of S3". */
const REJECTING_PREFIX =
  /(?:\bwhy not\b[^?]*|\b(?:instead of|rather than|replac(?:es|ing)|eliminat\w*|retir\w*|remov\w*|avoid\w*|drop(?:s|ping)?|not using)\s+(?:[\w./-]+\s+){0,2}|\b(?:without|no|never|ilman|ei|kein\w*|sans|sin)\s+(?:(?:separate|dedicated|extra|additional|external|standalone|own|erillis\w*|eigene?\w*)\s+)?)$/i;
// A bare negation admits only a "separate/dedicated"-like word before the name: "no separate Redis"
// rejects Redis, but "redirect if no valid JWT" says nothing about choosing JWT.

/** "Why NestJS over Express/Fastify?", "chose Prisma over TypeORM": the names after `over` lost. */
const OVER = /\b(?:why|chose|choose|chosen|prefer\w*|picked|selected)\b.*\bover\s+[^.;:?]*$/i;

const FUTURE_WORDS =
  /\b(?:optional(?:ly)?|later|future|phase\s*[2-9]|post[- ]mvp|if needed|when needed|eventually|roadmap|upgrade path|could|might|consider(?:ed)?|planned|v2|myöhemmin|tulevaisuudessa|valinnainen|später|plus tard)\b/i;

const SUPERSEDED = /\b(?:superseded|replaced by|migrated away|korvattu)\b/i;
const DEPRECATED = /\b(?:deprecated|legacy|sunset|vanhentunut)\b/i;
const OUT_OF_SCOPE =
  /\b(?:out of scope|not in scope|out-of-scope|not (?:part of|included in) (?:the )?mvp)\b/i;

/**
 * The status a clause gives the name at `index`: rejected (prefix), superseded or deprecated (the
 * keyword follows the name, or precedes it directly), out of scope. `null` when the clause is neutral.
 */
export function clauseStatus(clause: string, index: number, length: number): MentionStatus | null {
  // Only the words just before the name matter; bounding them keeps the backtracking patterns cheap.
  const before = clause.slice(Math.max(0, index - 160), index);
  const after = clause.slice(index + length, index + length + 60);
  if (REJECTING_PREFIX.test(before) || (/\bover\s/i.test(before) && OVER.test(before))) return 'rejected';
  const supersededAt = after.search(SUPERSEDED);
  if (supersededAt >= 0 && supersededAt < 40) return 'superseded';
  if (/\b(?:deprecated|legacy)\s+$/i.test(before)) return 'deprecated';
  const deprecatedAt = after.search(DEPRECATED);
  if (deprecatedAt >= 0 && deprecatedAt < 30) return 'deprecated';
  if (OUT_OF_SCOPE.test(clause)) return 'out-of-scope';
  return null;
}

/** True when a segment marks its option as optional, later or planned. */
export function isFutureWording(text: string): boolean {
  return FUTURE_WORDS.test(text);
}

/** Splits text into clauses (sentences, `;`, em-dash asides), with their offsets in the text. */
export function clauses(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const sep = /(?<=[.;!?])\s+|\s[—–]\s|;\s*/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) out.push({ text: body, offset: start + lead });
  };
  for (let m = sep.exec(text); m !== null; m = sep.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** Matches (with offsets in the whole text) that fall inside [from, to), re-based to `from`. */
export function within<T extends { index: number; length: number }>(
  matches: T[],
  from: number,
  to: number,
): T[] {
  return matches
    .filter((m) => m.index >= from && m.index + m.length <= to)
    .map((m) => ({ ...m, index: m.index - from }));
}

/** Splits a clause at "or" (and its translations) into alternatives: "Redis or Memcached". */
export function alternatives(clause: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const sep = /\s(?:or|tai|oder|ou|eller|o)\s/gi;
  let start = 0;
  for (let m = sep.exec(clause); m !== null; m = sep.exec(clause)) {
    out.push({ text: clause.slice(start, m.index), offset: start });
    start = m.index + m[0].length;
  }
  out.push({ text: clause.slice(start), offset: start });
  return out;
}

/** A status cell in a table row: `Deprecated`, `Phase 3`, `Planned`, `Rejected`, `In production`. */
export function cellStatus(cell: string): MentionStatus | null {
  if (/\b(?:rejected|not chosen|hylätty)\b/i.test(cell)) return 'rejected';
  if (SUPERSEDED.test(cell)) return 'superseded';
  if (/\b(?:deprecated|retired|removed|sunset)\b/i.test(cell)) return 'deprecated';
  if (OUT_OF_SCOPE.test(cell)) return 'out-of-scope';
  if (/^\s*(?:phase\s*[2-9]\+?|planned|future|proposed|later|post[- ]mvp|v2|optional)\b/i.test(cell)) {
    return 'future';
  }
  return null;
}

/** Words a row label uses for "the decision" itself (`**Decision:** Fastify + TypeScript`). */
export const DECISION_LABEL =
  /^(?:decision|choice|chosen|selected|selection|we use|we chose|stack|päätös|valinta|entscheidung|décision|decisión|decisão)$/i;

/** Table headers that mark a technology table (`Layer | Technology`, `Decision | Choice`). */
export const STACK_HEADER =
  /technolog|teknologia|choice|chosen|decision|\bstack\b|\btool\b|library|selected|valinta|päätös|technologie|tecnolog/i;

/** A label that says what follows is gone or refused: "What it replaces:", "Rejected:", "Removed:". */
export function labelStatus(label: string): MentionStatus | null {
  if (/\b(?:replaces?|retired?|removed?|eliminated?|legacy|superseded)\b/i.test(label)) return 'superseded';
  if (/\b(?:rejected|not chosen|alternatives?(?: considered)?|why not)\b/i.test(label)) return 'rejected';
  if (/\b(?:deprecated)\b/i.test(label)) return 'deprecated';
  if (/\b(?:out of scope|non-goals?)\b/i.test(label)) return 'out-of-scope';
  if (/\b(?:future|later|deferred|post-mvp|roadmap)\b/i.test(label)) return 'future';
  return null;
}
