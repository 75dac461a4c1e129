import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13 item 3: a persona line that marks a record as a state ("marks appointments completed")
 * grants the action that sets that state (`POST …/complete`), not every state action of the record
 * nor its generic PATCH. Fixtures in English, Spanish and Italian.
 */
const arch = (table: string, states: string[]) => `# Architecture

Authentication: JWT bearer tokens.

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE ${table} (
  id UUID PRIMARY KEY,
  user_id UUID NOT NULL REFERENCES users(id),
  starts_at TIMESTAMPTZ NOT NULL,
  status TEXT NOT NULL CHECK (status IN (${states.map((s) => `'${s}'`).join(', ')}))
);
\`\`\`

## API

| Method | Path | Purpose |
|---|---|---|
| GET | /api/${table} | List |
| GET | /api/${table}/{id} | Read one |
| PATCH | /api/${table}/{id} | Edit |
| POST | /api/${table}/{id}/book | Book |
| POST | /api/${table}/{id}/complete | Complete |
| POST | /api/${table}/{id}/cancel | Cancel |
`;

describe('a marked state grants its own action only', () => {
  it.each([
    [
      'en',
      '| Role | What they do |\n|---|---|\n| Clinician | Sees their own schedule, marks appointments completed |\n| Admin | Full access to everything |',
      'appointments',
      ['booked', 'completed', 'cancelled'],
      'clinician',
      'complete',
    ],
    [
      'es',
      '| Rol | Qué hace |\n|---|---|\n| Médico | Consulta su agenda, marca las citas completadas |\n| Admin | Acceso completo |',
      'citas',
      ['reservada', 'completada', 'cancelada'],
      'médico',
      'complete',
    ],
    [
      'en, a user story',
      '| Role | Who |\n|---|---|\n| Clinician | A doctor |\n| Admin | Full access to everything |\n\n## Stories\n\n- As a clinician, I want to mark an appointment as completed so that the day closes.',
      'appointments',
      ['booked', 'completed', 'cancelled'],
      'clinician',
      'complete',
    ],
    [
      'it',
      '| Ruolo | Cosa fa |\n|---|---|\n| Medico | Consulta la sua agenda, segna le visite completate |\n| Admin | Accesso completo |',
      'visite',
      ['prenotata', 'completata', 'annullata'],
      'medico',
      'complete',
    ],
  ])('%s', async (_, roles, table, states, role, verb) => {
    const prd = `# PRD\n\n## Roles\n\n${roles}\n`;
    const host = memoryHost({ '/c/docs/prd.md': prd, '/c/docs/architecture.md': arch(table, states) });
    const r = await compile({ root: '/c', lang: 'en', verify: { skip: true } }, host);
    const spec = r.spec!;
    const who = spec.permissions!.roles.find((x) =>
      x.normalize('NFD').startsWith(role.normalize('NFD').slice(0, 4)),
    )!;
    expect(who).toBeDefined();
    const rows = spec.permissions!.rows.map((row) => {
      const e = spec.endpoints.find((x) => x.operationId === row.operationId)!;
      return { method: e.method, path: e.path, access: row.access[who] };
    });
    const writes = rows.filter((x) => x.path.startsWith(`/api/${table}/{id}`) && x.method !== 'GET');
    const marked = writes.filter((x) => x.path.endsWith(`/${verb}`));
    expect(marked).toHaveLength(1);
    expect(marked[0]!.access).not.toBe('denied');
    // Every other write on the record — the PATCH and the other state actions — stays denied.
    expect(writes.filter((x) => x !== marked[0] && x.access !== 'denied')).toEqual([]);
  });
});
