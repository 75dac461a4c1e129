import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 1, found by the Dutch trial (baanbaas): "een openstaande factuur betalen" mapped to
// `POST /webhooks/mollie`, the provider's call, which the member never makes. A story that pays a
// record is served by a stated create that names what it pays with, else by a start-payment
// operation on the record (rule `derive/start-payment-from-provider`) when a payment provider is
// stated, else by nothing, with the open question said.

const schema = (invoices: string) => `\`\`\`sql
CREATE TABLE members (id uuid PRIMARY KEY, email text NOT NULL);
CREATE TABLE ${invoices} (
  id uuid PRIMARY KEY,
  member_id uuid NOT NULL REFERENCES members(id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'paid')),
  amount numeric(8,2) NOT NULL
);
\`\`\``;

async function storyOps(files: Record<string, string>, fragment: string) {
  const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(files));
  const spec = r.spec!;
  const story = (spec.stories ?? []).find((s) => s.action.includes(fragment))!;
  return { spec, story };
}

describe('a story that pays a record', { timeout: 120_000 }, () => {
  it('en, Stripe stated with its webhook: a start-payment operation, not the webhook', async () => {
    const { spec, story } = await storyOps(
      {
        '/p/docs/prd.md':
          '# PRD\n\n- As a member, I want to pay an open invoice, so that my membership stays active.\n',
        '/p/docs/architecture.md': `# Architecture

| Concern | Choice |
|---|---|
| Payments | Stripe |

${schema('invoices')}

| Method | Path | Who | Description |
|---|---|---|---|
| GET | /invoices/mine | member | my invoices |
| POST | /webhooks/stripe | Stripe | payment status |
`,
      },
      'pay an open invoice',
    );
    expect(story.operations).toEqual(['startInvoicePayment']);
    const op = spec.endpoints.find((e) => e.operationId === 'startInvoicePayment')!;
    expect(op.path).toBe('/invoices/{id}/payment');
    expect(op.origin).toMatchObject({ kind: 'rule', rule: 'derive/start-payment-from-provider' });
    expect(op.summary).toContain('Stripe');
    expect(op.responses[0]!.schema).toMatchObject({ required: ['checkoutUrl'] });
    expect(story.operations).not.toContain('receiveStripeWebhook');
  });

  it('de, no payment provider stated: nothing is designed, the question is said', async () => {
    const { spec, story } = await storyOps(
      {
        '/p/docs/prd.md':
          '# PRD\n\n- Als Mitglied möchte ich eine offene Rechnung bezahlen, damit meine Mitgliedschaft aktiv bleibt.\n',
        '/p/docs/architecture.md': `# Architektur\n\n${schema('rechnungen')}\n`,
      },
      'Rechnung bezahlen',
    );
    expect(story.operations).toEqual([]);
    expect(story.unmapped).toMatch(/no payment provider is stated/);
    expect(spec.endpoints.some((e) => e.path.endsWith('/payment'))).toBe(false);
  });

  it('pt, a stated create that names what the story pays with starts the payment', async () => {
    const { story } = await storyOps(
      {
        '/p/docs/prd.md':
          '# PRD\n\n- Como associado, quero pagar a fatura com Pix, para manter a associação ativa.\n',
        '/p/docs/architecture.md': `# Arquitetura

| Camada | Escolha |
|---|---|
| Pagamentos | Mercado Pago |

${schema('faturas')}

| Método | Caminho | Quem | Descrição |
|---|---|---|---|
| POST | /faturas | associado | Cria a fatura e a cobrança Pix |
| POST | /webhooks/mercado-pago | Mercado Pago | Notificação de pagamento |
`,
      },
      'pagar a fatura',
    );
    expect(story.operations).toEqual(['createFatura']);
  });
});
