import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { scheduledWork } from '../../src/read/rule-words.js';
import { systemPresentWork } from '../../src/read/system-present-words.js';

// Issue 13 point 2: "Every night at 02:00 the system checks out volunteers who forgot to check out"
// states the system's own work as plainly as "the system shall …": a present-tense act of the system
// with a stated time is a job. Without a time it only describes the system, and is none.
describe('a present-tense act of the system with a stated time is scheduled work', () => {
  it.each([
    [
      'en',
      'Every night at 02:00 the system checks out volunteers who forgot to check out.',
      '0 2 * * *',
      'check out volunteers',
    ],
    ['en', 'At midnight the system checks them out.', '0 0 * * *', 'check out'],
    [
      'en',
      'The platform closes stale carts every day at 23:30 (Europe/Lisbon).',
      '30 23 * * *',
      'close stale carts',
    ],
    [
      'es',
      'Todas las noches a las 3:00 el sistema cierra los turnos abiertos.',
      '0 3 * * *',
      'cierra turnos abiertos',
    ],
    [
      'fr',
      'Chaque nuit à 2 h, le système clôture les créneaux non pointés.',
      '0 2 * * *',
      'clôture créneaux non pointés',
    ],
    [
      'de',
      'Jede Nacht um 2 Uhr schließt das System die offenen Schichten.',
      '0 2 * * *',
      'schließt offenen schichten',
    ],
    [
      'pt',
      'Todas as noites às 2h o sistema encerra as marcações pendentes.',
      '0 2 * * *',
      'encerra marcações pendentes',
    ],
    [
      'it',
      'Ogni notte alle 2:00 il sistema chiude le prenotazioni scadute.',
      '0 2 * * *',
      'chiude prenotazioni scadute',
    ],
    ['it', 'A mezzanotte il sistema archivia i turni conclusi.', '0 0 * * *', 'archivia turni conclusi'],
    // The complement after "as" comes before the object (a Spanish food-bank trial named the job "marca-como").
    [
      'es',
      'Cada día a las 06:00 el sistema marca como "por caducar" los lotes que caducan en los próximos 7 días.',
      '0 6 * * *',
      'marca lotes',
    ],
    [
      'fr',
      'Chaque jour à 6 h, le système marque comme expirés les prêts en retard.',
      '0 6 * * *',
      'marque prêts',
    ],
  ])('%s: %s', (_lang, text, cron, work) => {
    expect(scheduledWork(text)?.cron).toBe(cron);
    expect(systemPresentWork(text)).toBe(work);
  });
  it.each([
    // No time: a description of the system, no job.
    ['en', 'The system checks out volunteers who forgot to check out.'],
    ['es', 'El sistema cierra los turnos abiertos.'],
    ['de', 'Das System schließt offene Schichten.'],
    // A copula, a noun after the system, a negation, a user's action with a time: no act of the system.
    ['en', 'Every night at 02:00 the system is quiet.'],
    ['en', 'The system dashboard refreshes nothing; every night at 2 am volunteers rest.'],
    ['fr', 'Chaque nuit à 2 h, le système ne clôture pas les créneaux.'],
    ['en', 'Every morning at 7:00 the coordinator checks the roster.'],
  ])('near-miss %s: %s', (_lang, text) => {
    expect(scheduledWork(text)).toBeNull();
  });
});

const DATA = `\`\`\`sql
CREATE TYPE shift_status AS ENUM ('open', 'closed');
CREATE TABLE shifts (id uuid PRIMARY KEY, ends_at timestamptz NOT NULL, status shift_status NOT NULL DEFAULT 'open');
CREATE TABLE volunteers (id uuid PRIMARY KEY, name text NOT NULL);
\`\`\``;

async function jobs(line: string) {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Functional Requirements\n\n${line}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n${DATA}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!.jobs;
}

describe('the job the sentence states, named from its work, on its schedule', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '- FR9: Every night at 02:00 the system checks out volunteers who forgot to check out.',
      '0 2 * * *',
      'check-out-volunteers',
    ],
    [
      'es',
      '- RF9: Todas las noches a las 3:00 el sistema cierra los turnos abiertos.',
      '0 3 * * *',
      'cierra-turnos-abiertos',
    ],
    [
      'de',
      '- FA9: Jede Nacht um 2 Uhr schließt das System die offenen Schichten.',
      '0 2 * * *',
      'schliesst-offenen-schichten',
    ],
  ])('%s', async (_lang, line, cron, name) => {
    const found = (await jobs(line)).filter((j) => j.trigger === cron);
    expect(found.map((j) => j.name)).toEqual([name]);
    expect(found[0]!.schedule?.origin).toMatchObject({ file: 'docs/prd.md', line: 5 });
  });
  it('without a time, the same sentence is no job', async () => {
    const all = await jobs('- FR9: The system checks out volunteers who forgot to check out.');
    expect(all.filter((j) => j.name.includes('check-out'))).toEqual([]);
  });
});
