import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// ugcboost (Russian): "Бэкапы БД: continuous backup (WAL archiving или аналог), хранение минимум 7
// дней" became a retention open question ("which table does this retention apply to?"). How long
// backups are kept is an operations fact of the deployment, never a table's retention.
const CASES: [lang: string, sentence: string, text: string][] = [
  ['en', 'Backups are kept for 30 days.', '30 days'],
  ['de', 'Datenbank-Backups werden 14 Tage aufbewahrt.', '14 Tage'],
  ['es', 'Las copias de seguridad se conservan 30 días.', '30 días'],
  ['en', 'Бэкапы БД: continuous backup (WAL archiving), хранение минимум 7 дней.', 'минимум 7 дней'],
];

describe('a backup period is no table retention', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: %s', async (lang, sentence, text) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Operations\n\n- ${sentence}\n- Audit logs are retained for 2 years, then deleted.\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\nPostgreSQL 16.\n\n```sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\nCREATE TABLE audit_logs (id uuid PRIMARY KEY, action text NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const keys = r.domain!.parameters.map((q) => q.key);
    expect(keys).toContain('backup.retention');
    expect(keys.filter((k) => k.startsWith('retention.'))).toHaveLength(1);
    expect((r.spec!.questions ?? []).filter((q) => q.id.startsWith('jobs/retention'))).toEqual([]);
    expect(r.spec!.deployment?.prerequisites.map((p) => p.item)).toContain(`backups kept ${text} (stated)`);
  });
});

// A Swedish trial's "Backups are taken daily and kept for 30 days." became a job `back-up-taken` with a
// proposed 03:00 cron and the steps "run back up taken for the period": the deployment's backups
// (of the managed database) are an operations fact, not work of this backend.
describe('backups taken on a period are no job of the backend', { timeout: 120_000 }, () => {
  it.each([
    ['en', 'Backups are taken daily and kept for 30 days.'],
    ['de', 'Backups werden täglich erstellt und 30 Tage aufbewahrt.'],
    ['fr', 'Les sauvegardes sont faites chaque jour et conservées 30 jours.'],
  ])('%s: %s', async (lang, sentence) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Orders.\n',
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n## Operations\n\n${sentence}\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    expect(r.spec!.jobs.map((j) => j.name)).toEqual([]);
    expect(r.domain!.parameters.map((q) => q.key)).toContain('backup.retention');
  });
  it('a worker that backs up files on a schedule still is one', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Orders.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\nPostgreSQL 16.\n\n## Operations\n\nThe worker backs up the uploaded invoices to the archive bucket nightly.\n\n```sql\nCREATE TABLE invoices (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.spec!.jobs.length).toBe(1);
  });
});
