import { type Diagnostic, diag } from '../diagnostics/diagnostic.js';
import type { Spec } from '../model/spec/index.js';
import { RULES } from './registry.js';
import { CHECKLIST_IDS, type ChecklistItem } from './types.js';

/** Spec → Diagnostics + the workflow's checklist with a verdict and evidence per item. */
export function check(spec: Spec): { checklist: ChecklistItem[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const items = new Map<string, ChecklistItem>(
    CHECKLIST_IDS.map((id) => [id, { id, verdict: 'not-checked', evidence: [], problems: [] }]),
  );
  for (const rule of RULES) {
    const out = rule.check(spec);
    for (const p of out.problems)
      diagnostics.push(diag(rule.code, p.message, p.path ? { path: p.path } : {}));
    if (!rule.checklist) continue;
    const item = items.get(rule.checklist)!;
    if (out.evidence) item.evidence.push(out.evidence);
    item.problems.push(...out.problems.map((p) => p.message));
    if (out.applicable === false) {
      if (item.verdict === 'not-checked') item.verdict = 'not-applicable';
    } else if (out.problems.length > 0) item.verdict = 'fail';
    else if (item.verdict !== 'fail') item.verdict = 'pass';
  }
  return { checklist: [...items.values()], diagnostics };
}
