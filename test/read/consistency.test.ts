import { describe, expect, it } from 'vitest';
import { ruledOutInUseRule, unresolvedTargetRule } from '../../src/check/rules/consistency.js';
import { fromSource } from '../../src/model/origin.js';
import { emptySpec, type Spec } from '../../src/model/spec/index.js';

function spec(patch: Partial<Spec>): Spec {
  const base = emptySpec({ name: 't', language: 'en', description: null }, []);
  return { ...base, ...patch, reconciliation: { ...base.reconciliation, ...(patch.reconciliation ?? {}) } };
}
const at = { file: 'docs/architecture.md', line: 12 };
const integration = (provider: string, name: string, status: 'chosen' | 'future') =>
  ({ provider, name, status, category: 'payments' }) as unknown as Spec['integrations'][number];

describe('self-consistency', () => {
  it('a provider section 0 rejects cannot be a chosen integration', () => {
    const s = spec({
      reconciliation: {
        conflicts: [],
        gaps: [],
        assumptions: [],
        decisions: [{ subject: 'PayPal', status: 'rejected', detail: '', at }],
      },
      integrations: [integration('paypal', 'PayPal', 'chosen'), integration('stripe', 'Stripe', 'chosen')],
    });
    const out = ruledOutInUseRule.check(s).problems.map((p) => p.message);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/PayPal is rejected in section 0 \(docs\/architecture.md:12\)/);
  });
  it('a name inside a longer deferred name is not ruled out ("Laravel Reverb" deferred, Laravel chosen)', () => {
    const s = spec({
      reconciliation: {
        conflicts: [],
        gaps: [],
        assumptions: [],
        decisions: [{ subject: 'Notifications push (Laravel Reverb)', status: 'deferred', detail: '', at }],
      },
      decisions: [{ topic: 'Backend framework', choice: 'Laravel', origin: fromSource('a.md', 3) }],
    });
    expect(ruledOutInUseRule.check(s).problems).toEqual([]);
  });
  it('a deferred integration is fine; the kept side of "A instead of B" is not ruled out', () => {
    const s = spec({
      reconciliation: {
        conflicts: [],
        gaps: [],
        assumptions: [],
        decisions: [
          { subject: 'PayPal', status: 'deferred', detail: '', at },
          { subject: 'ADR-2: Use Stripe instead of Adyen', status: 'superseded', detail: '', at },
        ],
      },
      integrations: [integration('paypal', 'PayPal', 'future'), integration('adyen', 'Adyen', 'chosen')],
    });
    expect(ruledOutInUseRule.check(s).problems).toEqual([]);
  });
  it('a technology out of scope cannot be a key decision, an entity deferred cannot be designed', () => {
    const s = spec({
      reconciliation: {
        conflicts: [],
        gaps: [],
        assumptions: [],
        decisions: [
          { subject: 'Redis caching', status: 'out-of-scope', detail: '', at },
          { subject: 'Invoices', status: 'deferred', detail: '', at },
        ],
      },
      decisions: [{ topic: 'Caching', choice: 'Redis for 3 entries', origin: fromSource('a.md', 3) }],
      entities: [{ name: 'Invoice', table: 'invoices' } as unknown as Spec['entities'][number]],
    });
    const out = ruledOutInUseRule.check(s).problems.map((p) => p.message);
    expect(out).toEqual([
      expect.stringMatching(/^Redis is out-of-scope .* key decision "Caching"/),
      expect.stringMatching(/^Invoices is deferred .* entity Invoice is designed/),
    ]);
  });
  it('a job whose table the model lacks is an error', () => {
    const s = spec({
      entities: [{ name: 'Report', table: 'reports' } as unknown as Spec['entities'][number]],
      jobs: [
        { name: 'purge-reports', steps: ['delete those rows from reports in one transaction per batch'] },
        { name: 'purge-general', steps: ['select ids from general where created_at < cutoff'] },
      ] as unknown as Spec['jobs'],
    });
    expect(unresolvedTargetRule.check(s).problems.map((p) => p.message)).toEqual([
      'job purge-general targets table general, which the data model lacks',
    ]);
  });
});
