import { describe, expect, test } from 'vitest';
import { parseDecisions } from '../../src/decisions/parse.js';
import { settleQuestions } from '../../src/decisions/questions.js';
import { emptyDomain, type Quantity } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import { reconcile } from '../../src/reconcile/index.js';

const FILE = 'docs/technical/backend-spec.decisions.yaml';

describe('parseDecisions', () => {
  test('choices and assumptions, with their lines', () => {
    const text = [
      '# reviewed 2026-11-20',
      'decisions:',
      '  - id: retention.audit-log',
      '    choose: 13 months',
      '    reason: Legal confirmed',
      '  - assume: Notification entity for in-app notices',
      '    reason: US-3.3 notifies the front desk',
    ].join('\n');
    const { decisions, diagnostics } = parseDecisions(text, FILE);
    expect(diagnostics).toEqual([]);
    expect(decisions.entries).toEqual([
      { kind: 'choose', id: 'retention.audit-log', choose: '13 months', reason: 'Legal confirmed', line: 3 },
      {
        kind: 'assume',
        assume: 'Notification entity for in-app notices',
        reason: 'US-3.3 notifies the front desk',
        line: 6,
      },
    ]);
  });

  test('bad entries are reported with their line and skipped; good ones still apply', () => {
    const text = [
      '- id: a.b', // 1: no reason
      '  choose: 1',
      '- choose: 5 days', // 3: no id
      '  reason: x',
      '- assume: y', // 5: assume + choose
      '  choose: z',
      '  reason: r',
      '- id: k', // 8: unknown key
      '  choose: v',
      '  reason: r',
      '  because: q',
      '- just a string', // 12
      '- id: ok.key', // 13
      '  choose: 3',
      '  reason: fine',
    ].join('\n');
    const { decisions, diagnostics } = parseDecisions(text, FILE);
    expect(diagnostics.map((d) => [d.code, d.at?.line])).toEqual([
      ['reconcile/bad-decision', 1],
      ['reconcile/bad-decision', 3],
      ['reconcile/bad-decision', 5],
      ['reconcile/bad-decision', 8],
      ['reconcile/bad-decision', 12],
    ]);
    expect(decisions.entries.map((e) => e.line)).toEqual([13]);
  });

  test('invalid YAML is one diagnostic, not a crash', () => {
    const { decisions, diagnostics } = parseDecisions('- id: [unclosed\n', FILE);
    expect(decisions.entries).toEqual([]);
    expect(diagnostics[0]?.code).toBe('reconcile/bad-decision');
    expect(diagnostics[0]?.at?.file).toBe(FILE);
  });
});

describe('applying decisions', () => {
  const q = (value: number, file: string, line: number, text: string): Quantity => ({
    key: 'retention.audit-log',
    label: 'audit log retention',
    value,
    unit: 's',
    text,
    origin: fromSource(file, line),
  });
  const domain = {
    ...emptyDomain('p', 'en'),
    parameters: [
      q(7 * 365 * 86400, 'docs/prd.md', 10, '7 years'),
      q(13 * 30 * 86400, 'docs/architecture.md', 20, '13 months'),
    ],
  };
  const documents = [
    { path: 'docs/prd.md', kind: 'prd' as const },
    { path: 'docs/architecture.md', kind: 'architecture' as const },
  ];

  test('a choice overrides the precedence rule: the chosen value is active, the decision is the origin', () => {
    const text = '- id: retention.audit-log\n  choose: 13 months\n  reason: Legal confirmed\n';
    const out = reconcile(domain, { documents, decisions: { file: FILE, text } });
    const c = out.reconciliation.conflicts[0]!;
    expect(c.resolution).toBe('13 months');
    expect(c.resolvedBy).toEqual({ kind: 'decision', file: FILE, line: 1, reason: 'Legal confirmed' });
    expect(out.domain.parameters.map((p) => p.text)).toEqual(['13 months']);
  });

  test('a new value for a parameter is added with the decision as origin', () => {
    const text = '- id: retention.audit-log\n  choose: 10 years\n  reason: Regulator\n';
    const out = reconcile(domain, { documents, decisions: { file: FILE, text } });
    const active = out.domain.parameters;
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({ value: 10 * 365 * 86400, origin: { kind: 'decision', line: 1 } });
  });

  test('an entry matching nothing is reported as unused; assumptions are listed', () => {
    const text = '- id: no.such.thing\n  choose: x\n  reason: r\n- assume: A Note entity\n  reason: FR7\n';
    const out = reconcile(domain, { documents, decisions: { file: FILE, text } });
    // Not a conflict or parameter: it may answer a question derive asks, so it is judged after derive.
    expect(out.unsettled.map((e) => e.line)).toEqual([1]);
    const settled = settleQuestions(out.questions, out.unsettled, FILE);
    expect(
      settled.diagnostics.filter((d) => d.code === 'reconcile/decision-unused').map((d) => d.at?.line),
    ).toEqual([1]);
    expect(out.reconciliation.assumptions).toEqual([
      {
        subject: 'A Note entity',
        detail: 'FR7',
        origin: { kind: 'decision', file: FILE, line: 4, reason: 'FR7' },
      },
    ]);
  });
});
