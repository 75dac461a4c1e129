import type { Severity } from '../diagnostic.js';

export interface CodeInfo {
  severity: Severity;
  /** One sentence: what it means and why it matters. Listed by `backend-spec codes`. */
  description: string;
}
