import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 1 (stated contracts are authoritative) and issue 11: a story that says what a stated
// route's own description says maps to that route; with a stated identity provider, sign-in is its
// work, not a missing route of ours.
const ARCH = `# Architecture

Authentication is delegated to Keycloak (OIDC); the API validates Keycloak access tokens.

\`\`\`sql
CREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE loans (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id));
\`\`\`

| Method | Path | Who | Purpose |
|---|---|---|---|
| POST | /loans | clerk | check out a reserved tool |
| POST | /loans/{id}/return | clerk | check a tool back in |
| GET | /reports/utilisation | manager | monthly utilisation (CSV) |
| POST | /tools | manager | add a tool |
| POST | /tools/{id}/retire | manager | retire a tool |
`;

describe('stories and the stated routes that serve them', { timeout: 60_000 }, () => {
  it('maps by the stated description, and leaves sign-in to the identity provider', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD

- As a counter clerk, I want to check a reserved tool out to the member and check it back in, so that the inventory is right.
- As a branch manager, I want a monthly utilisation report per tool, so that I can decide what to buy.
- As a member, I want to sign in with my library card account, so that I can reserve tools.
- As a branch manager, I want to add tools to my inventory and retire broken ones, so that members see tools that work.
`,
      '/p/docs/architecture.md': ARCH,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const stories = r.spec!.stories ?? [];
    const of = (fragment: string) => stories.find((s) => s.action.includes(fragment))!;
    expect(of('check a reserved tool out').operations.sort()).toEqual(['createLoan', 'returnLoan']);
    expect(of('monthly utilisation').operations).toEqual(['getReportsUtilisation']);
    // Beside the create a rule found, the stated route the story repeats word for word.
    expect(of('retire broken ones').operations).toEqual(['createTool', 'retireTool']);
    const signIn = of('sign in');
    expect(signIn.operations).toEqual([]);
    expect(signIn.unmapped).toBe('served by the identity provider Keycloak, not by this API');
    const warned = r.diagnostics.filter((d) => d.code === 'api/story-without-operation');
    expect(warned).toEqual([]);
  });

  it('a one-action criterion that repeats a stated route is served by it, nothing new is designed', async () => {
    const host = memoryHost({
      '/p/.kiro/specs/x/requirements.md': `# Requirements Document

### Requirement 7: Reports

**User Story:** As a branch manager, I want a monthly utilisation report per tool, so that I can decide what to buy.

#### Acceptance Criteria

1. THE SYSTEM SHALL export the utilisation report as CSV.
`,
      '/p/.kiro/specs/x/design.md': ARCH,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const export_ = (r.spec!.stories ?? []).find((s) => s.action.includes('export the utilisation'));
    expect(export_?.operations).toEqual(['getReportsUtilisation']);
    expect(r.spec!.endpoints.some((e) => /download/.test(e.path))).toBe(false);
  });
});
