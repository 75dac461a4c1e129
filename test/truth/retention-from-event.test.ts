import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A retention counted from an event ("até o desligamento + 30 dias", "30 days after the account
// closure") never runs from the creation time: a Brazilian trial's purge deleted every student row
// created more than a month ago, where the documents kept allergies until 30 days after offboarding.
async function jobsOf(prd: string, schema: string) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n## Data model\n\n\`\`\`sql\n${schema}\n\`\`\`\n`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!.jobs.map((j) => ({ name: j.name, steps: j.steps.join(' ') }));
}

describe('retention counted from an event', { timeout: 60_000 }, () => {
  it('pt: "até o desligamento + 30 dias" is no purge by created_at', async () => {
    const jobs = await jobsOf(
      `# PRD\n\n## Retenção (LGPD)\n\n| Dado | Retenção | Ação ao fim |\n|---|---|---|\n| Alergias do aluno | até o desligamento + 30 dias | apagar |\n`,
      'CREATE TABLE alunos (id uuid PRIMARY KEY, nome text NOT NULL, alergias text, created_at timestamptz NOT NULL DEFAULT now());',
    );
    expect(jobs.filter((j) => /created_at < cutoff/.test(j.steps))).toEqual([]);
  });

  it('en: "deleted 30 days after the account closure" runs from the column that records it', async () => {
    const jobs = await jobsOf(
      '# PRD\n\n## Data retention\n\n- Customer data is deleted 30 days after the account closure.\n',
      'CREATE TABLE customers (id uuid PRIMARY KEY, email text NOT NULL, account_closure_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());',
    );
    expect(jobs.filter((j) => /created_at < cutoff/.test(j.steps))).toEqual([]);
    expect(jobs.find((j) => /account_closure_at < cutoff/.test(j.steps))).toBeDefined();
  });
});
