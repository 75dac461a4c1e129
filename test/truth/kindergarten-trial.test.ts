import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';

// Found on an unseen Vietnamese trial (a kindergarten's contact book: FastAPI, Celery, VNPay, Zalo
// ZNS) and its English translation; each general defect is tested in English and another language.

const DATA = `## Data\n\n\`\`\`sql\nCREATE TABLE users (id serial PRIMARY KEY, phone varchar(15) NOT NULL UNIQUE, full_name text NOT NULL);\nCREATE TABLE invoices (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), amount int NOT NULL);\n\`\`\`\n`;

async function spec(architecture: string, stack = '') {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- As a parent, I want to pay an invoice, so that I do not bring cash.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n${architecture}\n`,
    ...(stack ? { '/p/docs/tech-stack.md': `# Tech stack\n\n${stack}\n` } : {}),
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('an access cell that limits a role to what it owns, naming what it owns', () => {
  it.each([
    ['en', 'parent (own child)', 'parent'],
    ['en', 'teacher (their own class)', 'teacher'],
    ['de', 'Lehrer (eigene Klasse)', 'lehrer'],
    ['nb', 'forelder (egne barn)', 'forelder'],
    ['es', 'tutor (sus propios hijos)', 'tutor'],
    ['vi', 'parent (con mình)', 'parent'],
    ['vi', 'teacher (lớp của mình)', 'teacher'],
  ])('%s: "%s" is own', (_lang, cell, role) => {
    expect(readAccessCell(cell)).toEqual({ public: false, any: false, roles: [role], own: [role] });
  });

  it('near-miss: a bracket that says who the caller is limits nothing', () => {
    expect(readAccessCell('student (the seller)')?.own).toBeUndefined();
    expect(readAccessCell('parent (child in the class)')?.own).toBeUndefined();
  });
});

describe('sign-in with the phone number and a one-time code', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'Sign-in with phone number + OTP (6 digits, expires after 5 minutes).'],
    [
      'en',
      'The backend issues its own JWT after verifying the phone number with an OTP code sent through Zalo ZNS. The OTP expires after 5 minutes.',
    ],
    ['de', 'Anmeldung mit Handynummer und Einmalcode. Der OTP läuft nach 5 minutes ab.'],
  ])('%s: no password is designed, the code lives as stated', async (_lang, sentence) => {
    const s = await spec(`## Authentication\n\nJWT access tokens last 15 minutes. ${sentence}\n`);
    expect(s.auth?.signInMethod?.value).toBe('phone-code');
    expect(s.auth?.passwordHashing).toBeNull();
    // "OTP" is the sign-in code here, not a second factor.
    expect(s.auth?.mfa).toBeNull();
    expect(s.auth?.signInLinkTtlSeconds?.value).toBe(300);
    const codeRequest = s.endpoints.find((e) => e.operationId === 'requestSignInCode');
    expect(codeRequest?.requestBody?.properties).toHaveProperty('phone');
    const exchange = s.endpoints.find((e) => e.operationId === 'login');
    expect(exchange?.requestBody?.required).toEqual(['phone', 'code']);
  });

  it('near-miss: an OTP after the password is a second factor, and passwords stay', async () => {
    const s = await spec(
      '## Authentication\n\nJWT access tokens last 15 minutes. Sign-in with e-mail and password; 2FA with an OTP sent to the phone number.\n',
    );
    expect(s.auth?.signInMethod ?? null).toBeNull();
    expect(s.auth?.passwordHashing).not.toBeNull();
  });
});

describe('"Passwords: not used"', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- Passwords: not used.'],
    ['en', '- Passwords are not used: members sign in with Google.'],
    ['de', '- Passwörter: keine.'],
    ['vi', '- Mật khẩu: không dùng.'],
  ])('%s: "%s" designs no password hashing', async (_lang, line) => {
    const s = await spec(`## Authentication\n\nJWT access tokens last 15 minutes.\n\n${line}\n`);
    expect(s.auth?.passwordHashing).toBeNull();
  });

  it('near-miss: "passwords are never logged" keeps the passwords', async () => {
    const s = await spec(
      '## Authentication\n\nJWT access tokens last 15 minutes. Passwords are never logged.\n',
    );
    expect(s.auth?.passwordHashing).not.toBeNull();
  });
});

describe('uncatalogued providers in a stack table and in a sentence', { timeout: 60_000 }, () => {
  const table = (rows: string) =>
    `| Category | Technology | Notes |\n|---|---|---|\n| Database | PostgreSQL 16 | |\n${rows}`;

  it.each([
    ['en', '| Notifications | Zalo ZNS | |', 'Zalo ZNS'],
    ['en', '| File storage | Viettel Cloud Object Storage | S3-compatible |', 'Viettel Cloud Object Storage'],
    ['de', '| Benachrichtigungen | Zalo ZNS | |', 'Zalo ZNS'],
  ])('%s: %s is in use', async (_lang, row, name) => {
    const s = await spec('', table(row));
    expect(s.integrations.find((i) => i.name === name)?.status).toBe('chosen');
  });

  it('near-miss: a generic store in the storage slot is no provider', async () => {
    const s = await spec('', table('| File storage | Local Disk Storage | |'));
    expect(s.integrations.map((i) => i.name)).toEqual([]);
  });

  it('a brand written with a lower-case first letter, with and without its web address, is one provider', async () => {
    const s = await spec(
      '## Notifications\n\nIf Zalo fails, the system sends an SMS through eSMS.\n',
      table('| Notifications | Zalo ZNS | SMS fallback through eSMS.vn |'),
    );
    expect(s.integrations.filter((i) => /esms/i.test(i.name)).map((i) => i.provider)).toEqual(['esms']);
  });
});

describe("a provider's stated IPN route answered by GET", { timeout: 60_000 }, () => {
  const routes = (row: string) =>
    `## API\n\n| Method | Path | Description | Access |\n|---|---|---|---|\n| GET | /api/v1/invoices | My invoices | parent |\n${row}\n`;
  const stack = '| Category | Technology |\n|---|---|\n| Payments | VNPay |\n';

  it.each([
    ['en', '| GET | /api/v1/payments/vnpay/ipn | VNPay IPN | VNPay (signature checked) |'],
    ['vi', '| GET | /api/v1/thanh-toan/vnpay/ipn | IPN của VNPay | VNPay (kiểm tra chữ ký) |'],
  ])('%s: is the uncatalogued provider’s webhook', async (_lang, row) => {
    const s = await spec(routes(row), stack);
    const vnpay = s.integrations.find((i) => i.name === 'VNPay');
    expect(vnpay?.webhooks.map((w) => w.method)).toEqual(['GET']);
    const route = s.endpoints.find((e) => e.path === vnpay?.webhooks[0]?.path);
    expect(route?.action).toBe('webhook');
  });

  it("near-miss: a GET callback is a browser's return, not the provider's call", async () => {
    const s = await spec(routes('| GET | /api/v1/payments/vnpay/callback | Return page | public |'), stack);
    expect(s.integrations.find((i) => i.name === 'VNPay')?.webhooks).toEqual([]);
  });
});

describe('a plural noun posted to under a record', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '| POST | /api/v1/invoices/{id}/reminders | Send a reminder | accountant |',
      'createInvoiceReminder',
    ],
    ['vi', '| POST | /api/v1/invoices/{id}/notes | Thêm ghi chú | accountant |', 'createInvoiceNote'],
  ])('%s: is a create in its own collection, answered 201', async (_lang, row, id) => {
    const s = await spec(
      `## API\n\n| Method | Path | Description | Access |\n|---|---|---|---|\n| GET | /api/v1/invoices | My invoices | accountant |\n${row}\n`,
    );
    const e = s.endpoints.find((x) => x.operationId === id);
    expect(e?.responses[0]?.status).toBe(201);
  });

  it('near-miss: a verb under a record stays the record’s action', async () => {
    const s = await spec(
      '## API\n\n| Method | Path | Description | Access |\n|---|---|---|---|\n| POST | /api/v1/invoices/{id}/cancel | Cancel the invoice | accountant |\n',
    );
    expect(s.endpoints.some((x) => x.operationId === 'cancelInvoice')).toBe(true);
  });
});

describe('a lifecycle drawn as a state diagram over a status column the model leaves open', {
  timeout: 60_000,
}, () => {
  const diagram = (heading: string, edges: string) =>
    `### ${heading}\n\n\`\`\`mermaid\nstateDiagram-v2\n    [*] --> ${edges}\n\`\`\`\n`;
  const build = async (tables: string, heading: string, edges: string, extra = '') => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- As a parent, I want to pay an invoice, so that I do not bring cash.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n\`\`\`sql\n${tables}\n\`\`\`\n\n${diagram(heading, edges)}\n${extra}\n`,
    });
    return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
  };

  it('en: the column whose default is the first state takes the states; the IPN and the stated job make their transitions', async () => {
    const s = await build(
      "CREATE TABLE invoices (id serial PRIMARY KEY, amount int NOT NULL, status varchar(20) NOT NULL DEFAULT 'issued');",
      'Invoice lifecycle',
      'issued\n    issued --> paid: VNPay IPN succeeded\n    issued --> overdue: past the 10th',
      '## Stack\n\n| Category | Technology |\n|---|---|\n| Payments | VNPay |\n\n## API\n\n| Method | Path | Description | Access |\n|---|---|---|---|\n| GET | /api/v1/payments/vnpay/ipn | VNPay IPN | VNPay (signature checked) |\n\n## Jobs\n\n| Job | Schedule | Description |\n|---|---|---|\n| `mark-overdue-invoices` | `0 1 11 * *` | Move unpaid invoices to overdue |\n',
    );
    const cycle = s.lifecycles?.find((c) => c.entity === 'Invoice');
    expect(cycle?.states).toEqual(['issued', 'paid', 'overdue']);
    expect(cycle?.transitions.map((t) => `${t.from}>${t.to}:${t.trigger}`)).toEqual([
      'issued>paid:receiveVnpayWebhook',
      'issued>overdue:mark-overdue-invoices',
    ]);
  });

  it('de: without a default, the entity the heading names takes them', async () => {
    const s = await build(
      'CREATE TABLE rechnungen (id serial PRIMARY KEY, betrag int NOT NULL, status varchar(20) NOT NULL);\nCREATE TABLE kunden (id serial PRIMARY KEY, status varchar(20) NOT NULL);',
      'Lebenszyklus einer Rechnung',
      'offen\n    offen --> bezahlt\n    offen --> storniert',
    );
    expect(s.lifecycles?.find((c) => c.entity.startsWith('Rechnung'))?.states).toEqual([
      'offen',
      'bezahlt',
      'storniert',
    ]);
    expect(s.lifecycles?.some((c) => c.entity.startsWith('Kunde'))).toBe(false);
  });

  it('near-miss: a diagram two open columns fit equally gives neither its states', async () => {
    const s = await build(
      "CREATE TABLE invoices (id serial PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'open');\nCREATE TABLE tickets (id serial PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'open');",
      'Lifecycle',
      'open\n    open --> closed',
    );
    expect(s.lifecycles ?? []).toEqual([]);
  });
});

describe('a rule whose verb the API serves only on another entity', { timeout: 60_000 }, () => {
  const build = async (rule: string, tables: string, rows: string) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Business rules\n\n- **QT-08**: ${rule}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n\`\`\`sql\n${tables}\n\`\`\`\n\n## API\n\n| Method | Path | Description | Access |\n|---|---|---|---|\n${rows}\n`,
    });
    return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
  };

  it.each([
    [
      'en',
      'A paid invoice must not be deleted; it can only be cancelled by an adjustment note.',
      'CREATE TABLE invoices (id serial PRIMARY KEY, amount int NOT NULL, status text NOT NULL);\nCREATE TABLE pickup_persons (id serial PRIMARY KEY, full_name text NOT NULL);',
      '| GET | /api/v1/invoices | Invoices | accountant |\n| DELETE | /api/v1/pickup-persons/{id} | Remove a pickup person | accountant |',
      'deletePickupPerson',
    ],
    [
      'fr',
      'Une facture payée ne doit jamais être supprimée.',
      'CREATE TABLE factures (id serial PRIMARY KEY, montant int NOT NULL, statut text NOT NULL);\nCREATE TABLE personnes (id serial PRIMARY KEY, nom text NOT NULL);',
      '| GET | /api/v1/factures | Factures | comptable |\n| DELETE | /api/v1/personnes/{id} | Supprimer une personne | comptable |',
      'deletePersonne',
    ],
  ])('%s: guards its own entity, not the other entity’s delete', async (_lang, rule, tables, rows, other) => {
    const s = await build(rule, tables, rows);
    const r = s.rules?.find((x) => x.requirements.includes('QT-08'));
    expect(r).toBeDefined();
    expect(r?.operations ?? []).not.toContain(other);
  });
});

describe('"the system reminds …" is the stated reminder job’s rule', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'The system reminds parents who have not paid 3 days before the due date.'],
    ['en', 'Parents who have not paid are reminded 3 days before the due date.'],
  ])('%s: %s', async (_lang, rule) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Business rules\n\n- **QT-06**: ${rule}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n## Jobs\n\n| Job | Schedule | Description |\n|---|---|---|\n| \`remind-unpaid-invoices\` | \`0 8 7 * *\` | Remind parents who have not paid |\n`,
    });
    const s = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const r = s.rules?.find((x) => x.requirements.includes('QT-06'));
    expect(r?.enforcement).toBe('job');
  });
});
