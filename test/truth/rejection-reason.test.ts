import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (Kiro trial): a technology table's Notes column ("no transactions across loans…") was
// dropped, so section 0 listed MongoDB as rejected with no reason. The row's Notes / Reason / Motivo /
// Raison / Begründung cell is the reason wherever the rejected option is listed.
describe('the reason a technology table row gives for a rejected option', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'Concern | Choice | Status | Notes', 'Rejected', 'no transactions across loans'],
    ['en', 'Concern | Choice | Decision | Reason', 'Rejected', 'no transactions across loans'],
    ['es', 'Aspecto | Elección | Estado | Motivo', 'Rechazado', 'sin transacciones entre préstamos'],
    ['fr', 'Sujet | Choix | Statut | Raison', 'Écarté', 'pas de transactions entre prêts'],
    ['de', 'Thema | Wahl | Status | Begründung', 'Abgelehnt', 'keine Transaktionen über Ausleihen'],
    ['pt', 'Aspecto | Escolha | Status | Motivo', 'Rejeitado', 'sem transações entre empréstimos'],
  ])('%s: %s', async (_l, header, rejected, reason) => {
    const cols = header.split(' | ').length;
    const table = [
      `| ${header} |`,
      `|${'---|'.repeat(cols)}`,
      '| Database | PostgreSQL 16 | Accepted | exclusion constraints |',
      `| Database | MongoDB | ${rejected} | ${reason} |`,
      `| Payments | Stripe | ${rejected} | ${reason} (fees) |`,
    ].join('\n');
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: A member can reserve a tool.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${table}\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const decisions = r.spec!.reconciliation.decisions ?? [];
    expect(decisions.find((d) => d.subject === 'MongoDB')).toMatchObject({
      status: 'rejected',
      detail: reason,
    });
    expect(decisions.find((d) => d.subject === 'Stripe')?.detail).toBe(`${reason} (fees)`);
    const stripe = r.spec!.integrations.find((i) => i.provider === 'stripe');
    expect(stripe?.purpose).toContain(`${reason} (fees)`);
    // The chosen row's note is no reason to reject anything.
    expect(decisions.some((d) => d.subject === 'PostgreSQL')).toBe(false);
  });
  it('a deferred row keeps its note too', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: A member can reserve a tool.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n| Concern | Choice | Status | Notes |\n|---|---|---|---|\n| Database | PostgreSQL | Accepted | — |\n| SMS | Twilio | Deferred | phase 2 reminders |\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const twilio = r.spec!.integrations.find((i) => i.provider === 'twilio');
    expect(twilio?.purpose).toContain('phase 2 reminders');
  });
});
