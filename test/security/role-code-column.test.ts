import { describe, expect, it } from 'vitest';
import { resolveRoles } from '../../src/derive/security/roles.js';
import { doc, extractSecurity } from './helpers.js';

// A roles table whose code column is headed "code of the role" in a Slavic language ("Kód role",
// "Kód roly", "Kod roli") under a heading about users ("Uživatelé a role", "Používatelia a roly",
// "Użytkownicy i role"): the code column is the role's key. Found in a Slovak trial where the whole
// table was skipped and the default role `user` stood in for four stated roles.
const table = (heading: string, header: string) =>
  [
    `## 2. ${heading}`,
    '',
    `| ${header} | Popis |`,
    '|---|---|---|',
    '| Čtenář | `ctenar` | Půjčuje si knihy a prodlužuje výpůjčky. |',
    '| Knihovník | `knihovnik` | Eviduje výpůjčky a vrácení. |',
    '',
  ].join('\n');

describe('a roles table with a code column named in Czech, Slovak or Polish', () => {
  it.each([
    ['Uživatelé a role', 'Role | Kód role'],
    ['Používatelia a roly', 'Rola | Kód roly'],
    ['Użytkownicy i role', 'Rola | Kod roli'],
  ])('reads the codes under "%s" with "%s"', (heading, header) => {
    const { roles, defaulted } = resolveRoles(
      extractSecurity([doc('docs/prd.md', 'prd', table(heading, header))]),
    );
    expect(defaulted).toBe(false);
    expect(roles.map((r) => r.name)).toEqual(['ctenar', 'knihovnik']);
    expect(roles.map((r) => r.label)).toEqual(['Čtenář', 'Knihovník']);
  });
});
