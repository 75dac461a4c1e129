import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';

// Issue 11: the AuthenticationService said "Sign-up, sign-in, sign-out and the current user" in
// every project, also where Keycloak signs the user in and the service only returns the current user
// (gustarica-ro), and where no sign-up exists (alet-tr: sign-in, refresh, sign-up). The purpose names
// the parts the service has, and the provider the sign-in goes through.
const PRD = '# PRD\n\n## Functional requirements\n\n- FR-1: Users see their own profile.\n';
const DATA =
  '## Data\n\n```sql\nCREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);\n```\n';

const purposeOf = async (files: Record<string, string>) => {
  const r = await compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': PRD, ...files }),
  );
  const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
  return (
    md
      .split('\n')
      .find((l) => l.startsWith('| `AuthenticationService` |'))
      ?.split(' | ')[1] ?? null
  );
};

describe('the authentication service says what it does', { timeout: 120_000 }, () => {
  it('a provider that signs the user in: no sign-up, the sign-in goes through it', async () => {
    const purpose = await purposeOf({
      '/p/docs/architecture.md': `# Architektur\n\n## Sicherheit\n\nBenutzer melden sich über Keycloak (OpenID Connect) an. Keycloak stellt die JWT-Zugriffstoken aus; die API prüft sie.\n\n${DATA}`,
    });
    expect(purpose).not.toMatch(/sign-up/i);
    expect(purpose).toContain('sign-in goes through Keycloak');
  });

  it('password sign-in with refresh: names sign-in and refresh, not a sign-up nobody states', async () => {
    const purpose = await purposeOf({
      '/p/docs/architecture.md': `# Architecture\n\n## Security\n\nUsers sign in with e-mail and password (bcrypt). Access tokens are JWTs valid for 15 minutes; refresh tokens last 7 days.\n\n## API\n\n| Method | Path | Purpose |\n|---|---|---|\n| POST | \`/api/auth/login\` | sign in |\n| POST | \`/api/auth/refresh\` | new token pair |\n\n${DATA}`,
    });
    expect(purpose).toMatch(/sign-in/i);
    expect(purpose).toContain('token refresh');
    expect(purpose).not.toContain('the current user; sign-in goes');
  });

  it('every catalog words the parts and the provider', () => {
    const de = catalogFor('de').messages.api.services.purpose.authentication;
    expect(de(['current-user'], [{ name: 'Keycloak', roles: [] }])).toBe(
      'Der aktuelle Benutzer; die Anmeldung läuft über Keycloak.',
    );
    const fr = catalogFor('fr').messages.api.services.purpose.authentication;
    expect(fr(['sign-in', 'refresh'], [{ name: 'Auth0', roles: ['staff'] }])).toBe(
      'Connexion et renouvellement du jeton; `staff` se connectent via Auth0.',
    );
  });
});
