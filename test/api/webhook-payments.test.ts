import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * A story that pays ("een openstaande factuur betalen") where the documents state the payment
 * provider's webhook: the webhook is the provider's call, never the payer's (baanbaas mapped the
 * member's story to it). The payer starts the payment at the provider through
 * `POST …/{id}/payment` (rule `derive/start-payment-from-provider`), and no `POST …/{id}/pay` state
 * action marks the record paid by the payer's word. Without any payment provider stated nothing is
 * designed: which operation starts the payment is an open question. Fixtures in en, pt, es, fr, de,
 * written for these tests.
 */
const CASES: [string, string, string, string, string][] = [
  ['en', 'As a member, I want to pay an open invoice.', 'invoices', 'open', 'paid'],
  ['pt', 'Como sócio, quero pagar uma fatura em aberto.', 'faturas', 'aberta', 'paga'],
  ['es', 'Como socio, quiero pagar una factura pendiente.', 'facturas', 'pendiente', 'pagada'],
  ['fr', 'En tant que membre, je veux payer une facture ouverte.', 'factures', 'ouverte', 'payee'],
  ['de', 'Als Mitglied möchte ich eine offene Rechnung bezahlen.', 'rechnungen', 'offen', 'bezahlt'],
];

function project(lang: string, story: string, table: string, open: string, paid: string, webhook: boolean) {
  const routes = webhook
    ? '\n\n| Method | Route | Who | Description |\n|---|---|---|---|\n| POST | /api/webhooks/mollie | Mollie | Payment status |\n'
    : '';
  return memoryHost({
    '/p/.bmad/config.yaml': `project_name: club\ndocumentation_language: ${lang}\n`,
    '/p/docs/prd.md': `# PRD\n\n## User stories\n\n### Story 1\n\n${story}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n\`\`\`sql\nCREATE TABLE members (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TABLE ${table} (id uuid PRIMARY KEY, member_id uuid NOT NULL REFERENCES members(id), status text NOT NULL CHECK (status IN ('${open}', '${paid}')), total_cents integer NOT NULL);\n\`\`\`${routes}`,
  });
}

describe('a payment a provider confirms by webhook is no user route', () => {
  it.each(CASES)('%s: %s', { timeout: 60_000 }, async (lang, story, table, open, paid) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(lang, story, table, open, paid, true),
    );
    const paths = r.spec!.endpoints.map((e) => `${e.method} ${e.path}`);
    expect(paths.filter((p) => /\/\{id\}\/pay$/.test(p))).toEqual([]);
    const trace = r.spec!.stories!.find((s) => s.action.length > 0)!;
    const hook = r.spec!.endpoints.find((e) => e.path === '/api/webhooks/mollie')!.operationId;
    expect(trace.operations).not.toContain(hook);
    const start = r.spec!.endpoints.find((e) => e.path.endsWith(`/${table}/{id}/payment`))!;
    expect(start.origin).toMatchObject({ rule: 'derive/start-payment-from-provider' });
    expect(start.summary).toContain('Mollie');
    expect(trace.operations).toContain(start.operationId);
  });

  it('without a stated provider nothing is designed: the question is said', { timeout: 60_000 }, async () => {
    const [lang, story, table, open, paid] = CASES[0]!;
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(lang, story, table, open, paid, false),
    );
    expect(r.spec!.endpoints.some((e) => /\/\{id\}\/pay(?:ment)?$/.test(e.path))).toBe(false);
    const trace = r.spec!.stories!.find((s) => s.action.length > 0)!;
    expect(trace.operations).toEqual([]);
    expect(trace.unmapped).toMatch(/no payment provider is stated/);
  });
});
