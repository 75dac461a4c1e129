import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Twenty-fourth round (operations), from csavarhaz-hu: `FizetesCreate` asked the customer for the
// payment's `statusz` (its values stated only in a code comment) although the provider's IPN webhook,
// stated under the payments' own collection (`POST /fizetesek/simplepay/ipn`), records the outcome.
// The status of a record whose collection a stated webhook sits under leaves the bodies (rule
// `derive/status-from-webhook`); the amount and the method the client chooses stay.

const CASES: [string, { table: string; parent: string; status: string; amount: string; method: string }][] = [
  ['hu', { table: 'fizetesek', parent: 'munkalapok', status: 'statusz', amount: 'osszeg', method: 'mod' }],
  ['en', { table: 'payments', parent: 'invoices', status: 'status', amount: 'amount', method: 'method' }],
];

async function body(c: (typeof CASES)[number][1], withWebhook: boolean) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\nThe service keeps records in a PostgreSQL database.\n',
      '/p/docs/tech-stack.md':
        '# Tech stack\n\n| Area | Choice | Version |\n|---|---|---|\n| Payments | OTP SimplePay | v2 |\n',
      '/p/docs/architecture.md': `# Architecture

Card payments go through OTP SimplePay (v2 API, IPN webhook).

\`\`\`sql
CREATE TABLE ${c.parent} (id uuid PRIMARY KEY, title text NOT NULL);
CREATE TABLE ${c.table} (
  id uuid PRIMARY KEY,
  ${c.parent.slice(0, -2)}_id uuid NOT NULL REFERENCES ${c.parent}(id),
  ${c.amount} numeric(12,2) NOT NULL,
  ${c.method} varchar(12) NOT NULL,
  ${c.status} varchar(12) NOT NULL
);
\`\`\`

| Method | Path | Description | Access |
|---|---|---|---|
| POST | /${c.parent}/{id}/${c.table} | pay | customer |
${withWebhook ? `| POST | /${c.table}/simplepay/ipn | SimplePay IPN webhook | signature (HMAC-SHA384) |\n` : ''}`,
    }),
  );
  const spec = r.spec!;
  const entity = spec.endpoints.find((e) => e.method === 'POST' && e.path.endsWith(`/${c.table}`))!.entity!;
  return Object.keys(entitySchemas(spec, 'offset')[`${entity}Create`]?.properties ?? {});
}

describe('a status a webhook under the collection records leaves the create body', {
  timeout: 120_000,
}, () => {
  it.each(CASES)('%s', async (_lang, c) => {
    const fields = await body(c, true);
    expect(fields).not.toContain(c.status);
    expect(fields).toContain(c.amount);
    expect(fields).toContain(c.method);
  });

  it('without the webhook the status stays (nothing left out on its name alone)', async () => {
    const c = CASES[0]![1];
    expect(await body(c, false)).toContain(c.status);
  });
});
