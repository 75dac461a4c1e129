import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A Swedish trial (BankID through Criipto Verify, OIDC) stated "After sign-in Phoenix creates a
// session cookie (HttpOnly, Secure, SameSite=Lax) valid for 8 hours. The API uses the same session;
// we issue no JWTs of our own." The spec showed a "JWT payload" of provider tokens verified on every
// request; taken as a session, it then proposed argon2 password hashing, a password policy and a
// login lockout for an app that stores no passwords. The provider runs sign-in, the backend keeps a
// server-side session: start and callback of the code flow, sign-out, and no password of ours.
const run = (auth: string, lang = 'en') =>
  compile(
    { root: '/p', verify: { skip: true }, lang },
    memoryHost({
      '/p/docs/prd.md':
        '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| member | leases a plot |\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Authentication\n\n${auth}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL, role text NOT NULL);\n\`\`\`\n`,
    }),
  );

describe('a server session after an identity provider’s sign-in', { timeout: 120_000 }, () => {
  it.each([
    [
      'en',
      'Sign-in uses Auth0 (OpenID Connect). After sign-in the server creates a session cookie (HttpOnly, Secure) valid for 8 hours; we issue no JWTs of our own.',
    ],
    [
      'de',
      'Die Anmeldung läuft über Auth0 (OpenID Connect). Nach der Anmeldung legt der Server eine Session an (Session-Cookie, HttpOnly, Secure), gültig für 8 Stunden.',
    ],
  ])(
    '%s: is a session strategy with the provider’s code flow and no password of ours',
    async (lang, auth) => {
      const r = await run(auth, lang);
      const a = r.spec!.auth!;
      expect(a.strategy.value).toBe('session');
      expect(a.provider?.value).toBe('Auth0');
      expect(a.passwordHashing ?? null).toBeNull();
      const ops = r.spec!.endpoints.filter((e) => e.resource === 'Auth').map((e) => e.operationId);
      expect(ops.sort()).toEqual(['auth0Callback', 'getMe', 'logout', 'startAuth0Login']);
    },
  );
  it('near-miss: a provider whose tokens the API verifies stays the provider strategy', async () => {
    const r = await run('Sign-in uses Auth0 (OpenID Connect); the API validates the Auth0 access tokens.');
    expect(r.spec!.auth!.strategy.value).toBe('oauth-provider');
    expect(r.spec!.endpoints.filter((e) => e.resource === 'Auth').map((e) => e.operationId)).toEqual([
      'getMe',
    ]);
  });
});

// rayon (French): cyclists sign in by magic link "(session cookie)", staff "par Keycloak (jetons
// Bearer OIDC)": the provider's bearer tokens stay the staff's credential.
describe('a provider whose bearer tokens another sentence states', { timeout: 120_000 }, () => {
  it('fr: keeps the provider strategy beside another audience’s session', async () => {
    const r = await run(
      'Les cyclistes se connectent par lien magique (session cookie) ; le personnel par Keycloak (jetons Bearer OIDC).',
      'fr',
    );
    expect(r.spec!.auth!.strategy.value).toBe('oauth-provider');
  });
});
