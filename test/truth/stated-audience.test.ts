import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Trial 8: "the API only validates Auth0 access tokens (RS256, JWKS cached for 10 minutes); audience
// `https://api.shiftshare.org`" — the JWT example carried the project's folder name as `aud`.

const PRD = '# PRD\n\n## Functional Requirements\n\n- **FR1:** A volunteer can sign in.\n';

describe('the audience the documents give the API’s tokens', () => {
  it.each([
    [
      'en',
      'The API validates Auth0 access tokens; audience `https://api.shiftshare.org`.',
      'https://api.shiftshare.org',
    ],
    [
      'es',
      'La API valida los tokens de Auth0 con audiencia `https://api.turnos.es`.',
      'https://api.turnos.es',
    ],
    ['en', 'Tokens carry aud = api://volunteers.', 'api://volunteers'],
  ])('%s: %s', async (_l, sentence, aud) => {
    const host = memoryHost({
      '/p/docs/prd.md': PRD,
      '/p/docs/architecture.md': `# Architecture\n\n## Stack\n\n| Category | Technology |\n|---|---|\n| Identity | Auth0 (OIDC) |\n\n## Security\n\n${sentence}\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const claim = r.spec!.auth?.jwtClaims.find((c) => c.name === 'aud');
    expect(claim?.value).toBe(aud);
    expect(claim?.origin.kind).toBe('source');
  });

  it('a plain word after "audience" is none', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': PRD,
      '/p/docs/architecture.md':
        '# Architecture\n\n| Category | Technology |\n|---|---|\n| Identity | Auth0 (OIDC) |\n\nThe audience of the report is the board.\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    expect(r.spec!.auth?.jwtClaims.find((c) => c.name === 'aud')?.value).toBeUndefined();
  });
});
