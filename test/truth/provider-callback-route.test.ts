import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Czech golden sberka-cs states `POST /platby/comgate/notifikace` ("Comgate (podpis)") as the
// route the payment gateway notifies: the spec invented `POST /webhooks/comgate` beside it and denied
// the stated route to every role (the English translation granted it to the citizen). A stated POST
// route with the provider's segment and a word that receives (notify, notifikace, notificación,
// Benachrichtigung) is that provider's webhook: called by the provider with its signature, never by
// a signed-in role.
async function hook(provider: string, route: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A resident pays the fee for an order.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Stack\n\n| Concern | Choice |\n|---|---|\n| Payments | ${provider} |\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total int NOT NULL);\n\`\`\`\n\n## API\n\n| Method | Path | Description |\n|---|---|---|\n| GET | \`/orders/{id}\` | one order |\n| POST | \`${route}\` | payment confirmation from the gateway |\n`,
    }),
  );
  const spec = r.spec!;
  const e = spec.endpoints.find((x) => x.path === route);
  return {
    action: e?.action,
    webhooks: spec.integrations.flatMap((i) => i.webhooks.map((w) => w.path)),
    caller: (spec.principals ?? []).find((p) => p.operations.includes(e?.operationId ?? ''))?.name,
  };
}

describe("a provider's stated notification route is its webhook", () => {
  it.each([
    ['cs', 'Comgate', '/platby/comgate/notifikace'],
    ['es', 'Comgate', '/pagos/comgate/notificacion'],
    ['de', 'Stripe', '/zahlungen/stripe/benachrichtigung'],
    ['en', 'Comgate', '/payments/comgate/notify'],
  ])('%s', async (_lang, provider, route) => {
    const { action, webhooks, caller } = await hook(provider, route);
    expect(webhooks).toEqual([route]);
    expect(action).toBe('webhook');
    expect(caller).toBe(provider);
  });
});
