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

import {
  alternativesOf,
  cellScope,
  clauseTermStatus,
  defersLabel,
  isDeferredWording,
  isUndecidedWording,
  pathScope,
  rejectsLabel,
} from '../../read/index.js';
import type { ScopeStatus } from '../../read/types.js';

/** The read layer's status in the words of stack and integration mentions. */
export function fromScope(s: ScopeStatus | null): MentionStatus | null {
  switch (s) {
    case null:
      return null;
    case 'deferred':
      return 'future';
    case 'undecided':
    case 'proposed':
      return 'mentioned';
    default:
      return s;
  }
}

/** A status every block under these headings inherits (an "Alternatives considered" section). */
export function headingStatus(path: readonly string[]): MentionStatus | null {
  return fromScope(pathScope(path));
}

/**
 * The status a clause gives the name at `index` (src/read lexicons, every language): rejected
 * ("instead of A", "chose B over A", "A was evaluated and rejected", "no separate A"), superseded,
 * out of scope. `null` when the clause is neutral.
 */
export function clauseStatus(
  clause: string,
  index: number,
  length: number,
  previousEnd = -1,
): MentionStatus | null {
  const s = clauseTermStatus(clause, index, length, previousEnd);
  if (s !== 'superseded') return s;
  // Deprecated (still running, on its way out) is kept apart from superseded (already replaced).
  const after = clause.slice(index + length, index + length + 30);
  const before = clause.slice(Math.max(0, index - 20), index);
  return DEPRECATED.test(after) || /(?:deprecated|legacy)\s+$/i.test(before) ? 'deprecated' : s;
}

const DEPRECATED = /\b(?:deprecated|legacy|sunset|obsolete|vanhentunut|veraltet|obsolète|obsolet[oa])/i;

/** True when a segment marks its option as optional, later, planned (or leaves it TBD). */
export function isFutureWording(text: string): boolean {
  return isDeferredWording(text);
}

/** True when the clause leaves the choice open: "TBD", "A vs B", "por definir". */
export function isOpenWording(text: string): boolean {
  return isUndecidedWording(text);
}

const ABBREVIATION = String.raw`(?:\b(?:e\.g|i\.e|z|p|z\. ?B|p\. ?ej|p\. ?ex|esim|vs|etc|bzw|ca|approx|cf|incl|resp)\.)`;

/** Where a clause ends; one global pattern, rewound per call (it was compiled again on every call). */
const CLAUSE_END = new RegExp(`(?<=[.;!?])(?<!${ABBREVIATION})\\s+|\\s[—–]\\s|;\\s*`, 'g');

/** Splits text into clauses (sentences, `;`, em-dash asides), with their offsets in the text. */
export function clauses(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  // Not after an abbreviation: "(e.g. OpenAI)" keeps its example marker in the same clause.
  const sep = CLAUSE_END;
  sep.lastIndex = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) out.push({ text: body, offset: start + lead });
  };
  for (let m = sep.exec(text); m !== null; m = sep.exec(text)) {
    // "Elasticsearch — rejected for v1": a dash that opens a verdict keeps it with the option.
    if (/^\s[—–]\s$/u.test(m[0]) && (rejectsLabel(text.slice(m.index)) || defersLabel(text.slice(m.index))))
      continue;
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
  return alternativesOf(clause);
}

/** A status cell in a table row: `Deprecated`, `Phase 3`, `Planned`, `Rejected`, `❌`, `Écarté`. */
export function cellStatus(cell: string): MentionStatus | null {
  const s = cellScope(cell);
  // In any cell only a refusal or a deferral speaks; "Accepted" and ✅ decide only in status columns.
  if (s === 'chosen' || s === 'undecided' || s === 'proposed') return null;
  if (s === 'superseded' && /^\s*(?:deprecated|retired|removed|sunset|legacy)/i.test(cell))
    return 'deprecated';
  return fromScope(s);
}

/** Words a row label uses for "the decision" itself (`**Decision:** Fastify + TypeScript`). */
export const DECISION_LABEL =
  /^(?:decision|choice|chosen|selected|selection|we use|we chose|stack|päätös|valinta|entscheidung|décision|decisión|decisão|decisione|scelta|besluit|keuze|decyzja|wybór|rozhodnutí|volba|beslut|beslutning|karar|решение|выбор|quyết định|απόφαση|επιλογή|keputusan|pilihan|decizie|decizia|decizie final[ăa]|alegere|рішення|вибір)$/i;

/** Table headers that mark a technology table (`Layer | Technology`, `Decision | Choice`). */
export const STACK_HEADER =
  /technolog|technológ|^döntés$|választott|könyvtár|teknologia|teknologi|choice|chosen|decision|\bstack\b|\btool\b|library|selected|valinta|päätös|technologie|tecnolog|librer[ií]a|biblioth[eè]|bibliotec|elecci[oó]n|elegid|decisi[oó]n|décision|choix|retenu|escolha|escolhid|scelt[ao]|decis[aã]o|\bwahl\b|gewählt|entscheidung|keuze|gekozen|besluit|technologie|bibliothe[ek]k|^val(?:d|da|t)?$|^valg(?:t)?$|teknik|\bbibliotek\b|^beslut$|teknoloji|^seçim$|^karar$|kütüphane|^volba$|zvolen|^rozhodnutí$|knihovn|библиотек|технолог|выбор|ライブラリ|技術|採用|技术|库|기술|라이브러리|công nghệ|thư viện|τεχνολογ|βιβλιοθήκ|επιλογή|tehnologi|bibliotec[ăa]|alegere|decizie|технологі|бібліотек|^вибір$|^рішення$|טכנולוגי|^ספרי(?:י)?ה$|^בחירה$|^החלטה$|تقني|تكنولوجي|^المكتبة$|^الاختيار$|^القرار$/i;

/** A label that says what follows is gone or refused: "What it replaces:", "Rejected:", "Removed:". */
export function labelStatus(label: string): MentionStatus | null {
  // "Option A: SendGrid (recommended)", "Opción B: Resend": one of several options, not the choice.
  if (
    /^(?:option|opción|opcion|opção|opcao|variante?|alternative|alternativa|vaihtoehto)\s*[A-Z0-9]\s*$/i.test(
      label.trim(),
    )
  ) {
    return 'mentioned';
  }
  if (/\b(?:replaces?|retired?|removed?|eliminated?|legacy|superseded)\b/i.test(label)) return 'superseded';
  if (/\b(?:rejected|not chosen|alternatives?(?: considered)?|why not)\b/i.test(label)) return 'rejected';
  if (/\b(?:deprecated)\b/i.test(label)) return 'deprecated';
  if (/\b(?:out of scope|non-goals?)\b/i.test(label)) return 'out-of-scope';
  if (/\b(?:future|later|deferred|post-mvp|roadmap)\b/i.test(label)) return 'future';
  // The heading words of every language govern a label as they govern a section: spec-kit's
  // research.md writes "**Alternativas consideradas**: MongoDB, Firestore" under each decision.
  const scoped = headingStatus([label]);
  if (scoped && scoped !== 'chosen') return scoped;
  // A label that is a status word of any lexicon ("Απορρίφθηκε:", "Abgelehnt:", "Descartado:"):
  // what it names is set aside as a status cell would set it.
  const cell = /^[\s*_]*\p{L}[\p{L} ]{0,30}[\s*_]*$/u.test(label) ? cellStatus(label) : null;
  return cell ?? null;
}

/**
 * Where the named option before `at` (in clause coordinates) ends, so "PostgreSQL over MongoDB"
 * rejects MongoDB; -1 when none precedes it.
 */
export function previousEnd(
  clause: string,
  matches: readonly { index: number; length: number }[],
  clauseOffset: number,
  at: number,
): number {
  let end = -1;
  for (const m of matches) {
    const e = m.index - clauseOffset + m.length;
    if (m.index - clauseOffset >= 0 && e <= at && e <= clause.length) end = Math.max(end, e);
  }
  return end;
}
