import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13: "daily" states a period, not a time. A job stated as daily work gets the hour the
// documents write, cited to the line; without one its hour is a proposal (derive/job-time-proposed),
// never presented as stated. "24h cron schema validation" (odata-gateway-bq) ran at a made-up 03:00.
async function jobs(line: string) {
  const host = memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Functional Requirements\n\n- FR1: Staff can send invoices.\n- FR2: ${line}\n`,
    '/p/docs/architecture.md':
      '# Architecture\n\n## Data Model\n\n```sql\nCREATE TABLE invoices (id uuid PRIMARY KEY, created_at timestamptz NOT NULL);\n```\n',
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!.jobs;
}

describe('a daily job says what is stated', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'Invoices are exported daily.'],
    ['es', 'Las facturas (invoices) se exportan diariamente.'],
    ['pt', 'As faturas (invoices) são exportadas todos os dias.'],
    ['fr', 'Les factures (invoices) sont exportées chaque jour.'],
    ['de', 'Rechnungen (invoices) werden täglich exportiert.'],
    ['it', 'Le fatture (invoices) sono esportate ogni giorno.'],
    ['en', 'Invoices are exported by a 24h cron task.'],
  ])('%s: no time stated, the hour is a proposal (%s)', async (_l, line) => {
    const job = (await jobs(line)).find(
      (j) => j.origin.kind === 'rule' && j.origin.rule === 'derive/job-for-schedule',
    );
    expect(job?.trigger).toBe('0 3 * * *');
    expect(job?.schedule?.origin).toEqual({ kind: 'default', rule: 'derive/job-time-proposed' });
    expect(job?.basis[0]).toMatchObject({ kind: 'source', file: 'docs/prd.md', line: 6 });
  });

  it.each([
    ['en', 'Invoices are exported every night at 2 am.'],
    ['es', 'Las facturas (invoices) se exportan cada día a las 2:00.'],
    ['pt', 'As faturas (invoices) são exportadas todos os dias às 2h.'],
    ['fr', 'Les factures (invoices) sont exportées chaque jour à 2 h.'],
    ['de', 'Rechnungen (invoices) werden täglich um 2 Uhr exportiert.'],
    ['it', 'Le fatture (invoices) sono esportate ogni giorno alle 2.'],
  ])('%s: the stated hour, cited to its line (%s)', async (_l, line) => {
    const job = (await jobs(line)).find((j) => j.name.startsWith('export-'));
    expect(job?.trigger).toBe('0 2 * * *');
    expect(job?.schedule?.origin).toMatchObject({ kind: 'source', file: 'docs/prd.md', line: 6 });
  });

  it('a retention purge whose hour no document states proposes it', async () => {
    const job = (await jobs('Invoices older than 7 years are deleted.')).find(
      (j) => j.name === 'purge-invoice',
    );
    expect(job?.trigger).toBe('0 3 * * *');
    expect(job?.schedule?.origin).toEqual({ kind: 'default', rule: 'derive/job-schedule-proposed' });
  });

  it('near-miss: "alle 2 Stunden" is a period, not a time of day', async () => {
    const job = (await jobs('Rechnungen (invoices) werden alle 2 Stunden exportiert.')).find(
      (j) => j.origin.kind === 'rule' && j.origin.rule === 'derive/job-for-schedule',
    );
    expect(job?.trigger).toBe('0 */2 * * *');
  });
});
