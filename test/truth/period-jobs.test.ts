import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (Italian and German trials): "I dati dei proprietari inattivi da 24 mesi vengono
// anonimizzati" was no job, "Kundendaten werden 3 Jahre nach dem letzten Auftrag gelöscht" and
// "monatlich als CSV … exportiert" were neither jobs nor questions; a reminder "prima della scadenza
// di ogni vaccinazione" scanned the first date column; "via SMS" with a stack row "SMS | Skebby" said
// the channel was undecided; "ritentata ogni 15 minuti" showed the default backoff.

const CUSTOMERS = `## Data Model

| Field | Type | Required | Notes |
|---|---|---|---|
| id | UUID | yes | primary key |
| name | text | yes | |
| last_login_at | timestamp | no | |
| created_at | timestamp | yes | |
`;

async function run(prd: string, arch: string) {
  const host = memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': arch });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!;
}

const nfr = (line: string) => `# PRD\n\n## Non-Functional Requirements\n\n${line}\n`;
const customers = `# Architecture\n\n### Customer\n\n${CUSTOMERS.replace('## Data Model\n\n', '')}`;

describe('data anonymised when a stated period ends', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- NFR1: Customer data is anonymised 24 months after the last login.'],
    ['es', '- RNF1: Los datos de los clientes (customers) se anonimizan 24 meses después del último login.'],
    ['pt', '- RNF1: Os dados dos clientes (customers) são anonimizados 24 meses após o último login.'],
    ['fr', '- ENF1 : Les données des clients (customers) sont anonymisées 24 mois après le dernier login.'],
    ['de', '- NFA1: Kundendaten (customers) werden 24 Monate nach dem letzten Login anonymisiert.'],
    ['it', "- RNF1: I dati dei clienti (customers) vengono anonimizzati 24 mesi dopo l'ultimo login."],
  ])('%s: a job anonymises by the column the sentence names', async (_l, line) => {
    const spec = await run(nfr(line), customers);
    const job = spec.jobs.find((j) => j.name.startsWith('anonymise-'));
    expect(job?.steps[0]).toContain('last_login_at < cutoff');
    expect(job?.inputs[0]).toBe('cutoff = now() - 24 months');
    expect(job?.origin).toMatchObject({ kind: 'rule', rule: 'derive/job-for-period-end' });
    expect(spec.jobs.some((j) => j.name.startsWith('purge-customer'))).toBe(false);
  });

  it.each([
    ['en', '- NFR1: Customer data is deleted 3 years after the last order.'],
    ['de', '- NFA1: Kundendaten (customers) werden 3 Jahre nach dem letzten Auftrag gelöscht.'],
    ['fr', '- ENF1 : Les données des clients (customers) sont supprimées 3 ans après la dernière commande.'],
    ['it', "- RNF1: I dati dei clienti (customers) sono cancellati 3 anni dopo l'ultimo ordine."],
  ])(
    '%s: a period counted from an event no column records is asked about, not purged by creation time',
    async (_l, line) => {
      const spec = await run(nfr(line), customers);
      expect(spec.jobs.filter((j) => /^(?:purge|anonymise)-customer/.test(j.name))).toEqual([]);
      const q = (spec.questions ?? []).find((x) => x.id.startsWith('jobs/retention-since/'));
      expect(q?.text).toContain('customers');
      expect(q?.options).toEqual(['last_login_at', 'created_at']);
    },
  );

  it('rows named by a state count from the column recording it', async () => {
    const spec = await run(
      nfr('- NFR1: Cancelled customer accounts are anonymised after 30 days.'),
      "# Architecture\n\n```sql\nCREATE TYPE customer_status AS ENUM ('ACTIVE', 'CANCELLED');\nCREATE TABLE customers (id uuid PRIMARY KEY, status customer_status NOT NULL DEFAULT 'ACTIVE', cancelled_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());\n```\n",
    );
    expect(spec.jobs.find((j) => j.name.startsWith('anonymise-'))?.steps[0]).toContain(
      "status = 'CANCELLED' and cancelled_at < cutoff",
    );
  });

  it('near-miss: a retention with no event keeps the creation time', async () => {
    const spec = await run(nfr('- NFR1: Customer records are deleted after 3 years.'), customers);
    expect(spec.jobs.find((j) => j.name.startsWith('purge-customer'))?.steps[0]).toContain(
      'created_at < cutoff',
    );
  });

  it('near-miss: "never deleted" beside a period is no deletion', async () => {
    const spec = await run(
      nfr('- NFR1: Le fatture (customers) sono conservate per 10 anni e non possono mai essere cancellate.'),
      customers,
    );
    expect(spec.jobs.filter((j) => /^(?:purge|anonymise)-/.test(j.name))).toEqual([]);
  });
});

const VACCINATIONS = `# Architecture

### Vaccination

| Field | Type | Required | Notes |
|---|---|---|---|
| id | UUID | yes | primary key |
| given_on | date | yes | |
| booster_on | date | no | NOTE |
`;

describe('a reminder scans the time column its sentence names', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      'The system sends a reminder 7 days before the expiry of each vaccination.',
      'expiry of the booster',
    ],
    [
      'it',
      'Il sistema invia un promemoria 7 giorni prima della scadenza di ogni vaccinazione (vaccination).',
      'scadenza del richiamo',
    ],
    [
      'es',
      'El sistema envía un recordatorio 7 días antes del vencimiento de cada vacunación (vaccination).',
      'vencimiento del refuerzo',
    ],
    [
      'fr',
      'Le système envoie un rappel 7 jours avant l’échéance de chaque vaccination.',
      'échéance du rappel',
    ],
    [
      'de',
      'Das System sendet eine Erinnerung 7 Tage vor dem Ablauf jeder Vaccination.',
      'Ablauf der Auffrischung',
    ],
  ])('%s: the column noted with the sentence’s noun, not the first date', async (_l, line, note) => {
    const spec = await run(
      `# PRD\n\n## Functional Requirements\n\n- FR1: ${line}\n`,
      VACCINATIONS.replace('NOTE', note),
    );
    const job = spec.jobs.find((j) => j.name === 'send-vaccination-reminder');
    expect(job?.steps[0]).toContain('boosterOn');
    expect(job?.steps[0]).not.toContain('givenOn');
  });

  it('no column names the time: a question offering the time columns, no job', async () => {
    const spec = await run(
      '# PRD\n\n## Functional Requirements\n\n- FR1: The system sends a reminder 7 days before the expiry of each vaccination.\n',
      VACCINATIONS.replace('NOTE', ''),
    );
    expect(spec.jobs.find((j) => j.name === 'send-vaccination-reminder')).toBeUndefined();
    const q = (spec.questions ?? []).find((x) => x.id.startsWith('jobs/reminder-time/'));
    expect(q?.options).toEqual(expect.arrayContaining(['given_on', 'booster_on']));
  });

  it('near-miss: "before each vaccination" is the vaccination’s own time', async () => {
    const spec = await run(
      '# PRD\n\n## Functional Requirements\n\n- FR1: The system sends a reminder 1 day before each vaccination.\n',
      VACCINATIONS.replace('NOTE', 'expiry'),
    );
    expect(spec.jobs.find((j) => j.name === 'send-vaccination-reminder')?.steps[0]).toContain('givenOn');
  });
});

const VISITS = `# Architecture

## Tech stack

| Category | Technology |
|---|---|
| Database | PostgreSQL |
| Email | Mailora |
| SMS | Textoria |

### Visit

| Field | Type | Required | Notes |
|---|---|---|---|
| id | UUID | yes | primary key |
| starts_at | timestamp | yes | |
`;

describe('a reminder goes through the channel its sentence names', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'The system sends a reminder via SMS 24 hours before each visit.'],
    ['de', 'Das System sendet 24 Stunden vor jedem Visit eine Erinnerung per SMS.'],
    ['es', 'El sistema envía un recordatorio por SMS 24 horas antes de cada visita (visit).'],
    ['fr', 'Le système envoie un rappel par SMS 24 heures avant chaque visite (visit).'],
    ['it', 'Il sistema invia un promemoria via SMS 24 ore prima di ogni visita (visit).'],
  ])('%s: the SMS provider of a channel-labelled stack row', async (_l, line) => {
    const spec = await run(`# PRD\n\n## Functional Requirements\n\n- FR1: ${line}\n`, VISITS);
    expect(spec.integrations.find((i) => i.name === 'Textoria')?.category).toBe('sms');
    expect(spec.integrations.find((i) => i.name === 'Mailora')?.category).toBe('email');
    const job = spec.jobs.find((j) => j.name === 'send-visit-reminder');
    expect(job?.steps[1]).toBe('send one reminder per row through Textoria');
  });

  it('near-miss: no channel stated and two providers: undecided, never the first', async () => {
    const spec = await run(
      '# PRD\n\n## Functional Requirements\n\n- FR1: The system sends a reminder 24 hours before each visit.\n',
      VISITS,
    );
    expect(spec.jobs.find((j) => j.name === 'send-visit-reminder')?.steps[1]).toBe(
      'send one reminder per row through a channel the documents leave undecided',
    );
  });
});

describe('a stated retry interval replaces the default backoff', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'On error the upload is retried every 15 minutes, up to 8 attempts.'],
    ['it', 'In caso di errore la trasmissione viene ritentata ogni 15 minuti per al massimo 8 tentativi.'],
    ['de', 'Bei einem Fehler wird die Übertragung alle 15 Minuten erneut versucht, bis zu 8 Versuche.'],
    ['fr', 'En cas d’échec, l’envoi est réessayé toutes les 15 minutes, jusqu’à 8 tentatives.'],
    ['es', 'Si falla, el envío se reintenta cada 15 minutos, hasta 8 intentos.'],
    ['pt', 'Se falhar, o envio é retentado a cada 15 minutos, até 8 tentativas.'],
  ])('%s', async (_l, line) => {
    const spec = await run(
      '# PRD\n\n## Functional Requirements\n\n- FR1: Staff can send invoices.\n',
      `# Architecture\n\n## External APIs\n\n### Twilio (SMS)\n\n- Purpose: SMS to customers.\n- ${line}\n`,
    );
    const twilio = spec.integrations.find((i) => i.provider === 'twilio');
    expect(twilio?.retry.maxAttempts).toBe(8);
    expect(twilio?.retry.backoff).toMatch(/^fixed 15 minutes between attempts/);
  });

  it('near-miss: a count without an interval keeps the default backoff', async () => {
    const spec = await run(
      '# PRD\n\n## Functional Requirements\n\n- FR1: Staff can send invoices.\n',
      '# Architecture\n\n## External APIs\n\n### Twilio (SMS)\n\n- Purpose: SMS to customers.\n- Failed sends are retried three times.\n',
    );
    expect(spec.integrations.find((i) => i.provider === 'twilio')?.retry.backoff).toMatch(/^exponential/);
  });
});

describe('recurring work stated with a period word', { timeout: 60_000 }, () => {
  it.each([
    ['de', 'Rechnungen (invoices) werden monatlich als CSV an das Steuerbüro exportiert.'],
    ['en', 'Invoices are exported monthly as CSV to the accountant.'],
    ['it', 'Le fatture (invoices) sono esportate ogni mese in CSV al commercialista.'],
    ['fr', 'Les factures (invoices) sont exportées chaque mois en CSV vers le cabinet comptable.'],
    ['es', 'Las facturas (invoices) se exportan mensualmente en CSV a la gestoría.'],
    ['pt', 'As faturas (invoices) são exportadas mensalmente em CSV para o contador.'],
  ])('%s: a monthly job citing its line', async (_l, line) => {
    const spec = await run(
      '# PRD\n\n## Functional Requirements\n\n- FR1: Staff can send invoices.\n',
      `# Architecture\n\n## Data Model\n\n\`\`\`sql\nCREATE TABLE invoices (id uuid PRIMARY KEY);\n\`\`\`\n\n## Accounting\n\n${line}\n`,
    );
    const job = spec.jobs.find((j) => j.name.startsWith('export-'));
    expect(job?.trigger).toBe('0 3 1 * *');
    // The month and its day are stated; the hour is not: a proposal, never the documents' word.
    expect(job?.schedule?.origin).toEqual({ kind: 'default', rule: 'derive/job-time-proposed' });
    expect(job?.origin).toMatchObject({ kind: 'rule', rule: 'derive/job-for-schedule' });
    expect(job?.basis[0]).toMatchObject({ kind: 'source', file: 'docs/architecture.md' });
  });

  // A coworking trial: "The network owner can export a monthly revenue report as CSV" (a stated
  // GET route serves it) became a job `export-revenue` with a proposed trigger.
  it.each([
    ['en', 'The network owner can export a monthly revenue report as CSV.'],
    ['de', 'Die Buchhaltung kann den monatlichen Bericht (invoices) monatlich als CSV exportieren.'],
    ['fr', 'Le trésorier peut exporter chaque mois les factures (invoices) en CSV.'],
    ['es', 'El tesorero puede exportar mensualmente las facturas (invoices) en CSV.'],
    ['pt', 'O tesoureiro pode exportar mensalmente as faturas (invoices) em CSV.'],
    ['it', 'Il tesoriere può esportare ogni mese le fatture (invoices) in CSV.'],
  ])('near-miss, %s: what a user can do each month is no job', async (_l, line) => {
    const spec = await run(
      `# PRD\n\n## Functional Requirements\n\n- FR1: ${line}\n`,
      '# Architecture\n\n## Data Model\n\n```sql\nCREATE TABLE invoices (id uuid PRIMARY KEY);\n```\n',
    );
    expect(spec.jobs.filter((j) => j.name.startsWith('export-'))).toEqual([]);
  });

  it('near-miss: a monthly figure with no act is no job', async () => {
    const spec = await run(
      '# PRD\n\n## Functional Requirements\n\n- FR1: Staff can send invoices.\n',
      '# Architecture\n\n## Accounting\n\nAbout 300 invoices are issued monthly.\n',
    );
    expect(spec.jobs.filter((j) => j.name.startsWith('export-'))).toEqual([]);
  });
});
