import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (Kiro trial): a route table's access word that matches no role ("Who: auditor" with no
// auditor role) was dropped silently and the other rules granted the route on a guess. Now the word
// is reported at its line with the fix, asked about, and the route is granted to no role.
const DATA = `\`\`\`sql
CREATE TABLE tools (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE loans (id uuid PRIMARY KEY, tool_id uuid NOT NULL REFERENCES tools(id));
\`\`\``;

const PRD = `# PRD

- As a member, I want to borrow a tool, so that I can use it.
- As a branch manager, I want to add tools and read the loans, so that members can borrow them.
`;

describe('an access word that names no role', { timeout: 60_000 }, () => {
  it.each([
    ['en', '| Method | Path | Who | Purpose |', 'auditor', 'list loans'],
    ['es', '| Método | Ruta | Quién | Propósito |', 'auditor', 'listar préstamos'],
    ['fr', '| Méthode | Chemin | Qui | Objet |', 'auditeur', 'lister les prêts'],
    ['de', '| Methode | Pfad | Wer | Zweck |', 'Prüfer', 'Ausleihen auflisten'],
    ['pt', '| Método | Caminho | Quem | Propósito |', 'auditor', 'listar empréstimos'],
  ])('%s: reported, asked about, granted to no role', async (_l, header, word, purpose) => {
    const routes = `${header}\n|---|---|---|---|\n| POST | /tools | manager | add |\n| GET | /loans | ${word} | ${purpose} |`;
    const host = memoryHost({
      '/p/docs/prd.md': PRD,
      '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n${DATA}\n\n## API\n\n${routes}\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const spec = r.spec!;
    const d = r.diagnostics.find((x) => x.code === 'security/unknown-route-caller');
    expect(d?.message).toContain(`"${word.toLowerCase()}"`);
    expect(d?.at).toMatchObject({ file: 'docs/architecture.md', line: 15 });
    expect(d?.hint).toContain('branch_manager');
    const q = spec.questions?.find((x) => x.id.startsWith('security/route-caller/'));
    expect(q?.text).toContain(`"${word.toLowerCase()}"`);
    expect(q?.source).toMatchObject({ file: 'docs/architecture.md', line: 15 });
    const e = spec.endpoints.find((x) => x.method === 'GET' && x.path === '/loans');
    const row = spec.permissions?.rows.find((x) => x.operationId === e?.operationId);
    expect(Object.values(row?.access ?? {}).every((a) => a === 'denied')).toBe(true);
    // The matched word still decides its own route.
    const add = spec.endpoints.find((x) => x.method === 'POST' && x.path === '/tools');
    const addRow = spec.permissions?.rows.find((x) => x.operationId === add?.operationId);
    expect(addRow?.access.branch_manager).toBe('allowed');
  });
  it('a provider in the access column of its webhook is no unknown role', async () => {
    const routes =
      '| Method | Path | Who | Purpose |\n|---|---|---|---|\n| POST | /tools | manager | add |\n| POST | /webhooks/stripe | Stripe | payment events |';
    const host = memoryHost({
      '/p/docs/prd.md': PRD,
      '/p/docs/architecture.md': `# Architecture\n\n- Payments: Stripe\n\n## Data\n\n${DATA}\n\n## API\n\n${routes}\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.diagnostics.filter((x) => x.code === 'security/unknown-route-caller')).toEqual([]);
  });
});
