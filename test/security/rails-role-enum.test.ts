import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found by the Portuguese trial (lancheira): `enum :papel, { …, nutricionista: "nutricionista" }`, the
// Rails enum of the staff's role, was not read, so the route table's `nutricionista` and the story
// "Como nutricionista da escola (papel `nutricionista`)" had no role and the approval was denied to
// everyone. A Rails enum named for a role (role, papel, rol, Rolle, ruolo, perfil) lists roles.

const project = (ruby: string, story: string) =>
  memoryHost({
    '/p/docs/prd.md': `# PRD\n\n- ${story}\n`,
    '/p/docs/architecture.md': `# Architecture

\`\`\`ruby
class Empleado < ApplicationRecord
  ${ruby}
end
\`\`\`

\`\`\`sql
CREATE TABLE empleados (id bigserial PRIMARY KEY, email text NOT NULL, rol text NOT NULL);
CREATE TABLE cierres (id bigserial PRIMARY KEY, fecha date NOT NULL, status text NOT NULL DEFAULT 'abierto' CHECK (status IN ('abierto', 'aprobado')));
\`\`\`
`,
  });

describe('a Rails enum of roles', { timeout: 120_000 }, () => {
  it.each([
    ['es, new syntax', 'enum :rol, { cajero: "cajero", gerente: "gerente", auditor: "auditor" }'],
    ['de, old syntax with integers', 'enum rolle: { cajero: 0, gerente: 1, auditor: 2 }'],
  ])('%s', async (_name, ruby) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(ruby, 'Como auditor, quiero aprobar el cierre de caja, para cerrar el día.'),
    );
    const roles = (r.spec!.roles ?? []).map((x) => x.name).sort();
    expect(roles).toEqual(expect.arrayContaining(['auditor', 'cajero', 'gerente']));
  });

  it('an enum named for something else lists no roles', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      project(
        'enum :turno, { manana: "manana", tarde: "tarde", noche: "noche" }',
        'Como cajero, quiero ver el cierre.',
      ),
    );
    expect((r.spec!.roles ?? []).map((x) => x.name)).not.toContain('manana');
  });
});
