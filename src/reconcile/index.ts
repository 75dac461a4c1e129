import { applyDecisions } from '../decisions/apply.js';
import { parseDecisions } from '../decisions/parse.js';
import { questionAnswers } from '../decisions/questions.js';
import type { UserDecision } from '../decisions/types.js';
import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Domain } from '../model/domain.js';
import type { DocumentKind, Supersession } from '../model/sources.js';
import type { OpenQuestion } from '../model/spec/index.js';
import type { Reconciliation } from '../model/spec/reconciliation.js';
import { cardinalityMismatchDetector } from './cardinality-mismatch.js';
import { contextFor, type Detector } from './context.js';
import { decisionStatusDetector } from './decision-status.js';
import { enumMismatchDetector } from './enum-mismatch.js';
import { legacyModelDetector } from './legacy-model.js';
import { modellingGapsDetector } from './modelling-gaps.js';
import { namingMismatchDetector } from './naming-mismatch.js';
import { payloadFieldsDetector } from './payload-fields.js';
import { requirementDuplicatesDetector } from './requirement-duplicates.js';
import { requirementUndecidedDetector } from './requirement-undecided.js';
import { roleMismatchDetector } from './role-mismatch.js';
import { sameDocumentValuesDetector } from './same-document-values.js';
import { sessionLifetimeDetector } from './session-lifetime.js';
import { supersededDocumentDetector } from './superseded-document.js';
import { valueConflictsDetector } from './value-conflicts.js';

export type { Detector, ReconcileContext } from './context.js';

/**
 * Detectors in order. Newer document versions first (the older statement leaves before anything
 * compares it), then requirement duplicates (everything after counts each id once), value
 * conflicts before the session check (which must only see the values that won).
 */
export const DETECTORS: Detector[] = [
  supersededDocumentDetector,
  requirementDuplicatesDetector,
  valueConflictsDetector,
  sameDocumentValuesDetector,
  sessionLifetimeDetector,
  enumMismatchDetector,
  namingMismatchDetector,
  payloadFieldsDetector,
  cardinalityMismatchDetector,
  roleMismatchDetector,
  legacyModelDetector,
  modellingGapsDetector,
  decisionStatusDetector,
  requirementUndecidedDetector,
];

export interface ReconcileOptions {
  /** Documents with their kinds, for the precedence rules (discovery's classification). */
  documents?: readonly { path: string; kind: DocumentKind }[];
  /** The decisions file, when there is one: project-relative path and text. */
  decisions?: { file: string; text: string };
  /** Which document is a newer version of which (discovery's supersessions). */
  supersessions?: readonly Supersession[];
  /** Facts of documents read as history only (replaced by a newer version). */
  history?: Domain;
}

/**
 * Domain → Domain + findings: every detector in order, each seeing the previous one's Domain, then
 * the user's decisions file over the result. The returned Domain holds only the values that won.
 * `questions` are what no rule decides (each already carrying its answer when the decisions file
 * gives a valid one); `unsettled` are the decisions whose id names no conflict or parameter, for
 * settleQuestions once derive has asked its own questions.
 */
export function reconcile(
  input: Domain,
  options: ReconcileOptions = {},
): {
  domain: Domain;
  reconciliation: Reconciliation;
  diagnostics: Diagnostic[];
  questions: OpenQuestion[];
  unsettled: UserDecision[];
} {
  const parsed = options.decisions ? parseDecisions(options.decisions.text, options.decisions.file) : null;
  const ctx = contextFor(options.documents, {
    ...options,
    ...(parsed ? { answers: questionAnswers(parsed.decisions.file, parsed.decisions.entries) } : {}),
  });
  let domain = input;
  let reconciliation: Reconciliation = { conflicts: [], gaps: [], assumptions: [], decisions: [] };
  const diagnostics: Diagnostic[] = [];
  const questions: OpenQuestion[] = [];
  let unsettled: UserDecision[] = [];
  for (const detector of DETECTORS) {
    const out = detector.detect(domain, ctx);
    if (out.domain) domain = out.domain;
    questions.push(...(out.questions ?? []));
    reconciliation.conflicts.push(...(out.findings.conflicts ?? []));
    reconciliation.gaps.push(...(out.findings.gaps ?? []));
    reconciliation.assumptions.push(...(out.findings.assumptions ?? []));
    reconciliation.decisions.push(...(out.findings.decisions ?? []));
    diagnostics.push(...out.diagnostics);
  }
  reconciliation.summary = {
    documents: ctx.documentCount,
    requirements: domain.requirements.length,
    parameters: domain.parameters.length,
    statusLists: (domain.lifecycles ?? []).length,
    modelEnums:
      domain.enums.length + domain.entities.flatMap((e) => e.fields.filter((f) => f.enumValues)).length,
    decisionRecords: domain.decisions.length,
    scopeStatements: domain.scope.length,
  };
  if (parsed) {
    diagnostics.push(...parsed.diagnostics);
    const applied = applyDecisions(domain, reconciliation, parsed.decisions);
    domain = applied.domain;
    reconciliation = applied.reconciliation;
    unsettled = applied.unsettled;
    diagnostics.splice(0, diagnostics.length, ...afterDecisions(diagnostics, reconciliation));
    diagnostics.push(...applied.diagnostics);
  }
  // Values that lost a conflict (or a user's choice) leave the Domain here, so that no derive step
  // can use them by accident; section 0 keeps both sides in the conflict itself.
  if (domain.parameters.some((q) => q.superseded)) {
    domain = { ...domain, parameters: domain.parameters.filter((q) => !q.superseded) };
  }
  return { domain, reconciliation, diagnostics, questions, unsettled };
}

/**
 * A detector's diagnostic says which value the precedence rule used; once the user's decision
 * picked the value, that sentence is wrong. Such diagnostics are restated with the decided value and
 * its place in the decisions file, as info: the disagreement is settled, not a warning any more.
 */
function afterDecisions(diagnostics: readonly Diagnostic[], reconciliation: Reconciliation): Diagnostic[] {
  const decided = new Map(
    reconciliation.conflicts
      .filter((c) => c.code === 'reconcile/value-conflict' && c.resolvedBy.kind === 'decision')
      .map((c) => [`parameters.${c.subject}`, c]),
  );
  return diagnostics.map((d) => {
    const conflict = d.code === 'reconcile/value-conflict' && d.path ? decided.get(d.path) : undefined;
    if (conflict?.resolvedBy.kind !== 'decision') return d;
    const by = conflict.resolvedBy;
    const stated = conflict.sides
      .map((side) => `${side.value} (${side.at.file}:${side.at.line})`)
      .join(' vs ');
    return diag(
      'reconcile/value-conflict',
      `${conflict.subject}: ${stated}; decided: ${conflict.resolution} (${by.file}:${by.line}${by.reason ? `, ${by.reason}` : ''})`,
      { ...(d.at ? { at: d.at } : {}), ...(d.path ? { path: d.path } : {}), severity: 'info' },
    );
  });
}
