import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Domain } from '../model/domain.js';
import type { Reconciliation } from '../model/spec/reconciliation.js';

/** A detector reads the Domain and reports findings; it may return a corrected Domain. */
export interface Detector {
  name: string;
  detect(domain: Domain): { domain?: Domain; findings: Partial<Reconciliation>; diagnostics: Diagnostic[] };
}

export const DETECTORS: Detector[] = [];

/** Domain → Domain + findings: every detector in order, each seeing the previous one's Domain. */
export function reconcile(input: Domain): {
  domain: Domain;
  reconciliation: Reconciliation;
  diagnostics: Diagnostic[];
} {
  let domain = input;
  const reconciliation: Reconciliation = { conflicts: [], gaps: [], assumptions: [], decisions: [] };
  const diagnostics: Diagnostic[] = [];
  for (const detector of DETECTORS) {
    const out = detector.detect(domain);
    if (out.domain) domain = out.domain;
    reconciliation.conflicts.push(...(out.findings.conflicts ?? []));
    reconciliation.gaps.push(...(out.findings.gaps ?? []));
    reconciliation.assumptions.push(...(out.findings.assumptions ?? []));
    reconciliation.decisions.push(...(out.findings.decisions ?? []));
    diagnostics.push(...out.diagnostics);
  }
  return { domain, reconciliation, diagnostics };
}
