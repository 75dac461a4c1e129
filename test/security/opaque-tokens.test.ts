import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Laravel Sanctum's API tokens are opaque bearer tokens the server keeps hashed
 * (`personal_access_tokens`), not a server-side session in a cookie: the strategy says so, the
 * OpenAPI scheme is a bearer header and no cookie is proposed for them. A sentence that states a
 * session (Sanctum's SPA cookie mode) still wins. Fixtures in en, es, fr, de, written for these tests.
 */
const PRD: Record<string, string> = {
  en: '# Shelter PRD\n\n## Requirements\n\n- FR1: The volunteer records an animal intake.\n',
  es: '# PRD Refugio\n\n## Requisitos\n\n- FR1: El voluntario registra el ingreso de un animal.\n',
  fr: '# PRD Refuge\n\n## Exigences\n\n- FR1 : Le bénévole enregistre l’arrivée d’un animal.\n',
  de: '# PRD Tierheim\n\n## Anforderungen\n\n- FR1: Der Freiwillige erfasst die Aufnahme eines Tieres.\n',
};

const STACK: Record<string, string> = {
  en: '| Category | Technology | Purpose |\n|---|---|---|\n| Framework | Laravel 11 | API |\n| Authentication | Laravel Sanctum | API tokens |\n| Database | MySQL 8 | Data |\n',
  es: '| Categoría | Tecnología | Propósito |\n|---|---|---|\n| Framework | Laravel 11 | API REST |\n| Autenticación | Laravel Sanctum | Tokens de API |\n| Base de datos | MySQL 8 | Datos |\n',
  fr: '| Couche | Choix | Remarque |\n|---|---|---|\n| Framework | Laravel 11 | API |\n| Authentification | Laravel Sanctum | jetons d’API |\n| Base de données | MySQL 8 | données |\n',
  de: '| Schicht | Technologie | Zweck |\n|---|---|---|\n| Framework | Laravel 11 | API |\n| Authentifizierung | Laravel Sanctum | API-Tokens |\n| Datenbank | MySQL 8 | Daten |\n',
};

const MODEL =
  '\n\n```sql\nCREATE TABLE animals (\n  id bigint PRIMARY KEY,\n  name varchar(80) NOT NULL\n);\nCREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email varchar(255) NOT NULL UNIQUE,\n  password varchar(255) NOT NULL\n);\n```\n';

async function compiled(lang: string, extra = '') {
  const host = memoryHost({
    '/p/docs/prd.md': PRD[lang]!,
    '/p/docs/architecture.md': `# Architecture\n\n${STACK[lang]}${extra}${MODEL}`,
  });
  const r = await compile({ root: '/p', lang: 'en', verify: { skip: true } }, host);
  expect(r.ok).toBe(true);
  return r;
}

describe('Laravel Sanctum API tokens are opaque bearer tokens', () => {
  it.each(['en', 'es', 'fr', 'de'])('%s: opaque bearer tokens, no cookie, no session', async (lang) => {
    const r = await compiled(lang);
    const auth = r.spec!.auth!;
    expect(auth.strategy.value).toBe('opaque-token');
    expect(auth.strategy.origin).toMatchObject({ kind: 'rule', rule: 'derive/auth-strategy-of-provider' });
    expect(auth.tokenStorage).toBeNull();
    const openapi = r.artifacts.find((o) => o.path.endsWith('openapi.yaml'))!.text;
    expect(openapi).toMatch(/bearerAuth:\s+type: http\s+scheme: bearer/);
    expect(openapi).not.toMatch(/cookieAuth/);
    const md = r.artifacts.find((o) => o.path.endsWith('backend-spec.md'))!.text;
    expect(md).toMatch(/Opaque bearer tokens \(stored hashed on the server\)/);
    expect(md).not.toMatch(/Server-side sessions/);
    expect(md).toMatch(/`TokenStore`/);
  });

  it('a stated session cookie (Sanctum SPA mode) stays a session', async () => {
    const r = await compiled('en', '\nThe SPA authenticates with session cookies (Sanctum SPA mode).\n');
    expect(r.spec!.auth!.strategy.value).toBe('session');
  });
});
