import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Brazilian spec-kit trial wrote its roles in a persona table ("Persona | Papel no sistema |
// Descrição", the role key in backticks): only the roles stories named were read, so the stated
// route table's `secretaria` and `operador_cantina` were "granted to no role".
const run = (header: string, rows: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Personas\n\n${header}\n|---|---|---|\n${rows}\n\n## Requirements\n\n- FR1: Staff manage classes.\n`,
      '/p/docs/architecture.md':
        '# Architecture\n\nPostgreSQL 16.\n\n## Data model\n\n### Turma\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| nome | text |\n',
    }),
  );

describe('a persona table’s system-role column names the roles', () => {
  for (const [lang, header] of [
    ['pt', '| Persona | Papel no sistema | Descrição |'],
    ['en', '| Persona | Role in the system | Description |'],
    ['es', '| Persona | Rol en el sistema | Descripción |'],
  ] as const) {
    it(`${lang}: ${header}`, async () => {
      const r = await run(
        header,
        '| Luíza, school secretary | `secretaria` | Registers classes |\n| Joaquim, canteen owner | `operador_cantina` | Prepares the day |',
      );
      expect(r.domain!.roles.map((x) => x.name)).toEqual(
        expect.arrayContaining(['secretaria', 'operador_cantina']),
      );
      expect(r.domain!.roles.find((x) => x.name === 'secretaria')!.description).toBe('Registers classes');
    });
  }
  it('near-miss: a persona table without a role column names no role from its first column', async () => {
    const r = await run(
      '| Persona | Goal | Description |',
      '| Luíza, school secretary | fewer calls | Registers classes |',
    );
    expect(r.domain!.roles.map((x) => x.name)).not.toContain('secretaria');
  });
});

// A Swedish trial (and its English translation) wrote "Role | Description | System role" with the keys
// `steward` and `board` in the last column: the lead column's titles became the roles ("area_steward",
// "board_member"), and User.role's `steward` / `board` matched none (reconcile/role-mismatch).
describe('a system-role column after a lead role column keys the roles', () => {
  for (const [lang, header] of [
    ['en', '| Role | Description | System role |'],
    ['sv', '| Roll | Beskrivning | Systemroll |'],
  ] as const) {
    it(`${lang}: ${header}`, async () => {
      const r = await run(
        header,
        '| Area steward | Leads work days | `steward` |\n| Board member | Runs the queue | `board` |',
      );
      expect(r.domain!.roles.map((x) => [x.name, x.label])).toEqual([
        ['steward', 'Area steward'],
        ['board', 'Board member'],
      ]);
    });
  }
});
