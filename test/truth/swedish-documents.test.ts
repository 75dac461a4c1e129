import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { otherLanguage } from '../../src/knowledge/name-language.js';
import { compile } from '../../src/pipeline.js';
import { jobCron } from '../../src/read/job-words.js';
import { readSchedule } from '../../src/read/schedule-words.js';

// A Swedish trial (an allotment association's member portal: Phoenix + Ecto, PostgreSQL 16, BankID via
// Criipto Verify, Swish, 46elks, Oban) was written in Portuguese (Swedish "för", "har", "vi" counted as
// Portuguese), with Auth0 ("avvisad" in the ADR) as the identity provider, no database ("Område | Val"
// was no technology table), the default role `user`, none of the 14 routes of "Metod | Sökväg", 1 of
// 4 integrations and none of the 4 Oban jobs. Swedish is no naming language and has no catalog: its
// documents get an English spec, read with a Swedish lexicon.
const SCHEMA =
  '```sql\nCREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE offers (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id), status TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL);\n```\n';
const PRD =
  '# Produktkrav\n\n## Mål\n\n- Kösökande ska själva kunna ställa sig i kön och se sin köplats, och styrelsen ska kunna erbjuda lediga lotter till den som står först i kön.\n- Medlemmar ska kunna betala årsavgiften med Swish, och arbetsplikten ska registreras digitalt för alla medlemmar efter varje arbetsdag.\n- Det finns inga lösenord: inloggning sker med BankID, och personnummer lagras krypterat.\n\n## Bakgrund\n\nI dag sköts kön i ett kalkylark, årsavgiften faktureras manuellt och arbetsplikten bokförs på papper. Portalen ersätter kalkylarket och har ett API som en mobilapp kan använda senare.\n';
const run = (arch: string, prd = PRD) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Arkitektur\n\n## Datamodell\n\n${SCHEMA}\n${arch}`,
    }),
  );

describe('Swedish documents', { timeout: 120_000 }, () => {
  it('are told apart from Portuguese and Dutch: an English spec', async () => {
    expect(otherLanguage([PRD.repeat(3)])).toBe('sv');
    const r = await run('');
    expect(r.spec!.project.language).toBe('en');
    const note = r.diagnostics.find((d) => d.code === 'config/language-detected');
    expect(note?.message).toMatch(/written in sv, which has no catalog/);
  });

  it('an ADR alternative "avvisad" is rejected, "skjuts upp till version 2" deferred', async () => {
    const r = await run(
      '## Inloggning\n\nInloggning sker med BankID via Criipto Verify (OIDC).\n\n## Alternativ\n\n- **Auth0** — avvisad: dyrare.\n- **Freja eID** — skjuts upp till version 2.\n',
    );
    expect(r.spec!.auth!.provider?.value).toBe('Criipto Verify');
    expect(r.spec!.integrations.find((i) => i.name === 'Auth0')?.status).toBe('rejected');
    // An option the catalogue does not know is still a stated deferral.
    expect(r.domain!.scope.map((x) => [x.subject, x.scope])).toContainEqual(['Freja eID', 'deferred']);
  });

  it('en / de: "postponed to version 2", "auf Version 2 verschoben" defer an unknown option', async () => {
    for (const item of [
      '**Freja eID** — postponed to version 2.',
      '**Freja eID** — auf Version 2 verschoben.',
    ]) {
      const r = await run(`## Alternatives\n\n- ${item}\n`);
      expect(r.domain!.scope.map((x) => [x.subject, x.scope])).toContainEqual(['Freja eID', 'deferred']);
    }
  });

  it('a "Område | Val | Version" table chooses the stack', async () => {
    const r = await run(
      '## Teknikstack\n\n| Område | Val | Version |\n|---|---|---|\n| Databas | PostgreSQL | 16 |\n| Bakgrundsjobb | Oban | 2.18 |\n| Cache | Cachex | 3.6 |\n| Ramverk | Phoenix | 1.7 |\n',
    );
    const chosen = (concern: string) =>
      r.domain!.stack.find((s) => s.concern === concern && s.status === 'chosen')?.value;
    expect(chosen('database')).toBe('PostgreSQL');
    expect(chosen('cache')).toBe('Cachex');
    expect(chosen('framework')).toBe('Phoenix');
  });

  it('"Metod | Sökväg | Beskrivning | Roll" is a route table', async () => {
    const r = await run(
      '## API\n\n| Metod | Sökväg | Beskrivning | Roll |\n|---|---|---|---|\n| POST | /api/v1/offers/{id}/accept | Tacka ja | applicant |\n| GET | /api/v1/offers | Mina erbjudanden | applicant |\n',
    );
    const stated = r
      .spec!.endpoints.filter((e) => e.origin.kind === 'source')
      .map((e) => `${e.method} ${e.path}`);
    expect(stated).toEqual(expect.arrayContaining(['POST /api/v1/offers/{id}/accept', 'GET /api/v1/offers']));
    expect(r.spec!.endpoints.find((e) => e.path === '/api/v1/offers/{id}/accept')?.summary).toBe('Tacka ja');
  });

  it('"## Integrationer" bullets and "## Bakgrundsjobb" schedules are read', async () => {
    const r = await run(
      '## Integrationer\n\n- **46elks** — SMS-påminnelser.\n- **Swish Handel** — betalning av årsavgift.\n\n## Bakgrundsjobb\n\n- **ExpireOffers** — varje timme: markera gamla erbjudanden som utgångna.\n- **PaymentReminders** — dagligen kl. 09:00: skicka SMS till medlemmar med obetald faktura.\n',
    );
    expect(r.spec!.integrations.filter((i) => i.status === 'chosen').map((i) => i.name)).toEqual(
      expect.arrayContaining(['46elks', 'Swish Handel']),
    );
    expect(r.spec!.jobs.map((j) => [j.name, j.trigger])).toEqual(
      expect.arrayContaining([
        ['ExpireOffers', '0 * * * *'],
        ['PaymentReminders', '0 9 * * *'],
      ]),
    );
  });

  it('"vi utfärdar inga egna JWT" states no JWT', async () => {
    const r = await run(
      '## Autentisering\n\nInloggning sker med BankID via Criipto Verify (OpenID Connect). Efter inloggning skapar servern en sessionscookie (HttpOnly, Secure) som gäller i 8 timmar; vi utfärdar inga egna JWT.\n',
    );
    expect(r.spec!.auth!.strategy.value).toBe('session');
  });
});

describe('Swedish schedules', () => {
  it.each([
    ['varje timme', '0 * * * *'],
    ['dagligen kl. 09:00', '0 9 * * *'],
    ['varje natt kl. 03:00', '0 3 * * *'],
    ['var 5:e minut', '*/5 * * * *'],
    ['varje 2 timmar', '0 */2 * * *'],
  ])('%s → %s', (text, cron) => {
    expect(readSchedule(text)?.cron ?? jobCron(text)).toBe(cron);
  });
});

// Structure speaks in any language: a column of HTTP methods beside a column of paths.
describe('a route table whose headers no list knows', { timeout: 120_000 }, () => {
  it('cs / fi: the method and path columns are found by their cells', async () => {
    for (const header of ['| Metoda HTTP | Cesta | Popis |', '| Menetelmä | Polku | Kuvaus |']) {
      const r = await run(
        `## API\n\n${header}\n|---|---|---|\n| GET | /api/v1/offers | seznam |\n| POST | /api/v1/offers/{id}/accept | přijmout |\n`,
      );
      const stated = r
        .spec!.endpoints.filter((e) => e.origin.kind === 'source')
        .map((e) => `${e.method} ${e.path}`);
      expect(stated).toEqual(
        expect.arrayContaining(['GET /api/v1/offers', 'POST /api/v1/offers/{id}/accept']),
      );
    }
  });
  it('near-miss: a table with a method-like column but no paths states no route', async () => {
    const r = await run(
      '## Tabell\n\n| Metod | Namn |\n|---|---|\n| GET | läsning |\n| POST | skrivning |\n',
    );
    expect(r.spec!.endpoints.filter((e) => e.origin.kind === 'source')).toEqual([]);
  });
});

describe('Swedish stories and requirement ids', { timeout: 120_000 }, () => {
  it('"Som <roll> vill jag …" is a story of that role; FK-/IFK- ids are requirements', async () => {
    const prd = `${PRD}\n## Roller\n\n| Roll | Beskrivning | Systemroll |\n|---|---|---|\n| Kösökande | Står i kö | \`applicant\` |\n\n## Användarberättelser\n\n- **US-01:** Som kösökande vill jag lämna kön.\n\n## Funktionella krav\n\n- **FK-1:** Ett erbjudande gäller i 14 dagar.\n\n## Icke-funktionella krav\n\n- **IFK-1:** Svarstid under 400 ms för 95 % av anropen.\n`;
    const r = await run('', prd);
    expect(r.domain!.requirements.map((q) => [q.id, q.kind])).toEqual(
      expect.arrayContaining([
        ['US-01', 'user-story'],
        ['FK-1', 'functional'],
        ['IFK-1', 'non-functional'],
      ]),
    );
    expect((r.domain!.stories ?? []).map((s) => [s.actor, s.action])).toContainEqual([
      'kösökande',
      'lämna kön',
    ]);
  });
});

describe('Swedish rules', { timeout: 120_000 }, () => {
  it('limits, windows and "only once" are business rules', async () => {
    const prd = `${PRD}\n## Funktionella krav\n\n- **FK-4:** Ett erbjudande gäller i 14 dagar.\n- **FK-6:** Ett hushåll får arrendera högst en lott.\n- **FK-11:** En arbetsdag har högst 25 deltagare.\n- **FK-12:** Kassören kan exportera obetalda avgifter som CSV.\n`;
    const r = await run('', prd);
    const rules = (r.spec!.rules ?? []).map((x) => x.requirements?.[0] ?? x.text);
    expect(rules).toEqual(expect.arrayContaining(['FK-4', 'FK-6', 'FK-11']));
    expect(rules).not.toContain('FK-12');
  });
});

describe('a Swedish cache sentence', { timeout: 120_000 }, () => {
  it('"cachas i Cachex (i minnet) i 10 minuter och töms när …" is a stated 600 s entry', async () => {
    const r = await run(
      '## Cachning\n\nListan över erbjudanden cachas i minnet i 10 minuter och töms när ett erbjudande ändrar status.\n',
    );
    const stated = (r.spec!.caching?.entries ?? []).filter((e) => e.origin.kind === 'source');
    expect(stated.map((e) => e.ttlSeconds)).toEqual([600]);
  });
});
