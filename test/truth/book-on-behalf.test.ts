import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A coworking trial: "A manager can book a desk for a resident" created a Desk (the manager was granted
// `createDesk`): the booking record was found only for the actor's own record. The person a booking
// is made for, named in the object, is that record's person too.
const run = (sentence: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Users\n\n| Persona | System role |\n|---|---|\n| Resident | \`resident\` |\n| Manager | \`manager\` |\n\n## Requirements\n\n- FR1: ${sentence}\n`,
      '/p/docs/architecture.md':
        '# Arch\n\nPostgreSQL 16.\n\n```sql\nCREATE TABLE residents (id BIGSERIAL PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE, role VARCHAR(20) NOT NULL);\nCREATE TABLE desks (id BIGSERIAL PRIMARY KEY, title VARCHAR(100) NOT NULL);\nCREATE TABLE bookings (id BIGSERIAL PRIMARY KEY, resident_id BIGINT NOT NULL REFERENCES residents(id), desk_id BIGINT NOT NULL REFERENCES desks(id), starts_at TIMESTAMPTZ NOT NULL);\n```\n',
    }),
  );

describe('a booking made for someone else creates the booking record', () => {
  it.each([
    ['A manager can book a desk for a resident.', 'manager'],
    ['A manager books a desk for a resident.', 'manager'],
    ['A resident can book a desk.', 'resident'],
  ])('%s', async (sentence, role) => {
    const r = await run(sentence);
    expect(r.spec!.stories?.find((s) => s.id === 'FR1')?.operations).toEqual(['createBooking']);
    const rows = r.spec!.permissions!.rows;
    expect(rows.find((x) => x.operationId === 'createBooking')?.access[role]).toBe('allowed');
    expect(rows.find((x) => x.operationId === 'createDesk')?.access[role] ?? 'denied').toBe('denied');
  });
});
