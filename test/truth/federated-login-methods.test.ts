import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Czech golden sberka-cs signs citizens in with Bank iD and staff with Keycloak; the spec never
// named Bank iD and said Keycloak runs all sign-in. The Norwegian dugnad-nb states "Vipps Login via
// Auth0 sin sosiale tilkobling" and BankID "utsatt" (postponed). A stated login method (a bank or
// national identity, a social login an IdP federates) is named; a postponed one is not.
async function methods(stack: string, prose: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A resident orders a pickup.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Stack\n\n| Concern | Choice |\n|---|---|\n| Authentication | ${stack} |\n\n## Sign-in\n\n${prose}\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total int NOT NULL);\n\`\`\`\n`,
    }),
  );
  return (r.spec!.auth?.socialProviders ?? []).map((s) => s.value).sort();
}

describe('a stated login method beside the identity provider is named', () => {
  it.each([
    ['cs', 'Keycloak 25', 'Občané se přihlašují přes **Bank iD** (OpenID Connect).', ['Bank iD']],
    [
      'nb',
      'Auth0',
      'Vi bruker Auth0 for innlogging, samt Vipps Login via Auth0 sin sosiale tilkobling.\n\nBankID ble utsatt til en senere versjon på grunn av kostnaden per innlogging.',
      ['Vipps Login'],
    ],
    ['en', 'Auth0', 'Residents sign in with BankID through Auth0.', ['BankID']],
    ['es', 'Auth0', 'Los vecinos inician sesión con MitID a través de Auth0.', ['MitID']],
  ])('%s', async (_lang, stack, prose, expected) => {
    expect(await methods(stack, prose)).toEqual(expected);
  });
});
