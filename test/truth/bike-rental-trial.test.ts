import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readText } from '../../src/read/read.js';

// Found on an unseen Greek trial (an e-bike rental: Rails API, Devise JWT, Sidekiq, Viva Wallet,
// Yuboto) and its English translation; each general defect is tested in English and another language.

const DATA = `## Data\n\n\`\`\`sql\nCREATE TABLE stations (id serial PRIMARY KEY, name text NOT NULL UNIQUE);\nCREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, station_id int REFERENCES stations(id));\nCREATE TABLE bookings (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), station_id int NOT NULL REFERENCES stations(id), status text NOT NULL);\n\`\`\`\n`;

async function spec(
  architecture: string,
  stack = '',
  prd = '# PRD\n\n- As a customer, I want to book a bike.\n',
  data = DATA,
) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\n${data}\n${architecture}\n`,
    ...(stack ? { '/p/docs/tech-stack.md': `# Tech stack\n\n${stack}\n` } : {}),
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

const statusOf = (s: Awaited<ReturnType<typeof spec>>, name: string) =>
  s.integrations.find((i) => i.name === name)?.status;

describe('a decision record whose lines open with a bold label, the colon inside the bold', {
  timeout: 60_000,
}, () => {
  it.each([
    [
      'en',
      '**Decision:** Viva Wallet Smart Checkout.\n**Rejected:** Stripe, because its fees for Greek cards are higher.',
      'its fees for Greek cards are higher',
    ],
    [
      'de',
      '**Entscheidung:** Viva Wallet Smart Checkout.\n**Abgelehnt:** Stripe, weil die Gebühren für griechische Karten höher sind.',
      'die Gebühren für griechische Karten höher sind',
    ],
    [
      'el',
      '**Απόφαση:** Viva Wallet Smart Checkout.\n**Απορρίφθηκε:** Stripe, επειδή οι προμήθειες για ελληνικές κάρτες είναι υψηλότερες.',
      'οι προμήθειες για ελληνικές κάρτες είναι υψηλότερες',
    ],
    [
      'fr',
      '**Décision :** Viva Wallet Smart Checkout.\n**Rejeté :** Stripe, parce que ses frais sont plus élevés.',
      'ses frais sont plus élevés',
    ],
  ])('%s: the rejected option is not in use, and its reason is carried', async (_lang, record, reason) => {
    const s = await spec(
      `## ADR-002: Payments\n\n${record}\n`,
      '| Layer | Technology |\n|---|---|\n| Payments | Viva Wallet (Smart Checkout) |',
    );
    expect(statusOf(s, 'Stripe')).toBe('rejected');
    expect(s.reconciliation.decisions.find((d) => d.subject === 'Stripe')?.detail).toBe(reason);
    // The chosen product is one provider, named as the stack table names it.
    expect(
      s.integrations.filter((i) => i.name.startsWith('Viva Wallet')).map((i) => [i.name, i.status]),
    ).toEqual([['Viva Wallet', 'chosen']]);
  });
});

describe('a verdict after a version number', () => {
  it.each([
    ['en', 'MySQL 8 — rejected: no exclusion constraints.'],
    ['en', 'MongoDB 7.0 was rejected'],
    ['es', 'MySQL 8 — rechazado: sin restricciones de exclusión.'],
  ])('%s: "%s" rejects the option', (_lang, text) => {
    expect(readText(text).terms[0]?.status).toBe('rejected');
  });

  it('near-miss: a version followed by something else decides nothing', () => {
    expect(readText('MySQL 8 for the reporting replica').terms[0]?.status).toBe('none');
  });
});

describe('a sentence that opens with a verdict label', () => {
  it.each([
    ['en', 'Rejected: Stripe, because its fees are higher than Viva Wallet’s.', 'rejected'],
    ['en', 'Deferred: Redis caching until the load needs it.', 'deferred'],
    ['es', 'Descartado: Kafka, porque es demasiado complejo.', 'rejected'],
    ['de', 'Abgelehnt: Stripe, weil die Gebühren höher sind.', 'rejected'],
  ])('%s: "%s" governs the names before its reason', (_lang, text, status) => {
    const terms = readText(text).terms;
    expect(terms[0]?.status).toBe(status);
    // A name in the reason keeps what its own words say.
    for (const t of terms.slice(1)) expect(t.status).toBe('none');
  });
});

const ROLES =
  '## Roles\n\n| Role | Code | Description |\n|---|---|---|\n| Customer | customer | Books bikes |\n| Administrator | admin | Manages prices |\n';
const ROUTES =
  "## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n| GET | /bookings | My bookings / my station's bookings | customer |\n| GET | /stations | List stations | public |\n| GET | /stations/{id}/availability | Available bikes | public |\n| POST | /bookings | New booking | customer |\n";

describe('a cache lifetime is neither a retention nor a schedule', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      'Availability per station is stored in Redis for 60 seconds and invalidated on every new booking.',
    ],
    [
      'pt',
      'A disponibilidade por estação é guardada no Redis por 60 segundos e invalidada a cada nova reserva.',
    ],
  ])('%s: no purge job and no periodic job', async (_lang, sentence) => {
    const s = await spec(
      `${ROUTES}\n## Cache\n\n${sentence}\n`,
      '| Layer | Technology |\n|---|---|\n| Cache | Redis 7 |',
    );
    expect(s.jobs.map((j) => j.name)).toEqual([]);
  });
});

describe('recurring work whose subject is a role of the documents', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'The administrator exports the revenue report every month.'],
    ['de', 'Der Administrator exportiert den Umsatzbericht monatlich.'],
  ])('%s: "%s" is the person\'s act, no job', async (_lang, sentence) => {
    const s = await spec('', '', `# PRD\n\n${ROLES}\n## Requirements\n\n- FR-06: ${sentence}\n`);
    expect(s.jobs.map((j) => j.name)).toEqual([]);
  });

  it('near-miss: the system as the subject is a job', async () => {
    const s = await spec(
      '',
      '',
      `# PRD\n\n${ROLES}\n## Requirements\n\n- FR-06: The system exports the revenue report every month.\n`,
    );
    expect(s.jobs.map((j) => j.name)).toEqual(['export-revenue']);
  });
});

const DATOS = `## Datos\n\n\`\`\`sql\nCREATE TABLE estaciones (id serial PRIMARY KEY, nombre text NOT NULL);\nCREATE TABLE usuarios (id serial PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TABLE reservas (id serial PRIMARY KEY, usuario_id int NOT NULL REFERENCES usuarios(id), estacion_id int NOT NULL REFERENCES estaciones(id));\n\`\`\`\n`;
const RUTAS =
  '## API\n\n| Método | Ruta | Descripción | Roles |\n|---|---|---|---|\n| GET | /reservas | Lista de reservas de mis estaciones | cliente |\n| GET | /estaciones | Lista de estaciones | público |\n';

describe('a stated cache names the read of the entity its subject names', { timeout: 60_000 }, () => {
  it.each([
    ['en', `${ROUTES}\n## Cache\n\nThe station list is cached for 1 hour.\n`, DATA, 'listStations'],
    [
      'es',
      `${RUTAS}\n## Caché\n\nLa lista de estaciones se guarda en caché durante 1 hora.\n`,
      DATOS,
      'listEstaciones',
    ],
  ])('%s: the list of stations, not another list that mentions stations', async (_lang, arch, data, read) => {
    const s = await spec(arch, '| Layer | Technology |\n|---|---|\n| Cache | Redis 7 |', undefined, data);
    expect(s.caching?.entries.find((e) => e.ttlSeconds === 3600)?.endpoint).toBe(read);
  });
});

describe('a requirement id is no service name', { timeout: 60_000 }, () => {
  it.each([
    ['en', '**Integration:** NFR31-NFR33 (Stripe retry, email failover)\n**Testing:** NFR22-NFR25 (PHPUnit)'],
    ['de', '**Integration:** NFA-31 (Wiederholung der Zahlungen)\n**Tests:** NFA-22 (PHPUnit)'],
  ])('%s: the id range is not an integration', async (_lang, lines) => {
    const s = await spec(`## Coverage\n\n${lines}\n`);
    expect(s.integrations.map((i) => i.name).filter((n) => /\d/.test(n))).toEqual([]);
  });
});

describe('a story whose actor has no article', { timeout: 60_000 }, () => {
  const PRD = (story: string) =>
    `# PRD\n\n## Roles\n\n| Role | Code | Description |\n|---|---|---|\n| Customer | customer | Books bikes |\n| Station staff | station_staff | Hands over bikes |\n\n## Stories\n\n- **US-05**: ${story}\n`;
  const ROUTE =
    '## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n| POST | /bookings/{id}/pickup | Record the handover | station_staff |\n';

  it.each([
    ['As station staff, I want to record the handover of the bike to the customer.'],
    ['As station staff, we want to record the handover of the bike to the customer.'],
  ])('"%s" is station staff\'s story, mapped to the stated handover', async (story) => {
    const s = await spec(ROUTE, '', PRD(story));
    const us = s.stories?.find((x) => x.id === 'US-05');
    expect(us?.role).toBe('station_staff');
    expect(us?.operations).toEqual(['pickupBooking']);
  });

  it('near-miss: "As soon as …, I want" names no actor', async () => {
    const s = await spec(ROUTE, '', PRD('As soon as the booking is paid, I want to record the handover.'));
    expect(s.stories?.find((x) => x.id === 'US-05')?.role ?? null).toBeNull();
    expect(s.roles.map((r) => r.name).sort()).toEqual(['customer', 'station_staff']);
  });
});

describe('numbered pages where the documents state them', { timeout: 60_000 }, () => {
  const LIST =
    '## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n| GET | /stations | List stations | public |\n';
  it.each([
    ['en', 'Pagination: `page` and `per_page` (default 25, maximum 100).', 'page', 'per_page'],
    ['es', 'Paginación: `pagina` y `page_size` (25 por defecto, máximo 100).', 'pagina', 'page_size'],
    ['de', 'Paginierung über `?seite=&limit=` (Standard 25, höchstens 100).', 'seite', 'limit'],
  ])('%s: the page number and the page size as named, no offset', async (_lang, sentence, page, size) => {
    const s = await spec(`${LIST}\n${sentence}\n`);
    const list = s.endpoints.find((e) => e.operationId === 'listStations')!;
    expect(list.pagination?.style).toBe('page');
    expect(list.parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expect.arrayContaining([page, size]),
    );
    expect(list.parameters.some((p) => p.name === 'offset')).toBe(false);
    expect(list.pagination?.default).toBe(25);
  });

  it('near-miss: "25 items per page" states a size, not numbered pages', async () => {
    const s = await spec(`${LIST}\nLists show 25 items per page and at most 100.\n`);
    expect(s.endpoints.find((e) => e.operationId === 'listStations')?.pagination?.style).toBe('offset');
  });
});

describe('a story the API maps to its operations grants on their entities only', { timeout: 60_000 }, () => {
  const BIKES = `## Data\n\n\`\`\`sql\nCREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TABLE bikes (id serial PRIMARY KEY, code text NOT NULL UNIQUE);\nCREATE TABLE bookings (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), bike_id int NOT NULL REFERENCES bikes(id), status text NOT NULL);\n\`\`\`\n`;
  const prd = (rows: string, stories: string) =>
    `# PRD\n\n## Roles\n\n| Role | Code | Description |\n|---|---|---|\n${rows}\n\n## Stories\n\n${stories}\n`;
  const grantsOf = (s: Awaited<ReturnType<typeof spec>>, role: string, resource: string) =>
    (s.permissions?.grants ?? [])
      .filter((g) => g.role === role && g.resource === resource)
      .map((g) => g.action);

  it.each([
    [
      'en',
      '| Station staff | station_staff | Hands over bikes |\n| Customer | customer | Rents bikes |',
      '- US-05: As station staff, I want to record the handover of the bike to the customer.\n- US-02: As a customer, I want to book a bike.',
      '| POST | /bookings/{id}/pickup | Record the handover | station_staff |\n| POST | /bookings | New booking | customer |',
      ['station_staff', 'customer'],
    ],
    [
      'de',
      '| Stationspersonal | station_staff | Gibt Fahrräder aus |\n| Kunde | customer | Mietet Fahrräder |',
      '- US-05: Als Stationspersonal möchte ich die Übergabe des Fahrrads an den Kunden erfassen.\n- US-02: Als Kunde möchte ich ein Fahrrad buchen.',
      '| POST | /bookings/{id}/pickup | Übergabe erfassen | station_staff |\n| POST | /bookings | Neue Buchung | customer |',
      ['station_staff', 'customer'],
    ],
  ])(
    '%s: the handover and the booking grant nothing on the bike',
    async (_lang, rows, stories, routes, roles) => {
      const api = `## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n${routes}\n`;
      const s = await spec(api, '', prd(rows, stories), BIKES);
      for (const role of roles) expect(grantsOf(s, role, 'Bike')).not.toContain('create');
      expect(s.endpoints.find((e) => e.operationId === 'createBike')?.roles ?? []).toEqual([]);
    },
  );
});

describe('a roles table with a code column', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '| Role | Code | Description |\n|---|---|---|\n| Administrator | admin | Manages prices |\n| Customer | customer | Books bikes |',
    ],
    [
      'es',
      '| Rol | Código | Descripción |\n|---|---|---|\n| Administrador | admin | Gestiona los precios |\n| Cliente | customer | Reserva bicicletas |',
    ],
  ])('%s: the code is the role key, the title its name', async (_lang, table) => {
    const s = await spec('', '', `# PRD\n\n## Roles\n\n${table}\n`);
    expect(s.roles.map((r) => r.name).sort()).toEqual(['admin', 'customer']);
    expect(s.roles.find((r) => r.name === 'admin')?.label).toMatch(/^Administra/);
  });
});

describe('"see only the bookings of their own station"', { timeout: 60_000 }, () => {
  const ROLES2 =
    '| Role | Code | Description |\n|---|---|---|\n| Station staff | station_staff | Hands over bikes |\n| Customer | customer | Books bikes |';
  const LISTS =
    '## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n| GET | /bookings | Bookings | customer, station_staff |\n';
  it.each([
    ['en', 'Station staff see only the bookings of their own station.'],
    ['en', 'Station staff can only see the bookings of their station.'],
  ])('%s: the scope goes through the station both rows point at', async (_lang, sentence) => {
    const s = await spec(LISTS, '', `# PRD\n\n## Roles\n\n${ROLES2}\n\n## Rules\n\n- BR-09: ${sentence}\n`);
    const scope = s.permissions?.scopes?.find((x) => x.role === 'station_staff');
    expect(scope?.path).toBe('bookings.station_id = users.station_id of the current user');
    expect(scope?.access).toBe('tenant');
  });
});

describe('a date-time named for the verb of a stated action is set by that action', {
  timeout: 60_000,
}, () => {
  const TIMES = `## Data\n\n\`\`\`sql\nCREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TABLE bookings (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), starts_on date NOT NULL, picked_up_at timestamptz);\n\`\`\`\n`;
  const setBy = async (route: string) => {
    const api = `## API\n\n| Method | Path | Description | Roles |\n|---|---|---|---|\n| POST | /bookings | New booking | customer |\n${route}`;
    const s = await spec(api, '', undefined, TIMES);
    return (s.serverSetFields ?? []).filter((x) => x.entity === 'Booking').map((x) => [x.field, x.rule]);
  };
  it('POST /bookings/{id}/pickup records pickedUpAt: it is left out of the create body', async () => {
    expect(await setBy('| POST | /bookings/{id}/pickup | Record the handover | customer |\n')).toContainEqual(
      ['pickedUpAt', 'derive/action-time-from-action'],
    );
  });
  it('near-miss: without the action the client may send it', async () => {
    expect(await setBy('| POST | /bookings/{id}/cancel | Cancel | customer |\n')).not.toContainEqual([
      'pickedUpAt',
      'derive/action-time-from-action',
    ]);
  });
});
