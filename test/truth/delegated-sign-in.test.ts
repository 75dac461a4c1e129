import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { authSection } from '../../src/render/markdown/sections/05-auth.js';

// Issue 11: sign-in delegated to Keycloak (gustarica-ro, skladka-speckit-uk) still gave the
// authentication service a `PasswordHasher` and a `TokenSigner` and a sign-out that "revokes the
// refresh token server-side"; Devise (podilato-el) hashes with bcrypt, yet argon2id was proposed; a
// Google sign-in put off to phase 2 was listed nowhere.
const USERS = `\`\`\`sql\nCREATE TABLE app_users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, role text NOT NULL);\nCREATE TABLE orders (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES app_users(id), total numeric NOT NULL);\n\`\`\``;

async function run(security: string) {
  const host = memoryHost({
    '/p/docs/prd.md':
      '# PRD\n\n## Roles\n\n| Role | What they do |\n|---|---|\n| Parent | Orders meals |\n| Cook | Prepares meals |\n',
    '/p/docs/architecture.md': `# Architecture\n\n## Authentication\n\n${security}\n\n## Data\n\n${USERS}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

describe('sign-in as the documents state it', { timeout: 120_000 }, () => {
  it.each([
    [
      'es',
      'La autenticación se delega en Keycloak: el servicio solo valida los tokens JWT emitidos por Keycloak.',
    ],
    [
      'en',
      'Sign-in is delegated to Keycloak (OpenID Connect); the API only validates the JWTs issued by Keycloak.',
    ],
  ])('%s: delegated to Keycloak, no hasher, no signer, sign-out at the provider', async (_lang, text) => {
    const spec = await run(text);
    expect(spec.auth!.tokenIssuer?.value).toBe('provider');
    expect(spec.auth!.passwordHashing).toBeNull();
    expect(spec.auth!.refreshRotation).toBeNull();
    expect(spec.jobs.map((j) => j.name)).not.toContain('purge-expired-tokens');
    const deps = spec.services.find((s) => s.name === 'AuthenticationService')?.dependencies ?? [];
    expect(deps.filter((d) => /PasswordHasher|TokenSigner/.test(d))).toEqual([]);
    const md = authSection.render({ spec, t: catalogFor('en').messages } as never)!;
    expect(md).toContain('Sign-out ends the session at Keycloak');
    expect(md).not.toContain('server-side and clears the cookie');
  });

  it.each([
    [
      'en',
      'Authentication: Devise with devise-jwt; users sign in with e-mail and password.\n\nGoogle sign-in is deferred to phase 2.',
    ],
    [
      'fr',
      'Authentification : Devise avec devise-jwt ; connexion par e-mail et mot de passe.\n\nLa connexion avec Google est reportée à la phase 2.',
    ],
  ])('%s: Devise hashes with bcrypt; Google sign-in deferred', async (_lang, text) => {
    const spec = await run(text);
    expect(spec.auth!.passwordHashing?.value).toBe('bcrypt, cost 12');
    expect(spec.auth!.socialProviders).toEqual([]);
    const deferred = spec.reconciliation.decisions.filter((d) => d.status === 'deferred');
    expect(deferred.map((d) => d.subject).join('\n')).toMatch(/Google/);
  });
});
