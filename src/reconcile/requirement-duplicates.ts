import { diag } from '../diagnostics/diagnostic.js';
import { canonicalId } from '../knowledge/requirement-ids.js';
import type { Requirement } from '../model/domain.js';
import { fromRule } from '../model/origin.js';
import type { Conflict } from '../model/spec/reconciliation.js';
import { type Detector, fileOf, refOf } from './context.js';
import { rank } from './precedence.js';

/**
 * One requirement id defined in several documents (a PRD and an epics file, or `FR-01` and `FR1`).
 * The Domain keeps one definition per id — the PRD's, by precedence — so traceability counts each
 * requirement once. When the texts really differ (less than half of the words in common) the
 * documents disagree about what the requirement is, and that is reported.
 */
export const requirementDuplicatesDetector: Detector = {
  name: 'requirement-duplicates',
  detect(domain, ctx) {
    const rule = 'reconcile/precedence/prd-for-product-rules' as const;
    const groups = new Map<string, Requirement[]>();
    for (const r of domain.requirements) {
      const id = canonicalId(r.id);
      groups.set(id, [...(groups.get(id) ?? []), r]);
    }
    const keep: Requirement[] = [];
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    for (const r of domain.requirements) {
      const group = groups.get(canonicalId(r.id))!;
      const ordered = [...group].sort(
        (a, b) =>
          rank(rule, ctx.kindOf(fileOf(a.origin) ?? '')) - rank(rule, ctx.kindOf(fileOf(b.origin) ?? '')) ||
          domain.requirements.indexOf(a) - domain.requirements.indexOf(b),
      );
      if (ordered[0] !== r) continue;
      keep.push(r);
      for (const other of ordered.slice(1)) {
        if (similar(r.text, other.text)) continue;
        const at = refOf(r.origin);
        const otherAt = refOf(other.origin);
        if (!at || !otherAt) continue;
        conflicts.push({
          code: 'reconcile/requirement-redefined',
          subject: r.id,
          sides: [
            { value: r.text.slice(0, 200), at },
            { value: other.text.slice(0, 200), at: otherAt },
          ],
          resolution: r.id,
          params: { id: r.id, at: `${at.file}:${at.line}` },
          resolvedBy: fromRule(rule, [at, otherAt]),
        });
        diagnostics.push(
          diag(
            'reconcile/requirement-redefined',
            `${other.id} is defined differently in ${at.file}:${at.line}`,
            {
              at: otherAt,
            },
          ),
        );
      }
    }
    if (keep.length === domain.requirements.length && conflicts.length === 0)
      return { findings: {}, diagnostics: [] };
    return { domain: { ...domain, requirements: keep }, findings: { conflicts }, diagnostics };
  },
};

function similar(a: string, b: string): boolean {
  const wa = new Set(
    a
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2),
  );
  const wb = new Set(
    b
      .toLowerCase()
      .split(/\W+/)
      .filter((w) => w.length > 2),
  );
  if (wa.size === 0 || wb.size === 0) return true;
  const common = [...wa].filter((w) => wb.has(w)).length;
  return common * 2 >= Math.min(wa.size, wb.size);
}
