import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (Kiro trial): "THE SYSTEM SHALL run the overdue check every morning at 7:00" stated a
// schedule no job carried, and "a reservation not picked up within 24 hours is cancelled" was a
// timed system rule with no job. Now a stated time of day, weekday or period on a system action is
// the job's cron (with the stated time zone and the line), and a timed rule gets a job that makes
// its transition on a proposed schedule, marked as a proposal.
const DATA = `\`\`\`sql
CREATE TYPE reservation_status AS ENUM ('HELD', 'PICKED_UP', 'CANCELLED');
CREATE TABLE reservations (
  id uuid PRIMARY KEY,
  starts_on date NOT NULL,
  status reservation_status NOT NULL DEFAULT 'HELD',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE loans (id uuid PRIMARY KEY, due_on date NOT NULL);
CREATE TYPE appointment_status AS ENUM ('held', 'booked', 'checked_in', 'completed', 'cancelled', 'no_show');
CREATE TABLE appointments (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, status appointment_status NOT NULL DEFAULT 'held');
\`\`\``;

async function run(line: string) {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n${line}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a stated schedule on a system action is the job’s trigger', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- FR5: THE SYSTEM SHALL run the overdue check every morning at 7:00.', '0 7 * * *', null],
    [
      'es',
      '- RF5: El sistema debe ejecutar la revisión de préstamos cada día a las 7:00 (Europe/Madrid).',
      '0 7 * * *',
      'Europe/Madrid',
    ],
    ['fr', '- FR5 : Le système doit envoyer le résumé chaque lundi à 8 h.', '0 8 * * 1', null],
    ['de', '- FR5: Das System muss alle 15 Minuten die Zahlungen abgleichen.', '*/15 * * * *', null],
    ['pt', '- RF5: O sistema deve enviar o relatório todos os dias às 6h (UTC).', '0 6 * * *', 'UTC'],
  ])('%s: %s', async (_l, line, cron, zone) => {
    const spec = await run(line);
    const jobs = spec.jobs.filter((j) => j.trigger === cron);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.schedule).toMatchObject({ timeZone: zone, origin: { file: 'docs/prd.md', line: 5 } });
    expect(jobs[0]!.name).toMatch(/^[a-z]+(?:-[a-z]+)+$/);
  });
  it('a user’s action with a time is no system schedule', async () => {
    const spec = await run('- FR5: A member can book a slot every Monday at 8:00.');
    expect(spec.jobs.filter((j) => j.schedule)).toEqual([]);
  });
});

describe('a timed system rule gets a job that makes its transition', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- FR3: A reservation not picked up within 24 hours of its start is cancelled.'],
    ['en', '- FR3: WHEN a reservation is not picked up within 24 hours THE SYSTEM SHALL cancel it.'],
    ['es', '- RF3: Una reserva (reservation) no recogida dentro de 24 horas desde su inicio se cancela.'],
    [
      'fr',
      '- FR3 : Une réservation (reservation) non retirée dans les 24 heures après son début est annulée.',
    ],
    [
      'de',
      '- FR3: Eine Reservierung (reservation), die nicht innerhalb von 24 Stunden abgeholt wird, wird storniert.',
    ],
    ['pt', '- RF3: Uma reserva (reservation) não retirada dentro de 24 horas após o início é cancelada.'],
  ])('%s: %s', async (_l, line) => {
    const spec = await run(line);
    const job = spec.jobs.find((j) => j.name === 'cancel-reservations');
    expect(job?.steps[0]).toContain("from reservations where status = 'HELD'");
    expect(job?.steps[1]).toContain("status = 'CANCELLED'");
    expect(job?.inputs[0]).toBe('cutoff = now() - 1 day');
    // No schedule is stated: the trigger is a proposal.
    expect(job?.schedule?.origin).toMatchObject({ kind: 'default', rule: 'derive/job-schedule-proposed' });
    expect(job?.origin).toMatchObject({ kind: 'rule', rule: 'derive/job-for-timed-rule' });
    expect(spec.rules?.find((r) => r.text.includes('24'))?.enforcement).toBe('job');
  });
  it('"marked as a no-show": the named state; rows not yet checked in are the states before it', async () => {
    const spec = await run(
      '- FR13: An appointment not checked in 30 minutes after its start is marked as a no-show automatically.',
    );
    const job = spec.jobs.find((j) => j.name === 'mark-no-show-appointments');
    expect(job?.steps[0]).toContain("where status in ('held', 'booked') and starts_at < cutoff");
    expect(job?.steps[1]).toContain("status = 'no_show'");
  });
  it('the time column the sentence names is the one the window runs from', async () => {
    const spec = await run('- FR3: A reservation not picked up within 24 hours of its start is cancelled.');
    expect(spec.jobs.find((j) => j.name === 'cancel-reservations')?.steps[0]).toContain('starts_on < cutoff');
  });
  it('a timed rule whose entity has no state it leads to is asked about', async () => {
    const spec = await run('- FR3: A reservation not picked up within 30 days is archived.');
    expect(
      spec.jobs.filter((j) => j.origin.kind === 'rule' && j.origin.rule === 'derive/job-for-timed-rule'),
    ).toEqual([]);
    const q = spec.questions?.find((x) => x.id.startsWith('jobs/timed-rule/'));
    expect(q?.source).toMatchObject({ file: 'docs/prd.md', line: 5 });
  });
});
