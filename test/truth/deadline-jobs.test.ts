import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (German trial): "Termine, die nicht bis 18:00 Uhr des Vortags bestätigt wurden, werden
// automatisch freigegeben" gave no job. A deadline at a clock time on a passive state change is a
// timed rule: its job runs at the stated time and moves the rows to the state the participle names.
const DATA = `\`\`\`sql
CREATE TYPE booking_status AS ENUM ('booked', 'confirmed', 'released');
CREATE TABLE bookings (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL, status booking_status NOT NULL DEFAULT 'booked');
\`\`\``;

async function run(line: string) {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n${line}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a deadline at a clock time is a timed rule with its job', { timeout: 60_000 }, () => {
  it.each([
    [
      'de',
      '- FR-7: Buchungen (bookings), die nicht bis 18:00 Uhr des Vortags bestätigt wurden, werden automatisch released.',
    ],
    ['en', '- FR-7: Bookings not confirmed by 18:00 the day before are released automatically.'],
    [
      'es',
      '- RF-7: Las reservas (bookings) no confirmadas antes de las 18:00 del día anterior se liberan automáticamente (released).',
    ],
  ])('%s', async (_l, line) => {
    const spec = await run(line);
    const job = spec.jobs.find((j) => j.trigger === '0 18 * * *');
    expect(job?.steps[1]).toContain("status = 'released'");
    expect(job?.schedule?.origin).toMatchObject({ kind: 'source', file: 'docs/prd.md', line: 5 });
    expect(job?.requirements).toEqual([expect.stringMatching(/7$/)]);
  });
  it('a number without a clock word is no deadline', async () => {
    const spec = await run('- FR-7: Bookings can be changed until 3 days before.');
    expect(spec.jobs.filter((j) => j.trigger === '0 3 * * *')).toEqual([]);
  });
});
