import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { matchDefinition } from '../../src/knowledge/requirement-ids.js';
import { compile } from '../../src/pipeline.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';

// Issue 13 item 5 and issue 11: the business-rules table carries what the documents state — the
// error code a rule names, a retention floor as a policy (never a request-time check), a timed
// system action as a job — and not what is no rule: a user story, a plain system behaviour.

describe('reading one rule sentence', () => {
  it.each([
    [
      'en',
      'IF the dates overlap an existing reservation THEN THE SYSTEM SHALL reject the request with TOOL_UNAVAILABLE.',
    ],
    [
      'es',
      'Si las fechas se solapan con otra reserva, el sistema debe rechazar la petición con TOOL_UNAVAILABLE.',
    ],
    [
      'fr',
      'Si les dates chevauchent une réservation, le système doit refuser la demande avec TOOL_UNAVAILABLE.',
    ],
  ])('%s: the error code the sentence names is the rule’s code', (_l, text) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text).statedCode).toBe('TOOL_UNAVAILABLE');
  });

  it.each([
    ['en', 'Loan records SHALL be kept for 5 years at least, for insurance.'],
    ['es', 'Los préstamos deben ser conservados al menos 5 años.'],
    ['fr', 'Les prêts doivent être conservés au moins 5 ans.'],
    ['de', 'Ausleihen müssen mindestens 5 Jahre aufbewahrt werden.'],
    ['pt', 'Os empréstimos devem ser guardados pelo menos 5 anos.'],
  ])('%s: keeping data at least N years is a retention policy', (_l, text) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text)).toMatchObject({ kind: 'retention', enforcement: 'retention-policy' });
  });

  it.each([
    ['en', 'WHEN a loan is 10 days overdue THE SYSTEM SHALL suspend the member account.'],
    ['es', 'Cuando un préstamo lleva 10 días de retraso, el sistema debe suspender la cuenta del socio.'],
    ['de', 'Wenn eine Ausleihe 10 Tage überfällig ist, muss das System das Konto sperren.'],
  ])('%s: a system action after a stated time is a job', (_l, text) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text).enforcement).toBe('job');
  });

  it.each([
    'WHEN a clerk checks a tool out THE SYSTEM SHALL record the clerk, the time and the condition.',
    'El sistema debe registrar el empleado y la hora de la devolución.',
    'As a branch manager, I want to retire broken tools, so that members only see tools that work.',
    'Como gerente, quiero retirar herramientas rotas para que los socios solo vean las que funcionan.',
    // spec-kit's German story puts the verb first, and its "so that" clause holds a modal.
    'Als Kundin möchte ich online einen Termin buchen, damit ich nicht anrufen muss.',
    'En tant que cliente, je voudrais annuler mon rendez-vous, pour ne pas devoir appeler.',
    'Como cliente, gostaria de cancelar a reserva, para não ter de ligar.',
  ])('no rule: %s', (text) => {
    expect(statesRule(text)).toBe(false);
  });

  it('a prohibition on the system stays a rule', () => {
    expect(statesRule('THE SYSTEM SHALL NOT store member passwords.')).toBe(true);
    expect(readRule('THE SYSTEM SHALL NOT store member passwords.').kind).toBe('never');
  });

  it('"daily" as an adjective is no schedule', () => {
    expect(
      readRule('Line charts for daily test volume over the past 30 days must be shown').enforcement,
    ).not.toBe('job');
  });
});

describe('Kiro requirements', { timeout: 60_000 }, () => {
  it('reads "### Requirement N" with its user story and the criteria under "#### Acceptance Criteria"', async () => {
    expect(matchDefinition('Requirement 3: Reserve a tool')?.id).toBe('Requirement 3');
    expect(matchDefinition('Anforderung 2: Werkzeug reservieren')?.id).toBe('Anforderung 2');
    const host = memoryHost({
      '/p/.kiro/specs/x/requirements.md': `# Requirements Document

### Requirement 3: Reserve a tool

**User Story:** As a member, I want to reserve a tool for specific dates, so that it is kept for me.

#### Acceptance Criteria

1. IF the dates overlap an existing reservation THEN THE SYSTEM SHALL reject the request with TOOL_UNAVAILABLE.
2. A member SHALL hold at most 3 active reservations at a time.
`,
      '/p/.kiro/specs/x/design.md':
        '# Design\n\n```sql\nCREATE TABLE reservations (id uuid PRIMARY KEY, starts_on date NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const req = r.domain!.requirements.find((q) => q.id === 'Requirement 3');
    expect(req?.title).toBe('Reserve a tool');
    expect(req?.text).toContain('As a member, I want to reserve a tool');
    expect(req?.acceptanceCriteria?.map((c) => c.origin)).toMatchObject([{ line: 9 }, { line: 10 }]);
    const rules = r.spec!.rules ?? [];
    expect(rules.map((x) => [x.requirements[0], x.errorCode])).toEqual([
      ['Requirement 3', 'TOOL_UNAVAILABLE'],
      ['Requirement 3', expect.stringMatching(/LIMIT_EXCEEDED$/)],
    ]);
  });
});
