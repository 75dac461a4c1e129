import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// A Brazilian Rails trial: "Devise + devise-jwt (token de acesso de 30 minutos, refresh de 14 dias)"
// became server-side sessions (Devise alone keeps a session; devise-jwt issues JWTs) and a conflict
// between two access-token lifetimes, 30 minutes and 14 days (the refresh token's).
const ROUTES = '## Routes\n\n| Method | Route | Role |\n|---|---|---|\n| GET | `/api/v1/orders` | parent |\n';

async function authOf(architecture: string) {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR1: Parents sign in and place orders.\n',
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n${ROUTES}\n${architecture}\n`,
    }),
  );
  return {
    auth: r.spec!.auth!,
    conflicts: r.diagnostics.filter((d) => d.code === 'security/auth-conflict').map((d) => d.message),
  };
}

describe('token words in the documents’ language', { timeout: 60_000 }, () => {
  it('pt: Devise + devise-jwt is JWT; "token de acesso" and "refresh" are two lifetimes', async () => {
    const { auth, conflicts } = await authOf(
      [
        '- Autenticação com Devise + devise-jwt (token de acesso de 30 minutos, refresh de 14 dias).',
        '',
        '## Integrações',
        '',
        '### Efí Pix (PSP)',
        '',
        '- **Base URL**: `https://pix.api.efipay.com.br`',
        // The provider's own token is no lifetime of ours.
        '- `POST /oauth/token` — obtém o token de acesso (validade de 1 hora).',
      ].join('\n'),
    );
    expect(auth.strategy.value).toBe('jwt');
    expect(auth.accessTokenTtlSeconds?.value).toBe(1800);
    expect(auth.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
    expect(conflicts).toEqual([]);
  });

  it('es, fr: "token de acceso" / "token de actualización", "jeton d’accès" / "jeton de rafraîchissement"', async () => {
    const es = await authOf('- JWT: token de acceso de 15 minutos y token de actualización de 7 días.');
    expect(es.auth.accessTokenTtlSeconds?.value).toBe(900);
    expect(es.auth.refreshTokenTtlSeconds?.value).toBe(7 * 86400);
    expect(es.conflicts).toEqual([]);
    const fr = await authOf("- JWT : jeton d'accès de 15 minutes, jeton de rafraîchissement de 30 jours.");
    expect(fr.auth.accessTokenTtlSeconds?.value).toBe(900);
    expect(fr.auth.refreshTokenTtlSeconds?.value).toBe(30 * 86400);
  });
});
