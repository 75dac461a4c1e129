/**
 * The decisions file, `{documentation_dir}/technical/backend-spec.decisions.yaml`: judgement the
 * documents leave open, written by a person (or an assistant) and applied on every run.
 *
 * ```yaml
 * decisions:
 *   - id: auth.session-timeout      # a conflict's subject (as printed in section 0) or its code
 *     choose: 8 hours               # one of the stated values, or a new value of that parameter
 *     reason: Product owner, 2026-11-20
 *   - assume: Notification entity (recipient, message, read_at) for in-app notices
 *     reason: US-3.3 notifies the front desk; no document models it
 *   - id: reconcile/legacy-model/legacy-order   # an open question's id (section 0, spec.json)
 *     choose: drop                              # one of the options the question offers
 *     reason: Architecture review 2026-11-21
 *   - id: jobs/retention/retention.general
 *     assume: audit_logs, purge after 7 years   # a stated answer where no option fits
 *     reason: Legal confirmed
 *   - id: jobs/schedule/schedule.heartbeat
 *     dismiss: true                             # the question does not apply
 *     reason: The heartbeat is the load balancer's, not ours
 * ```
 */
export interface ChooseDecision {
  kind: 'choose';
  id: string;
  choose: string;
  reason: string;
  /** 1-based line of the entry in the file. */
  line: number;
}

export interface AssumeDecision {
  kind: 'assume';
  /** The open question this answers; absent for a free-standing assumption. */
  id?: string;
  assume: string;
  reason: string;
  line: number;
}

/** The open question `id` does not apply; it is shown as dismissed with the reason. */
export interface DismissDecision {
  kind: 'dismiss';
  id: string;
  reason: string;
  line: number;
}

export type UserDecision = ChooseDecision | AssumeDecision | DismissDecision;

export interface DecisionsFile {
  /** Project-relative path, as cited in origins. */
  file: string;
  entries: UserDecision[];
}

export const DECISIONS_FILE = 'backend-spec.decisions.yaml';
