import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Trial 8 (a food-bank scheduling backend): "the API only validates Auth0 access tokens (RS256, JWKS
// cached for 10 minutes)" became an access token lifetime of 10 minutes, and the route path
// `/v1/auth/otp` became "MFA: otp", while the documents state an SMS one-time code to sign in.

const DATA = `## Data model

\`\`\`sql
CREATE TABLE volunteers (id uuid PRIMARY KEY, phone text NOT NULL UNIQUE, name text NOT NULL);
\`\`\`
`;

async function run(lines: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Functional requirements\n\n- FR1: Volunteers sign up for shifts.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n## Authentication\n\n${lines}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!.auth!;
}

describe('what a sentence states of sign-in', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'The API only validates Auth0 access tokens (RS256, JWKS cached for 10 minutes).'],
    ['es', 'La API solo valida los tokens de acceso de Auth0 (RS256, claves JWKS en caché 10 minutos).'],
    ['fr', 'L’API valide seulement les jetons d’accès Auth0 (RS256, clés JWKS mises en cache 10 minutes).'],
    ['de', 'Die API prüft nur Auth0-Zugriffstoken (RS256, JWKS 10 Minuten zwischengespeichert).'],
  ])('%s: a key cache duration is no token lifetime', async (_l, line) => {
    const auth = await run(line);
    expect(auth.accessTokenTtlSeconds).toBeNull();
    expect(auth.tokenVerification?.value.jwks).toBe(true);
  });

  it('a stated access token lifetime is still read', async () => {
    const auth = await run(
      'Auth0 access tokens expire after 10 minutes; the API checks them against the JWKS.',
    );
    expect(auth.accessTokenTtlSeconds?.value).toBe(600);
  });

  it.each([
    ['en', 'Volunteers sign in with SMS one-time codes (Twilio Verify).'],
    ['es', 'Los voluntarios inician sesión con un código SMS (Twilio Verify).'],
    ['pt', 'Os voluntários fazem login com um código por SMS.'],
    ['fr', 'Les bénévoles se connectent avec un code SMS.'],
    ['de', 'Freiwillige melden sich mit einem SMS-Code an (Anmeldung ohne Passwort).'],
    ['it', 'I volontari accedono con un codice via SMS.'],
  ])('%s: an SMS code to sign in is the sign-in method, not MFA', async (_l, line) => {
    const auth = await run(
      `${line}\n\n| Method | Path | Who |\n|---|---|---|\n| POST | /v1/auth/otp | public |\n`,
    );
    expect(auth.signInMethod?.value).toBe('sms-code');
    expect(auth.mfa).toBeNull();
    expect(auth.passwordHashing).toBeNull();
  });

  it('an SMS code as a second factor stays MFA', async () => {
    const auth = await run('Users sign in with email and password, plus 2FA by SMS code.');
    expect(auth.signInMethod ?? null).toBeNull();
    expect(auth.mfa?.value).toBe('2FA');
  });
});
