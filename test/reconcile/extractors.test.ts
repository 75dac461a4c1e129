import { describe, expect, test } from 'vitest';
import { decisionsExtractor } from '../../src/extract/decisions.js';
import { flowsExtractor } from '../../src/extract/flows.js';
import { scopeExtractor } from '../../src/extract/scope.js';
import { doc, run } from './helpers.js';

describe('decisions extractor', () => {
  test('ADR statuses, decision tables, "Why not" rows, alternatives and struck options', () => {
    const text = [
      '## ADR-002: Use Redis for queues', // 1
      '', // 2
      '**Status:** Superseded by ADR-005', // 3
      '', // 4
      '## ADR-005: Use pg-boss', // 5
      '', // 6
      'Status: Accepted', // 7
      '', // 8
      '| Model | Considered | Decision |', // 9
      '|---|---|---|', // 10
      '| Database-per-tenant | Yes | Rejected: too much overhead |', // 11
      '| Shared schema + RLS | Yes | **Selected**: simple |', // 12
      '', // 13
      '| Question | Answer |', // 14
      '|---|---|', // 15
      '| Why not MongoDB? | Data is relational |', // 16
      '', // 17
      '### Alternatives considered', // 18
      '', // 19
      '- Kafka — rejected because the team is small', // 20
      '- Celery, considered', // 21
      '', // 22
      '- ~~GraphQL API~~ replaced by REST', // 23
      '- ~~Set up CI~~ — Complete', // 24
      '- NestJS is excluded — too much ceremony', // 25
    ].join('\n');
    const { fragment } = run(decisionsExtractor, doc('docs/architecture.md', 'architecture', text));
    expect(
      fragment.decisions?.map((d) => [
        d.id ?? '',
        d.title,
        d.status,
        d.supersededBy ?? '',
        d.origin.kind === 'source' ? d.origin.line : 0,
      ]),
    ).toEqual([
      ['ADR-002', 'Use Redis for queues', 'superseded', 'ADR-005', 1],
      ['ADR-005', 'Use pg-boss', 'accepted', '', 5],
      ['', 'Database-per-tenant', 'rejected', '', 11],
      ['', 'Shared schema + RLS', 'accepted', '', 12],
      ['', 'MongoDB', 'rejected', '', 16],
      ['', 'Kafka', 'rejected', '', 20],
      ['', 'GraphQL API', 'superseded', '', 23],
      ['', 'NestJS', 'rejected', '', 25],
    ]);
  });

  test('near-miss: a data table with Approved/Declined values is not a decision table', () => {
    const text = ['| Status | Colour |', '|---|---|', '| Approved | green |', '| Declined | red |'].join(
      '\n',
    );
    expect(run(decisionsExtractor, doc('docs/ux.md', 'ux', text)).fragment.decisions).toBeUndefined();
  });
});

describe('scope extractor', () => {
  test('out-of-scope headings, phase headings, phase columns and inline markers', () => {
    const text = [
      '### Out of Scope for MVP', // 1
      '- Mobile app', // 2
      '- CRM integration (Salesforce)', // 3
      '## 9. QC Entities (Phase 2)', // 4
      '## Integration Points (Current + Future)', // 5
      '| Integration | Protocol | Phase |', // 6
      '|---|---|---|', // 7
      '| WhatsApp | wa.me | MVP |', // 8
      '| Razorpay | REST | Phase 2 |', // 9
      '## Features', // 10
      '- OAuth login (Phase 2)', // 11
      '- Email login', // 12
    ].join('\n');
    const { fragment } = run(scopeExtractor, doc('docs/prd.md', 'prd', text));
    expect(
      fragment.scope?.map((s) => [s.subject, s.scope, s.origin.kind === 'source' ? s.origin.line : 0]),
    ).toEqual([
      ['Mobile app', 'out-of-scope', 2],
      ['CRM integration (Salesforce)', 'out-of-scope', 3],
      ['QC Entities', 'deferred', 4],
      ['Razorpay', 'deferred', 9],
      ['OAuth login', 'deferred', 11],
    ]);
  });
});

describe('flows extractor', () => {
  test('numbered steps under a journey heading, and status lists for the enum check', () => {
    const text = [
      '### Journey 1: Register a patient', // 1
      '', // 2
      'Narrative paragraph, not a step.', // 3
      '', // 4
      '1. Front desk opens the form', // 5
      '2. Enters demographics', // 6
      '3. Submits', // 7
      '', // 8
      '### Emotional Journey Mapping', // 9
      '1. Calm', // 10
      '2. Happy', // 11
      '', // 12
      '- Dashboard view showing counts per status: Ordered, Collected, Received, In Process', // 13
      '- Navigation: Conversation → customer record → applications', // 14
    ].join('\n');
    const { fragment } = run(flowsExtractor, doc('docs/ux.md', 'ux', text));
    expect(fragment.flows?.map((f) => [f.name, f.steps.map((s) => s.text)])).toEqual([
      ['Journey 1: Register a patient', ['Front desk opens the form', 'Enters demographics', 'Submits']],
    ]);
    expect(
      fragment.lifecycles?.map((l) => [l.values, l.origin.kind === 'source' ? l.origin.line : 0]),
    ).toEqual([[['Ordered', 'Collected', 'Received', 'In Process'], 13]]);
  });
});
