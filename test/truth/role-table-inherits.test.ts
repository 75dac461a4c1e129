import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 (primary actors keep their primary actions): an English trial's roles table said
// "| site_admin | whole food bank | manage sites, invite coordinators, everything a coordinator can |";
// the site admin was denied every coordinator route (publish a week, check-in, export).
const ROWS: [string, string, string][] = [
  ['en', '| Role | Scope | Can |', 'manage sites, everything a coordinator can'],
  ['es', '| Rol | Alcance | Puede |', 'gestionar sedes, todo lo que un coordinator puede'],
  ['fr', '| Rôle | Portée | Peut |', 'gérer les sites, tout ce qu’un coordinator peut faire'],
  ['de', '| Rolle | Bereich | Darf |', 'Standorte verwalten, alles, was ein coordinator kann'],
  ['it', '| Ruolo | Ambito | Può |', 'gestire le sedi, tutto ciò che un coordinator può fare'],
];

describe('a roles table row that grants everything another role can', { timeout: 60_000 }, () => {
  it.each(ROWS)('%s', async (_lang, header, cell) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- As a coordinator, I want to publish shifts.\n',
      '/p/docs/architecture.md': `# Architecture

\`\`\`sql
CREATE TABLE shifts (id uuid PRIMARY KEY, status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')));
\`\`\`

## Roles

${header}
|---|---|---|
| volunteer | own bookings | browse shifts |
| coordinator | own sites | publish shifts |
| site_admin | whole food bank | ${cell} |

| Method | Path | Who | Notes |
|---|---|---|---|
| GET | /shifts | volunteer, coordinator | list |
| POST | /shifts | coordinator | create |
| POST | /shifts/{id}/publish | coordinator | publish |
`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const admin = spec.roles.find((r) => r.name === 'site_admin');
    expect(admin?.inherits ?? []).toContain('coordinator');
  });
});
