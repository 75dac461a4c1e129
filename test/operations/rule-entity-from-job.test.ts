import { describe, expect, it } from 'vitest';
import { compiledProject } from '../helpers/compiled.js';

// Issue 13 item 5 (rules29): a rule enforced by a stated job whose sentence names no entity of the
// model ("Årsavgiften faktureras den 1 mars", "Datele personale ale elevilor se șterg …") constrains
// the one entity the job's stated name names (`IssueInvoices`, `PurgeStudentDataJob`).

const ruleOf = async (root: string, id: string) => {
  const r = await compiledProject(root);
  return r.spec!.rules!.find((x) => x.id === id)!;
};

describe('the entity a rule constrains, from the name of its stated job', { timeout: 180_000 }, () => {
  it('sv: odla BR-04 (IssueInvoices) constrains Invoice', async () => {
    const rule = await ruleOf('test/swedish/projects/odla', 'BR-04');
    expect(rule.job?.name).toBe('IssueInvoices');
    expect([rule.entity, rule.entityFrom]).toEqual(['Invoice', 'job']);
    // "PaymentReminders" names no entity of the model (no Payment): BR-05 keeps none.
    expect((await ruleOf('test/swedish/projects/odla', 'BR-05')).entity).toBeNull();
  });

  it('ro: gustarica RB-09 (PurgeStudentDataJob) constrains Student', async () => {
    const rule = await ruleOf('test/romanian/projects/gustarica', 'RB-09');
    expect(rule.job?.name).toBe('PurgeStudentDataJob');
    expect([rule.entity, rule.entityFrom]).toEqual(['Student', 'job']);
  });
});
