import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/derive/security/catalog.js';
import { integrationsExtractor } from '../../src/extract/integrations.js';
import { memoryHost } from '../../src/host.js';
import type { Endpoint } from '../../src/model/spec/api.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { statedPeriod } from '../../src/read/schedule-words.js';
import { tokenIssuer } from '../../src/read/token-issuer-words.js';
import { doc, run } from '../reconcile/helpers.js';

// Issues 11/13 (authentication, webhooks, integrations): a provider's webhook is called by the
// provider, never by a user role; a provider may state several callbacks; one provider has one name;
// asking for a sign-in link presents no credential; Czech signature and token-issuer words are read.

const MODEL = `\`\`\`sql
CREATE TABLE orders (id uuid PRIMARY KEY, customer_id uuid NOT NULL, total_cents integer NOT NULL);
CREATE TABLE payments (id uuid PRIMARY KEY, order_id uuid NOT NULL REFERENCES orders(id), status text NOT NULL);
\`\`\``;

async function project(prd: string, stack: string, routes: string) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/tech-stack.md': stack,
    '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${MODEL}\n\n## API\n\n${routes}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a webhook is called by its provider, not by the roles', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '# PRD\n\n## Roles\n\n| Role | Who |\n|---|---|\n| Customer | buys |\n| Clerk | ships orders |\n\n- As a customer, I want to pay my order, so that it ships.\n',
      '# Stack\n\n| Area | Choice |\n|---|---|\n| Payments | Comgate |\n',
      '| Method | Path | Role | Description |\n|---|---|---|---|\n| GET | /orders | Clerk | all orders |\n| POST | /payments/comgate/notify | Comgate (signature) | payment result from the gateway |',
    ],
    [
      'cs',
      '# PRD\n\n## Role\n\n| Role | Kdo |\n|---|---|\n| Zákazník | nakupuje |\n| Skladník | expeduje objednávky |\n\n- Jako zákazník chci zaplatit objednávku, abych ji dostal.\n',
      '# Stack\n\n| Oblast | Volba |\n|---|---|\n| Platební brána | Comgate |\n',
      '| Metoda | Cesta | Role | Popis |\n|---|---|---|---|\n| GET | /orders | Skladník | všechny objednávky |\n| POST | /platby/comgate/notifikace | Comgate (podpis) | potvrzení platby od brány |',
    ],
  ])(
    '%s: every role is denied the webhook; the route table states its signature',
    async (_l, prd, stack, routes) => {
      const spec = await project(prd, stack, routes);
      const hook = spec.endpoints.find((e) => e.action === 'webhook')!;
      expect(hook).toBeDefined();
      const row = spec.permissions!.rows.find((r) => r.operationId === hook.operationId)!;
      expect(Object.values(row.access).every((a) => a === 'denied')).toBe(true);
      expect(row.origin).toMatchObject({ kind: 'rule', rule: 'derive/authz-webhook-machine-only' });
      const comgate = spec.principals?.find((p) => p.kind === 'webhook');
      expect(comgate?.auth?.value).toBe('signature');
    },
  );
});

describe('a provider states several callbacks', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '# Stack\n\n| Area | Choice |\n|---|---|\n| Payments | WeChat Pay API v3 |\n\n- **WeChat Pay**: JSAPI orders, payment callback, refunds, refund callback.\n',
      '| Method | Path | Description | Access |\n|---|---|---|---|\n| POST | /pay/wechat/notify | WeChat Pay payment callback | none (signed) |\n| POST | /pay/wechat/refund-notify | WeChat refund callback | none (signed) |',
    ],
    [
      'zh',
      '# 技术栈\n\n| 领域 | 选择 |\n|---|---|\n| 支付 | 微信支付 API v3 |\n\n- **微信支付 V3**：JSAPI 下单、支付回调、申请退款、退款回调。\n',
      '| 方法 | 路径 | 说明 | 权限 |\n|---|---|---|---|\n| POST | /pay/wechat/notify | 微信支付回调 | 无需登录（验签） |\n| POST | /pay/wechat/refund-notify | 微信退款回调 | 无需登录（验签） |',
    ],
  ])(
    '%s: both are the provider’s webhooks, events split by route; one provider, one name',
    async (_l, stack, routes) => {
      const spec = await project(
        '# PRD\n\n- As a buyer, I want to pay my order, so that it is reserved.\n',
        stack,
        routes,
      );
      const wechat = spec.integrations.find((i) => i.provider === 'wechat-pay')!;
      expect(wechat.webhooks.map((w) => w.path)).toEqual(['/pay/wechat/notify', '/pay/wechat/refund-notify']);
      expect(wechat.webhooks[1]!.events.every((e) => /refund/i.test(e))).toBe(true);
      expect(wechat.webhooks[0]!.events.some((e) => /refund/i.test(e))).toBe(false);
      const hooks = spec.endpoints.filter((e) => e.action === 'webhook').map((e) => e.operationId);
      expect(hooks).toEqual(['receiveWechatPayWebhook', 'receiveWechatPayRefundNotifyWebhook']);
      const payment = spec.services?.find((s) => s.name === 'PaymentService');
      expect(payment?.dependencies.filter((d) => d.endsWith('(integration)'))).toEqual([
        'WeChat Pay (integration)',
      ]);
    },
  );
});

describe('asking for a sign-in link or code presents no credential', () => {
  const ep = (operationId: string, path: string): Endpoint =>
    ({
      operationId,
      method: 'POST',
      path,
      action: 'auth',
      authenticated: false,
      requestBody: null,
      parameters: [],
    }) as unknown as Endpoint;
  it('INVALID_CREDENTIALS is raised by the operations that take one, never by the request for a link', () => {
    const codes = errorCodes({
      envelope: { kind: 'problem', fields: {} } as never,
      endpoints: [
        ep('requestSignInLink', '/auth/sign-in-link'),
        ep('signInWithLink', '/auth/sign-in-link/verify'),
        ep('requestSignInCode', '/auth/sign-in-code'),
        ep('login', '/auth/login'),
        ep('refreshToken', '/auth/refresh'),
      ],
      entities: [],
      permissions: null,
      validation: null,
      jwt: true,
      stated: null,
    });
    expect(codes.find((c) => c.code === 'INVALID_CREDENTIALS')?.endpoints).toEqual([
      'signInWithLink',
      'login',
      'refreshToken',
    ]);
  });
});

describe('signature and token-issuer words', () => {
  it.each([
    ['cs', 'Comgate (podpis)'],
    ['pl', 'Przelewy24 (podpis)'],
    ['en', 'Stripe (signature)'],
    ['nb', 'Vipps (signert)'],
  ])('%s: "%s" names a caller verified by its signature', (_l, cell) => {
    expect(readAccessCell(cell)).toMatchObject({ signed: true });
  });
  it.each(['Správce (firma)', 'Admin (design team)', 'Clerk (sign in first)'])(
    'near-miss: "%s" is no signature',
    (cell) => {
      expect(readAccessCell(cell)?.signed).toBeUndefined();
    },
  );
  it.each([
    [
      'cs',
      'Backend po přihlášení vydá vlastní JWT s platností 30 minut a obnovovací token s platností 14 dní.',
    ],
    ['pl', 'Serwer po zalogowaniu wydaje własne tokeny JWT ważne 30 minut.'],
    ['en', 'After the Bank iD sign-in the backend issues its own JWT valid for 30 minutes.'],
  ])('%s: the server issues its own tokens', (_l, sentence) => {
    expect(tokenIssuer(sentence, ['Keycloak'])).toBe('server');
  });
  it('near-miss: tokens of the identity provider', () => {
    expect(tokenIssuer('Role se berou z tokenu Keycloaku.', ['Keycloak'])).toBeNull();
  });
});

describe('a monthly overview someone exports is no monthly job', () => {
  it.each([
    [
      'en',
      'The administrator exports a monthly overview of orders and revenue to CSV for the finance department.',
    ],
    ['en', 'As an administrator I want to export the monthly revenue overview so that I can hand it over.'],
    ['fr', 'L’administrateur exporte le bilan mensuel en CSV.'],
  ])('%s: "%s"', (_l, sentence) => {
    expect(statedPeriod(sentence)).toBeNull();
  });
  it.each([
    ['en', 'Invoices are exported monthly to the accountant.'],
    ['en', 'The system exports a monthly overview to the finance department.'],
    ['fr', 'Le système exporte le bilan mensuel.'],
  ])('near-miss %s: "%s" is recurring work', (_l, sentence) => {
    expect(statedPeriod(sentence)).not.toBeNull();
  });
});

describe('one channel per named service', () => {
  const mentions = (text: string) =>
    (
      run(integrationsExtractor, doc('docs/architecture.md', 'architecture', text)).fragment.integrations ??
      []
    )
      .filter((m) => m.provider === 'ecomail')
      .map((m) => m.channels ?? [m.channel]);
  it.each([
    ['en', '## Modules\n\n- `notifications` — e-mails through Ecomail and SMS through SMSbrána.cz.\n'],
    ['de', '## Module\n\n- `benachrichtigungen` — E-Mails über Ecomail und SMS über SMSbrána.cz.\n'],
    // Czech "přes" and Slovak "cez" are "through" (a Slovak trial gave Amazon SES the SMS of BulkGate).
    ['cs', '## Moduly\n\n- `notifikace` — e-maily přes Ecomail a SMS přes SMSbrána.cz.\n'],
    ['sk', '## Moduly\n\n- `notifikacie` — e-maily cez Ecomail, SMS cez SMSbrána.cz.\n'],
  ])('%s: the SMS another service sends is not the e-mail provider’s', (_l, text) => {
    const got = mentions(text);
    expect(got.length).toBeGreaterThan(0);
    for (const channels of got) expect(channels).not.toContain('sms');
  });
  it('near-miss: one service for both carries both', () => {
    const got = run(
      integrationsExtractor,
      doc(
        'docs/architecture.md',
        'architecture',
        '## Modules\n\n- `notifications` — SMS and e-mails through Mailora.\n',
      ),
    ).fragment.integrations?.find((m) => m.name === 'Mailora');
    expect(got?.channels?.sort()).toEqual(['email', 'sms']);
  });
});
