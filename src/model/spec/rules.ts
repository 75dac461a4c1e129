import type { RuleEnforcement } from '../domain.js';
import type { Origin } from '../origin.js';

/** Business rules and lifecycles: what the documents say must hold, and how the design enforces it. */

/** How a rule is enforced: the reading's enforcement (model/domain.ts `RuleEnforcement`). */
export type Enforcement = RuleEnforcement;

export interface BusinessRule {
  /** `BR-01`, numbered in document order. */
  id: string;
  /** The rule as stated. */
  text: string;
  /** Requirement id(s) it was read from (`FR-08`), empty for a sentence without an id. */
  requirements: string[];
  /** The kind of constraint (`limit`, `window`, `lead-time`, `unique`, `never`, `only`, `ordering`, `duration`). */
  kind: string;
  /** Entity it constrains, when one is named. */
  entity: string | null;
  /**
   * `glossary` when only a word of the route table's glossary names the entity: the rule is about it,
   * but no write of it is thereby where the rule is enforced (no 422 on its writes). `job` when only
   * the name of the stated job that enforces it names the entity (`IssueInvoices`: Invoice).
   */
  entityFrom?: 'glossary' | 'job';
  /** operationIds it constrains. */
  operations: string[];
  enforcement: Enforcement;
  /** Domain error code raised when the rule is broken (`APPOINTMENT_WINDOW_CLOSED`), null for jobs. */
  errorCode: string | null;
  /**
   * Where the error code comes from: the line that states it, or `derive/domain-error-from-rule` when the
   * tool named it (from the entity and the kind of rule). Present whenever `errorCode` is.
   */
  errorCodeOrigin?: Origin;
  /**
   * The background job that enforces a rule enforced by a job: the one designed from its line, or the
   * stated job that does its act or runs on its date (rule `derive/rule-enforced-by-job`).
   */
  job?: { name: string; origin: Origin };
  origin: Origin;
}

export interface LifecycleTransition {
  /**
   * The state it leaves; null when the documents state none (an action endpoint whose verb names
   * the target state, with no stated flow, diagram or requirement saying from where).
   */
  from: string | null;
  to: string;
  /** The operation that makes it, or `job` / `system`. */
  trigger: string;
  /** Roles allowed to make it (from the permission matrix), empty for the system. */
  roles: string[];
  origin: Origin;
}

export interface Lifecycle {
  entity: string;
  field: string;
  states: string[];
  initial: string;
  transitions: LifecycleTransition[];
  origin: Origin;
}
