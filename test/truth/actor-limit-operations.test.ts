import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// An unseen trial (a tool library) stated "A member may borrow at most 3 tools at the same time": the
// limit was attached to `createTool`, which only administrators call, with `TOOL_LIMIT_EXCEEDED`. A
// rule on what its actor does guards no create only other roles may call.
const run = (prd: string, schema: string, routes: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n\`\`\`sql\n${schema}\n\`\`\`\n\n## API\n\n${routes}\n`,
    }),
  );

describe("a limit on an actor's holdings", { timeout: 120_000 }, () => {
  it('en: "A member may borrow at most 3 tools" guards no admin-only createTool', async () => {
    const r = await run(
      '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| member | borrows tools |\n| admin | manages tools |\n\n## Business rules\n\n- **BR-01:** A member may borrow at most 3 tools at the same time.\n',
      'CREATE TABLE members (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE tools (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);',
      '| Method | Path | Description | Role |\n|---|---|---|---|\n| GET | /tools | Tool catalogue | public |\n| POST | /tools | Add a tool | admin |',
    );
    const rule = r.spec!.rules!.find((x) => x.id === 'BR-01')!;
    expect(rule.operations).not.toContain('createTool');
  });

  it("de (near-miss guard, passes before and after): a member's own create stays guarded beside an admin-only create", async () => {
    const r = await run(
      '# PRD\n\n## Rollen\n\n| Rolle | Beschreibung |\n|---|---|\n| mitglied | leiht Werkzeuge |\n| admin | verwaltet Werkzeuge |\n\n## Geschäftsregeln\n\n- **GR-01:** Ein Mitglied darf höchstens 3 Werkzeuge gleichzeitig ausleihen.\n- **GR-02:** Ein Mitglied darf höchstens 2 offene Reservierungen haben.\n',
      'CREATE TABLE mitglieder (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, rolle TEXT NOT NULL);\nCREATE TABLE werkzeuge (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);\nCREATE TABLE reservierungen (id BIGSERIAL PRIMARY KEY, mitglied_id BIGINT NOT NULL REFERENCES mitglieder(id));',
      '| Methode | Pfad | Beschreibung | Rolle |\n|---|---|---|---|\n| POST | /werkzeuge | Werkzeug anlegen | admin |\n| POST | /reservierungen | Reservieren | mitglied |',
    );
    const ops = (text: string) => r.spec!.rules!.find((x) => x.text.includes(text))?.operations ?? [];
    expect(ops('3 Werkzeuge')).not.toContain('createWerkzeug');
    expect(ops('2 offene')).toContain('createReservierung');
  });
});

describe('a lockout rule', () => {
  it('"after 5 failed sign-ins the account is locked" raises ACCOUNT_LOCKED, as "sign-in attempts" does', async () => {
    const { readRule } = await import('../../src/read/rule-words.js');
    expect(readRule('After 5 failed sign-ins the account is locked for 15 minutes.').codeHint).toBe(
      'ACCOUNT_LOCKED',
    );
    expect(readRule('After 5 failed logins the account is locked for 15 minutes.').codeHint).toBe(
      'ACCOUNT_LOCKED',
    );
    expect(readRule('After 5 failed sign-in attempts an account is locked for 15 minutes.').codeHint).toBe(
      'ACCOUNT_LOCKED',
    );
  });
});
