import { describe, expect, it } from 'vitest';
import { jobsExtractor } from '../../src/extract/jobs.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { jobCron as cronForSchedule } from '../../src/read/job-words.js';
import { compiledProject } from '../helpers/compiled.js';
import { doc, input } from './fixtures.js';

const EXAMPLE = new URL('../../examples/clinic-booking', import.meta.url).pathname;

describe('stated job tables', { timeout: 60_000 }, () => {
  it('clinic-booking: the five stated jobs first, by name, with crons from the stated schedules', async () => {
    const r = await compiledProject(EXAMPLE);
    expect(r.ok).toBe(true);
    const jobs = r.spec!.jobs;
    expect(jobs.slice(0, 5).map((j) => [j.name, j.trigger])).toEqual([
      ['send-reminders', '*/5 * * * *'],
      ['release-expired-holds', '* * * * *'],
      ['mark-no-shows', '*/5 * * * *'],
      ['anonymise-patients', '0 3 * * *'],
      ['purge-audit-log', '0 4 1 * *'],
    ]);
    const names = jobs.map((j) => j.name);
    expect(names).not.toContain('send-patient-reminder');
    expect(names).not.toContain('send-appointment-reminder');
    expect(names).not.toContain('mark-show');
    expect(names).not.toContain('purge-privacy');
    expect(names.filter((n) => /twilio-send|postmark-send|-reminder$/.test(n))).toEqual([]);
    const send = jobs[0]!;
    expect(send.purpose).toMatch(/finds booked appointments starting in 24 hours/);
    expect(send.origin).toMatchObject({ kind: 'source', file: 'docs/technical/architecture.md', line: 221 });
    // "retried 3 times with exponential backoff (1, 5 and 25 minutes)": the notification job only.
    expect(send.retry.maxAttempts).toBe(4);
    expect(send.retry.backoff).toMatch(/1, 5 and 25 minutes/);
    expect(send.retry.origin).toMatchObject({ kind: 'source', line: 227 });
    expect(jobs[1]!.retry.backoff).not.toMatch(/25 minutes/);
  });
});

const PRD = `# Shop PRD

## Functional Requirements

- FR1: The system sends an email reminder 24 hours before each appointment.
- FR2: Customers receive a reminder 2 hours before.
- FR3: Order records are kept for 2 years.
`;

const DATA = `## Data Model

\`\`\`sql
CREATE TABLE appointments (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE orders (id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
\`\`\`
`;

const WITH_TABLE = `# Architecture

${DATA}
## Background jobs

| Cron | Task | Purpose |
|---|---|---|
| hourly | Sync-Stock | pulls stock levels (FR9) |
| weekly on Monday at 02:30 | nightlyReport | emails the weekly report |
| when the moon is full | howl | something odd |
| every 10 minutes | send-reminders | reminds customers of appointments |

Jobs are retried 5 times with a 30 second backoff.
`;

async function run(arch: string) {
  const host = memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': arch });
  return compile({ root: '/p', verify: { skip: true } }, host);
}

describe('stated jobs on small fixtures', { timeout: 60_000 }, () => {
  it('reads a job table in any column order with its retry sentence', () => {
    const { fragment } = jobsExtractor.extract(input(doc('docs/architecture.md', WITH_TABLE)));
    expect(fragment.statedJobs?.map((j) => [j.name, j.schedule])).toEqual([
      ['Sync-Stock', 'hourly'],
      ['nightlyReport', 'weekly on Monday at 02:30'],
      ['howl', 'when the moon is full'],
      ['send-reminders', 'every 10 minutes'],
    ]);
    expect(fragment.statedJobs?.every((j) => j.retry?.attempts === 6)).toBe(true);
  });

  it('reads a bullet list under a background-jobs heading', () => {
    const md =
      '# Ops\n\n## Scheduled jobs\n\n- **close-carts** (daily at 01:00 UTC): closes abandoned carts\n';
    const { fragment } = jobsExtractor.extract(input(doc('docs/ops.md', md)));
    expect(fragment.statedJobs).toMatchObject([
      { name: 'close-carts', schedule: 'daily at 01:00 UTC', description: 'closes abandoned carts' },
    ]);
  });

  it('ignores tables that are not job tables', () => {
    const md = '# X\n\n| Name | Type |\n|---|---|\n| id | uuid |\n';
    expect(jobsExtractor.extract(input(doc('docs/x.md', md))).fragment.statedJobs).toBeUndefined();
  });

  it('turns stated schedules into crons, keeping unknown wording as the trigger', async () => {
    expect(cronForSchedule('every 5 minutes')).toBe('*/5 * * * *');
    expect(cronForSchedule('every minute')).toBe('* * * * *');
    expect(cronForSchedule('daily at 03:00 UTC')).toBe('0 3 * * *');
    expect(cronForSchedule('monthly, 1st at 04:00 UTC')).toBe('0 4 1 * *');
    expect(cronForSchedule('hourly')).toBe('0 * * * *');
    expect(cronForSchedule('weekly on Sunday at 23:15')).toBe('15 23 * * 0');
    expect(cronForSchedule('when the moon is full')).toBeNull();
    const r = await run(WITH_TABLE);
    expect(r.ok).toBe(true);
    const jobs = r.spec!.jobs;
    expect(jobs.slice(0, 4).map((j) => [j.name, j.trigger])).toEqual([
      ['Sync-Stock', '0 * * * *'],
      ['nightlyReport', '30 2 * * 1'],
      ['howl', 'when the moon is full'],
      ['send-reminders', '*/10 * * * *'],
    ]);
    expect(jobs[0]!.retry.maxAttempts).toBe(6);
    // The stated reminder job covers the derived reminders; the order purge is not covered.
    const names = jobs.map((j) => j.name);
    expect(names).not.toContain('send-appointment-reminder');
    expect(names).toContain('purge-order-record');
  });

  it('without a job table, derives reminders only for data-model entities', async () => {
    const r = await run(`# Architecture\n\n${DATA}`);
    expect(r.ok).toBe(true);
    const names = r.spec!.jobs.map((j) => j.name);
    expect(names).toContain('send-appointment-reminder');
    expect(names).toContain('purge-order-record');
    expect(names.filter((n) => /customer|twilio|send-sm/.test(n))).toEqual([]);
    for (const j of r.spec!.jobs) expect(j.purpose).not.toMatch(/each (?:customer|patient)/);
  });
});
