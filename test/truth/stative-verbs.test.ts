import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A coworking trial's business rules "A resident is never deleted but deactivated" and "A resident can
// have at most 3 active bookings" became stories of the resident: "i never deleted but deactivated"
// (the third-person "is" cut to "i") and "have at most 3 active bookings", each "without operation".
// A verb that says what a record is or holds states a rule, never an action.
const run = (rules: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Users\n\n| Persona | System role |\n|---|---|\n| Resident | \`resident\` |\n| Member | \`member\` |\n\n## Business Rules\n\n${rules}\n`,
      '/p/docs/architecture.md':
        '# Arch\n\n```sql\nCREATE TABLE residents (id BIGSERIAL PRIMARY KEY, status VARCHAR(20) NOT NULL);\nCREATE TABLE bookings (id BIGSERIAL PRIMARY KEY, resident_id BIGINT NOT NULL REFERENCES residents(id));\n```\n',
    }),
  );

describe('a rule about what a role’s record is or holds is no story', () => {
  it.each([
    '- **BR-3**: A resident is never deleted but deactivated.',
    '- **BR-5**: A resident has at most 3 active bookings at a time.',
    '- **BR-6**: A resident can have at most 3 active bookings at a time.',
    '- **BR-7**: A member remains active for 30 days after payment.',
  ])('%s', async (rule) => {
    const r = await run(rule);
    expect(r.domain!.stories ?? []).toEqual([]);
  });
  it('near-miss: a role that acts is still a story', async () => {
    const r = await run(
      '- **BR-8**: A resident books a desk for a day.\n- **BR-9**: A resident can cancel a booking.',
    );
    expect((r.domain!.stories ?? []).map((s) => s.action)).toEqual([
      'book a desk for a day',
      'cancel a booking',
    ]);
  });
});

// A Swedish trial's "FR-6: A household may lease at most one plot." became a household story mapped to
// a derived `createLease` for members, though a lease is made by accepting an offer. A count right
// after the verb states a limit on the act: a rule (BR-…), not a capability.
describe('an act bounded by a count is a rule, not a story', () => {
  it.each([
    ['en', '- **BR-10**: A resident may book at most one desk per day.'],
    ['en', '- **BR-11**: A resident can reserve no more than 2 desks.'],
    ['de', '- **BR-12**: Ein Mitglied darf höchstens eine Buchung stornieren.'],
    ['fr', '- **BR-13**: Un résident peut réserver au plus un bureau.'],
    ['es', '- **BR-14**: Un residente puede reservar como máximo un escritorio.'],
    ['sv', '- **BR-16**: En medlem kan stå i kön endast en gång.'],
    ['en', '- **BR-17**: A resident can join the waiting list only once.'],
  ])('%s: %s', async (_lang, rule) => {
    const r = await run(rule);
    expect(r.domain!.stories ?? []).toEqual([]);
  });
  it('near-miss: a count inside the object is still the actor’s act', async () => {
    const r = await run('- **BR-15**: A resident can book a desk for up to 4 people.');
    expect((r.domain!.stories ?? []).map((s) => s.action)).toEqual(['book a desk for up to 4 people']);
  });
});
