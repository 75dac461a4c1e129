import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13: the generic 409 `CONFLICT` (a state or version the write runs into) is answered only by
 * writes that can conflict that way. A create whose only conflict is a unique value taken has that
 * value's own code; a write with no 409 at all returns no 409 code.
 */
const PRD = `# Tool library — PRD

## Roles

| Role | What they do |
|---|---|
| Member | Borrows tools, returns them |
| Librarian | Registers tools and members |

## Stories

- **US-1** As a librarian, I want to register a tool with its serial number.
- **US-2** As a member, I want to borrow a tool.
- **US-3** As a member, I want to return a tool I borrowed.
`;

const ARCH = `# Architecture

Authentication: JWT access tokens.

## API

| Method | Path | Purpose | Who |
|---|---|---|---|
| POST | /api/tools | register a tool | librarian |
| POST | /api/loans | borrow a tool | member |
| POST | /api/loans/{id}/return | return the tool | member |

## Data

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL);
CREATE TABLE tools (id UUID PRIMARY KEY, serial_number TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE loans (id UUID PRIMARY KEY, member_id UUID NOT NULL REFERENCES users(id), tool_id UUID NOT NULL REFERENCES tools(id), status TEXT NOT NULL DEFAULT 'open', returned_at TIMESTAMPTZ);
\`\`\`
`;

describe('the 409 CONFLICT code', () => {
  it('names the state action, not the create a unique code explains nor a write without a 409', async () => {
    const host = memoryHost({ '/t/docs/prd.md': PRD, '/t/docs/architecture.md': ARCH });
    const r = await compile({ root: '/t', lang: 'en', verify: { skip: true } }, host);
    const s = r.spec!;
    const op = (method: string, path: string) =>
      s.endpoints.find((e) => e.method === method && e.path === path)!.operationId;
    const conflict = s.errors!.codes.find((c) => c.code === 'CONFLICT')!;
    const taken = s.errors!.codes.find((c) => c.code === 'TOOL_SERIAL_NUMBER_TAKEN')!;
    expect(taken.endpoints).toContain(op('POST', '/api/tools'));
    expect(conflict.endpoints).not.toContain(op('POST', '/api/tools'));
    expect(conflict.endpoints).toContain(op('POST', '/api/loans/{id}/return'));
    // Every endpoint the code names answers 409.
    for (const id of conflict.endpoints) {
      const e = s.endpoints.find((x) => x.operationId === id)!;
      expect(
        e.responses.map((x) => x.status),
        id,
      ).toContain(409);
    }
  });
});
