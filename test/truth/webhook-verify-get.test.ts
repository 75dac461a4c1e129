import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (podilato-el): Viva Wallet first calls `GET /webhooks/viva` for the verification key, then
// posts its events to `POST /webhooks/viva`. The GET was named `receiveVivaWebhook` and the POST,
// renamed on the clash, `createWebhookViva`. A GET beside a POST on one webhook route is the sender's
// verification handshake (`verify…Webhook`); the POST receives the events (`receive…Webhook`).
const CASES: [lang: string, header: string, get: string, post: string][] = [
  [
    'en',
    '| Method | Path | Description |',
    'Webhook verification: returns the verification key',
    'Payment notification',
  ],
  [
    'el',
    '| Μέθοδος | Διαδρομή | Περιγραφή |',
    'Επαλήθευση webhook: επιστρέφει το κλειδί επαλήθευσης',
    'Ειδοποίηση πληρωμής (Transaction Payment Created)',
  ],
];

describe('a GET beside the POST of a webhook route verifies it', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, header, get, post) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\nCustomers pay for rentals.\n',
      '/p/docs/architecture.md': `# Architecture

## API

${header}
|---|---|---|
| GET | /webhooks/viva | ${get} |
| POST | /webhooks/viva | ${post} |

## Data

\`\`\`sql
CREATE TABLE rentals (id uuid PRIMARY KEY, total numeric NOT NULL);
\`\`\`
`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const ids = Object.fromEntries(
      r
        .spec!.endpoints.filter((e) => e.path.endsWith('/webhooks/viva'))
        .map((e) => [e.method, e.operationId]),
    );
    expect(ids).toEqual({ GET: 'verifyVivaWebhook', POST: 'receiveVivaWebhook' });
  });
});
