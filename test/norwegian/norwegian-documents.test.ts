import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { parseMeasure } from '../../src/knowledge/durations.js';
import { kindOfId } from '../../src/knowledge/requirement-ids.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { readCacheSentence } from '../../src/read/cache-words.js';
import { jobCron } from '../../src/read/job-words.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';
import { readSchedule } from '../../src/read/schedule-words.js';
import { enrolObject, intentsOf } from '../../src/read/story-words.js';

// A Norwegian trial (a sports club's volunteer-shift app: NestJS, MongoDB, BullMQ, Auth0, Vipps)
// keyed its roles by their Norwegian titles and made "Besøkende | — | Ikke innlogget" a role, read
// no route access ("Tilgang": "alle", "innlogget", role codes), no story ("Som forelder vil jeg …"),
// two of five jobs ("hvert 15. minutt", "kl. 07:00", "første dag i hver måned"), no cache sentence,
// no token lifetime and almost no rule ("kan ikke", "ikke tillatt", "minst", "innen"). The fixtures
// below are a boat club's, in other words, bokmål and Danish.
const SCHEMA =
  '```sql\nCREATE TABLE members (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE boats (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);\nCREATE TABLE bookings (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL REFERENCES members(id), boat_id BIGINT NOT NULL REFERENCES boats(id), starts_at TIMESTAMPTZ NOT NULL);\n```\n';
const PRD =
  '# Produktkrav\n\n## Bakgrunn\n\nBåtforeningen låner ut robåter og kajakker til medlemmene. I dag skjer alt på e-post og i et regneark, og styret bruker mye tid på å holde orden på hvem som har hvilken båt. Appen skal gjøre det enkelt å reservere en båt og å se hva som er ledig.\n';
const run = (arch: string, prd = PRD) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Arkitektur\n\n## Datamodell\n\n${SCHEMA}\n${arch}`,
    }),
  );

describe('Norwegian and Danish documents', { timeout: 120_000 }, () => {
  it('requirement ids FK, IFK and BH (brukerhistorie) have their kinds', () => {
    expect(kindOfId('FK-01')).toBe('functional');
    expect(kindOfId('IFK-02')).toBe('non-functional');
    expect(kindOfId('BH-03')).toBe('user-story');
  });

  it('a route table\'s access cells: "alle", "innlogget", "indloggede brugere", roles joined by "og"', () => {
    expect(readAccessCell('alle')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('ikke innlogget')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('innlogget')).toEqual({ public: false, any: true, roles: [] });
    expect(readAccessCell('alle innloggede brukere')).toEqual({ public: false, any: true, roles: [] });
    expect(readAccessCell('indloggede brugere')).toEqual({ public: false, any: true, roles: [] });
    expect(readAccessCell('admin og kasserer')).toEqual({
      public: false,
      any: false,
      roles: ['admin', 'kasserer'],
    });
  });

  it('a roles table keyed by "Systemrolle"; a visitor with no system role is no role; "Tilgang" is read', async () => {
    const r = await run(
      '## API\n\n| Metode | Sti | Beskrivelse | Tilgang |\n|---|---|---|---|\n| GET | /api/boats | Båtoversikt | alle |\n| GET | /api/bookings | Mine reservasjoner | innlogget |\n| POST | /api/boats | Legg til båt | admin |\n| DELETE | /api/bookings/{id} | Avbestill reservasjon | member, admin |\n',
      `${PRD}\n## Roller\n\n| Rolle | Systemrolle | Beskrivelse |\n|---|---|---|\n| Medlem | \`member\` | Reserverer båter. |\n| Styremedlem | \`admin\` | Legger til båter og godkjenner medlemmer. |\n| Gjest | — | Ikke innlogget. Ser bare båtoversikten. |\n`,
    );
    expect(r.spec!.roles.map((x) => x.name).sort()).toEqual(['admin', 'member']);
    expect(r.spec!.roles.find((x) => x.name === 'member')?.description).toBe('Reserverer båter.');
    const route = (method: string, path: string) =>
      r.spec!.endpoints.find((e) => e.method === method && e.path === path);
    expect(route('GET', '/api/boats')?.authenticated).toBe(false);
    expect(route('POST', '/api/boats')?.roles).toEqual(['admin']);
    expect(route('POST', '/api/boats')?.summary).toBe('Legg til båt');
    expect(route('DELETE', '/api/bookings/{id}')?.roles).toEqual(['member', 'admin']);
  });

  it('stories "Som medlem vil jeg …, slik at …" are read, the purpose left out, and no prohibition is one', async () => {
    const r = await run(
      '## API\n\n| Metode | Sti | Beskrivelse | Tilgang |\n|---|---|---|---|\n| POST | /api/bookings | Reserver båt | member |\n| POST | /api/bookings/{id}/approve | Godkjenn reservasjon | admin |\n',
      `${PRD}\n## Roller\n\n| Rolle | Systemrolle | Beskrivelse |\n|---|---|---|\n| Medlem | \`member\` | Reserverer båter. |\n| Styremedlem | \`admin\` | Godkjenner reservasjoner. |\n\n## Brukerhistorier\n\n- **BH-01** Som styremedlem vil jeg godkjenne en reservasjon, slik at båten ikke blir dobbeltbooket.\n- **BH-02** Som medlem ønsker jeg å reservere en båt, slik at jeg kan ro på søndag.\n- **BH-03** Som medlem ønsker jeg at reservere en båd, så at jeg kan ro.\n\n## Forretningsregler\n\n- **FR-01** Et medlem kan ikke reservere to båter samtidig.\n`,
    );
    const story = r.spec!.stories!.find((s) => s.id === 'BH-01');
    expect(story?.action).toBe('godkjenne en reservasjon');
    expect(story?.operations).toEqual(['approveBooking']);
    expect(r.spec!.stories!.map((s) => s.id)).not.toContain('FR-01');
    // The infinitive marker "å" (da "at") is no part of the action; "så at" is the purpose.
    expect(r.spec!.stories!.find((s) => s.id === 'BH-02')?.action).toBe('reservere en båt');
    expect(r.spec!.stories!.find((s) => s.id === 'BH-03')?.action).toBe('reservere en båd');
    expect(r.spec!.stories!.find((s) => s.id === 'BH-02')?.operations).toEqual(['createBooking']);
  });

  it('story verbs in the infinitive, the present and the imperative; "melde seg på / av"', () => {
    expect(intentsOf('godkjenne et bytte')).toEqual([{ kind: 'state', verb: 'approve', word: 'godkjenne' }]);
    expect(intentsOf('oppretter et arrangement').map((i) => i.kind)).toEqual(['create']);
    expect(intentsOf('registrere oppmøte').map((i) => i.kind)).toEqual(['create']);
    expect(intentsOf('eksportere innbetalinger som CSV').map((i) => i.kind)).toEqual(['export']);
    expect(intentsOf('slette en reservasjon').map((i) => i.kind)).toEqual(['delete']);
    expect(intentsOf('oppdatere profilen min').map((i) => i.kind)).toEqual(['update']);
    expect(intentsOf('se mine reservasjoner').map((i) => i.kind)).toEqual(['view']);
    expect(intentsOf('tildele en båt til et medlem').map((i) => i.kind === 'state' && i.verb)).toEqual([
      'assign',
    ]);
    // "får varsel og godkjenner byttet": "og" joins two verb phrases.
    expect(intentsOf('får varsel og godkjenner byttet').map((i) => i.kind === 'state' && i.verb)).toEqual([
      'approve',
    ]);
    expect(enrolObject('melde meg på et kurs')).toBe('et kurs');
    expect(enrolObject('tilmelde mig til et kursus')).toBe('et kursus');
  });

  it('schedules: "hvert 10. minutt", "hver time", "hver natt kl. 03:30", "første dag i hver måned"', () => {
    expect(readSchedule('hvert 10. minutt: sender påminnelser')?.cron).toBe('*/10 * * * *');
    expect(readSchedule('hver time: rydder opp')?.cron).toBe('0 * * * *');
    expect(readSchedule('hver natt kl. 03:30: sletter gamle data')?.cron).toBe('30 3 * * *');
    expect(readSchedule('hver morgen klokka 06:15')?.cron).toBe('15 6 * * *');
    expect(readSchedule('hver mandag kl. 08:00')?.cron).toBe('0 8 * * 1');
    expect(jobCron('første dag i hver måned kl. 04:00')).toBe('0 4 1 * *');
    expect(jobCron('den 15. i hver måned kl. 06:00')).toBe('0 6 15 * *');
  });

  it('stated jobs under "Bakgrunnsjobber" keep their names and schedules', async () => {
    const r = await run(
      '## Bakgrunnsjobber (BullMQ)\n\n- **remind-members** — hvert 30. minutt: sender SMS til medlemmer som har en båt om to timer.\n- **nightly-cleanup** — hver natt kl. 01:00: sletter utløpte reservasjoner.\n- **monthly-report** — første dag i hver måned kl. 05:00: lager månedsrapport.\n',
    );
    const jobs = r.spec!.jobs.map((j) => [j.name, j.trigger]);
    expect(jobs).toContainEqual(['remind-members', '*/30 * * * *']);
    expect(jobs).toContainEqual(['nightly-cleanup', '0 1 * * *']);
    expect(jobs).toContainEqual(['monthly-report', '0 5 1 * *']);
  });

  it('a cache sentence: "caches i Redis i 5 minutter og tømmes når en båt opprettes eller endres"', () => {
    const c = readCacheSentence(
      'Båtoversikten caches i Redis i 5 minutter og tømmes når en båt opprettes eller endres.',
    );
    expect(c?.subject).toBe('Båtoversikten');
    expect(c?.store).toBe('Redis');
    expect(c?.ttlSeconds).toBe(300);
    expect(c?.invalidatedOn.map((e) => e.actions)).toEqual([['create'], ['update']]);
    // An English noun "caches" is no passive.
    expect(readCacheSentence('Redis caches are fast.')).toBeNull();
  });

  it('duration units: minutter, timer, dager, døgn, uker, måneder, år', () => {
    expect(parseMeasure('10 minutter', 'duration')?.value).toBe(600);
    expect(parseMeasure('2 timer', 'duration')?.value).toBe(7200);
    expect(parseMeasure('14 dager', 'duration')?.value).toBe(14 * 86400);
    expect(parseMeasure('1 døgn', 'duration')?.value).toBe(86400);
    expect(parseMeasure('3 uker', 'duration')?.value).toBe(21 * 86400);
    expect(parseMeasure('13 måneder', 'duration')?.value).toBe(13 * 30 * 86400);
  });

  it('token lifetimes: "Tilgangstoken gjelder i 15 minutter; oppfriskningstoken i 14 dager"', async () => {
    const r = await run(
      '## Innlogging\n\nAPI-et utsteder JWT. Tilgangstoken gjelder i 15 minutter; oppfriskningstoken i 14 dager.\n',
    );
    expect(r.spec!.auth!.accessTokenTtlSeconds?.value).toBe(900);
    expect(r.spec!.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
  });

  it('rule words: "kan ikke", "ikke tillatt … senere enn", "minst", "innen", "slettes … etter"', () => {
    expect(statesRule('Et medlem kan ikke ha mer enn to aktive reservasjoner.')).toBe(true);
    expect(statesRule('Avbestilling er ikke tillatt senere enn 12 timer før start.')).toBe(true);
    expect(statesRule('Et medlem skal ha minst 2 dugnadstimer per år.')).toBe(true);
    expect(statesRule('Kontingenten skal betales innen 30 dager.')).toBe(true);
    expect(readRule('Medlemsdata slettes 24 måneder etter utmelding.').kind).not.toBe('none');
    // A story is no rule.
    expect(statesRule('Som medlem vil jeg se ledige båter, slik at jeg kan planlegge turen.')).toBe(false);
  });

  it('password, lockout, latency and availability targets', async () => {
    const r = await run(
      '',
      `${PRD}\n## Ikke-funksjonelle krav\n\n- **IFK-01** 99 % av forespørslene skal svare på under 300 ms.\n- **IFK-02** Appen skal være tilgjengelig 99,9 % av tiden.\n- **IFK-03** Passord må ha minst 10 tegn; etter 3 mislykkede forsøk låses kontoen i 15 minutter.\n`,
    );
    const keys = r.domain!.parameters.map((p) => `${p.key}=${p.value}`);
    expect(keys).toContain('nfr.availability=99.9');
    expect(keys.some((k) => /^nfr\.latency.*=300$/.test(k))).toBe(true);
    expect(keys).toContain('auth.password-min-length=10');
    expect(r.spec!.auth!.lockout?.value).toBe('3 failed attempts then locked for 15min');
  });
});

describe('Norwegian decisions and integrations', { timeout: 120_000 }, () => {
  it('"forkastet fordi …" gives the reason without "fordi"; "Integrasjon med X (vurderes i 2027)" is a later phase', async () => {
    const r = await run(
      '## Betaling\n\nVi bruker **Vipps**. Stripe ble vurdert, men **forkastet** fordi få medlemmer bruker det til små beløp.\n',
      `${PRD}\n## Utenfor omfang\n\n- Integrasjon med Rubic (vurderes i 2028).\n`,
    );
    const stripe = r.spec!.integrations.find((i) => i.name === 'Stripe');
    expect(stripe?.status).toBe('rejected');
    expect(JSON.stringify(r.spec)).toMatch(/få medlemmer bruker det/);
    expect(JSON.stringify(r.spec)).not.toMatch(/"fordi få medlemmer/);
    const rubic = r.spec!.integrations.find((i) => i.name === 'Rubic');
    expect(rubic?.status).toBe('future');
  });
});
