import type { CodeId } from '../diagnostics/codes/index.js';
import type { Spec } from '../model/spec/index.js';

/** The workflow's validation checklist, one id per item, in the workflow's order. */
export const CHECKLIST_IDS = [
  'data-models',
  'indexes',
  'endpoints',
  'auth',
  'errors',
  'integrations',
  'jobs',
  'caching',
  'logging',
  'security',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface Problem {
  message: string;
  /** Path in the Spec (`endpoints.createTask.responses`). */
  path?: string;
}

/** One rule: a stable code, the checklist item it decides (if any), and a pure check. */
export interface Rule {
  code: CodeId;
  description: string;
  checklist?: ChecklistId;
  /** `applicable: false` makes the checklist item "not applicable" (e.g. no integrations at all). */
  check(spec: Spec): { problems: Problem[]; evidence: string; applicable?: boolean };
}

export interface ChecklistItem {
  id: ChecklistId;
  verdict: 'pass' | 'fail' | 'not-applicable' | 'not-checked';
  /** What was checked, with counts (`24 tables, 41 indexes, every FK indexed`). */
  evidence: string[];
  problems: string[];
}
