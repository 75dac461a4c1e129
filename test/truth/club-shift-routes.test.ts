import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found on an unseen Norwegian trial (a sports club's volunteer shifts) and its English translation:
// a stated `POST /events` was named `actionEvent`, `DELETE /shifts/{id}/signup` became
// `signupShiftInShifts` and `GET /teams/{id}/shifts` `listShiftsInShifts`; the Vipps webhook, named
// in prose before the route table, took "); we do not trust …" for its summary and lost the row's.

const MODEL = `\`\`\`sql
CREATE TABLE teams (id uuid PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE events (id uuid PRIMARY KEY, team_id uuid REFERENCES teams(id), title text NOT NULL);
CREATE TABLE shifts (id uuid PRIMARY KEY, event_id uuid NOT NULL REFERENCES events(id), starts_at timestamptz NOT NULL);
\`\`\``;

async function endpoints(prose: string, header: string, rows: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- As a parent, I want to sign up for a shift, so that I do my part.\n',
    '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${MODEL}\n\n## Payments\n\n${prose}\n\n## API\n\n${header}\n${rows}\n`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return new Map(r.spec!.endpoints.map((e) => [`${e.method} ${e.path}`, e]));
}

describe('stated routes named for what they do', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      'Payment status arrives by webhook from Vipps (`POST /webhooks/vipps`); we do not trust the user to return.',
      '| Method | Path | Description |\n|---|---|---|',
      [
        '| GET | /events | List of events |',
        '| POST | /events | Create event |',
        '| POST | /events/{id}/shifts | Create shift under event |',
        '| GET | /shifts | Open shifts for my teams |',
        '| POST | /shifts/{id}/signup | Sign me up |',
        '| DELETE | /shifts/{id}/signup | Withdraw me |',
        '| GET | /teams/{id}/shifts | Shifts of a team |',
        '| POST | /webhooks/vipps | Payment status from Vipps |',
      ],
    ],
    [
      'de',
      'Der Zahlungsstatus kommt per Webhook von Vipps (`POST /webhooks/vipps`); wir verlassen uns nicht auf die Rückkehr.',
      '| Methode | Pfad | Beschreibung |\n|---|---|---|',
      [
        '| GET | /events | Veranstaltungen |',
        '| POST | /events | Veranstaltung anlegen |',
        '| POST | /events/{id}/shifts | Schicht anlegen |',
        '| GET | /shifts | Offene Schichten |',
        '| POST | /shifts/{id}/signup | Anmelden |',
        '| DELETE | /shifts/{id}/signup | Abmelden |',
        '| GET | /teams/{id}/shifts | Schichten einer Mannschaft |',
        '| POST | /webhooks/vipps | Zahlungsstatus von Vipps |',
      ],
    ],
  ])('%s', async (_lang, prose, header, rows) => {
    const byRoute = await endpoints(prose, header, rows.join('\n'));
    expect(byRoute.get('POST /events')?.operationId).toBe('createEvent');
    expect(byRoute.get('DELETE /shifts/{id}/signup')?.operationId).toBe('deleteShiftSignup');
    expect(byRoute.get('GET /shifts')?.operationId).toBe('listShifts');
    expect(byRoute.get('GET /teams/{id}/shifts')?.operationId).toBe('listTeamShifts');
    expect(byRoute.get('POST /webhooks/vipps')?.summary).toBe(rows.at(-1)!.split('|')[3]!.trim());
  });
});

/** A project whose stack table names a payment provider and whose route table states one route. */
async function withProvider(stackTable: string, row: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- As a parent, I want to pay the buy-out, so that I am exempt.\n',
    '/p/docs/tech-stack.md': `# Stack\n\n${stackTable}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${MODEL}\n\n## API\n\n| Method | Path | Description |\n|---|---|---|\n${row}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

// The stated webhook route is the provider's receiver, not one named from the catalogue's id
// (`/webhooks/vipps-mobilepay` beside a stated `POST /webhooks/vipps`).
describe('the webhook route the documents state for a provider', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '| Area | Choice |\n|---|---|\n| Payment | Vipps ePayment API |',
      '| POST | /webhooks/vipps | Payment status |',
    ],
    [
      'nb',
      '| Område | Valg |\n|---|---|\n| Betaling | Vipps ePayment API |',
      '| POST | /webhooks/vipps | Betalingsstatus |',
    ],
  ])('%s', async (_lang, stackTable, row) => {
    const spec = await withProvider(stackTable, row);
    const vipps = spec.integrations.find((i) => i.provider === 'vipps-mobilepay');
    expect(vipps?.webhooks.map((w) => w.path)).toEqual(['/webhooks/vipps']);
    expect(spec.endpoints.filter((e) => e.path.includes('webhook')).map((e) => e.path)).toEqual([
      '/webhooks/vipps',
    ]);
  });
});

// The Chinese trial states WeChat Pay's callback as `POST /api/v1/pay/wechat/notify`; the design
// had put a receiver at `/webhooks/wechat-pay` beside it.
describe('a stated callback route of a provider', { timeout: 60_000 }, () => {
  it.each([
    [
      'zh',
      '| 类别 | 技术选型 |\n|---|---|\n| 支付 | 微信支付 API v3 |',
      '| POST | /api/v1/pay/wechat/notify | 微信支付回调 |',
    ],
    [
      'en',
      '| Area | Choice |\n|---|---|\n| Payments | WeChat Pay |',
      '| POST | /api/v1/pay/wechat/notify | WeChat Pay callback |',
    ],
  ])('%s', async (_lang, stackTable, row) => {
    const spec = await withProvider(stackTable, row);
    const pay = spec.integrations.find((i) => i.provider === 'wechat-pay');
    expect(pay?.webhooks.map((w) => w.path)).toEqual(['/api/v1/pay/wechat/notify']);
  });
});
