import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A coworking trial stated its jobs as "<schedule>: <work>" lines beside the rules they run: the
// cancellation rule got a proposed */5 trigger AND a second job "cancel-unconfirmed-bookings" whose
// purpose read "Every 5 minutes (5 minutes)"; "Every 10 minutes: reminders for bookings …" became an
// open question ("without saying what it does") while the reminder job ran on a proposed scan.
const run = (prd: string, jobs: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Business Rules\n\n${prd}\n`,
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'cancelled')), starts_at timestamptz NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n\`\`\`\n\n## Background jobs\n\n${jobs}\n`,
    }),
  );

describe('a stated schedule line is the trigger of the job that does its work', () => {
  it('en: the cancellation rule runs every 5 minutes, the reminder every 10, no twin job, no question', async () => {
    const r = await run(
      '- **BR-1**: An unconfirmed booking is cancelled automatically 30 minutes after it was created.\n- **FR9**: The system sends a reminder 1 hour before a booking starts.',
      '- Every 5 minutes: cancel unconfirmed bookings older than 30 minutes.\n- Every 10 minutes: reminders for bookings starting in an hour.',
    );
    const jobs = r.spec!.jobs;
    const cancel = jobs.filter((j) => j.name.startsWith('cancel'));
    expect(cancel).toHaveLength(1);
    expect(cancel[0]!.trigger).toBe('*/5 * * * *');
    expect(cancel[0]!.schedule?.origin.kind).toBe('source');
    const reminder = jobs.find((j) => /remind/.test(j.name));
    expect(reminder?.trigger).toBe('*/10 * * * *');
    expect((r.spec!.questions ?? []).filter((q) => q.id.startsWith('jobs/schedule'))).toEqual([]);
  });
  it('near-miss: a schedule line about other work stays a job of its own', async () => {
    const r = await run(
      '- **BR-1**: An unconfirmed booking is cancelled automatically 30 minutes after it was created.',
      '- Every night at 02:00: export invoices to the accountant.',
    );
    expect(r.spec!.jobs.map((j) => j.name).sort()).toEqual(expect.arrayContaining(['cancel-bookings']));
    expect(r.spec!.jobs.length).toBe(2);
  });
});
