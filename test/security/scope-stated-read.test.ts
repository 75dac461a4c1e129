import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13: "a member sees only their own bookings" scopes the bookings; it takes nothing away from a
 * read the route table gives the member (the public seat search reads screenings). The endpoints'
 * roles and the permission matrix say the same thing.
 */
const PRD = `# Cinema — PRD

## Users

| Persona | Role key | What they do |
|---|---|---|
| Member | \`member\` | Books seats for screenings, pays |
| Manager | \`manager\` | Manages halls and screenings |

## User stories

- **US-1** As a member, I want to browse the screenings of a date so that I can pick one.
- **US-2** As a member, I want to book seats for a screening.
- **US-3** As a manager, I want to create screenings.
`;

const ARCH = `# Architecture

Members sign in with e-mail and password; the API issues JWT access tokens.

Roles: \`member\`, \`manager\`. A member sees only their own bookings.

## API

| Method | Path | Purpose | Who |
|---|---|---|---|
| GET | /api/screenings/availability | search free seats (\`date\`) | public |
| POST | /api/bookings | book seats | member |

## Data

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL);
CREATE TABLE halls (id UUID PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE screenings (id UUID PRIMARY KEY, hall_id UUID NOT NULL REFERENCES halls(id), starts_at TIMESTAMPTZ NOT NULL, title TEXT NOT NULL);
CREATE TABLE bookings (id UUID PRIMARY KEY, member_id UUID NOT NULL REFERENCES users(id), screening_id UUID NOT NULL REFERENCES screenings(id), seats INTEGER NOT NULL);
\`\`\`
`;

describe('a stated scope and a stated public read', () => {
  it('the member still reads screenings, and the endpoint roles match the matrix', async () => {
    const host = memoryHost({ '/k/docs/prd.md': PRD, '/k/docs/architecture.md': ARCH });
    const r = await compile({ root: '/k', lang: 'en', verify: { skip: true } }, host);
    const s = r.spec!;
    expect((s.permissions!.scopes ?? []).map((x) => [x.role, x.entity])).toEqual([['member', 'Booking']]);
    const reads = s.endpoints.filter(
      (e) => e.entity === 'Screening' && e.method === 'GET' && e.authenticated,
    );
    expect(reads.length).toBeGreaterThan(0);
    for (const e of reads) {
      const row = s.permissions!.rows.find((x) => x.operationId === e.operationId)!;
      expect(row.access.member, e.operationId).not.toBe('denied');
      expect(e.roles, e.operationId).toContain('member');
    }
    // Records of another member stay out of reach: the scope still holds on bookings.
    for (const e of s.endpoints.filter((x) => x.entity === 'Booking' && x.authenticated)) {
      const row = s.permissions!.rows.find((x) => x.operationId === e.operationId)!;
      expect(['own', 'denied'], e.operationId).toContain(row.access.member);
    }
    // Every endpoint's roles are the roles its matrix row lets in.
    for (const e of s.endpoints.filter((x) => x.authenticated)) {
      const row = s.permissions!.rows.find((x) => x.operationId === e.operationId);
      if (!row) continue;
      const allowed = s.roles.map((x) => x.name).filter((n) => row.access[n] && row.access[n] !== 'denied');
      expect([...e.roles].sort(), e.operationId).toEqual(allowed.sort());
    }
  });
});
