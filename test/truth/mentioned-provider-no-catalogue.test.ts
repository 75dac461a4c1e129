import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: a provider the documents only mention (MobilePay, a payment method Nets Easy carries)
// was listed under "mentioned" with the catalogue's endpoints, authentication, limits and
// idempotency, as if the API called it. Only a provider in use gets what the catalogue knows of its
// API; a mentioned one keeps its quote and its documentation link.
const CASES: [lang: string, prd: string, stack: string][] = [
  [
    'en',
    '# PRD\n\nMembers pay with cards and MobilePay through Nets Easy Checkout.\n',
    '# Tech stack\n\n| Layer | Technology | Note |\n|---|---|---|\n| Payments | Nets Easy | cards and MobilePay |\n',
  ],
  [
    'da',
    '# PRD\n\nBetaling med kort og MobilePay sker gennem Nets Easy (Nexi) Checkout.\n',
    '# Teknologistak\n\n| Lag | Teknologi | Bemærkning |\n|---|---|---|\n| Betaling | Nets Easy (Nexi) | kort og MobilePay |\n',
  ],
];

describe('a mentioned provider gets no catalogue endpoints', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, prd, stack) => {
    const host = memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/tech-stack.md': stack,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const vipps = r.spec!.integrations.find((i) => i.provider === 'vipps-mobilepay');
    expect(vipps?.status).toBe('mentioned');
    expect(vipps?.endpointsUsed).toEqual([]);
    expect(vipps?.auth).toBeNull();
    expect(vipps?.env).toEqual([]);
    expect(vipps?.idempotency).toBeNull();
    const nets = r.spec!.integrations.find((i) => i.provider === 'nets-easy');
    expect(nets?.status).toBe('chosen');
    expect(nets?.endpointsUsed.length).toBeGreaterThan(0);
  });
});
