import type { Domain, StatedConstraint, WriteReading } from '../model/domain.js';
import type { Origin } from '../model/origin.js';
import { isAuthSubject, readConstraints, statesCursorPagination } from '../read/constraint-words.js';
import { asksForPdf } from '../read/document-words.js';
import { readOperations } from '../read/operation-words.js';
import { pagingNames } from '../read/pagination-words.js';
import { timedSystemAction } from '../read/rule-words.js';
import { stateVerbsNamed } from '../read/state-verb-words.js';
import { readWrites } from '../read/write-words.js';

/**
 * The constraints the documents state on the API, collected once after the merge (issue 11 item 6):
 * every requirement, acceptance criterion, user story and business rule read by
 * read/constraint-words.ts, authentication listed out of scope, and cursor pagination stated by a
 * pagination parameter, a requirement or a stated route. Each reading keeps its sentence and origin,
 * so derive never reads the sentence's words again.
 */
export function statedConstraints(domain: Domain): StatedConstraint[] {
  const out: StatedConstraint[] = [];
  const said = (text: string, origin: Origin) => out.push(...constraintsOf(text, origin));
  for (const r of domain.requirements) {
    said(r.text, r.origin);
    for (const c of r.acceptanceCriteria ?? []) said(c.text, c.origin);
  }
  // In the order derive cites them: requirements, then stories, then business rules.
  for (const f of domain.securityFacts ?? []) if (f.kind === 'persona') said(f.text, f.origin);
  for (const f of domain.securityFacts ?? []) if (f.kind === 'business-rule') said(f.text, f.origin);
  for (const s of domain.scope) {
    if (s.scope === 'out-of-scope' && isAuthSubject(s.subject))
      out.push({ kind: 'auth-out-of-scope', text: s.subject, spans: [], origin: s.origin });
  }
  const cursor = (text: string, origin: Origin) => {
    if (statesCursorPagination(text)) out.push({ kind: 'pagination-cursor', text, spans: [], origin });
  };
  for (const p of domain.parameters)
    if (p.key.startsWith('pagination')) cursor(`${p.label} ${p.text}`, p.origin);
  for (const r of domain.requirements) cursor(r.text, r.origin);
  for (const e of domain.statedEndpoints)
    cursor(`${e.description ?? ''} ${e.origin.kind === 'source' ? (e.origin.quote ?? '') : ''}`, e.origin);
  return out;
}

/**
 * The paging parameter names the pagination sentences write (`?curseur=&limite=`): the quantities
 * read from a pagination sentence first, then requirements; the first sentence that names a role wins.
 */
export function statedPagingNames(domain: Domain): NonNullable<Domain['pagingNames']> {
  const out: NonNullable<Domain['pagingNames']> = [];
  const read = (text: string, origin: Origin) => {
    for (const n of pagingNames(text)) if (!out.some((o) => o.role === n.role)) out.push({ ...n, origin });
  };
  for (const p of domain.parameters) {
    if (!p.key.startsWith('pagination') || p.superseded) continue;
    read(`${p.label} ${p.text} ${p.origin.kind === 'source' ? (p.origin.quote ?? '') : ''}`, p.origin);
  }
  for (const r of domain.requirements) read(r.text, r.origin);
  return out;
}

/** The constraints one sentence states (also for a business rule a facts overlay adds). */
export function constraintsOf(text: string, origin: Origin): StatedConstraint[] {
  return readConstraints(text).map((c) => ({ kind: c.kind, text, spans: c.spans, origin }));
}

/**
 * Each requirement with the operations its sentence asks for (read/operation-words.ts), so the trace
 * of requirements to endpoints places entity names next to verbs without reading the words itself.
 */
export function requestedOperations(domain: Domain): void {
  for (const r of domain.requirements) {
    r.asks = readOperations(r.text);
    const named = stateVerbsNamed(r.text);
    if (named.length > 0) r.stateVerbs = named;
    const timed = timedSystemAction(r.text);
    if (timed) r.timedSystemAction = timed;
    if (asksForPdf(r.text)) r.producesPdf = true;
  }
}

/**
 * How every sentence that can say what users do asks to write something (read/write-words.ts):
 * requirements, criteria, stories, rules, flow names and flow steps. Run after the merge and again
 * by the pipeline on the reconciled model (the facts overlay adds rules, reconcile drops duplicates).
 */
export function writeReadings(domain: Domain): WriteReading[] {
  const texts: string[] = [];
  for (const r of domain.requirements) {
    texts.push(r.text);
    for (const c of r.acceptanceCriteria ?? []) texts.push(c.text);
  }
  for (const f of domain.securityFacts ?? []) if (f.kind === 'persona') texts.push(f.text);
  for (const f of domain.securityFacts ?? []) if (f.kind === 'business-rule') texts.push(f.text);
  for (const f of domain.flows) {
    texts.push(f.name);
    for (const s of f.steps) texts.push(s.text);
  }
  return texts.map(readWrites);
}
