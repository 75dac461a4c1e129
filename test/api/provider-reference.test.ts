import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 2 ("no server-owned field in a create or update body"), found by the Russian trial
// (uley): `SubscriptionCreate` asked the client for `yookassaPaymentId`, the id ЮKassa answers with
// when the server creates the payment. A field named for an integration in use beside a word of an
// identifier is the provider's reference (rule `derive/provider-reference-server-set`), in any
// language; a field named for no provider in use, or for a rejected one, stays in the body.

interface Case {
  intro: string;
  integrations: string;
  table: string;
  reference: string;
  /** A field named for a provider the documents do not use: the client may send it. */
  other: string;
  webhook?: string;
}

const CASES: [string, Case][] = [
  [
    'en, Stripe',
    {
      intro: 'The service keeps the memberships of the members in a PostgreSQL database.',
      integrations: '| Concern | Choice |\n|---|---|\n| Payments | Stripe |\n',
      table: 'memberships',
      reference: 'stripe_payment_intent_id',
      other: 'paypal_order_id',
    },
  ],
  [
    'pt, Mercado Pago, the identifier word first',
    {
      intro: 'O serviço guarda as assinaturas dos membros em um banco de dados PostgreSQL.',
      integrations: '| Camada | Escolha |\n|---|---|\n| Pagamentos | Mercado Pago |\n',
      table: 'assinaturas',
      reference: 'id_pagamento_mercado_pago',
      other: 'referencia_interna',
    },
  ],
  [
    'de, a provider the catalogue does not know',
    {
      intro: 'Der Dienst speichert die Mitgliedschaften der Mitglieder in einer PostgreSQL-Datenbank.',
      integrations: '## Integrationen\n\n- **Mollie** — Zahlungen der Mitgliedsbeiträge.\n',
      table: 'mitgliedschaften',
      reference: 'mollie_zahlung_id',
      other: 'stripe_zahlung_id',
    },
  ],
  [
    'ru, a provider named in Cyrillic whose webhook route names it in Latin letters',
    {
      intro: 'Сервис хранит абонементы резидентов в базе данных PostgreSQL.',
      integrations: '## Интеграции\n\n- **ЮKassa** — приём платежей, уведомления через webhook.\n',
      table: 'abonements',
      reference: 'yookassa_payment_id',
      other: 'kassa_number',
      webhook: '| POST | /webhooks/yookassa | — | ЮKassa |\n',
    },
  ],
];

function project(c: Case): Record<string, string> {
  return {
    '/p/docs/prd.md': `# PRD\n\n${c.intro}\n`,
    '/p/docs/architecture.md': `# Architecture

${c.intro}

Roles: member, admin.

\`\`\`sql
CREATE TABLE ${c.table} (
  id uuid PRIMARY KEY,
  plan text NOT NULL,
  ${c.reference} varchar(64) UNIQUE,
  ${c.other} varchar(64)
);
\`\`\`

| Method | Path | Who | Description |
|---|---|---|---|
| POST | /${c.table} | member | ${c.table} |
| GET | /${c.table}/{id} | member | ${c.table} |
${c.webhook ?? ''}
${c.integrations}`,
  };
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase());

describe("a provider's reference stays out of the create body", { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_name, c) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(c)));
    const spec = r.spec!;
    const create = spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith(`/${c.table}`))!;
    const body = Object.keys(entitySchemas(spec, 'offset')[`${create.entity}Create`]?.properties ?? {});
    expect(body).not.toContain(camel(c.reference));
    expect(body).toContain(camel(c.other));
    expect(body).toContain('plan');
    expect(spec.serverSetFields).toContainEqual({
      entity: create.entity,
      field: camel(c.reference),
      rule: 'derive/provider-reference-server-set',
    });
    // The response still returns it; a duplicate is no conflict the client's write causes.
    expect(Object.keys(entitySchemas(spec, 'offset')[create.entity!]?.properties ?? {})).toContain(
      camel(c.reference),
    );
    expect(spec.errors?.codes.map((x) => x.code) ?? []).not.toContainEqual(expect.stringMatching(/_TAKEN$/));
  });
});
