import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statesValidityPeriod } from '../../src/read/server-set-words.js';

// Issue 13 item 2 (no server-owned field in a create body), found in the Russian golden uley: "BR-4:
// Абонемент действует 30 дней с момента оплаты" states how long a subscription lasts, so its
// `valid_until` is computed by the server; `SubscriptionCreate` still took `validUntil` from the client.

describe('a stated validity period', () => {
  it.each([
    'A subscription is valid for 30 days from payment.',
    'Абонемент действует 30 дней с момента оплаты.',
    'La suscripción es válida 30 días desde el pago.',
    "L'abonnement est valable 30 jours après le paiement.",
    'Das Abo gilt 30 Tage ab Zahlung.',
    'A assinatura é válida por 30 dias.',
    "L'abbonamento è valido 30 giorni.",
    'Karnet jest ważny 30 dni od zakupu.',
  ])('%s', (sentence) => expect(statesValidityPeriod(sentence)).toBe(true));

  it.each(['A valid subscription is required to book.', 'Бронь длится не более 4 часов.'])(
    '%s states none',
    (sentence) => expect(statesValidityPeriod(sentence)).toBe(false),
  );
});

const project = (rule: string): Record<string, string> => ({
  '/p/docs/prd.md': `# PRD\n\n## Business rules\n\n- **BR-4**: ${rule}\n\n## Stories\n\n- As a member, I want to buy a subscription, so that I can work.\n`,
  '/p/docs/architecture.md': `# Architecture

Data is stored in PostgreSQL.

\`\`\`sql
CREATE TABLE plans (id bigserial PRIMARY KEY, name text NOT NULL, days int NOT NULL DEFAULT 30);
CREATE TABLE subscriptions (id bigserial PRIMARY KEY, plan_id bigint NOT NULL REFERENCES plans(id), paid_at timestamptz, valid_until date);
CREATE TABLE bookings (id bigserial PRIMARY KEY, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL);
\`\`\`
`,
});

describe('the expiry date a validity period computes is no client field', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'A subscription is valid for 30 days from payment.'],
    ['ru', 'Абонемент действует 30 дней с момента оплаты.'],
  ])('%s', async (_lang, rule) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(rule)));
    const set = (r.spec!.serverSetFields ?? [])
      .filter((x) => x.entity === 'Subscription')
      .map((x) => x.field);
    expect(set).toContain('validUntil');
    // The end of a booking is the client's interval, not an expiry.
    expect((r.spec!.serverSetFields ?? []).some((x) => x.field === 'endsAt')).toBe(false);
  });
});
