import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * A requirement that schedules work a stated job already does ("expire pending orders 30 minutes
 * after creation (job every 5 minutes)" beside the stated ExpireOrdersJob) is that job, not a second
 * one named after the sentence (lancheira's FR-007). Fixtures written for this test.
 */
const CASES: [string, string, string][] = [
  [
    'pt',
    'O sistema DEVE expirar pedidos pendente 30 minutos após a criação (job a cada 5 minutos).',
    '| Job | Agenda | O que faz |\n|---|---|---|\n| `ExpirarPedidosJob` | a cada 5 minutos | Marca como `expirado` os pedidos `pendente` criados há mais de 30 minutos |',
  ],
  [
    'en',
    'The system MUST expire pending orders 30 minutes after creation (job every 5 minutes).',
    '| Job | Schedule | What it does |\n|---|---|---|\n| `ExpireOrdersJob` | every 5 minutes | Marks pending orders created more than 30 minutes ago as expired |',
  ],
];

describe('a scheduled requirement a stated job already does', () => {
  it.each(CASES)('%s: no second job', { timeout: 60_000 }, async (lang, requirement, table) => {
    const host = memoryHost({
      '/p/.bmad/config.yaml': `project_name: canteen\ndocumentation_language: ${lang}\n`,
      '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n- **FR-007**: ${requirement}\n`,
      '/p/docs/architecture.md': `# Architecture\n\nSidekiq 7 with sidekiq-cron.\n\n## Jobs\n\n${table}\n\n## Data model\n\n\`\`\`sql\nCREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const scheduled = r.spec!.jobs.filter(
      (j) => j.origin.kind === 'rule' && j.origin.rule === 'derive/job-for-schedule',
    );
    expect(scheduled.map((j) => j.name)).toEqual([]);
    expect(r.spec!.jobs.some((j) => /Expir/.test(j.name))).toBe(true);
  });
});
