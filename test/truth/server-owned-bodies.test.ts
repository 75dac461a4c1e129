import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (points 2 and 5), found on the Greek bike rental (podilato-el): a create body carried
// fields the server owns (a total computed from a rate, a deposit a rule computes, a payment
// provider's order code, a reading the return action takes, a late fee a rule charges, the mechanic
// who reports, a status the actions move), and stated transitions were not linked to the stated
// routes that make them. Each rule in English and in another language; each with a near miss.

const USERS = 'CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);';

async function compiled(prd: string, sql: string, architecture: string, stack = '') {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n${architecture}\n`,
    ...(stack ? { '/p/docs/tech-stack.md': `# Tech stack\n\n${stack}\n` } : {}),
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

const routes = (rows: string) =>
  `## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n${rows}`;

const body = (s: Awaited<ReturnType<typeof compiled>>, entity: string) =>
  Object.keys(entitySchemas(s, 'offset')[`${entity}Create`]?.properties ?? {});
const ruleOf = (s: Awaited<ReturnType<typeof compiled>>, entity: string, field: string) =>
  s.serverSetFields?.find((x) => x.entity === entity && x.field === field);

const BOOKINGS = `${USERS}
CREATE TABLE prices (id serial PRIMARY KEY, kind text NOT NULL, daily_rate_cents int NOT NULL);
CREATE TABLE bookings (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), starts_on date NOT NULL, ends_on date NOT NULL, status text NOT NULL DEFAULT 'pending', total_cents int NOT NULL, deposit_cents int NOT NULL, late_fee_cents int NOT NULL DEFAULT 0, return_battery_level int, viva_order_code text UNIQUE);`;

describe('fields of a record its stated action records (derive/action-reading-from-action)', {
  timeout: 120_000,
}, () => {
  it.each([
    [
      'en',
      '| POST | /bookings | New booking | customer |\n| POST | /bookings/{id}/return | Record the return and the battery | staff |\n',
    ],
    [
      'el',
      '| POST | /bookings | Νέα κράτηση | customer |\n| POST | /bookings/{id}/return | Καταγραφή επιστροφής και μπαταρίας | staff |\n',
    ],
  ])('%s: return_battery_level beside POST …/return', async (_l, rows) => {
    const s = await compiled('# PRD\n\n- As a customer, I want to book a bike.\n', BOOKINGS, routes(rows));
    expect(body(s, 'Booking')).not.toContain('returnBatteryLevel');
    expect(ruleOf(s, 'Booking', 'returnBatteryLevel')?.rule).toBe('derive/action-reading-from-action');
    expect(body(s, 'Booking')).toContain('startsOn');
  });
  it('near miss: without the action the client may send it', async () => {
    const s = await compiled(
      '# PRD\n\n- As a customer, I want to book a bike.\n',
      BOOKINGS,
      routes(
        '| POST | /bookings | New booking | customer |\n| POST | /bookings/{id}/cancel | Cancel | customer |\n',
      ),
    );
    expect(body(s, 'Booking')).toContain('returnBatteryLevel');
  });
  it('id: weight_kg beside POST …/timbang is no reading; beside …/weigh it is', async () => {
    const sql = `${USERS}\nCREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), weight_kg numeric(5,1), delivery_fee int NOT NULL DEFAULT 0);`;
    const prd = '# PRD\n\n- Sebagai pelanggan, saya ingin membuat pesanan.\n';
    const weigh = await compiled(
      prd,
      sql,
      routes(
        '| POST | /orders | Buat pesanan | customer |\n| POST | /orders/{id}/weigh | Catat berat | staff |\n| POST | /orders/{id}/deliver | Tandai sudah diantar | courier |\n',
      ),
    );
    expect(body(weigh, 'Order')).not.toContain('weightKg');
    // A charge named for the deliver action is a price, not a reading that action takes.
    expect(body(weigh, 'Order')).toContain('deliveryFee');
  });
});

describe('a status column with a default that stated actions move (derive/status-from-actions)', {
  timeout: 120_000,
}, () => {
  const sql = `${USERS}\nCREATE TABLE bikes (id serial PRIMARY KEY, code text NOT NULL);\nCREATE TABLE damage_reports (id serial PRIMARY KEY, bike_id int NOT NULL REFERENCES bikes(id), mechanic_id int NOT NULL REFERENCES users(id), description text NOT NULL, status text NOT NULL DEFAULT 'open');`;
  it.each([
    [
      'en',
      '| POST | /bikes/{id}/damage_reports | Report damage with photos | mechanic |\n| POST | /damage_reports/{id}/close | Close a damage report | mechanic |\n',
    ],
    [
      'el',
      '| POST | /bikes/{id}/damage_reports | Αναφορά βλάβης με φωτογραφίες | mechanic |\n| POST | /damage_reports/{id}/close | Κλείσιμο βλάβης | mechanic |\n',
    ],
  ])('%s: status and the reporting mechanic leave the create body', async (_l, rows) => {
    const s = await compiled(
      '# PRD\n\n## Roles\n\n| Role | Code |\n|---|---|\n| Mechanic | mechanic |\n',
      sql,
      routes(rows),
    );
    expect(body(s, 'DamageReport')).toEqual(['description']);
    expect(ruleOf(s, 'DamageReport', 'status')?.rule).toBe('derive/status-from-actions');
    expect(ruleOf(s, 'DamageReport', 'mechanicId')?.rule).toBe('derive/role-column-from-caller');
  });
  it('near miss: with no action the status and, created by two roles, the mechanic stay', async () => {
    const s = await compiled(
      '# PRD\n\n## Roles\n\n| Role | Code |\n|---|---|\n| Mechanic | mechanic |\n| Staff | staff |\n',
      sql,
      routes('| POST | /bikes/{id}/damage_reports | Report damage | mechanic, staff |\n'),
    );
    expect(body(s, 'DamageReport')).toEqual(['mechanicId', 'description', 'status']);
  });
});

describe('a total beside a stated rate (derive/total-from-rate), a provider’s code', {
  timeout: 120_000,
}, () => {
  it('en: total_cents beside prices.daily_rate_cents; viva_order_code beside Viva Wallet', async () => {
    const s = await compiled(
      '# PRD\n\n- As a customer, I want to book a bike.\n',
      BOOKINGS,
      `${routes('| POST | /bookings | New booking | customer |\n| POST | /webhooks/viva | Payment notification | Viva Wallet |\n')}\n## Payments\n\n**Decision:** Viva Wallet Smart Checkout.\n`,
      '| Layer | Technology |\n|---|---|\n| Payments | Viva Wallet (Smart Checkout) |',
    );
    expect(ruleOf(s, 'Booking', 'totalCents')?.rule).toBe('derive/total-from-rate');
    expect(ruleOf(s, 'Booking', 'vivaOrderCode')?.rule).toBe('derive/provider-reference-server-set');
  });
  it('id: total_amount beside services.price_per_kg; near miss: no rate, the total stays', async () => {
    const prd = '# PRD\n\n- Sebagai pelanggan, saya ingin membuat pesanan.\n';
    const orders = `${USERS}\nCREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), total_amount int);`;
    const api = routes('| POST | /orders | Buat pesanan | customer |\n');
    const rated = await compiled(
      prd,
      `${orders}\nCREATE TABLE services (id serial PRIMARY KEY, name text NOT NULL, price_per_kg int NOT NULL);`,
      api,
    );
    expect(ruleOf(rated, 'Order', 'totalAmount')?.rule).toBe('derive/total-from-rate');
    const plain = await compiled(
      prd,
      `${orders}\nCREATE TABLE services (id serial PRIMARY KEY, name text NOT NULL, price int NOT NULL);`,
      api,
    );
    expect(body(plain, 'Order')).toContain('totalAmount');
  });
});

describe('an amount a stated rule decides: a deposit, a late fee (read/amount-words.ts)', {
  timeout: 120_000,
}, () => {
  it.each([
    [
      'en',
      '- BR-02: The deposit is 30 % of the booking total.\n- BR-06: A late return is charged 10 € per hour.\n',
    ],
    [
      'el',
      '- ΚΕ-02: Η προκαταβολή είναι 30 % του συνολικού ποσού της κράτησης.\n- ΚΕ-06: Η καθυστερημένη επιστροφή χρεώνεται 10 € ανά ώρα.\n',
    ],
    [
      'de',
      '- BR-02: Die Anzahlung beträgt 30 % des Gesamtbetrags.\n- BR-06: Eine verspätete Rückgabe kostet 10 € pro Stunde.\n',
    ],
  ])('%s: deposit_cents and late_fee_cents cite the rule that decides them', async (_l, rules) => {
    const s = await compiled(
      `# PRD\n\n- As a customer, I want to book a bike.\n\n## Business rules\n\n${rules}`,
      BOOKINGS,
      routes('| POST | /bookings | New booking | customer |\n'),
    );
    expect(body(s, 'Booking')).not.toContain('depositCents');
    expect(body(s, 'Booking')).not.toContain('lateFeeCents');
    expect(ruleOf(s, 'Booking', 'depositCents')?.source?.file).toBe('docs/prd.md');
  });
  it('near miss: a rule that names the deposit but states no amount decides none', async () => {
    const s = await compiled(
      '# PRD\n\n- As a customer, I want to book a bike.\n\n## Business rules\n\n- BR-03: The deposit is not refunded after 48 hours before pickup.\n',
      BOOKINGS,
      routes('| POST | /bookings | New booking | customer |\n'),
    );
    expect(body(s, 'Booking')).toContain('depositCents');
  });
});

describe('a stated transition is made by the stated route its label names', { timeout: 120_000 }, () => {
  const sql = `${USERS}\nCREATE TABLE bookings (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), starts_on date NOT NULL, status varchar(30) NOT NULL DEFAULT 'pending_payment');`;
  const diagram = (labels: [string, string, string]) =>
    `## Booking lifecycle\n\n\`\`\`mermaid\nstateDiagram-v2\n    [*] --> pending_payment\n    pending_payment --> confirmed: ${labels[0]}\n    pending_payment --> expired: ${labels[1]}\n    confirmed --> in_progress: ${labels[2]}\n\`\`\`\n`;
  const triggers = (s: Awaited<ReturnType<typeof compiled>>) =>
    (s.lifecycles ?? [])
      .find((l) => l.entity === 'Booking')
      ?.transitions.map((t) => [t.from, t.to, t.trigger, t.roles.join(',')]);
  it.each([
    [
      'en',
      ['Viva Wallet notification', 'not paid within 15 minutes', 'handover at the station'],
      '| POST | /bookings | New booking | customer |\n| POST | /bookings/{id}/pickup | Record the handover | station_staff |\n| POST | /bookings/{id}/return | Record the return | station_staff |\n| POST | /webhooks/viva | Payment notification | Viva Wallet |\n',
    ],
    [
      'el',
      ['ειδοποίηση Viva Wallet', 'μετά από 15 λεπτά', 'παράδοση στον σταθμό'],
      '| POST | /bookings | Νέα κράτηση | customer |\n| POST | /bookings/{id}/pickup | Καταγραφή παράδοσης | station_staff |\n| POST | /bookings/{id}/return | Καταγραφή επιστροφής | station_staff |\n| GET | /webhooks/viva | Επαλήθευση webhook | Viva Wallet |\n| POST | /webhooks/viva | Ειδοποίηση πληρωμής | Viva Wallet |\n',
    ],
  ])(
    '%s: the handover is the pickup route, the notification the provider’s webhook',
    async (_l, labels, rows) => {
      const s = await compiled(
        '# PRD\n\n## Roles\n\n| Role | Code |\n|---|---|\n| Customer | customer |\n| Station staff | station_staff |\n',
        sql,
        `${diagram(labels as [string, string, string])}\n${routes(rows)}\n## Payments\n\n**Decision:** Viva Wallet Smart Checkout.\n`,
        '| Layer | Technology |\n|---|---|\n| Payments | Viva Wallet (Smart Checkout) |',
      );
      const t = triggers(s);
      expect(t).toContainEqual(['confirmed', 'in_progress', 'pickupBooking', 'station_staff']);
      expect(t?.find((x) => x[1] === 'confirmed')?.[2]).toMatch(/viva/i);
      // A label that names no route stays unlinked.
      expect(t?.find((x) => x[1] === 'expired')?.[2]).not.toMatch(/Booking$/);
    },
  );
  it.each([
    [
      'en',
      '## Background jobs\n\n| Job | Cron | Description |\n|---|---|---|\n| ExpireUnpaidBookingsJob | */5 * * * * | Cancels unpaid bookings older than 15 minutes |\n',
    ],
    [
      'el',
      '## Εργασίες παρασκηνίου\n\n| Εργασία | Cron | Περιγραφή |\n|---|---|---|\n| ExpireUnpaidBookingsJob | */5 * * * * | Ακυρώνει κρατήσεις παλαιότερες από 15 λεπτά |\n',
    ],
  ])('%s: a stated job named (camel case) for the verb of the target state makes it', async (_l, jobs) => {
    const s = await compiled(
      '# PRD\n\n- As a customer, I want to book a bike.\n',
      sql,
      `${diagram(['paid', 'after 15 minutes', 'handover'])}\n${routes('| POST | /bookings | New booking | customer |\n')}\n${jobs}`,
    );
    expect(triggers(s)?.find((x) => x[1] === 'expired')?.[2]).toBe('ExpireUnpaidBookingsJob');
  });
  it('id: prefixes and suffixes of one stem (menjemput / dijemput, menandai diantar)', async () => {
    const s = await compiled(
      '# PRD\n\n## Roles\n\n| Role | Code |\n|---|---|\n| Kurir | courier |\n| Staf | staff |\n',
      `${USERS}\nCREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), status varchar(30) NOT NULL DEFAULT 'awaiting_pickup');`,
      `## Siklus\n\n\`\`\`mermaid\nstateDiagram-v2\n    [*] --> awaiting_pickup\n    awaiting_pickup --> picked_up: kurir menjemput\n    picked_up --> ready_for_delivery: staf menandai siap antar\n    ready_for_delivery --> completed: kurir menandai diantar\n\`\`\`\n\n${routes('| POST | /orders | Buat pesanan | customer |\n| POST | /orders/{id}/pickup | Tandai sudah dijemput | courier |\n| POST | /orders/{id}/ready | Tandai siap antar | staff |\n| POST | /orders/{id}/deliver | Tandai sudah diantar | courier |\n')}`,
    );
    const t = (s.lifecycles ?? [])
      .find((l) => l.entity === 'Order')
      ?.transitions.map((x) => [x.to, x.trigger]);
    expect(t).toEqual([
      ['picked_up', 'pickupOrder'],
      ['ready_for_delivery', 'readyOrder'],
      ['completed', 'deliverOrder'],
    ]);
  });
  it('da near miss: "ikke" (not) of an unpaid booking names no attendance route', async () => {
    const s = await compiled(
      '# PRD\n\n## Roller\n\n| Rolle | Kode |\n|---|---|\n| Halinspektør | halinspektoer |\n',
      `${USERS}\nCREATE TABLE bookings (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), status varchar(30) NOT NULL DEFAULT 'reserveret');`,
      `## Livscyklus\n\n\`\`\`mermaid\nstateDiagram-v2\n    [*] --> reserveret\n    reserveret --> aflyst: ikke betalt inden for 15 minutter\n    reserveret --> afholdt: fremmøde registreret\n    reserveret --> udeblevet: ikke mødt\n\`\`\`\n\n${routes('| POST | /bookings | Opret booking | halinspektoer |\n| POST | /bookings/{id}/fremmoede | Registrér mødt / ikke mødt | halinspektoer |\n')}`,
    );
    const t = (s.lifecycles ?? [])
      .find((l) => l.entity === 'Booking')
      ?.transitions.map((x) => [x.to, x.trigger]);
    expect(t).toContainEqual(['afholdt', 'fremmoedeBooking']);
    expect(t).toContainEqual(['udeblevet', 'fremmoedeBooking']);
    expect(t?.find((x) => x[0] === 'aflyst')?.[1]).not.toBe('fremmoedeBooking');
  });
});
