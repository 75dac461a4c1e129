import type { Origin, SourceRef } from '../origin.js';

/** Section 0: where the documents disagree or leave gaps, and how each was resolved. */

export interface Conflict {
  /** Stable code (`reconcile/value-conflict`, `reconcile/enum-mismatch`, `reconcile/naming-mismatch`). */
  code: string;
  subject: string;
  sides: { value: string; at: SourceRef }[];
  resolution: string;
  /** The precedence rule or decision that resolved it. */
  resolvedBy: Origin;
  /**
   * The values the resolution is worded from (per code: `value`; `idle` + `absolute`; `enum` +
   * `missing`; ...), so that the rendered sentence comes from the message catalog, not from here.
   */
  params?: Record<string, string>;
}

export interface Gap {
  code: string;
  subject: string;
  detail: string;
  at: SourceRef[];
}

export interface Assumption {
  subject: string;
  detail: string;
  origin: Origin;
}

export interface DecisionStatusItem {
  subject: string;
  status: string;
  detail: string;
  at: SourceRef;
}

/** What reconciliation compared, so "no conflicts" can say among what. */
export interface ReconciliationSummary {
  documents: number;
  requirements: number;
  parameters: number;
  statusLists: number;
  modelEnums: number;
  decisionRecords: number;
  scopeStatements: number;
}

export interface Reconciliation {
  conflicts: Conflict[];
  gaps: Gap[];
  assumptions: Assumption[];
  decisions: DecisionStatusItem[];
  summary?: ReconciliationSummary;
}

export interface Trace {
  requirement: string;
  text: string;
  /** Spec items satisfying it (`endpoint:createTask`, `job:send-reminders`, `entity:Task`). */
  items: string[];
  /** `functional`, `non-functional`, `user-story`, `epic`, `other`. */
  kind?: string;
  origin: Origin;
}
