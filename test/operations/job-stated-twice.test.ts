import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (skladka-uk): the same stated job read twice — a jobs table's row and a list item, or two
// documents — became two jobs with the same schedule. One job stated twice is one job, citing both
// lines. Fixtures in English and in Ukrainian (a warehouse's, in other words than skladka's).
const SCHEMA =
  '```sql\nCREATE TABLE batches (id BIGSERIAL PRIMARY KEY, expires_on DATE, written_off_at TIMESTAMPTZ);\nCREATE TABLE shipments (id BIGSERIAL PRIMARY KEY, status TEXT NOT NULL);\n```\n';

async function jobs(prd: string, arch: string) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n${arch}`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!.jobs;
}

const lines = (j: { basis: { kind: string; line?: number }[] }) =>
  j.basis.flatMap((b) => (b.kind === 'source' ? [b.line] : []));

describe('a job stated twice', { timeout: 60_000 }, () => {
  it('is one job when a table row and a list item state the same work at the same time', async () => {
    const all = await jobs(
      '# PRD\n\n## Functional requirements\n\n- **FR-010**: Expired batches MUST be written off daily at 03:00.\n',
      [
        '## Scheduled jobs',
        '',
        '| Job | Schedule | Description |',
        '|---|---|---|',
        '| write-off-expired | daily at 03:00 | writes off expired batches |',
        '',
        '- Daily at 03:00: write off expired batches.',
        '- Daily at 03:00: purge expired shipments.',
        '',
      ].join('\n'),
    );
    const at3 = all.filter((j) => j.trigger === '0 3 * * *');
    expect(at3.map((j) => j.name)).toEqual(['write-off-expired', 'purge expired shipments']);
    expect(lines(at3[0]!)).toEqual([12, 14]);
  });

  it('is one job when both statements cite the same requirement (Ukrainian)', async () => {
    const all = await jobs(
      '# Вимоги\n\n## Функціональні вимоги\n\n- **FR-010**: Партії з терміном придатності, що минув, ПОВИННІ списуватися щодня о 03:00.\n',
      [
        '## Фонові завдання',
        '',
        '| Завдання | Розклад | Опис |',
        '|---|---|---|',
        '| списання | щодня о 03:00 | списання прострочених партій (FR-010) |',
        '',
        '- Щодня о 03:00: знищення партій, термін яких минув (FR-010).',
        '- Кожні 30 хвилин: оновлення статусів доставки.',
        '',
      ].join('\n'),
    );
    const at3 = all.filter((j) => j.trigger === '0 3 * * *');
    expect(at3.map((j) => j.name)).toEqual(['списання']);
    expect(at3[0]!.requirements).toEqual(['FR-010']);
    expect(lines(at3[0]!)).toEqual([12, 14]);
    expect(all.some((j) => j.trigger === '*/30 * * * *')).toBe(true);
  });

  it('stays two jobs when one list states two works at the same time for one requirement', async () => {
    const all = await jobs(
      '# PRD\n\n## Functional requirements\n\n- **FR-020**: Data is kept tidy every night.\n',
      [
        '## Background jobs',
        '',
        '- Daily at 02:00: purge expired shipments (FR-020).',
        '- Daily at 02:00: archive written-off batches (FR-020).',
        '',
      ].join('\n'),
    );
    expect(all.filter((j) => j.trigger === '0 2 * * *').length).toBe(2);
  });

  it('keeps the requirement sentence that states the same job beside the jobs list', async () => {
    const all = await jobs(
      '# PRD\n\n## Functional requirements\n\n- **FR-011**: Every day at 03:00 the system writes off expired batches.\n',
      '## Background jobs\n\n- Daily at 03:00: write-off of expired stock batches.\n',
    );
    expect(all.map((j) => j.name)).toEqual(['write-off of expired stock batches']);
    expect(all[0]!.requirements).toEqual(['FR-011']);
    expect(all[0]!.basis.map((b) => (b.kind === 'source' ? `${b.file}:${b.line}` : b.kind))).toEqual([
      'docs/architecture.md:10',
      'docs/prd.md:5',
    ]);
  });
});
