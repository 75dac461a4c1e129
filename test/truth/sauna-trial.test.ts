import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found on an unseen Finnish trial (a housing company's sauna and laundry bookings: Express +
// Sequelize models, pg-boss, Paytrail, GatewayAPI); the fixtures here are another domain (a library)
// and the general parts are also tested in English and German.

const DATA = `## Tietomalli\n\n\`\`\`sql\nCREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, role text NOT NULL);\nCREATE TABLE loans (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users(id), status text NOT NULL);\n\`\`\`\n`;

async function spec(prd: string, architecture: string) {
  const host = memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Arkkitehtuuri\n\n${DATA}\n${architecture}\n`,
  });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
}

const PERSONAS =
  '# PRD\n\n## Käyttäjät ja roolit\n\n| Persona | Roolitunnus | Mitä tekee |\n|---|---|---|\n| Lainaaja | `borrower` | Lainaa ja palauttaa kirjoja |\n| Virkailija | `clerk` | Hoitaa lainat ja varaukset |\n';

describe('a Finnish persona table and route table', { timeout: 60_000 }, () => {
  it('the role-key column ("Roolitunnus") gives the roles, the persona their names', async () => {
    const s = await spec(PERSONAS, '');
    expect(s.roles.map((r) => [r.name, r.label])).toEqual(
      expect.arrayContaining([
        ['borrower', 'Lainaaja'],
        ['clerk', 'Virkailija'],
      ]),
    );
  });

  it('the "Kuka" column names the callers, "(oma)" limits one to its own records', async () => {
    const s = await spec(
      PERSONAS,
      '## Rajapinta\n\n| Metodi | Polku | Kuka | Kuvaus |\n|---|---|---|---|\n| POST | /api/v1/loans | borrower | Lainaa |\n| POST | /api/v1/loans/{id}/return | borrower (oma) tai clerk | Palauta |\n| GET | /api/v1/books | julkinen | Kirjat |\n',
    );
    const row = (method: string, path: string) => {
      const id = s.endpoints.find((e) => e.method === method && e.path === path)?.operationId;
      return s.permissions?.rows.find((r) => r.operationId === id)?.access;
    };
    expect(row('POST', '/api/v1/loans')).toMatchObject({ borrower: 'allowed', clerk: 'denied' });
    expect(row('POST', '/api/v1/loans/{id}/return')).toMatchObject({ borrower: 'own', clerk: 'allowed' });
    expect(s.endpoints.find((e) => e.path === '/api/v1/books')?.authenticated).toBe(false);
  });
});

describe('a callback route said to verify a signature', { timeout: 60_000 }, () => {
  it.each([
    [
      'fi',
      '| Paytrail | Maksut; callback `GET /api/v1/payments/paytrail/callback` tarkistaa `signature`-parametrin (HMAC-SHA256) |',
    ],
    [
      'en',
      '| Paytrail | Payments; callback `GET /api/v1/payments/paytrail/callback` verifies the HMAC signature |',
    ],
  ])('%s: the provider calls it, no user signs in', async (_l, row) => {
    const s = await spec(PERSONAS, `## Integraatiot\n\n| Palvelu | Käyttö |\n|---|---|\n${row}\n`);
    expect(s.endpoints.find((e) => e.path === '/api/v1/payments/paytrail/callback')?.authenticated).toBe(
      false,
    );
  });
});

describe('Finnish token lifetimes and lockout', { timeout: 60_000 }, () => {
  it('reads the access and refresh token lifetimes of one sentence, and the lockout with its stated count', async () => {
    const s = await spec(
      PERSONAS,
      '## Tunnistautuminen\n\nKirjautuminen sähköpostilla ja salasanalla. Palvelu myöntää JWT-pääsytunnuksen (voimassa 10 minuuttia) ja uusintatunnuksen (voimassa 30 päivää). Kuusi epäonnistunutta kirjautumista lukitsee tilin 20 minuutiksi.\n',
    );
    expect(s.auth?.accessTokenTtlSeconds?.value).toBe(600);
    expect(s.auth?.refreshTokenTtlSeconds?.value).toBe(30 * 86400);
    // "20 minuutiksi" is how long the account stays locked, never "20 failed attempts".
    expect(s.auth?.lockout?.value).not.toMatch(/^20 failed/);
    // "Kuusi" (six) is the stated count of attempts (src/knowledge/number-words.ts).
    expect(s.auth?.lockout?.value).toBe('6 failed attempts then locked for 20min');
    expect(s.reconciliation.conflicts.map((c) => c.subject)).not.toContain('auth.access-token-ttl');
  });
});

describe('a Finnish job table', { timeout: 60_000 }, () => {
  it('reads the names, "N minuutin välein", "päivittäin klo", "kuukauden N. päivä klo"', async () => {
    const s = await spec(
      PERSONAS,
      '## Taustatyöt\n\n| Työ | Ajoitus | Kuvaus |\n|---|---|---|\n| remind-due | 10 minuutin välein | Muistuttaa erääntyvistä lainoista |\n| purge-loans | päivittäin klo 2.30 | Poistaa vanhat lainat |\n| monthly-fees | kuukauden 15. päivä klo 8.00 | Laskuttaa myöhästymismaksut |\n',
    );
    const trigger = (name: string) => s.jobs.find((j) => j.name === name)?.trigger;
    expect(trigger('remind-due')).toBe('*/10 * * * *');
    expect(trigger('purge-loans')).toBe('30 2 * * *');
    expect(trigger('monthly-fees')).toBe('0 8 15 * *');
  });

  it('a latency target under a Finnish "alle" (under) is no job repeated every few milliseconds', async () => {
    const s = await spec(
      `${PERSONAS}\n## Ei-toiminnalliset vaatimukset\n\n- **EV-01** Lainojen haku vastaa alle 300 ms:ssa (p95).\n`,
      '',
    );
    expect(s.jobs.map((j) => j.trigger)).not.toContain('*/1 * * * *');
    expect(s.jobs.some((j) => j.requirements.includes('EV-01'))).toBe(false);
  });
});

describe('a Finnish cache sentence', () => {
  it('reads what is cached, where, for how long and which writes clear it', async () => {
    const { readCacheSentence } = await import('../../src/read/cache-words.js');
    const read = readCacheSentence(
      'Lainojen haku välimuistitetaan sovelluksen muistiin 5 minuutiksi; välimuisti tyhjennetään, kun laina luodaan tai perutaan.',
    );
    expect(read).toMatchObject({ subject: 'Lainojen haku', store: 'in-process memory', ttlSeconds: 300 });
    expect(read?.invalidatedOn.map((e) => e.actions)).toEqual([['create'], ['cancel']]);
  });
});

describe('JWT written before a hyphen', { timeout: 60_000 }, () => {
  it.each([
    ['fi', 'Palvelu myöntää JWT-pääsytunnuksen, joka on voimassa 15 minuuttia.'],
    ['en', 'Sign-in issues a JWT-based access token valid for 15 minutes.'],
  ])('%s: states the JWT strategy', async (_l, sentence) => {
    const s = await spec(PERSONAS, `## Tunnistautuminen\n\n${sentence}\n`);
    expect(s.auth?.strategy.origin.kind).toBe('source');
    expect(s.auth?.strategy.value).toBe('jwt');
  });
});

describe('a Finnish retry sentence beside the job table', { timeout: 60_000 }, () => {
  it('"yritetään uudelleen enintään 3 kertaa" is 3 retries after the first attempt, as stated', async () => {
    const s = await spec(
      PERSONAS,
      '## Taustatyöt\n\n| Työ | Ajoitus | Kuvaus |\n|---|---|---|\n| purge-loans | päivittäin klo 2.30 | Poistaa vanhat lainat |\n\nEpäonnistunut työ yritetään uudelleen enintään 3 kertaa.\n',
    );
    const job = s.jobs.find((j) => j.name === 'purge-loans');
    expect(job?.retry.maxAttempts).toBe(4);
    expect(job?.retry.origin.kind).toBe('source');
  });
});

describe('a Finnish modal before the act', { timeout: 60_000 }, () => {
  it('"Lainaaja voi varata kirjan" is not read as the French verb "voir"', async () => {
    const s = await spec(
      `${PERSONAS}\n## Toiminnalliset vaatimukset\n\n| Tunnus | Vaatimus |\n|---|---|\n| TV-02 | Lainaaja voi varata vapaan kirjan; varaus vahvistetaan sähköpostilla. |\n`,
      '',
    );
    expect((s.stories ?? []).map((x) => x.action).join(' | ')).not.toMatch(/\bvoir\b/);
  });
});
