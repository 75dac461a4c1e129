import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import { parseMeasure } from '../knowledge/durations.js';
import { keyFamily, QUANTITY_KEYS } from '../knowledge/quantity-keys.js';
import type { Domain, Quantity } from '../model/domain.js';
import type { Origin } from '../model/origin.js';
import type { Conflict, Reconciliation } from '../model/spec/reconciliation.js';
import type { ChooseDecision, DecisionsFile, UserDecision } from './types.js';

/**
 * Applies the user's decisions after the detectors: a `choose` replaces the precedence rule's
 * resolution of the conflict it names (and, for a parameter, decides which stated value is used —
 * or sets a new one); a free-standing `assume` is listed as an assumption with the user's reason.
 * Every applied entry becomes the origin (`kind: 'decision'`) of what it decided. Entries whose id
 * names no conflict or parameter are returned as `unsettled`: they may answer an open question,
 * which only exists once derive has run (settleQuestions decides, and reports the ones that match
 * nothing).
 */
export function applyDecisions(
  domain: Domain,
  reconciliation: Reconciliation,
  file: DecisionsFile,
): {
  domain: Domain;
  reconciliation: Reconciliation;
  diagnostics: Diagnostic[];
  unsettled: UserDecision[];
} {
  const diagnostics: Diagnostic[] = [];
  const unsettled: UserDecision[] = [];
  let parameters = domain.parameters;
  const conflicts = [...reconciliation.conflicts];
  const assumptions = [...reconciliation.assumptions];
  for (const entry of file.entries) {
    const origin: Origin = { kind: 'decision', file: file.file, line: entry.line, reason: entry.reason };
    if (entry.kind === 'assume' && entry.id === undefined) {
      assumptions.push({ subject: entry.assume, detail: entry.reason, origin });
      continue;
    }
    if (entry.kind !== 'choose') {
      unsettled.push(entry);
      continue;
    }
    const matched = matchingConflicts(conflicts, entry);
    const isParameter = parameters.some((q) => q.key === entry.id) || isVocabularyKey(entry.id);
    if (matched.length === 0 && !isParameter) {
      unsettled.push(entry);
      continue;
    }
    if (isParameter) {
      const chosen = chooseParameter(parameters, entry, origin);
      if (!chosen) {
        diagnostics.push(
          diag(
            'reconcile/decision-unmatched-choice',
            `"${entry.choose}" is none of the stated values of ${entry.id} and cannot be read as one`,
            { at: { file: file.file, line: entry.line } },
          ),
        );
        continue;
      }
      parameters = chosen;
    }
    for (const c of matched) {
      conflicts[conflicts.indexOf(c)] = {
        ...c,
        resolution: entry.choose,
        resolvedBy: origin,
        params: { value: entry.choose },
      };
    }
  }
  return {
    domain: parameters === domain.parameters ? domain : { ...domain, parameters },
    reconciliation: { ...reconciliation, conflicts, assumptions },
    diagnostics,
    unsettled,
  };
}

function matchingConflicts(conflicts: Conflict[], entry: ChooseDecision): Conflict[] {
  const bySubject = conflicts.filter((c) => c.subject === entry.id);
  if (bySubject.length > 0) return bySubject;
  const byCode = conflicts.filter((c) => c.code === entry.id);
  return byCode.length === 1 ? byCode : [];
}

function isVocabularyKey(id: string): boolean {
  const family = keyFamily(id);
  return (
    Object.keys(QUANTITY_KEYS).some((k) => k === id || k.replace(/\.<\w+>$/, '') === family) && /\./.test(id)
  );
}

/**
 * The parameter list with the chosen value active and every other value of that key superseded.
 * The choice is a stated value (matched by text or by normalised value) or, failing that, a new
 * value read from the choice itself ("45 minutes").
 */
function chooseParameter(parameters: Quantity[], entry: ChooseDecision, origin: Origin): Quantity[] | null {
  const same = parameters.filter((q) => q.key === entry.id);
  const unit = same[0]?.unit ?? unitOf(entry.id);
  const measure = parseMeasure(entry.choose);
  const wanted = measure ? (unit === 'ms' ? measure.value * 1000 : measure.value) : null;
  const text = entry.choose.toLowerCase().trim();
  const hit = same.find(
    (q) => (wanted !== null && q.value === wanted) || q.text.toLowerCase().trim() === text,
  );
  if (hit) return parameters.map((q) => (q.key !== entry.id ? q : { ...q, superseded: q !== hit }));
  if (!measure || wanted === null) return null;
  const added: Quantity = {
    key: entry.id,
    label: entry.reason,
    value: wanted,
    unit: unit === 'ms' ? 'ms' : measure.unit,
    text: entry.choose,
    origin,
  };
  return [...parameters.map((q) => (q.key === entry.id ? { ...q, superseded: true } : q)), added];
}

function unitOf(key: string): string {
  if (key.startsWith('nfr.latency')) return 'ms';
  return '';
}
