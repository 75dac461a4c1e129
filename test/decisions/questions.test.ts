import { describe, expect, test } from 'vitest';
import { parseDecisions } from '../../src/decisions/parse.js';
import { settleQuestions } from '../../src/decisions/questions.js';
import { fromSource } from '../../src/model/origin.js';
import type { OpenQuestion } from '../../src/model/spec/index.js';

const FILE = 'docs/technical/backend-spec.decisions.yaml';
const retention: OpenQuestion = {
  id: 'jobs/retention/retention.general',
  text: 'The documents keep "Retention" for 7 years, but no entity holds it',
  source: fromSource('docs/prd.md', 40),
  options: [],
};
const legacy: OpenQuestion = {
  id: 'reconcile/legacy-model/old-cart',
  text: 'old_carts is deprecated but defined',
  source: fromSource('docs/architecture.md', 12),
  options: ['drop', 'keep'],
  assumes: 'keep',
};

function settle(yaml: string, questions: OpenQuestion[] = [retention, legacy]) {
  const parsed = parseDecisions(yaml, FILE);
  expect(parsed.diagnostics).toEqual([]);
  return settleQuestions(questions, parsed.decisions.entries, FILE);
}

describe('the decisions file answers questions by id', () => {
  test('parse: choose, assume and dismiss with an id; dismiss needs an id and `true`', () => {
    const { decisions, diagnostics } = parseDecisions(
      [
        '- id: q1', // 1
        '  assume: audit_logs',
        '  reason: Legal',
        '- id: q2', // 4
        '  dismiss: true',
        '  reason: not ours',
        '- dismiss: true', // 7: no id
        '  reason: r',
        '- id: q3', // 9: dismiss is not true
        '  dismiss: maybe',
        '  reason: r',
        '- id: q4', // 12: two answers
        '  choose: drop',
        '  dismiss: true',
        '  reason: r',
      ].join('\n'),
      FILE,
    );
    expect(decisions.entries).toEqual([
      { kind: 'assume', id: 'q1', assume: 'audit_logs', reason: 'Legal', line: 1 },
      { kind: 'dismiss', id: 'q2', reason: 'not ours', line: 4 },
    ]);
    expect(diagnostics.map((d) => [d.code, d.at?.line])).toEqual([
      ['reconcile/bad-decision', 7],
      ['reconcile/bad-decision', 9],
      ['reconcile/bad-decision', 12],
    ]);
  });

  test('assume and dismiss answer a question without options; the decision is the origin', () => {
    const out = settle(
      [
        '- id: jobs/retention/retention.general',
        '  assume: audit_logs, purged after 7 years',
        '  reason: Legal confirmed',
        '- id: reconcile/legacy-model/old-cart',
        '  dismiss: true',
        '  reason: The migration plan decides this',
      ].join('\n'),
    );
    expect(out.diagnostics).toEqual([]);
    expect(out.questions[0]!.answer).toEqual({
      kind: 'assume',
      value: 'audit_logs, purged after 7 years',
      reason: 'Legal confirmed',
      origin: { kind: 'decision', file: FILE, line: 1, reason: 'Legal confirmed' },
    });
    expect(out.questions[1]!.answer).toMatchObject({ kind: 'dismiss', origin: { line: 4 } });
  });

  test('choose must be an offered option (case aside); the option is kept as the question spells it', () => {
    const out = settle('- id: reconcile/legacy-model/old-cart\n  choose: " DROP "\n  reason: done\n');
    expect(out.questions[1]!.answer).toMatchObject({ kind: 'choose', value: 'drop' });
  });

  test('an option not offered: diagnostic at its line listing the options; the question stays open', () => {
    const out = settle(
      [
        '- id: reconcile/legacy-model/old-cart',
        '  choose: archive',
        '  reason: read-only',
        '- id: jobs/retention/retention.general',
        '  choose: 7 years',
        '  reason: Legal',
      ].join('\n'),
    );
    expect(out.questions.every((q) => q.answer === undefined)).toBe(true);
    expect(out.diagnostics.map((d) => [d.code, d.at?.line, d.hint])).toEqual([
      ['reconcile/decision-option-not-offered', 1, 'options: drop, keep; or answer with `assume: <value>`'],
      [
        'reconcile/decision-option-not-offered',
        4,
        'this question offers no options: answer it with `assume: <value>` or `dismiss: true`',
      ],
    ]);
  });

  test('the last valid answer wins over an earlier one and over a later invalid one', () => {
    const out = settle(
      [
        '- id: reconcile/legacy-model/old-cart',
        '  choose: keep',
        '  reason: first',
        '- id: reconcile/legacy-model/old-cart',
        '  choose: drop',
        '  reason: second',
        '- id: reconcile/legacy-model/old-cart',
        '  choose: archive',
        '  reason: third',
      ].join('\n'),
    );
    expect(out.questions[1]!.answer).toMatchObject({ value: 'drop', reason: 'second' });
  });

  test('an unknown id names the file line and every valid question id (stable, sorted)', () => {
    const out = settle('- id: jobs/retention/general\n  dismiss: true\n  reason: r\n');
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]).toMatchObject({
      code: 'reconcile/decision-unused',
      at: { file: FILE, line: 1 },
      hint: 'open question ids: jobs/retention/retention.general, reconcile/legacy-model/old-cart; conflict subjects are listed in section 0 of backend-spec.md',
    });
  });
});
