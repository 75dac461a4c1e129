import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13 review, item 4: a timed rule "N hours before an event" counts back from the event's time
 * column (the rows whose event is at most N away), never from the creation time; when no column of the
 * entity holds the event's time, the job is asked about. Fixtures in en, es, pt, fr, de and it.
 */
const arch = (table: string, times: string[]) => `# Architecture

Authentication: JWT bearer tokens.

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE ${table} (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL REFERENCES users(id),
${times.map((t) => `  ${t} TIMESTAMPTZ NOT NULL,`).join('\n')}
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'cancelled')),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\`
`;

async function compiled(rule: string, table: string, times: string[]) {
  const prd = `# PRD\n\n## Requirements\n\n- **FR-01** ${rule}\n`;
  const host = memoryHost({ '/c/docs/prd.md': prd, '/c/docs/architecture.md': arch(table, times) });
  return (await compile({ root: '/c', lang: 'en', verify: { skip: true } }, host)).spec!;
}

describe('a timed rule before an event counts back from the event', () => {
  it.each([
    [
      'en',
      'The system shall automatically cancel pending bookings 2 hours before the session.',
      'bookings',
      'session_starts_at',
    ],
    [
      'es',
      'El sistema debe cancelar automáticamente las reservas pendientes 2 horas antes de la clase.',
      'reservas',
      'clase_inicio',
    ],
    [
      'pt',
      'O sistema deve cancelar automaticamente as reservas pendentes 2 horas antes da aula.',
      'reservas',
      'aula_inicio',
    ],
    [
      'fr',
      'Le système doit annuler automatiquement les inscriptions en attente 2 heures avant le cours.',
      'inscriptions',
      'cours_debut',
    ],
    [
      'de',
      'Das System muss ausstehende Buchungen 2 Stunden vor dem Kurs automatisch stornieren.',
      'buchungen',
      'kurs_beginn',
    ],
    [
      'it',
      'Il sistema deve annullare automaticamente le prenotazioni in sospeso 2 ore prima della lezione.',
      'prenotazioni',
      'lezione_inizio',
    ],
  ])('%s', async (_, rule, table, column) => {
    const spec = await compiled(rule, table, [column, 'reminder_sent_at']);
    const job = spec.jobs.find((j) => j.requirements.includes('FR-01') && j.name.startsWith('cancel'));
    expect(job).toBeDefined();
    expect(job!.steps[0]).toContain(`${column} <= horizon`);
    expect(job!.inputs[0]).toBe('horizon = now() + 2 hours');
    expect(job!.steps.join(' ')).not.toContain('created_at');
  });

  it('the record itself is the event: its one time column', async () => {
    const spec = await compiled(
      'The system shall automatically cancel pending appointments 2 hours before the appointment.',
      'appointments',
      ['scheduled_for'],
    );
    const job = spec.jobs.find((j) => j.requirements.includes('FR-01'))!;
    expect(job.steps[0]).toContain('scheduled_for <= horizon');
  });

  it('no column holds the event’s time: asked, not counted from the creation time', async () => {
    const spec = await compiled(
      'The system shall automatically cancel pending bookings 2 hours before the session.',
      'bookings',
      ['paid_at', 'expires_at'],
    );
    expect(spec.jobs.filter((j) => j.requirements.includes('FR-01'))).toEqual([]);
    const q = (spec.questions ?? []).find((x) => x.id.startsWith('jobs/timed-rule-event/'));
    expect(q?.text).toContain('no time column of bookings holds the time of that event');
  });
});
