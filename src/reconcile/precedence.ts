import type { DocumentKind } from '../model/sources.js';

/**
 * Which document wins when documents disagree. One rule per kind of fact, applied the same way
 * everywhere and written next to each conflict it resolves:
 *  - product rules and NFR numbers (session rules, retention, latency, limits, page sizes): the PRD,
 *    then UX, architecture, tech stack — the PRD is where the product owner states them;
 *  - technical parameters (token lifetimes, hash cost, cache TTLs, polling intervals): the
 *    architecture, then tech stack, PRD, UX — the architecture designs how a rule is enforced;
 *  - schema (enums, fields, entity names): the data model document, then architecture, PRD, UX;
 *  - technology: an accepted ADR or alternatives table, then the tech-stack document, architecture.
 * Within one kind the document listed first by discovery wins, so the order is stable.
 */
export type PrecedenceRule =
  | 'reconcile/precedence/prd-for-product-rules'
  | 'reconcile/precedence/architecture-for-technical-parameters'
  | 'reconcile/precedence/data-model-for-schema'
  | 'reconcile/precedence/decision-record-for-technology';

const ORDER: Record<PrecedenceRule, DocumentKind[]> = {
  'reconcile/precedence/prd-for-product-rules': [
    'prd',
    'ux',
    'architecture',
    'tech-stack',
    'data-model',
    'other',
  ],
  'reconcile/precedence/architecture-for-technical-parameters': [
    'architecture',
    'tech-stack',
    'data-model',
    'prd',
    'ux',
    'other',
  ],
  'reconcile/precedence/data-model-for-schema': [
    'data-model',
    'architecture',
    'tech-stack',
    'prd',
    'ux',
    'other',
  ],
  'reconcile/precedence/decision-record-for-technology': [
    'tech-stack',
    'architecture',
    'data-model',
    'prd',
    'ux',
    'other',
  ],
};

/** Quantity keys that are technical design parameters rather than product rules. */
const TECHNICAL = /^(?:auth\.(?:access|refresh)-token-ttl|auth\.hash-cost|cache\.|sync\.|schedule\.)/;

/**
 * The rule for one stated parameter. The architecture decides a technical parameter only when it
 * states one of the values itself: a PRD's "stay signed in for 7 days" against a tech-stack table's
 * "30 d" is product behaviour stated by the product owner, and the architecture, which is silent,
 * cannot be what decided it.
 */
export function ruleForQuantity(
  key: string,
  statedIn: readonly DocumentKind[] = ['architecture'],
): PrecedenceRule {
  return TECHNICAL.test(key) && statedIn.includes('architecture')
    ? 'reconcile/precedence/architecture-for-technical-parameters'
    : 'reconcile/precedence/prd-for-product-rules';
}

/** Rank of a document kind under a rule: lower wins. */
export function rank(rule: PrecedenceRule, kind: DocumentKind): number {
  const i = ORDER[rule].indexOf(kind);
  return i < 0 ? ORDER[rule].length : i;
}

/** One line naming the order, for section 0. */
export function describe(rule: PrecedenceRule): DocumentKind[] {
  return ORDER[rule];
}

export const PRECEDENCE_RULES = Object.keys(ORDER) as PrecedenceRule[];
