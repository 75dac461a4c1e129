import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { jobCron } from '../../src/read/job-words.js';
import { tokenIssuer } from '../../src/read/token-issuer-words.js';

// Found on an unseen Norwegian trial (a sports club's volunteer shifts) and its English translation.

describe('the first day of every month', () => {
  it.each([
    ['en', 'first day of every month at 03:00'],
    ['en', 'on the first day of each month, 03:00'],
    ['nb', 'første dag i hver måned kl. 03:00'],
    ['sv', 'första dagen i varje månad kl. 03:00'],
    ['de', 'am ersten Tag jedes Monats um 03:00'],
    ['fr', 'le premier jour de chaque mois à 03:00'],
    ['es', 'el primer día de cada mes a las 03:00'],
    ['nl', 'de eerste dag van elke maand om 03:00'],
  ])('%s: "%s" runs at 03:00 on day 1', (_lang, cell) => expect(jobCron(cell)).toBe('0 3 1 * *'));

  it('near-miss: "the first day of the event" is no monthly schedule', () => {
    expect(jobCron('the first day of the event at 03:00')).toBeNull();
  });
});

describe('an access cell that lets everyone in', () => {
  it.each(['everyone', 'Everyone', 'everybody'])('"%s" is public', (cell) => {
    expect(readAccessCell(cell)).toEqual({ public: true, any: false, roles: [] });
  });
});

// The trial's Auth0 "issues JWTs (RS256) that the API validates": the spec had sign-in "verify the
// credentials and issue" tokens, rotate refresh tokens, and a job purge a token table the API never has.
describe('who issues the tokens', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'Auth0 issues JWTs (RS256) that the API validates.', ['Auth0'], 'provider'],
    ['nb', 'Auth0 utsteder JWT (RS256) som API-et validerer.', ['Auth0'], 'provider'],
    ['fr', 'Keycloak émet les jetons que l’API vérifie.', ['Keycloak'], 'provider'],
    ['en', 'After the Google sign-in the API issues its own access token.', ['Google'], 'server'],
    ['ko', '서버는 자체 액세스 토큰(JWT, 30분)과 리프레시 토큰(14일)을 발급한다.', [], 'server'],
  ])('%s: %s', (_lang, sentence, providers, issuer) => {
    expect(tokenIssuer(sentence, providers)).toBe(issuer);
  });

  it('near-miss: a sentence naming the provider and tokens without issuing says nothing', () => {
    expect(tokenIssuer('Auth0 tokens are verified against the JWKS.', ['Auth0'])).toBeNull();
  });

  const spec = async (sentence: string) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- As a parent, I want to sign up for a shift, so that I do my part.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Data\n\n\`\`\`sql\nCREATE TABLE shifts (id uuid PRIMARY KEY, starts_at timestamptz NOT NULL);\n\`\`\`\n\n## Sign-in\n\nWe use **Auth0** for sign-in. ${sentence} Access tokens last 1 hour; refresh tokens 30 days.\n`,
    });
    return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
  };

  it('the provider that issues them keeps them: no token purge, no rotation of ours', async () => {
    const s = await spec('Auth0 issues JWTs (RS256) that the API validates.');
    expect(s.auth?.tokenIssuer?.value).toBe('provider');
    expect(s.auth?.refreshRotation).toBeNull();
    expect(s.jobs.map((j) => j.name)).not.toContain('purge-expired-tokens');
  });

  it('near-miss: a server issuing its own tokens after the provider’s sign-in purges them', async () => {
    const s = await spec('After the Auth0 sign-in the API issues its own access and refresh tokens.');
    expect(s.auth?.tokenIssuer?.value).toBe('server');
    expect(s.jobs.map((j) => j.name)).toContain('purge-expired-tokens');
  });
});
