import type { ScopeStatus } from '../types.js';

/**
 * The words one language uses to decide about an option. Every entry is a regular-expression source
 * matched case-insensitively; the reader joins the lexicons of all languages, since documents mix them
 * (an English stack table inside a Spanish PRD).
 */
export interface Lexicon {
  lang: string;
  /** A heading that governs every item under it ("Out of scope", "Alternatives considered"). */
  headings: Partial<Record<ScopeStatus, string[]>>;
  /** A status cell's value, matched at the start of the cell ("Rejected", "Phase 2", "Accepted"). */
  cells: Partial<Record<ScopeStatus, string[]>>;
  /** A column header that holds statuses ("Status", "Decision", "Estado"). */
  statusColumns: string[];
  /** Words right before a name that reject it: "instead of", "rather than", "replaces". */
  rejectBefore: string[];
  /** Words right after a name that reject it: "evaluated and rejected", "not used". */
  rejectAfter: string[];
  /** Words right after a name that retire it: "superseded by", "replaced by", "deprecated". */
  supersededAfter: string[];
  /** "chose A over B": the verb of choosing and the word for "over". */
  chooseVerbs: string[];
  over: string[];
  /**
   * The words of `over` that reject without a verb of choosing ("PostgreSQL over MongoDB"); when
   * absent, all of them. Spanish and Portuguese "sobre" also means "on top of" ("BullMQ sobre
   * Redis"), so only "elegimos A sobre B" rejects there.
   */
  overBare?: string[];
  /** Words in an option's own clause that defer it: "if needed later", "Phase 2", "optional". */
  deferred: string[];
  /** Words that leave a choice open: "TBD", "to be decided", "A vs B". */
  undecided: string[];
  /** Words that scope the clause out: "out of scope", "not part of the MVP". */
  outOfScope: string[];
  /** Words of a proposal: "proposed", "we recommend". */
  proposed: string[];
  /** Words that introduce examples, not choices: "e.g.", "such as", "por ejemplo", "z. B.". */
  examples: string[];
  /** "or" in this language, which splits a clause into alternatives. */
  or: string[];
  modality: { must: string[]; should: string[]; may: string[] };
  negation: string[];
}
