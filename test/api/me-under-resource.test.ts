import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A Swedish trial's route table stated "GET /api/v1/queue/me — My queue position" and "DELETE
// /api/v1/queue/me — Leave the queue": both became the Auth resource's `getMe` / `deleteMe`,
// returning the User profile, open to every role, with the strict sign-in rate limit, and a derived
// `user` cache entry "read on every page load". `me` after another resource's word is the caller's own
// record of that resource; only `/me`, `/auth/me`, `/users/me` name the caller's account.
const routes = (rows: string) => `# Architecture

Sign-in with Auth0 (OIDC).

## API

| Method | Path | Description | Role |
|---|---|---|---|
${rows}

## Data

\`\`\`sql
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL, role text NOT NULL);
CREATE TABLE queue_entries (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id), status text NOT NULL);
\`\`\`
`;

async function endpoints(rows: string) {
  const host = memoryHost({
    '/p/docs/prd.md':
      '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| applicant | waits for a plot |\n| board | runs the queue |\n',
    '/p/docs/architecture.md': routes(rows),
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!.endpoints;
}

describe('a final `me` under a resource', { timeout: 120_000 }, () => {
  it('is the caller’s own record of that resource, not the Auth profile', async () => {
    const eps = await endpoints(
      '| GET | /api/v1/queue/me | My queue position | applicant |\n| DELETE | /api/v1/queue/me | Leave the queue | applicant |',
    );
    const mine = eps.filter((e) => e.path === '/api/v1/queue/me');
    expect(mine.map((e) => e.operationId).sort()).toEqual(['deleteQueueMe', 'getQueueMe']);
    for (const e of mine) {
      expect(e.resource).not.toBe('Auth');
      expect(e.rateLimit).not.toBe('auth');
    }
  });
  it('alone or under an account word it stays the caller’s account', async () => {
    const eps = await endpoints(
      '| GET | /api/v1/me | My profile | applicant |\n| GET | /api/v1/account/me | Me | applicant |',
    );
    expect(eps.find((e) => e.path === '/api/v1/me')?.operationId).toBe('getMe');
    expect(eps.find((e) => e.path === '/api/v1/account/me')?.resource).toBe('Auth');
  });
});
