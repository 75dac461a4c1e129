import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The goldens moorline-en (Google Workspace, magic link) and dongne-ko (Kakao Login) state that the
// API issues its own JWTs after the sign-in at the provider, and dongne-ko that the refresh token
// travels in an HttpOnly cookie. The spec designed only `GET /auth/me`, as if the provider issued the
// tokens, and no storage for the refresh token. Now the provider's authorization-code start and
// callback, refresh and logout are designed, and a refresh token kept in a cookie is said to be.
async function allotments(auth: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR-1: A gardener books a plot for the season.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Authentication\n\n${auth}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, role text NOT NULL);\nCREATE TABLE plots (id uuid PRIMARY KEY, number int NOT NULL);\n\`\`\`\n`,
    }),
  );
  const spec = r.spec!;
  const routes = spec.endpoints
    .filter((e) => e.resource === 'Auth')
    .map((e) => `${e.method} ${e.path}`)
    .sort();
  const refresh = spec.endpoints.find((e) => e.operationId === 'refreshToken');
  return { routes, auth: spec.auth!, refresh };
}

describe("the API's own tokens after a provider's sign-in", () => {
  it.each([
    [
      'en',
      'Gardeners sign in with Auth0 (OpenID Connect). After sign-in the API issues its own access token (JWT, 15 minutes) and a refresh token (7 days).',
      'auth0',
    ],
    [
      'de',
      'Gärtner melden sich über Keycloak (OpenID Connect) an. Nach der Anmeldung stellt der Server eigene Tokens aus: ein Zugriffstoken (JWT, 15 Minuten) und ein Refresh-Token (7 Tage).',
      'keycloak',
    ],
  ])('%s: start, callback, refresh and logout are designed', async (_lang, auth, slug) => {
    const { routes } = await allotments(auth);
    expect(routes).toEqual(
      expect.arrayContaining([
        `GET /api/v1/auth/${slug}`,
        `GET /api/v1/auth/${slug}/callback`,
        'POST /api/v1/auth/refresh',
        'POST /api/v1/auth/logout',
      ]),
    );
    // Behind the provider nobody signs in with a password here.
    expect(routes).not.toContain('POST /api/v1/auth/login');
  });

  it("only the group whose sign-in the API follows with its own tokens gets the provider's routes", async () => {
    const { routes } = await allotments(
      'Gardeners sign in through Auth0 (OpenID Connect).\nThe backend then issues its own JWT valid for 30 minutes and a refresh token valid for 7 days.\n\nStaff sign in through Keycloak; their roles come from the Keycloak token.',
    );
    expect(routes).toContain('GET /api/v1/auth/auth0/callback');
    expect(routes).not.toContain('GET /api/v1/auth/keycloak/callback');
  });

  it('tokens the provider issues still need no route of the API', async () => {
    const { routes } = await allotments(
      'Gardeners sign in with Auth0 (OpenID Connect). Auth0 issues the JWTs (RS256) that the API validates.',
    );
    expect(routes).toEqual(['GET /api/v1/auth/me']);
  });

  it.each([
    [
      'ko',
      '회원은 카카오 로그인(OpenID Connect)으로 로그인한다.\n\n서버는 자체 액세스 토큰(JWT, 15분)과 리프레시 토큰(7일)을 발급한다. 리프레시 토큰은 HttpOnly 쿠키로 전달한다.',
    ],
    [
      'en',
      'Gardeners sign in with Auth0 (OpenID Connect). After sign-in the API issues its own access token (JWT, 15 minutes) and a refresh token (7 days). The refresh token is kept in an HttpOnly cookie.',
    ],
  ])('%s: a refresh token kept in a cookie is the only cookie', async (_lang, auth) => {
    const { auth: a, refresh } = await allotments(auth);
    expect(a.refreshTokenStorage?.value).toBe('cookie: HttpOnly');
    // The access token is not the cookie's: no cookie is stated or proposed for it.
    expect(a.tokenStorage).toBeNull();
    expect(refresh?.requestBody).toBeNull();
    expect(refresh?.responses[0]?.headers).toHaveProperty('Set-Cookie');
  });
});
