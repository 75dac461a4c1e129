import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (German trial): "Anmeldung über ZITADEL … Rollen kommen aus dem Token-Claim
// `urn:zitadel:iam:org:project:roles`" gave section 5.2 a generic `role` claim and our own API as
// the issuer. The stated role claim replaces `role`, with its line; a delegated provider is the issuer.
async function run(auth: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR-1: Users can list invoices.\n',
    '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE invoices (id uuid PRIMARY KEY);\n\`\`\`\n\n## Auth\n\n${auth}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('the stated role claim of a delegated provider', { timeout: 60_000 }, () => {
  it.each([
    [
      'de',
      'Anmeldung über Keycloak (OIDC). Rollen kommen aus dem Token-Claim `realm_access.roles`.',
      'realm_access.roles',
    ],
    [
      'en',
      'Sign-in is delegated to Keycloak (OIDC). Roles come from the `https://acme.io/roles` claim.',
      'https://acme.io/roles',
    ],
    ['es', 'El inicio de sesión se delega a Keycloak (OIDC). Los roles vienen del claim `groups`.', 'groups'],
    [
      'fr',
      'La connexion est déléguée à Keycloak (OIDC). Les rôles viennent du claim `urn:acme:roles`.',
      'urn:acme:roles',
    ],
  ])('%s', async (_l, line, claim) => {
    const spec = await run(line);
    const claims = spec.auth?.jwtClaims ?? [];
    const role = claims.find((c) => c.name === claim);
    expect(role?.origin).toMatchObject({ kind: 'source', file: 'docs/architecture.md' });
    expect(claims.some((c) => c.name === 'role')).toBe(false);
    expect(claims.find((c) => c.name === 'iss')?.description).toContain('Keycloak');
  });
  it('without a stated claim the generic role claim stays a proposal', async () => {
    const spec = await run('Sign-in is delegated to Keycloak (OIDC).');
    expect(spec.auth?.jwtClaims.find((c) => c.name === 'role')?.origin.kind).toBe('default');
  });
});
