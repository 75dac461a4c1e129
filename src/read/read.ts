import type { Block, MarkdownDoc } from '../markdown/blocks.js';
import { plainText } from '../markdown/parse.js';
import { clausesOf, sentencesOf } from './segment.js';
import {
  alternativesOf,
  cellScope,
  choosesLabel,
  clauseTermStatus,
  isDeferredWording,
  isNegated,
  isOutOfScopeWording,
  isRejectionSentence,
  isUndecidedWording,
  leadingVerdict,
  modalityOf,
  pathScope,
  rejectsLabel,
  rowScope,
  statusColumns,
  struckSpans,
} from './status.js';
import { termsOf } from './terms.js';
import type {
  DecisionStatus,
  DocumentStatements,
  ScopeStatus,
  Statement,
  StatementKind,
  Term,
} from './types.js';

/**
 * One document → its statements: every heading, every sentence of a paragraph, every list item and
 * every table row, with the status its scope gives it and the status each named term gets from its
 * own clause. Code blocks are not statements (commands and identifiers are not decisions).
 */
export function readDocument(md: MarkdownDoc): DocumentStatements {
  const statements: Statement[] = [];
  for (const block of md.blocks) statements.push(...readBlock(md.path, block));
  return { file: md.path, statements };
}

/**
 * Where the line breaks of a paragraph fall once each is made one space (the offsets in the joined
 * text): a sentence that starts after the second break starts on the paragraph's third line, and is
 * cited there ("… käyttökerralla. Viisi\nepäonnistunutta kirjautumista …" starts on the line of "Viisi").
 */
function lineBreaks(plain: string): number[] {
  const out: number[] = [];
  let removed = 0;
  for (const m of plain.matchAll(/[ \t]*\n[ \t]*/g)) {
    out.push(m.index - removed);
    removed += m[0].length - 1;
  }
  return out;
}

function readBlock(file: string, block: Block): Statement[] {
  const scope = pathScope(block.headingPath);
  switch (block.kind) {
    case 'code':
      return [];
    case 'heading':
      // A heading is read under its parents' scope, not its own: "Alternatives considered" itself
      // rejects nothing, its items are rejected.
      return [
        statement(
          'heading',
          file,
          block.line,
          block.headingPath,
          block.text,
          scope === null ? null : { status: scope, from: 'heading' },
        ),
      ];
    case 'paragraph': {
      // A soft line break is a space in markdown; the sentence segmenter takes a line feed for the
      // end of a paragraph and cut "… publica ou altera\numa oferta." in two.
      const plain = plainText(block.text);
      const text = plain.replace(/[ \t]*\n[ \t]*/g, ' ');
      const strike = struckSpans(block.text).length > 0 ? block.text : null;
      const breaks = lineBreaks(plain);
      return sentencesOf(text).map((s) =>
        statement(
          'sentence',
          file,
          block.line + breaks.filter((at) => at < s.offset).length,
          block.headingPath,
          s.text,
          scope === null ? null : { status: scope, from: 'heading' },
          strike,
        ),
      );
    }
    case 'list-item':
      return [
        statement(
          'item',
          file,
          block.line,
          block.headingPath,
          // A wrapped line of an item continues its sentence.
          plainText(block.text).replace(/[ \t]*\n[ \t]*/g, ' '),
          scope === null ? null : { status: scope, from: 'heading' },
          block.text,
        ),
      ];
    case 'table': {
      const header = block.header.map(plainText);
      const rows = block.rows.map((r) => r.cells.map(plainText));
      const columns = statusColumns(header, rows);
      return block.rows.map((row, i) => {
        const cells = rows[i]!;
        const fromRow = rowScope(cells, columns, header);
        const given =
          scope !== null
            ? { status: scope, from: 'heading' as const }
            : fromRow
              ? { status: fromRow, from: 'cell' as const }
              : null;
        const s = statement(
          'row',
          file,
          row.line,
          block.headingPath,
          cells.join(' | '),
          given,
          row.cells.join(' | '),
        );
        s.cells = cells;
        s.header = header;
        return s;
      });
    }
  }
}

function statement(
  kind: StatementKind,
  file: string,
  line: number,
  headingPath: readonly string[],
  text: string,
  given: { status: ScopeStatus; from: 'heading' | 'cell' } | null,
  raw: string | null = null,
): Statement {
  const terms = termsOf(text);
  const struck = raw ? struckTerms(raw) : new Set<string>();
  const label = given && kind === 'item' ? labelGoverned(text, terms) : null;
  const governed = label?.terms ?? null;
  // "- **PostgreSQL 16** — chosen: …" under "Options considered": the label's option is the winner.
  const won = label !== null && given?.status === 'rejected' && choosesLabel(text.slice(label.end));
  const takesScope = (t: Term) =>
    given !== null &&
    (governed === null || governed.has(t) || (t.kind !== 'technology' && t.kind !== 'provider'));
  let clauseStatus: DecisionStatus = 'none';
  const clauses = clausesOf(text);
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c]!;
    const statuses = clauseStatuses(clause.text, clause.offset, terms);
    const verdict = verdictOn(clauses[c + 1], terms);
    for (const [term, status] of statuses) {
      // "Twilio — rejected (SMS cost)", "Kafka — poza zakresem": the dash ends the name's clause, and
      // the verdict that makes the next one is on the name that closes this one.
      const across = status === 'none' && verdict !== null && endsClause(term, clause) ? verdict : status;
      term.status = won && governed!.has(term) ? 'chosen' : takesScope(term) ? given!.status : across;
      if (struck.has(term.written.toLowerCase())) term.status = 'rejected';
    }
    if (clauseStatus === 'none') {
      if (isOutOfScopeWording(clause.text)) clauseStatus = 'out-of-scope';
      else if (isUndecidedWording(clause.text)) clauseStatus = 'undecided';
    }
  }
  if (given)
    for (const t of terms)
      if (t.status === 'none' && takesScope(t)) t.status = won && governed!.has(t) ? 'chosen' : given.status;
  // "- **Stripe** — good API, but payouts in EUR. Rejected.": outside a scoped heading, an item whose
  // closing sentence is a bare verdict sets aside the option its label names.
  if (!given) {
    const lead = leadingVerdict(text);
    if (lead)
      for (const t of terms)
        if (
          t.status === 'none' &&
          (t.kind === 'technology' || t.kind === 'provider') &&
          t.index >= lead.end &&
          t.index < lead.until
        )
          t.status = lead.status;
  }
  if (!given && kind === 'item') {
    const own = labelGoverned(text, terms);
    if (own && sentencesOf(text).some((s) => s.offset > own.end && isRejectionSentence(s.text)))
      for (const t of own.terms) if (t.status === 'none') t.status = 'rejected';
  }
  return {
    kind,
    text,
    file,
    line,
    headingPath,
    status: given ? given.status : clauseStatus,
    statusFrom: given ? given.from : clauseStatus === 'none' ? 'none' : 'clause',
    modality: modalityOf(text),
    negated: isNegated(text),
    terms,
  };
}

/**
 * An item of a scoped list ("Alternatives considered", "Out of scope") that opens with a label — the
 * words before its first `:` or dash — names the option in the label: "GoodJob (jobs in PostgreSQL):
 * rejected — it would avoid Redis, but the team knows Sidekiq" rejects GoodJob, while PostgreSQL
 * (the label's own explanation, in brackets), Redis and Sidekiq (the reason) keep what their own
 * clause says. Null when the label names no term: then the heading governs every term, as before.
 */
function labelGoverned(text: string, terms: readonly Term[]): { terms: Set<Term>; end: number } | null {
  let depth = 0;
  let end = -1;
  const inBrackets = new Set<number>();
  for (let i = 0; i < text.length && i < 200; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (
      depth === 0 &&
      (c === ':' || ((c === '—' || c === '–' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' '))
    ) {
      end = i;
      break;
    }
    if (depth > 0) inBrackets.add(i);
  }
  if (end < 0) return null;
  const label = terms.filter(
    (t) =>
      (t.kind === 'technology' || t.kind === 'provider') &&
      t.index + t.length <= end &&
      !inBrackets.has(t.index),
  );
  return label.length > 0 ? { terms: new Set(label), end } : null;
}

/** Names written inside `~~…~~` (struck through): rejected in any language. */
function struckTerms(raw: string): Set<string> {
  const out = new Set<string>();
  for (const span of struckSpans(raw)) {
    for (const t of termsOf(raw.slice(span.from + 2, span.to - 2))) out.add(t.written.toLowerCase());
  }
  return out;
}

/**
 * The status each technology or provider term of one clause gets from the clause's own words: the
 * clause pattern first ("instead of", "A over B", "evaluated and rejected"), then its alternative
 * segment ("optional", "if needed later" defer; "A or B", "TBD", "A vs B" leave it undecided).
 */
function clauseStatuses(clause: string, offset: number, all: Term[]): Map<Term, DecisionStatus> {
  const out = new Map<Term, DecisionStatus>();
  const named = all.filter(
    (t) =>
      (t.kind === 'technology' || t.kind === 'provider') &&
      t.index >= offset &&
      t.index + t.length <= offset + clause.length,
  );
  if (named.length === 0) return out;
  const segments = alternativesOf(clause);
  const open = segments.filter((s) => !isDeferredWording(s.text)).length > 1 || isUndecidedWording(clause);
  let previousEnd = -1;
  let previousRejected = false;
  for (const term of named) {
    const at = term.index - offset;
    const seg = segments.find((s) => at >= s.offset && at < s.offset + s.text.length);
    const own = clauseTermStatus(clause, at, term.length, previousEnd, previousRejected);
    previousRejected = own === 'rejected';
    const status: DecisionStatus =
      own ??
      (seg && isDeferredWording(seg.text)
        ? 'deferred'
        : open && segments.length > 1
          ? 'undecided'
          : isUndecidedWording(clause)
            ? 'undecided'
            : 'none');
    out.set(term, status);
    previousEnd = at + term.length;
  }
  return out;
}

export { cellScope };

/** One free-standing text (a decision title, a scope item) read as a sentence, with its terms' statuses. */
export function readText(text: string, file = '', line = 0): Statement {
  return statement('sentence', file, line, [], text.replace(/~~/g, ''), null, text);
}

/** The term closes its clause: nothing but a version number or blanks follows it ("PostgreSQL 16"). */
function endsClause(term: Term, clause: { text: string; offset: number }): boolean {
  const tail = clause.text.slice(term.index + term.length - clause.offset);
  return /^[\s\d.x*_`]*$/.test(tail);
}

/**
 * The verdict a clause that names no option of its own passes on the option before it: rejected
 * ("— rejected", "— odrzucony") or out of scope ("— poza zakresem"); null otherwise.
 */
function verdictOn(
  next: { text: string; offset: number } | undefined,
  terms: readonly Term[],
): DecisionStatus | null {
  if (next === undefined) return null;
  const own = terms.some(
    (t) =>
      (t.kind === 'technology' || t.kind === 'provider') &&
      t.index >= next.offset &&
      t.index < next.offset + next.text.length,
  );
  if (own) return null;
  if (rejectsLabel(next.text)) return 'rejected';
  // Deferring words ("could", "later") are too common in a clause about something else to pass on.
  return isOutOfScopeWording(next.text) ? 'out-of-scope' : null;
}
