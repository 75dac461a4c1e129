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
