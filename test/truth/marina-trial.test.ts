import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryHost, nodeHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found on an unseen English trial (a marina's berth bookings: Phoenix + Ecto migrations, Oban,
// Guardian, Stripe + GoCardless, Vonage, Postmark via Swoosh); each general defect is tested in
// English and another language.

const DATA = `## Data\n\n\`\`\`sql\nCREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TABLE reservations (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), status text NOT NULL);\n\`\`\`\n`;

async function spec(prd: string, architecture: string, stack = '') {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n${architecture}\n`,
    ...(stack ? { '/p/docs/tech-stack.md': `# Tech stack\n\n${stack}\n` } : {}),
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a roles table led by the persona, the role key beside it', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '## Users\n\n| Persona | Role key | What they do |\n|---|---|---|\n| Visiting skipper | `visitor` | Books nights on a berth |\n| Harbour office | `office` | Manages invoices |\n',
      'As a visiting skipper, I want to cancel my reservation.',
    ],
    [
      'de',
      '## Nutzer\n\n| Akteur | Rolle | Beschreibung |\n|---|---|---|\n| Gastskipper | `visitor` | Bucht Nächte am Liegeplatz |\n| Hafenbüro | `office` | Verwaltet Rechnungen |\n',
      'Als Gastskipper möchte ich meine Reservierung stornieren.',
    ],
  ])(
    '%s: the key is the role, the persona its name, and stories naming the persona find it',
    async (_l, table, story) => {
      const s = await spec(`# PRD\n\n${table}\n## Stories\n\n- **US-1** ${story}\n`, '');
      expect(s.roles.map((r) => [r.name, r.label])).toEqual(
        expect.arrayContaining([expect.arrayContaining(['visitor']), expect.arrayContaining(['office'])]),
      );
      expect(s.roles.find((r) => r.name === 'visitor')?.label).toMatch(/skipper/i);
      expect(s.stories?.find((x) => x.id === 'US-1')?.role).toBe('visitor');
    },
  );
});

describe("a route table's caller word that is also a declared role", { timeout: 60_000 }, () => {
  const prd =
    '# PRD\n\n| Persona | Role key | What they do |\n|---|---|---|\n| Visiting skipper | `visitor` | Books nights |\n| Harbour office | `office` | Invoices |\n';
  it.each([
    [
      'en',
      '| Method | Path | Purpose | Who |\n|---|---|---|---|\n| POST | /api/v1/reservations | create a held reservation | visitor |\n| GET | /api/v1/berths | list berths | public |',
    ],
    [
      'de',
      '| Methode | Pfad | Zweck | Wer |\n|---|---|---|---|\n| POST | /api/v1/reservations | Reservierung anlegen | visitor |\n| GET | /api/v1/berths | Liegeplätze | öffentlich |',
    ],
  ])('%s: names that role, not the anonymous caller', async (_l, routes) => {
    const s = await spec(prd, `## API\n\n${routes}\n`);
    const create = s.endpoints.find((e) => e.method === 'POST' && e.path === '/api/v1/reservations')!;
    const list = s.endpoints.find((e) => e.method === 'GET' && e.path === '/api/v1/berths')!;
    expect(create.authenticated).toBe(true);
    expect(list.authenticated).toBe(false);
  });

  it('a declared role described as not signed in stays the anonymous caller', async () => {
    const s = await spec(
      '# PRD\n\n| Persona | Role key | What they do |\n|---|---|---|\n| Visitor | `visitor` | Anonymous visitor without an account, browses berths |\n| Harbour office | `office` | Invoices |\n',
      '## API\n\n| Method | Path | Purpose | Who |\n|---|---|---|---|\n| GET | /api/v1/berths | list berths | visitor |\n',
    );
    expect(s.endpoints.find((e) => e.path === '/api/v1/berths')!.authenticated).toBe(false);
  });
});

describe('a stack cell that lists a catalogued provider and one the catalogue does not know', {
  timeout: 60_000,
}, () => {
  it.each([
    [
      'en',
      '| Area | Choice |\n|---|---|\n| Payments | Stripe Checkout, GoCardless |\n| E-mail | Postmark, via Swoosh |',
    ],
    [
      'fr',
      '| Domaine | Choix |\n|---|---|\n| Paiements | Stripe Checkout, GoCardless |\n| E-mail | Postmark, via Swoosh |',
    ],
  ])(
    '%s: both services are in use, the product is not a second provider, a mailer library is none',
    async (_l, stack) => {
      const s = await spec('# PRD\n\n- As a user, I want to pay.\n', '', stack);
      const names = s.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
      expect(names).toEqual(expect.arrayContaining(['Stripe', 'GoCardless', 'Postmark']));
      expect(names).not.toContain('Stripe Checkout');
      expect(names).not.toContain('Swoosh');
    },
  );
});

describe('rejections written after the names they set aside', { timeout: 60_000 }, () => {
  const subjects = (s: Awaited<ReturnType<typeof spec>>) =>
    Object.fromEntries(s.reconciliation.decisions.map((d) => [d.subject, [d.status, d.detail]]));
  it.each([
    [
      'en',
      'We considered MongoDB (rejected: the overlap rule needs an exclusion constraint) and SQLite with Litestream (rejected: the API needs concurrent writes). Exq and Sidekiq-compatible queues were rejected because they need Redis.',
      [
        'the overlap rule needs an exclusion constraint',
        'the API needs concurrent writes',
        'they need Redis',
      ],
    ],
    [
      'de',
      'Wir haben MongoDB (abgelehnt: die Überlappungsregel braucht einen Exclusion-Constraint) und SQLite mit Litestream (abgelehnt: die API braucht parallele Schreibzugriffe) geprüft. Exq und Sidekiq wurden abgelehnt, weil sie Redis brauchen.',
      [
        'die Überlappungsregel braucht einen Exclusion-Constraint',
        'die API braucht parallele Schreibzugriffe',
        'sie Redis brauchen',
      ],
    ],
  ])(
    '%s: each option is rejected with its own reason, the reason’s names are not',
    async (_l, text, reasons) => {
      const s = await spec(
        '# PRD\n\n- As a user, I want to book a berth.\n',
        `## ADR-002 Database: PostgreSQL\n\nStatus: accepted. ${text}\n`,
      );
      const d = subjects(s);
      expect(d.MongoDB).toEqual(['rejected', reasons[0]]);
      expect(d.SQLite).toEqual(['rejected', reasons[1]]);
      expect(d.Exq).toEqual(['rejected', reasons[2]]);
      expect(d.Redis).toBeUndefined();
    },
  );

  it('a verb and a relative word between the name and the verdict keep the name', async () => {
    const s = await spec(
      '# PRD\n\n- As a user, I want to pay.\n',
      '## Payments\n\nStripe handles the cards that were rejected by the bank.\n',
    );
    const stripe = s.integrations.find((i) => i.name === 'Stripe');
    expect(stripe).toBeDefined();
    expect(stripe?.status).not.toBe('rejected');
  });
});

describe('an out-of-scope service and an out-of-scope list under a lead sentence', {
  timeout: 60_000,
}, () => {
  it.each([
    [
      'en',
      'PayPal is out of scope.',
      'Out of scope for the MVP:',
      ['fuel dock sales;', 'a native mobile app (Phase 2 — the MVP is a responsive web app);'],
    ],
    [
      'fr',
      'PayPal est hors périmètre.',
      'Hors périmètre :',
      [
        'la vente de carburant ;',
        'une application mobile native (phase 2 — le MVP est une application web) ;',
      ],
    ],
  ])(
    '%s: the service is out of scope, never planned; each item is listed without its punctuation',
    async (_l, service, lead, items) => {
      const s = await spec(
        `# PRD\n\n## Goals\n\nBook berths.\n\n${lead}\n\n${items.map((i) => `- ${i}`).join('\n')}\n`,
        `## Payments\n\nStripe Checkout for visitor nights. ${service}\n`,
      );
      expect(s.integrations.find((i) => i.name === 'PayPal')?.status).toBe('out-of-scope');
      const scoped = s.reconciliation.decisions
        .filter((d) => d.status === 'out-of-scope')
        .map((d) => d.subject);
      expect(scoped).toHaveLength(2);
      for (const x of scoped) expect(x).not.toMatch(/[;,(]\s*$|\(phase 2$/i);
    },
  );
});

describe('a job retry count written as attempts after other words', { timeout: 60_000 }, () => {
  it.each([
    ["Failed jobs are retried with Oban's default backoff, at most 5 attempts.", 5],
    ['Failed jobs are retried 3 times with exponential backoff.', 4],
  ])('"%s" gives %i attempts in all', async (sentence, attempts) => {
    const s = await spec(
      '# PRD\n\n- As a user, I want to book a berth.\n',
      `## Background jobs\n\n| Worker | Schedule | What it does |\n|---|---|---|\n| \`ArrivalSms\` | daily 16:00 | SMS to visitors arriving tomorrow |\n\n${sentence}\n`,
      '| Area | Choice |\n|---|---|\n| Jobs | Oban |',
    );
    expect(s.jobs.find((j) => j.name === 'ArrivalSms')?.retry.maxAttempts).toBe(attempts);
  });
});

describe('a cache cleared when a record is saved', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'Tariffs are cached in-process for 10 minutes and cleared when the office saves a tariff.'],
    [
      'fr',
      'Les tarifs sont mis en cache pendant 10 minutes et invalidés quand le bureau enregistre un tarif.',
    ],
  ])('%s: both the create and the edit of that record clear it', async (_l, sentence) => {
    const s = await spec(
      '# PRD\n\n- As the office, I want to maintain tariffs.\n',
      `## Tariffs\n\n\`\`\`sql\nCREATE TABLE tariffs (id serial PRIMARY KEY, nightly_pence integer NOT NULL);\n\`\`\`\n\n## Caching\n\n${sentence}\n`,
      '| Area | Choice |\n|---|---|\n| Cache | Cachex |',
    );
    const entry = s.caching?.entries.find((e) => /tariff/i.test(e.name));
    expect(entry?.invalidatedBy).toEqual(expect.arrayContaining(['Tariff.create', 'Tariff.update']));
  });
});

describe('search and pay stories beside the stated read and the stated checkout', { timeout: 60_000 }, () => {
  // The trial's own documents: US-1 "search free berths for my dates and boat size" beside
  // `| GET | /api/v1/berths/availability | search free berths (…) | public |`, and FR-1 asking for a search.
  it('the stories are those stated operations, not a derived search or payment', async () => {
    const s = (
      await compile(
        { root: path.resolve('test/english/projects/moorline'), verify: { skip: true } },
        nodeHost(),
      )
    ).spec!;
    expect(s.stories?.find((x) => x.id === 'US-1')?.operations).toEqual(['getBerthAvailability']);
    // "reserve and pay a berth online" beside `POST /reservations/{id}/checkout | start Stripe Checkout`:
    // the stated checkout of the reservation that refers to the berth starts the payment.
    expect(s.stories?.find((x) => x.id === 'US-2')?.operations).toEqual([
      'checkoutReservation',
      'createReservation',
    ]);
    expect(s.endpoints.some((e) => e.path.endsWith('/berths/{id}/payment'))).toBe(false);
  });
});

describe("a persona's booking verb when several records join the user to what is booked", {
  timeout: 60_000,
}, () => {
  it.each([
    ['en', 'Books nights on a berth, pays, gets arrival instructions'],
    ['fr', 'Réserve des nuits sur un berth, paie, reçoit les instructions'],
  ])('%s: the booking record is created, never the berth', async (_l, description) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Users\n\n| Persona | Role key | What they do |\n|---|---|---|\n| Visiting skipper | \`visitor\` | ${description} |\n| Harbour office | \`office\` | Manages contracts |\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\nCREATE TABLE berths (id serial PRIMARY KEY, number text NOT NULL);\nCREATE TABLE reservations (id serial PRIMARY KEY, visitor_id int NOT NULL REFERENCES users(id), berth_id int NOT NULL REFERENCES berths(id));\nCREATE TABLE contracts (id serial PRIMARY KEY, holder_id int NOT NULL REFERENCES users(id), berth_id int NOT NULL REFERENCES berths(id));\nCREATE TABLE incidents (id serial PRIMARY KEY, reported_by_id int NOT NULL REFERENCES users(id), berth_id int NOT NULL REFERENCES berths(id));\n```\n',
    });
    const s = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const grants = (s.permissions?.grants ?? [])
      .filter((g) => g.role === 'visitor')
      .map((g) => `${g.resource}.${g.action}`);
    expect(grants).toContain('Reservation.create');
    expect(grants).not.toContain('Berth.create');
  });
});
