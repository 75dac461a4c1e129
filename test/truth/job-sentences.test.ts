import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { dailyCron } from '../../src/knowledge/time-of-day.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 item 4: a job is named from the sentence that states the work, in every documentation
// language; a reminder whose event the model lacks is asked about, never dropped or guessed.
const DATA = `## Data Model

\`\`\`sql
CREATE TABLE appointments (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);
CREATE TABLE audit_logs (id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE orders (id uuid PRIMARY KEY, termin timestamptz NOT NULL, kunde text NOT NULL);
\`\`\`
`;

async function run(line: string) {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n${line}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!;
}

describe('reminders stated N before an event', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- FR6: A reminder is sent 24 hours before the appointment.'],
    ['es', '- RF6: Se envía un recordatorio 24 horas antes de la cita (appointment).'],
    ['fr', '- FR6 : Un rappel est envoyé 24 heures avant le rendez-vous (appointment).'],
    ['pt', '- RF6: Um lembrete é enviado 24 horas antes da consulta (appointment).'],
  ])('%s: a reminder job on the event entity', async (_lang, line) => {
    const spec = await run(line);
    const job = spec.jobs.find((j) => j.name === 'send-appointment-reminder');
    expect(job?.requirements).toEqual([line.match(/[A-Z]+\d/)![0]]);
    // The stated rule is enforced by that job, not by a request-time check.
    expect(spec.rules?.find((r) => r.text.includes('24'))?.enforcement).toBe('job');
  });
  it('de: the event is a time column of one entity (Termin → orders.termin)', async () => {
    const spec = await run('- FR6: Eine Erinnerung wird 24 Stunden vor dem Termin an den Fahrer gesendet.');
    const job = spec.jobs.find((j) => j.name.endsWith('-reminder'));
    expect(job?.name).toBe('send-order-reminder');
    expect(job?.steps[0]).toContain('whose termin falls in the window');
  });
  it('an event no entity holds is an open question citing the sentence, not a job', async () => {
    const spec = await run('- FR6: Eine Erinnerung wird 24 Stunden vor der Lieferung gesendet.');
    expect(spec.jobs.filter((j) => j.name.endsWith('-reminder'))).toEqual([]);
    const q = spec.questions?.find((x) => x.id.startsWith('jobs/reminder/'));
    expect(q?.text).toContain('Lieferung');
    expect(q?.source).toMatchObject({ file: 'docs/prd.md', line: 5 });
  });
});

describe('a nightly purge of what is older than N', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- NFR2: Every night at 2 am, audit logs older than 90 days are deleted.', 'purge-audit-log'],
    [
      'de',
      '- NFR2: Jede Nacht um 2 Uhr werden Audit-Logs gelöscht, die älter als 90 Tage sind.',
      'purge-audit-log',
    ],
    [
      'fr',
      "- ENF2 : Chaque nuit à 2 h, les journaux d'audit (audit logs) de plus de 90 jours sont supprimés.",
      'purge-journaux-audit',
    ],
    [
      'es',
      '- RNF2: Cada noche a las 2, se eliminan los registros de auditoría (audit logs) con más de 90 días.',
      'purge-registro-auditoria',
    ],
    [
      'pt',
      '- RNF2: Todas as noites às 2h, os logs de auditoria (audit logs) com mais de 90 dias são excluídos.',
      'purge-log-auditoria',
    ],
  ])('%s: one purge job at the stated time', async (_lang, line, name) => {
    const spec = await run(line);
    const purges = spec.jobs.filter((j) => j.name.startsWith('purge-') && j.name !== 'purge-expired-tokens');
    expect(purges.map((j) => j.name)).toEqual([name]);
    expect(purges[0]!.trigger).toBe('0 2 * * *');
    expect(purges[0]!.steps[0]).toContain('audit_logs');
  });
  it('near-miss: "older than" without a deletion is no retention', async () => {
    const spec = await run('- FR9: Users can filter audit logs older than 90 days.');
    expect(spec.jobs.filter((j) => j.name.startsWith('purge-audit'))).toEqual([]);
  });
});

describe('dailyCron', () => {
  it.each([
    ['every night at 2 am', '0 2 * * *'],
    ['nightly at 02:30', '30 2 * * *'],
    ['daily at 11 pm', '0 23 * * *'],
    ['Jede Nacht um 3 Uhr', '0 3 * * *'],
    ['täglich um 4:15 Uhr', '15 4 * * *'],
    ['chaque nuit à 2 h', '0 2 * * *'],
    ['tous les jours à 5h30', '30 5 * * *'],
    ['cada noche a las 2', '0 2 * * *'],
    ['todas as noites às 2h', '0 2 * * *'],
  ])('%s → %s', (text, cron) => expect(dailyCron(text)).toBe(cron));
  it.each([['by 5 pm'], ['every night'], ['at 2 am'], ['every night at 25']])('no daily time in %j', (text) =>
    expect(dailyCron(text)).toBeNull(),
  );
  it('stays linear on 50,000 spaces before the period', () => {
    expect(dailyCron(`${' '.repeat(50_000)}daily at`)).toBeNull();
  });
});
