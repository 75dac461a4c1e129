import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { jobCron } from '../../src/read/job-words.js';

// shiguang-zh states its XXL-JOB schedules as Quartz crons, seconds first (`0 0 2 * * ?`); the jobs
// kept them as written, so a reader of the 5-field triggers of every other job met a 6-field one. A
// seconds field of 0 is the 5-field cron it equals; any other seconds field no 5-field cron can say:
// the schedule is kept as written, and the job says why.
describe('a Quartz cron (seconds first)', () => {
  it('with seconds 0 is the 5-field cron it equals', () => {
    expect(jobCron('`0 0 2 * * ?`')).toBe('0 2 * * *');
    expect(jobCron('`0 30 3 * * ?`')).toBe('30 3 * * *');
    expect(jobCron('`0 0 5 1 * ?`')).toBe('0 5 1 * *');
    expect(jobCron('`0 * * * * ?`')).toBe('* * * * *');
    // Quartz weekdays count 1–7 from Sunday.
    expect(jobCron('`0 0 8 ? * 2-6`')).toBe('0 8 * * 1-5');
    expect(jobCron('`0 0 8 ? * MON-FRI`')).toBe('0 8 * * MON-FRI');
    expect(jobCron('0 15 10 ? * * *')).toBe('15 10 * * *');
  });
  it('with any other seconds field, a year or a Quartz-only mark is kept as written', () => {
    expect(jobCron('`*/30 * * * * ?`')).toBeNull();
    expect(jobCron('`15 0 2 * * ?`')).toBeNull();
    expect(jobCron('`0 0 2 * * ? 2027`')).toBeNull();
    expect(jobCron('`0 0 2 L * ?`')).toBeNull();
    // A 5-field cron is no Quartz cron.
    expect(jobCron('`5 * * * *`')).toBe('5 * * * *');
  });

  const project = (heading: string, header: string, rows: string[]) =>
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Orders.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## ${heading}\n\n${header}\n|---|---|---|\n${rows.join('\n')}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL);\n\`\`\`\n`,
    });
  it.each([
    [
      'en',
      project('Background jobs', '| Job | Cron | What |', [
        '| closeUnpaidOrders | `0 0 2 * * ?` | Cancel orders unpaid for 15 minutes |',
        '| pollPayments | `*/30 * * * * ?` | Poll the payment provider for results |',
      ]),
    ],
    [
      'de',
      project('Hintergrundjobs', '| Aufgabe | Zeitplan | Zweck |', [
        '| closeUnpaidOrders | `0 0 2 * * ?` | Unbezahlte Bestellungen nach 15 Minuten stornieren |',
        '| pollPayments | `*/30 * * * * ?` | Zahlungsergebnisse beim Anbieter abfragen |',
      ]),
    ],
  ])('%s: the jobs of a job table', { timeout: 120_000 }, async (lang, host) => {
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const close = r.spec!.jobs.find((j) => j.name === 'closeUnpaidOrders')!;
    expect(close.trigger).toBe('0 2 * * *');
    expect(close.inputs).toContain('schedule as stated: 0 0 2 * * ?');
    const poll = r.spec!.jobs.find((j) => j.name === 'pollPayments')!;
    expect(poll.trigger).toBe('*/30 * * * * ?');
    expect(poll.inputs.join(' ')).toMatch(/kept as written: its seconds field/);
  });
});
