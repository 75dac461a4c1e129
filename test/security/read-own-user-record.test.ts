import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A coworking trial: residents book desks (`bookings.resident_id → residents`), and the rule that lets
// a role read what its records reference gave every resident `GET /residents` on any record — the
// "patient could list every patient" of issue 13. A reference that names the acting role's own record
// grants only that record (the self-profile rule); one that names someone else's still reads them.
const run = (persona: string, table: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Users\n\n| Persona | System role |\n|---|---|\n${persona}\n\n## Requirements\n\n- FR1: ${table}\n`,
      '/p/docs/architecture.md':
        '# Arch\n\nPostgreSQL 16.\n\n```sql\nCREATE TABLE residents (id BIGSERIAL PRIMARY KEY, phone VARCHAR(20) NOT NULL UNIQUE, role VARCHAR(20) NOT NULL);\nCREATE TABLE desks (id BIGSERIAL PRIMARY KEY, title VARCHAR(100) NOT NULL);\nCREATE TABLE bookings (id BIGSERIAL PRIMARY KEY, resident_id BIGINT NOT NULL REFERENCES residents(id), desk_id BIGINT NOT NULL REFERENCES desks(id), starts_at TIMESTAMPTZ NOT NULL);\n```\n',
    }),
  );
const access = async (persona: string, sentence: string, op: string) => {
  const r = await run(persona, sentence);
  return r.spec!.permissions!.rows.find((x) => x.operationId === op)?.access ?? {};
};

describe('a role that books for itself reads only its own user record', () => {
  it('resident books a desk: no list of residents, own record only', async () => {
    const persona = '| Resident | `resident` |\n| Manager | `manager` |';
    const a = await access(persona, 'A resident can book a desk.', 'listResidents');
    expect(a.resident ?? 'denied').toBe('denied');
    const one = await access(persona, 'A resident can book a desk.', 'getResident');
    expect(one.resident ?? 'denied').not.toBe('allowed');
    const desks = await access(persona, 'A resident can book a desk.', 'getDesk');
    expect(desks.resident).toBe('allowed');
  });
  it('near-miss: a manager who books for residents still reads residents', async () => {
    const persona = '| Resident | `resident` |\n| Manager | `manager` |';
    const a = await access(persona, 'A manager can create bookings.', 'getResident');
    expect(a.manager).toBe('allowed');
  });
});
