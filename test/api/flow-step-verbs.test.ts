import { describe, expect, it } from 'vitest';
import { eachVerb } from '../../src/extract/stories.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * A UX-flow step that coordinates several verbs ("The mechanic reviews and confirms the booking",
 * "El mechanic registra y confirma la booking") yields one story per verb, each mapped to its own
 * operation, not only the first verb's.
 */
const SQL = `\`\`\`sql
CREATE TYPE user_role AS ENUM ('mechanic', 'customer', 'admin');
CREATE TYPE booking_status AS ENUM ('requested', 'confirmed', 'cancelled');
CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  role user_role NOT NULL DEFAULT 'customer'
);
CREATE TABLE bookings (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id UUID NOT NULL REFERENCES users(id),
  status booking_status NOT NULL DEFAULT 'requested',
  starts_at TIMESTAMPTZ NOT NULL
);
\`\`\``;
const PRD =
  '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| customer | Workshop customer |\n| mechanic | Mechanic |\n| admin | Administrator |\n\n## Functional requirements\n\n- FR-1: Customers request bookings.\n';

async function stories(step: string) {
  const host = memoryHost({
    '/w/docs/prd.md': PRD,
    '/w/docs/architecture.md': `# Architecture\n\nJWT bearer tokens.\n\n## Data model\n\n${SQL}\n`,
    '/w/docs/ux-flows.md': `# UX flows\n\n## Flow 1: Booking intake\n\n${step}\n2. The customer opens the app.\n`,
  });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  return r.spec!.stories!.filter(
    (s) => s.origin.kind === 'source' && s.origin.file === 'docs/ux-flows.md' && s.origin.line === 5,
  );
}

describe.each([
  ['en', '1. The mechanic reviews and confirms the booking.', 'confirmBooking'],
  ['en (two objects)', '1. The mechanic opens the booking and cancels the booking.', 'cancelBooking'],
  ['es', '1. El mechanic revisa y confirma la booking.', 'confirmBooking'],
  ['pt', '1. O mechanic abre e cancela a booking.', 'cancelBooking'],
  ['fr', '1. Le mechanic vérifie et confirme la booking.', 'confirmBooking'],
  ['de', '1. Der mechanic öffnet und storniert die booking.', 'cancelBooking'],
])('a flow step with two verbs in %s', (_lang, step, second) => {
  it('maps the second verb too', async () => {
    const found = await stories(step);
    expect(found.length, JSON.stringify(found.map((s) => s.action))).toBe(2);
    expect(
      found.flatMap((s) => s.operations),
      JSON.stringify(found.map((s) => [s.action, s.operations, s.unmapped])),
    ).toContain(second);
    expect(found.every((s) => s.actor.toLowerCase().includes('mechanic'))).toBe(true);
  });
});

describe('eachVerb', () => {
  it('distributes a shared object, keeps coordinated objects and whole phrases', () => {
    expect(eachVerb('review and approve the order')).toEqual(['review the order', 'approve the order']);
    expect(eachVerb('registra y confirma la cita')).toEqual(['registra la cita', 'confirma la cita']);
    expect(eachVerb('search the patient and book an appointment')).toEqual([
      'search the patient',
      'book an appointment',
    ]);
    expect(eachVerb('search patients and doctors')).toEqual(['search patients and doctors']);
    expect(eachVerb('list patients and their doctors')).toEqual(['list patients and their doctors']);
  });
});

describe('a step part that names nothing the API serves', { timeout: 60_000 }, () => {
  it('stays with its sibling ("opens "Reports" and picks a month" is one story)', async () => {
    const whole = await stories('1. The admin opens "Reports" and picks a month.');
    expect(whole.map((s) => s.action)).toEqual(['open "Reports" and picks a month']);
    // Both parts name a record: the step splits.
    const split = await stories('1. The mechanic opens the booking and confirms the booking.');
    expect(split.map((s) => s.action)).toEqual(['open the booking', 'confirm the booking']);
  });
});
