import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found in moorline (`voidInvoice`, "a wrong invoice is voided with a reason", `void_reason`) and
// clinic-booking (`POST /appointments/{id}/cancel`, `cancel_reason`): the note an action records was
// left out of the create body (derive/action-note-from-action) but no body took it at all. The state
// action takes it now, whether a story or a route table designed the action.

const sql = `\`\`\`sql
CREATE TABLE receipts (id uuid PRIMARY KEY, total_cents integer NOT NULL, voided_at timestamptz, void_reason text, cancelled_at timestamptz, cancel_reason text);
\`\`\``;

const project = (architecture: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD

## Roles

| Role | Key |
|---|---|
| Cashier | \`cashier\` |

## Stories

- **US-1** As a cashier, I want to void a receipt that was printed in error.
- **US-2** As a cashier, I want to cancel a receipt.
- **US-3** As a cashier, I want to create a receipt.
`,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n${architecture}\n\n${sql}\n`,
  });

const bodyOf = (endpoints: { path: string; method: string; requestBody: unknown }[], tail: string) =>
  endpoints.find((e) => e.method === 'POST' && e.path.endsWith(tail))?.requestBody as
    | { properties?: Record<string, unknown> }
    | null
    | undefined;

describe('rule derive/action-note-from-action: the action takes its note', { timeout: 120_000 }, () => {
  it('a story action and a stated action route take the note named for their verb', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(
        '| Method | Path | Purpose |\n|---|---|---|\n| POST | /api/receipts/{id}/cancel | cancel a receipt |',
      ),
    );
    const spec = r.spec!;
    const voided = bodyOf(spec.endpoints, '/{id}/void');
    expect(Object.keys(voided?.properties ?? {})).toEqual(['voidReason']);
    const cancelled = bodyOf(spec.endpoints, '/{id}/cancel');
    expect(Object.keys(cancelled?.properties ?? {})).toEqual(['cancelReason']);
    // Still never in the create body.
    const create = spec.endpoints.find((e) => e.action === 'create' && e.entity === 'Receipt');
    expect(create).toBeDefined();
    const fields = (spec.serverSetFields ?? []).filter((f) => f.rule === 'derive/action-note-from-action');
    expect(fields.map((f) => f.field).sort()).toEqual(['cancelReason', 'voidReason']);
  });
});
