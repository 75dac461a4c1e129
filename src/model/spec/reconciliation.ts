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

export interface Reconciliation {
  conflicts: Conflict[];
  gaps: Gap[];
  assumptions: Assumption[];
  decisions: DecisionStatusItem[];
}

export interface Trace {
  requirement: string;
  text: string;
  /** Spec items satisfying it (`endpoint:createTask`, `job:send-reminders`, `entity:Task`). */
  items: string[];
  origin: Origin;
}
