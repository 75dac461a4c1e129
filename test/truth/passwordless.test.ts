import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (a Brazilian Portuguese spec-kit trial): "Login por e-mail com link mágico (magic link)
// válido por 20 minutos; a sessão é um JWT de acesso de 1 hora com refresh token de 30 dias" became a
// password login with argon2id, a password policy, a lockout, an access token of 15 minutes
// (proposed) and a session timeout of 1 hour.

const DATA = `## Data model

\`\`\`sql
CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL);
CREATE TABLE orders (id uuid PRIMARY KEY, user_id uuid NOT NULL REFERENCES users(id));
\`\`\`
`;

async function run(authLine: string, extra = '') {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Functional requirements\n\n- FR1: Users sign in and place orders.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n## Authentication\n\n${authLine}\n${extra}`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return r;
}

describe('passwordless sign-in', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'Users sign in with a magic link sent by email, valid for 20 minutes; access JWT of 1 hour.'],
    ['pt', 'Login por e-mail com link mágico válido por 20 minutos; a sessão é um JWT de acesso de 1 hora.'],
    [
      'es',
      'El acceso es con un enlace mágico por correo válido durante 20 minutos; JWT de acceso de 1 hora.',
    ],
    ['fr', 'Connexion par lien magique envoyé par e-mail, valable 20 minutes ; JWT d’accès de 1 heure.'],
    ['de', 'Anmeldung per Magic Link (E-Mail), 20 Minuten gültig; Zugriffs-JWT 1 Stunde.'],
    ['it', 'Accesso con link magico via e-mail valido per 20 minuti; JWT di accesso di 1 ora.'],
  ])('%s: no password is designed; the link and its lifetime are stated', async (_l, line) => {
    const r = await run(line);
    const auth = r.spec!.auth!;
    expect(auth.signInMethod?.value).toBe('magic-link');
    expect(auth.signInLinkTtlSeconds?.value).toBe(1200);
    expect(auth.accessTokenTtlSeconds?.value).toBe(3600);
    expect(auth.sessionTimeoutSeconds ?? null).toBeNull();
    expect(auth.passwordHashing).toBeNull();
    expect(auth.passwordPolicy ?? null).toBeNull();
    expect(auth.lockout).toBeNull();
    const routes = r.spec!.endpoints.filter((e) => e.resource === 'Auth').map((e) => `${e.method} ${e.path}`);
    expect(routes.some((x) => x.endsWith('/auth/sign-in-link') && x.startsWith('POST'))).toBe(true);
    expect(routes.some((x) => x.endsWith('/auth/sign-in-link/verify') && x.startsWith('POST'))).toBe(true);
    expect(routes.some((x) => x.endsWith('/auth/login'))).toBe(false);
    const bodies = JSON.stringify(r.spec!.endpoints.map((e) => e.requestBody ?? null));
    expect(bodies).not.toContain('password');
    const request = r.spec!.endpoints.find((e) => e.operationId === 'requestSignInLink')!;
    expect(request.responses.map((x) => x.status)).toContain(202);
  });

  it('a password sign-in still gets hashing and a login with a password', async () => {
    const r = await run('Users sign in with email and password; access tokens (JWT) last 15 minutes.');
    expect(r.spec!.auth!.signInMethod ?? null).toBeNull();
    expect(r.spec!.auth!.passwordHashing?.value).toMatch(/argon2id/);
    expect(JSON.stringify(r.spec!.endpoints.find((e) => e.operationId === 'login')?.requestBody)).toContain(
      'password',
    );
  });

  it('a magic link deferred to a later phase is not the sign-in', async () => {
    const r = await run(
      'Users sign in with email and password.',
      '\n## Phase 2\n\n- Magic link sign-in for returning customers.\n',
    );
    expect(r.spec!.auth!.signInMethod ?? null).toBeNull();
  });

  it('stated routes described as the sign-in steps serve them: no derived pair beside them', async () => {
    const r = await run(
      'Login with a magic link sent by email; refresh tokens last 30 days.',
      '\n## API\n\n| Method | Path | Description |\n|---|---|---|\n| POST | /auth/link | sends the magic link |\n| POST | /auth/session | exchanges the link token for a session |\n| GET | /orders | my orders |\n',
    );
    const auth = r.spec!.endpoints.filter((e) => e.resource === 'Auth');
    const op = (path: string) => auth.find((e) => e.path === path)?.operationId;
    expect(op('/auth/link')).toBe('requestSignInLink');
    expect(op('/auth/session')).toBe('login');
    expect(auth.filter((e) => /sign-in-link|\/login$/.test(e.path))).toEqual([]);
    // The lifecycle names the refresh route the API has, by its path.
    const md = r.artifacts!.find((f) => f.path.endsWith('backend-spec.md'))!.text;
    const refresh = auth.find((e) => e.operationId === 'refreshToken');
    if (refresh) expect(md).toContain(`\`POST ${refresh.path}\` exchanges it`);
  });

  it('without a refresh route the lifecycle names none', async () => {
    const r = await run(
      'Login with a magic link sent by email; refresh tokens last 30 days.',
      '\n## API\n\n| Method | Path | Description |\n|---|---|---|\n| POST | /auth/link | sends the magic link |\n| POST | /auth/session | exchanges the link token for a session |\n| POST | /auth/logout | sign out |\n| GET | /orders | my orders |\n',
    );
    const md = r.artifacts!.find((f) => f.path.endsWith('backend-spec.md'))!.text;
    const refresh = r.spec!.endpoints.find((e) => e.operationId === 'refreshToken');
    expect(refresh).toBeUndefined();
    expect(md).not.toContain('/auth/refresh');
    expect(md).toContain('it is exchanged for a new pair');
  });

  it('"passwordless" without saying how is asked about; no password and no sign-in route is designed', async () => {
    const r = await run('Authentication is passwordless.');
    expect(r.spec!.auth!.passwordHashing).toBeNull();
    expect(r.spec!.endpoints.some((e) => /\/auth\/(?:login|sign-in)/.test(e.path))).toBe(false);
    expect((r.spec!.questions ?? []).map((q) => q.id)).toContain('auth/passwordless-method');
  });
});
