import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 point 3: when "cancels" stopped granting a general update, the roles that book
// appointments lost the `book` state action (held → booked), and the receptionist lost the deposit
// waiver ("can waive the deposit", the `deposit_waived` column). Booking makes the record and is
// also the action that confirms it; a yes/no column the sentence names by verb and noun is an update
// of that column, never every state action. (The record's update exists because the manager edits
// visits: designing an operation of its own for the waiver is left to the operation designer.)
const DATA = `\`\`\`sql
CREATE TYPE visit_status AS ENUM ('held', 'booked', 'checked_in', 'cancelled');
CREATE TABLE guests (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE visits (
  id uuid PRIMARY KEY,
  guest_id uuid NOT NULL REFERENCES guests(id),
  starts_at timestamptz NOT NULL,
  status visit_status NOT NULL DEFAULT 'held',
  fee_waived boolean NOT NULL DEFAULT false
);
\`\`\``;

// English only: the booking verbs of the other languages are no create word of the grant vocabulary
// (see read/grant-state-words.ts).
const PRD: Record<string, string> = {
  en: [
    '| Role | Who | What they do |',
    '|---|---|---|',
    '| Guest | A hotel guest | Books and cancels their own visits |',
    '| Desk | Front-desk staff | Checks guests in |',
    '| Manager | The hotel manager | Edits visits |',
    '',
    '## Functional Requirements',
    '',
    '- FR-1 The desk can book and cancel visits for any guest, and can waive the fee.',
    '- FR-2 The desk checks a guest in on arrival.',
    '- FR-3 The manager can edit visits.',
  ].join('\n'),
};

async function matrix(prd: string, data = DATA) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n${prd}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n${data}\n`,
    }),
  );
  const spec = r.spec!;
  const access = (method: string, suffix: string) => {
    const e = spec.endpoints.find((x) => x.method === method && x.path.endsWith(suffix));
    if (!e)
      throw new Error(
        `${method} ${suffix} not in ${spec.endpoints.map((x) => `${x.method} ${x.path}`).join(', ')}`,
      );
    return spec.permissions!.rows.find((x) => x.operationId === e.operationId)!.access;
  };
  return { spec, access };
}

describe('booking is the book action too; a waiver is the update of its column', { timeout: 60_000 }, () => {
  it('en', async () => {
    const { spec, access } = await matrix(PRD.en!);
    // "Books … their own visits": the guest confirms their own visit, the desk any visit.
    expect(access('POST', '/visits/{id}/book')).toMatchObject({ guest: 'own', desk: 'allowed' });
    // "can waive the fee": the desk may update the visit (its fee_waived), the guest may not.
    expect(access('PATCH', '/visits/{id}')).toMatchObject({ guest: 'denied', desk: 'allowed' });
    const waiver = spec.permissions!.grants!.find((g) => g.role === 'desk' && g.field === 'feeWaived');
    expect(waiver).toMatchObject({ resource: 'Visit', action: 'update' });
    // The column's update is no state action: the guest's check-in is still nobody's but the desk's.
    expect(access('POST', '/visits/{id}/check-in')).toMatchObject({ guest: 'denied', desk: 'allowed' });
    // "cancels" still grants the cancel action only, never a general update.
    expect(
      spec.permissions!.grants!.filter(
        (g) => g.role === 'guest' && g.resource === 'Visit' && g.action === 'update',
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ verb: 'book' }),
        expect.objectContaining({ verb: 'cancel' }),
      ]),
    );
    expect(
      spec.permissions!.grants!.some((g) => g.role === 'guest' && g.action === 'update' && !g.verb),
    ).toBe(false);
  });
  it('near-miss: a record with no booked state gets no book action from "books"', async () => {
    const { spec } = await matrix(
      PRD.en!.replace('Books and cancels their own visits', 'Books rooms for their guests'),
    );
    expect(spec.permissions!.grants!.some((g) => g.verb === 'book' && g.resource === 'Guest')).toBe(false);
  });
});
