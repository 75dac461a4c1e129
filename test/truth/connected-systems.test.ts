import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (German trial): "Eine Anbindung an DATEV ist erst für Version 2 geplant" named a system
// the catalogue does not know as a later integration; it was dropped silently. A capitalised name
// after an integration noun is carried as written, with the status of its clause: planned for a
// later version is `future`, never chosen and never lost.
async function run(line: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR-1: Users can list invoices.\n',
    '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE invoices (id uuid PRIMARY KEY);\n\`\`\`\n\n## Accounting\n\n${line}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('a connected system planned for a later version', { timeout: 60_000 }, () => {
  it.each([
    ['de', 'Eine Anbindung an Fibukon ist erst für Version 2 geplant.'],
    ['de', 'Die Anbindung an Fibukon folgt in Version 2.'],
    ['en', 'Sync with Fibukon comes in v2; integration with Fibukon in version 3.'],
    ['en', 'An integration with Fibukon is planned for version 2.'],
    ['es', 'La integración con Fibukon está planificada para la versión 2.'],
    ['fr', 'Une intégration avec Fibukon est prévue pour la version 2.'],
    ['pt', 'A integração com Fibukon está planejada para a versão 2.'],
  ])('%s: %s', async (_l, line) => {
    const spec = await run(line);
    const i = spec.integrations.find((x) => x.name === 'Fibukon');
    expect(i?.status).toBe('future');
    expect(i?.known).toBe(false);
  });
  it('a connection in use is chosen only where its clause says so; no name, no integration', async () => {
    const spec = await run('Die Integration mit dem Lager ist nicht Teil dieses Projekts.');
    expect(spec.integrations.filter((x) => x.status === 'chosen')).toEqual([]);
  });
});
