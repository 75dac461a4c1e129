import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { authSection } from '../../src/render/markdown/sections/05-auth.js';

// Issue 11: moorline (magic link and Google Workspace, then "the API issues a Guardian JWT") and
// dongne (Kakao Login, then "서버는 자체 액세스 토큰(JWT)을 발급한다") had the strategy "External
// identity provider": the tokens the API accepts are its own, the provider only signs the user in.
// Where the documents say the provider issues the tokens, or only one group gets the API's own
// tokens while another keeps its provider's (sberka), the provider's tokens stand.
const compileWith = async (security: string, lang = 'en') => {
  const host = memoryHost({
    '/p/docs/prd.md':
      '# PRD\n\n## Roles\n\n| Role | What they do |\n|---|---|\n| Member | Books rooms |\n| Planner | Plans rooms |\n',
    '/p/docs/architecture.md': `# Architecture\n\n## Security\n\n${security}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n`,
  });
  const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
  const md = authSection.render({ spec, t: catalogFor(lang as 'en').messages } as never)!;
  return { spec, md };
};

describe('the API’s own tokens after a provider’s sign-in', { timeout: 120_000 }, () => {
  it.each([
    [
      'fr',
      'Les membres se connectent via Keycloak (OpenID Connect).\nLe serveur émet ses propres jetons JWT, valables 15 minutes.',
      'Keycloak',
    ],
    [
      'es',
      'Los usuarios inician sesión con Auth0.\nEl servidor emite sus propios tokens JWT de acceso, válidos 15 minutos.',
      'Auth0',
    ],
    [
      'en',
      'Users sign in with Okta (OIDC).\nThe backend then issues its own JWT access token, valid for 15 minutes.',
      'Okta',
    ],
  ])(
    '%s: the strategy is the API’s own JWT, signed in through the provider',
    async (_lang, security, provider) => {
      const { spec, md } = await compileWith(security);
      expect(spec.auth!.strategy.value).toBe('jwt');
      expect(spec.auth!.tokenIssuer?.value).toBe('server');
      expect(spec.auth!.provider?.value).toBe(provider);
      expect(md).toContain(
        `| Strategy | JWT bearer tokens (RFC 7519) the API issues itself after sign-in (${provider}) |`,
      );
      expect(md).not.toContain('External identity provider');
      expect(md).toContain(`${provider} runs sign-in; the API then issues its own tokens`);
      expect(md).not.toContain('Sign-in verifies the credentials');
      expect(md).not.toContain("the API verifies the provider's tokens");
    },
  );

  it('the strategy row in another catalog names the way in', async () => {
    const { md } = await compileWith(
      'Les membres se connectent via Keycloak (OpenID Connect).\nLe serveur émet ses propres jetons JWT, valables 15 minutes.',
      'fr',
    );
    expect(md).toContain(
      'Jetons bearer JWT (RFC 7519) émis par l’API elle-même après la connexion (Keycloak)',
    );
  });

  it('the provider’s key set checks its ID token at sign-in, not the API’s own tokens', async () => {
    const { spec, md } = await compileWith(
      'Users sign in with Okta (OIDC); the ID token signature is verified with the Okta JWKS.\nThe backend then issues its own JWT access token, valid for 15 minutes.',
    );
    expect(spec.auth!.strategy.value).toBe('jwt');
    expect(md).not.toContain("provider's published keys");
  });

  it('keeps the provider’s tokens where the documents say the provider issues them', async () => {
    const { spec, md } = await compileWith(
      'Users sign in with Keycloak (OIDC).\nKeycloak issues the JWT access tokens; the API issues no tokens of its own.',
    );
    expect(spec.auth!.strategy.value).toBe('oauth-provider');
    expect(md).toContain('External identity provider');
  });

  it('the strategy row is per group where one group gets the API’s own tokens and another its provider’s', async () => {
    const { spec, md } = await compileWith(
      [
        'Members sign in through Bank iD (OpenID Connect).',
        'After the sign-in the API issues its own JWT, valid for 30 minutes.',
        '',
        'The sign-in screen shows the city logo.',
        '',
        'Planners sign in with the city Keycloak; their roles come from the Keycloak token.',
      ].join('\n'),
    );
    const groups = (spec.auth!.perRole ?? []).map((g) => [g.provider, g.issuer?.value ?? null]);
    expect(groups).toEqual([
      ['Bank iD', 'server'],
      ['Keycloak', null],
    ]);
    const row = md.split('\n').find((l) => l.startsWith('| Strategy |'))!;
    expect(row).toContain('JWT bearer tokens (RFC 7519) the API issues itself after sign-in (Bank iD)');
    expect(row).toContain('External identity provider (OAuth 2.0 / OpenID Connect): Keycloak');
  });

  it('keeps the provider’s tokens where the API’s own follow only one group’s sign-in', async () => {
    const { spec } = await compileWith(
      [
        'Members sign in with Bank iD (OpenID Connect).',
        'The backend then issues its own JWT valid for 30 minutes.',
        '',
        'The sign-in screen shows the city logo.',
        '',
        'Planners sign in with the city Keycloak; their roles come from the Keycloak token.',
      ].join('\n'),
    );
    expect(spec.auth!.strategy.value).toBe('oauth-provider');
  });
});
