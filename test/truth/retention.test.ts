import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 item 6: "retained at least N" is a minimum, not a purge; a stated purge job covers its
// retention (no open question saying no entity holds it).
const DATA = `## Data Model

\`\`\`sql
CREATE TABLE reports (id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE orders (id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
\`\`\`
`;

async function run(prd: string, arch = `# Architecture\n\n${DATA}`) {
  const host = memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': arch });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return Object.assign(r.spec!, { codes: r.diagnostics.map((d) => d.code) });
}

describe('a minimum retention is not a purge', { timeout: 60_000 }, () => {
  it.each([
    ['en', '- NFR1: Reports are retained for at least 7 years.\n'],
    ['en', '| Resource | Limit |\n|---|---|\n| Report storage | Retained for 7 years minimum |\n'],
    ['es', '- RNF1: Los informes (reports) se conservan al menos 7 años.\n'],
    ['fr', '- ENF1 : Les rapports (reports) sont conservés au moins 7 ans.\n'],
    ['de', '- NFA1: Berichte (reports) werden mindestens 7 Jahre aufbewahrt.\n'],
    ['pt', '- RNF1: Os relatórios (reports) são mantidos por pelo menos 7 anos.\n'],
  ])('%s: %s', async (_lang, line) => {
    const spec = await run(`# PRD\n\n## Non-Functional Requirements\n\n${line}`);
    expect(
      spec.jobs.map((j) => j.name).filter((n) => n.startsWith('purge-') && n !== 'purge-expired-tokens'),
    ).toEqual([]);
    expect(spec.codes).toContain('operations/retention-minimum');
  });
  it('near-miss: a stated deletion after the period is a purge', async () => {
    const spec = await run(
      '# PRD\n\n## Non-Functional Requirements\n\n- NFR1: Orders are kept for 2 years, then deleted.\n',
    );
    expect(spec.jobs.map((j) => j.name)).toContain('purge-order');
  });
  it('a stated purge job covers the retention it implements: no open question', async () => {
    const prd =
      '# PRD\n\n## NFR\n\n| ID | Category | Requirement |\n|---|---|---|\n| NFR-05 | Privacy | Order records are retained for 2 years, then purged |\n';
    const arch = `# Architecture\n\n${DATA}\n## Background jobs\n\n| Job | Schedule | Purpose |\n|---|---|---|\n| purge-orders | daily at 03:00 | deletes order records older than 2 years (NFR-05) |\n`;
    const spec = await run(prd, arch);
    expect((spec.questions ?? []).filter((q) => q.id.startsWith('jobs/retention'))).toEqual([]);
    expect(spec.jobs.map((j) => j.name)).toContain('purge-orders');
  });
});
