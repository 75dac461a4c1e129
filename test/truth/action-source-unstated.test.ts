import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found on a Chinese trial: `POST /orders/{id}/deliver` made the state machine draw
// `UNPAID --> DELIVERED`, though its flow says delivery comes after payment. An action endpoint
// names its target state; where no flow, diagram or requirement says from which state, the
// transition has no source and the diagram draws no arrow.
const MODEL = `\`\`\`sql
CREATE TABLE loans (id uuid PRIMARY KEY, status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'returned')));
\`\`\``;

async function compileLoans(extra: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n- As a member, I want to borrow a tool, so that I can fix my bike.\n',
    '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${MODEL}\n\n${extra}## API\n\n| Method | Path | Description |\n|---|---|---|\n| POST | /loans/{id}/approve | Approve a loan |\n| POST | /loans/{id}/return | Return the tool |\n`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
  const loan = r.spec!.lifecycles!.find((l) => l.entity === 'Loan')!;
  return { md, transitions: loan.transitions };
}

describe('an action endpoint with no stated source state', { timeout: 60_000 }, () => {
  it('has no source, and the diagram draws no arrow from the initial state', async () => {
    const { md, transitions } = await compileLoans('');
    const returned = transitions.find((t) => t.to === 'returned');
    expect(returned).toMatchObject({ from: null, trigger: 'returnLoan' });
    expect(md).not.toContain('requested --> returned');
    expect(md).toContain('| not stated in the documents | `returned` | `returnLoan` |');
  });

  it('keeps the source a stated diagram gives', async () => {
    const { md, transitions } = await compileLoans(
      '## States\n\n```mermaid\nstateDiagram-v2\n  [*] --> requested\n  requested --> approved\n  approved --> returned\n```\n\n',
    );
    expect(transitions.find((t) => t.to === 'returned')).toMatchObject({
      from: 'approved',
      trigger: 'returnLoan',
    });
    expect(md).toContain('approved --> returned : returnLoan');
  });
});
