import { diag } from '../diagnostics/diagnostic.js';
import { canonicalId, featureFolder } from '../knowledge/requirement-ids.js';
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
 *
 * Not every line that starts with an id defines it, and only two definitions can disagree:
 *  - each spec-kit / Kiro feature (`specs/<feature>/`) numbers its own requirements: FR-003 of
 *    `001-mvp` and FR-003 of `006-api-management` are two requirements, both kept;
 *  - an architecture, UX, data-model or tech-stack document, an ADR, a decision log or a summary
 *    cites requirement ids to say how they are built or why they changed — a note, not a definition
 *    (the Domain keeps the requirements document's text; nothing is reported);
 *  - a table of contents entry (`[Story 1.1: Setup](./epic-1.md)`), a range ("FR-036 to FR-043")
 *    or a line that names another id first ("Epic 9 Story 9-2: ...") points at requirements;
 *  - the same title in both places is the same requirement, however long each text is.
 * Among definitions of equal rank, a document named as a requirements document (prd.md, epics.md,
 * spec.md) comes before one that is not.
 */
export const requirementDuplicatesDetector: Detector = {
  name: 'requirement-duplicates',
  detect(domain, ctx) {
    const rule = 'reconcile/precedence/prd-for-product-rules' as const;
    const defines = (r: Requirement) =>
      definesRequirements(fileOf(r.origin) ?? '', ctx.kindOf) || REQUIREMENTS_SECTION.test(r.section ?? '');
    const ownKey = (r: Requirement) => `${featureFolder(fileOf(r.origin) ?? '')}|${canonicalId(r.id)}`;
    // A note about an id that some document defines is never a requirement of its own: it joins
    // the group of the first definition of that id.
    const definedAt = new Map<string, string>();
    for (const r of domain.requirements) {
      if (defines(r) && !definedAt.has(canonicalId(r.id))) definedAt.set(canonicalId(r.id), ownKey(r));
    }
    const keyOf = (r: Requirement) =>
      defines(r) ? ownKey(r) : (definedAt.get(canonicalId(r.id)) ?? ownKey(r));
    const groups = new Map<string, Requirement[]>();
    for (const r of domain.requirements) {
      const id = keyOf(r);
      groups.set(id, [...(groups.get(id) ?? []), r]);
    }
    const keep: Requirement[] = [];
    const conflicts: Conflict[] = [];
    const diagnostics = [];
    for (const r of domain.requirements) {
      const group = groups.get(keyOf(r))!;
      const ordered = [...group].sort(
        (a, b) =>
          rank(rule, ctx.kindOf(fileOf(a.origin) ?? '')) - rank(rule, ctx.kindOf(fileOf(b.origin) ?? '')) ||
          Number(defines(b)) - Number(defines(a)) ||
          Number(pointsElsewhere(a)) - Number(pointsElsewhere(b)) ||
          domain.requirements.indexOf(a) - domain.requirements.indexOf(b),
      );
      if (ordered[0] !== r) continue;
      keep.push(r);
      for (const other of ordered.slice(1)) {
        if (!defines(r) || !defines(other) || pointsElsewhere(r) || pointsElsewhere(other)) continue;
        if (sameTitle(r, other) || similar(r.text, other.text)) continue;
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

/** A section that lists requirements, in any document: "Functional Requirements", "Requisitos", "需求". */
const REQUIREMENTS_SECTION =
  /requirement|anforderung|exigence|requisito|requerimiento|vaatimu|要求|需求|요구사항|требовани|user stor|historias? de usuario|histórias? de usuário/iu;

/** Documents that write down how or why, citing requirement ids, rather than defining them. */
const NOTES_KINDS = new Set(['architecture', 'ux', 'data-model', 'tech-stack']);
const NOTES_NAME =
  /(?:^|[-_.\s/])(?:adr|decision[-_ ]?log|decisions|changelog|change[-_ ]?log|summary|notes|minutes|retro(?:spective)?|review)(?:[-_.\s\d]|$)/i;

function definesRequirements(file: string, kindOf: (file: string) => string): boolean {
  if (NOTES_KINDS.has(kindOf(file))) return false;
  return !NOTES_NAME.test(file.split('/').pop() ?? file) && !/(?:^|\/)adrs?\//i.test(file);
}

/**
 * A link to where it is defined, a range, or a line whose first words are another id: the text
 * points at requirements instead of stating one. Read from the extracted text and id only.
 */
function pointsElsewhere(r: Requirement): boolean {
  if (/\]\([^)\s]+\.md\b/i.test(r.text)) return true;
  const other = /^\s*\S{0,4}\s*((?:FR|NFR|US|RF|RNF|UC|Story|Epic|REQ)[\s-]?\d+(?:[.-]\d+)*)\b/iu.exec(
    r.text,
  );
  return other !== null && canonicalId(other[1]!) !== canonicalId(r.id);
}

function sameTitle(a: Requirement, b: Requirement): boolean {
  const t = (r: Requirement) => (r.title ?? '').trim().toLowerCase();
  return t(a).length > 0 && t(a) === t(b);
}
