/**
 * The Statements model: the documents read once, for every extractor. A statement is one sentence,
 * list item, table row or heading, with where it sits (file, line, heading path), what its position
 * and words decide about the options it names (its decision status), its modality and negation, and
 * the terms it names. Plain data: extractors read it, nothing here reads the Domain.
 */

/** What a statement (or its scope) decides about the options it names. `none` when it decides nothing. */
export type DecisionStatus =
  | 'chosen'
  | 'rejected'
  | 'superseded'
  | 'deferred'
  | 'out-of-scope'
  | 'undecided'
  | 'proposed'
  | 'none';

/** The statuses a heading, a status cell or a clause can give (never `none`). */
export type ScopeStatus = Exclude<DecisionStatus, 'none'>;

export type Modality = 'must' | 'should' | 'may' | 'none';

export type TermKind = 'technology' | 'provider' | 'requirement-id' | 'quantity';

export interface Term {
  kind: TermKind;
  /** Canonical value: technology name, provider id, requirement id, or `<number> <unit>`. */
  value: string;
  /** The text as written. */
  written: string;
  /** Offset in the statement's text. */
  index: number;
  length: number;
  /**
   * The status of this term: the statement's scope status, else what its own clause says about it
   * ("A over B" gives A `chosen` and B `rejected`); `none` when nothing decides.
   */
  status: DecisionStatus;
}

export type StatementKind = 'heading' | 'sentence' | 'item' | 'row';

export interface Statement {
  kind: StatementKind;
  text: string;
  file: string;
  line: number;
  headingPath: readonly string[];
  /** Status from the enclosing scope (heading, status column) or, failing that, the clause words. */
  status: DecisionStatus;
  /** Where the status came from: a heading, a status cell, the clause's own words, or nothing. */
  statusFrom: 'heading' | 'cell' | 'clause' | 'none';
  modality: Modality;
  negated: boolean;
  terms: Term[];
  /** For table rows: the cells as plain text, and the header. */
  cells?: readonly string[];
  header?: readonly string[];
}

export interface DocumentStatements {
  file: string;
  statements: Statement[];
}

export interface Statements {
  documents: DocumentStatements[];
}
