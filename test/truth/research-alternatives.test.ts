import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (the Brazilian Portuguese spec-kit trial): in research.md a "**Alternativas
// consideradas**:" line that wraps lost its second line ("Firebase Firestore (custo por leitura)"
// was never read), and options the catalogue does not know ("Z-API (não oficial), Zenvia") were
// dropped: a rejected option is reported as rejected, with its reason, known or not, and never chosen.

const CASES: [lang: string, decision: string, alternatives: string, reason: string][] = [
  ['en', 'Decision', 'Alternatives considered', 'not official'],
  ['es', 'Decisión', 'Alternativas consideradas', 'no oficial'],
  ['pt', 'Decisão', 'Alternativas consideradas', 'não oficial'],
  ['fr', 'Décision', 'Alternatives envisagées', 'non officiel'],
  ['de', 'Entscheidung', 'Betrachtete Alternativen', 'nicht offiziell'],
  ['it', 'Decisione', 'Alternative considerate', 'non ufficiale'],
];

const PRD = '# PRD\n\n## Functional requirements\n\n- FR1: Customers place orders.\n';
const ARCH =
  '# Architecture\n\n```sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n';

async function run(research: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH, '/p/docs/research.md': research }),
  );
  return r;
}

describe('research.md alternatives: wrapped lines and names the catalogue lacks', {
  timeout: 120_000,
}, () => {
  it.each(CASES)(
    '%s: the wrapped line is read and unknown names are rejected with their reason',
    async (_l, decision, alternatives, reason) => {
      const research = `# Research\n\n## Database\n\n**${decision}**: PostgreSQL 16.\n**${alternatives}**: MongoDB (no transactions across collections),\nMemcached (no persistence).\n\n## Messaging\n\n**${decision}**: Twilio.\n**${alternatives}**: Z-API (${reason}), Zenvia.\n`;
      const r = await run(research);
      const rejected = r.domain!.stack.filter((s) => s.status === 'rejected').map((s) => s.value);
      // The continuation line names a rejected option too.
      expect(rejected).toEqual(expect.arrayContaining(['MongoDB', 'Memcached']));
      const lost = r.spec!.reconciliation.decisions ?? [];
      expect(lost.find((d) => d.subject === 'Z-API')).toMatchObject({ status: 'rejected', detail: reason });
      expect(lost.find((d) => d.subject === 'Zenvia')).toMatchObject({ status: 'rejected' });
      // Nothing rejected is chosen anywhere.
      const chosen = [
        ...r.domain!.stack.filter((s) => s.status === 'chosen').map((s) => s.value),
        ...r.spec!.integrations.filter((i) => i.status === 'chosen').map((i) => i.name),
      ];
      for (const name of ['Z-API', 'Zenvia', 'MongoDB', 'Memcached']) expect(chosen).not.toContain(name);
      expect(chosen).toContain('PostgreSQL');
    },
  );

  it.each(CASES)(
    '%s: plain (not bold) labelled lines wrap the same way',
    async (_l, decision, alternatives, reason) => {
      const r = await run(
        `# Research\n\n## Database\n\n${decision}: PostgreSQL 16.\n${alternatives}: MongoDB (no transactions across collections),\nMySQL (licence costs), Zork DB (${reason}).\n`,
      );
      const status = (v: string) => r.domain!.stack.filter((s) => s.value === v).map((s) => s.status);
      expect(status('MySQL')).toEqual(['rejected']);
      expect(status('PostgreSQL')).toContain('chosen');
      const lost = r.spec!.reconciliation.decisions ?? [];
      expect(lost.find((d) => d.subject === 'Zork DB')).toMatchObject({ status: 'rejected', detail: reason });
    },
  );

  it('bullets under a lead "Alternatives considered:" are rejected, known or not', async () => {
    const r = await run(
      '# Research\n\n## Messaging\n\n- Decision: Twilio.\n- Alternatives considered:\n  - Zenvia (no approved templates)\n  - Vonage\n',
    );
    const lost = r.spec!.reconciliation.decisions ?? [];
    expect(lost.find((d) => d.subject === 'Zenvia')).toMatchObject({
      status: 'rejected',
      detail: 'no approved templates',
    });
  });
});
