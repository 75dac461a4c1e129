import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readScheduledItem } from '../../src/read/job-words.js';

// uley-bmad6-ru: "## Фоновые задачи" listed "- Каждые 5 минут: отмена неподтверждённых броней старше
// 30 минут." and "- Ежедневно в 03:00: удаление броней старше 3 лет." and the spec had 0 jobs (in
// English the same list gave one job with no schedule and, in German, a job named "alle-minuten"). A
// list item "<schedule>: <action>" under a jobs heading, in any language, is a stated job with that
// trigger, named by the words of its action.
const CASES: [lang: string, heading: string, items: [line: string, name: string, cron: string][]][] = [
  [
    'ru',
    'Фоновые задачи',
    [
      [
        'Каждые 5 минут: отмена неподтверждённых броней старше 30 минут.',
        'отмена неподтверждённых броней старше 30 минут',
        '*/5 * * * *',
      ],
      ['Ежедневно в 03:00: удаление броней старше 3 лет.', 'удаление броней старше 3 лет', '0 3 * * *'],
    ],
  ],
  [
    'en',
    'Background jobs',
    [
      [
        'Every 10 minutes: send reminders for bookings starting within an hour.',
        'send reminders for bookings starting within an hour',
        '*/10 * * * *',
      ],
      [
        'Daily at 03:00: delete bookings older than 3 years.',
        'delete bookings older than 3 years',
        '0 3 * * *',
      ],
    ],
  ],
  [
    'de',
    'Hintergrundjobs',
    [
      [
        'Alle 5 Minuten: unbestätigte Buchungen stornieren, die älter als 30 Minuten sind.',
        'unbestätigte Buchungen stornieren',
        '*/5 * * * *',
      ],
      ['Täglich um 03:00: alte Buchungen löschen.', 'alte Buchungen löschen', '0 3 * * *'],
    ],
  ],
  [
    'fr',
    'Tâches planifiées',
    [
      [
        'Toutes les 5 minutes : annuler les réservations non confirmées.',
        'annuler les réservations non confirmées',
        '*/5 * * * *',
      ],
    ],
  ],
  [
    'es',
    'Tareas programadas',
    [
      [
        'Cada 10 minutos: enviar recordatorios de reservas.',
        'enviar recordatorios de reservas',
        '*/10 * * * *',
      ],
    ],
  ],
];

describe('a "<schedule>: <action>" item under a jobs heading is a stated job', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (lang, heading, items) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Bookings.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## ${heading}\n\n${items.map(([l]) => `- ${l}`).join('\n')}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang: lang === 'ru' ? 'en' : lang }, host);
    const jobs = r.spec!.jobs.map((j) => [j.name, j.trigger]);
    for (const [, name, cron] of items) expect(jobs).toContainEqual([name, cron]);
    expect(r.spec!.jobs).toHaveLength(items.length);
  });

  it('a label that is no schedule is no job', () => {
    expect(readScheduledItem('Retries: three attempts with backoff.')).toBeNull();
    expect(readScheduledItem('Worker: Spring @Scheduled on one instance.')).toBeNull();
  });
});

describe('a scheduled item that cites its requirement', () => {
  it('is named by its action, without the cited id (pl, en)', () => {
    expect(
      readScheduledItem('Codziennie o 18:00: SMS-y z przypomnieniem o jutrzejszych wizytach (FR-007).')?.name,
    ).toBe('SMS-y z przypomnieniem o jutrzejszych wizytach');
    expect(readScheduledItem('Daily at 18:00: SMS reminders for tomorrow’s visits (FR-007).')?.name).toBe(
      'SMS reminders for tomorrow’s visits',
    );
  });
});

// The Japanese trial's English translation wrote its jobs "Every day at 03:00, find vaccinations due
// next month and register their 30-day reminders.": two became jobs named from stray words
// (`minutes-resend-failed-notifications-up-to-times`, `at-anonymise-…`), two were lost.
describe('a scheduled item whose schedule ends at a comma', () => {
  it('en / es: is a stated job named by its first act', () => {
    expect(
      readScheduledItem(
        'Every day at 03:00, find vaccinations due next month and register their 30-day reminders.',
      ),
    ).toMatchObject({ schedule: 'Every day at 03:00', name: 'find vaccinations due next month' });
    expect(readScheduledItem('Every 5 minutes, resend failed notifications, up to 3 times.')?.name).toBe(
      'resend failed notifications',
    );
    expect(
      readScheduledItem(
        "Every day at 18:00, send reminders for the next day's reservations by LINE or email.",
      )?.name,
    ).toBe("send reminders for the next day's reservations");
    expect(readScheduledItem('Cada 10 minutos, cancelar las reservas sin confirmar.')?.name).toBe(
      'cancelar las reservas sin confirmar',
    );
  });
  it('an item that opens with no schedule before its comma is no job', () => {
    expect(readScheduledItem('Reminders, confirmations and receipts go through SendGrid.')).toBeNull();
  });
});

describe('a scheduled sentence with its own subject after the comma', () => {
  it('pt / en: is no stated job (the rule readers design it)', () => {
    expect(
      readScheduledItem(
        'Todas as noites às 3h, os agendamentos cancelados com mais de 30 dias são excluídos.',
      ),
    ).toBeNull();
    expect(readScheduledItem('Every night at 02:00, the system deletes expired tokens.')).toBeNull();
  });
});

// A Swedish trial's English translation listed its Oban jobs as "- **ExpireOffers** — every hour: mark
// offers older than 14 days as expired …" and "- **IssueInvoices** — on 1 March at 06:00: create the
// year's invoices …": the stated names were lost (jobs were named "delete applicants who left the
// queue more than"), the yearly job was missing, and a derived reminder job ran beside the stated one.
describe('a named list item "**Name** — <schedule>: <action>"', { timeout: 120_000 }, () => {
  const ITEMS: [lang: string, heading: string, lines: string[], expected: [string, string][]][] = [
    [
      'en',
      'Background jobs',
      [
        '**ExpireOffers** — every hour: mark offers older than 14 days as expired.',
        '**IssueInvoices** — on 1 March at 06:00: create the year’s invoices for all active leases.',
        '`purge-withdrawn` — every night at 03:00: delete applicants who left more than 2 years ago.',
      ],
      [
        ['ExpireOffers', '0 * * * *'],
        ['IssueInvoices', '0 6 1 3 *'],
        ['purge-withdrawn', '0 3 * * *'],
      ],
    ],
    [
      'de',
      'Hintergrundjobs',
      [
        '**AngeboteAblaufen** — stündlich: Angebote nach 14 Tagen als abgelaufen markieren.',
        '**RechnungenErstellen** — am 1. März um 6:00 Uhr: die Jahresrechnungen erstellen.',
      ],
      [
        ['AngeboteAblaufen', '0 * * * *'],
        ['RechnungenErstellen', '0 6 1 3 *'],
      ],
    ],
    [
      'fr',
      'Tâches planifiées',
      ['**FacturesAnnuelles** — le 1er mars à 6h00 : créer les factures de l’année.'],
      [['FacturesAnnuelles', '0 6 1 3 *']],
    ],
  ];
  it.each(ITEMS)('%s: keeps the stated name and its schedule', async (lang, heading, lines, expected) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Offers.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## ${heading}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE offers (id uuid PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    expect(r.spec!.jobs.map((j) => [j.name, j.trigger])).toEqual(expected);
  });

  it('a dated day with a year is one day, no yearly schedule', async () => {
    const { jobCron } = await import('../../src/read/job-words.js');
    expect(jobCron('on 1 March at 06:00')).toBe('0 6 1 3 *');
    expect(jobCron('den 1 mars kl. 06:00')).toBe('0 6 1 3 *');
    expect(jobCron('March 15th at 9:30')).toBe('30 9 15 3 *');
    expect(jobCron('on 1 March 2027 at 06:00')).toBeNull();
    expect(jobCron('on 1 March')).toBeNull(); // no time of day: nothing to schedule by
  });
});
