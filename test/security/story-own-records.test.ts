import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { actsOnOwn } from '../../src/read/story-words.js';

// Issue 13, found on rayon-kiro-fr: the route table lets the cyclist call `POST
// /reservations/{id}/annulation`, and the story says "annuler ma réservation": the cyclist reaches
// their own reservations only, not every one.

const project = (prd: string, routes: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| member | books courts |\n| coach | gives lessons |\n| admin | runs the club |\n\n## User stories\n\n${prd}\n`,
    '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n\`\`\`sql
CREATE TABLE members (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, role text NOT NULL CHECK (role IN ('member','coach','admin')));
CREATE TABLE bookings (id bigserial PRIMARY KEY, member_id bigint NOT NULL REFERENCES members(id), starts_at timestamptz NOT NULL, status text NOT NULL CHECK (status IN ('confirmed','cancelled')));
\`\`\`\n\n| Method | Path | Description | Role |\n|---|---|---|---|\n${routes}\n`,
  });

const accessOf = async (host: ReturnType<typeof memoryHost>, op: string) => {
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r.spec!.permissions?.rows.find((x) => x.operationId === op)?.access;
};

describe('a story on the actor’s own record', { timeout: 120_000 }, () => {
  it('reads a first-person possessive or "own" in the languages read', () => {
    expect(actsOnOwn('cancel my booking')).toBe(true);
    expect(actsOnOwn('annuler ma réservation')).toBe(true);
    expect(actsOnOwn('отменить своё бронирование')).toBe(true);
    expect(actsOnOwn('cancel a booking')).toBe(false);
    expect(actsOnOwn('annuler une réservation')).toBe(false);
  });

  it('en: a stated caller who cancels "my booking" reaches its own bookings only', async () => {
    const access = await accessOf(
      project(
        '- **US-01:** As a member, I want to cancel my booking.',
        '| POST | /api/v1/bookings/{id}/cancel | Cancel a booking | member, admin |',
      ),
      'cancelBooking',
    );
    expect(access).toMatchObject({ member: 'own', admin: 'allowed' });
  });

  it('fr: "annuler ma réservation" keeps the cyclist to their own reservations', async () => {
    const access = await accessOf(
      project(
        '- **US-01:** En tant que member, je veux annuler ma réservation.',
        '| POST | /api/v1/bookings/{id}/cancel | Annuler une réservation | member, admin |',
      ),
      'cancelBooking',
    );
    expect(access).toMatchObject({ member: 'own', admin: 'allowed' });
  });

  it('a story without a possessive leaves the stated caller as stated', async () => {
    const access = await accessOf(
      project(
        '- **US-01:** As a member, I want to cancel a booking.',
        '| POST | /api/v1/bookings/{id}/cancel | Cancel a booking | member, admin |',
      ),
      'cancelBooking',
    );
    expect(access).toMatchObject({ member: 'allowed', admin: 'allowed' });
  });
});
