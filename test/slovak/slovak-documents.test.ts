import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { findMeasures } from '../../src/knowledge/durations.js';
import { otherLanguage } from '../../src/knowledge/name-language.js';
import { compile } from '../../src/pipeline.js';
import { readAccessCell } from '../../src/read/access-words.js';
import { statedBasePath } from '../../src/read/base-path-words.js';
import { JOB_DESCRIPTION_COLUMN, JOB_SCHEDULE_COLUMN, jobCron } from '../../src/read/job-words.js';
import { cellScope, headingScope, rejectsLabel } from '../../src/read/status.js';

// A Slovak trial (a ski school's lesson booking: Spring Boot JPA entities, Keycloak, Besteron,
// BulkGate) was read as English: its decision table's "Zamietnuté" (MySQL, Quartz) and its ADRs'
// "Zvážené alternatívy" (Auth0) were not rejections, so Auth0 stood as an integration; its
// "Neskoršie fázy" were not later phases; a route table's "verejné" was a role nobody had. The
// fixtures below are a car repair shop's, in other words, beside the same in Czech.
const PRD_SK = [
  '# Autoservis — požiadavky',
  '',
  'Zákazník si cez web objedná termín servisu a vyberie, ktoré práce sa majú urobiť. Technik pri',
  'príjme auta zapíše stav tachometra a zistené chyby; ak je oprava drahšia ako odhad, musí zákazník',
  'súhlasiť. Faktúra sa vystaví až po prevzatí auta. Zákazník môže termín zrušiť najneskôr deň vopred,',
  'pri neskoršom zrušení sa účtuje poplatok. Údaje sa uchovávajú podľa zákona, ktorý platí pre servisy.',
  'Vedúci dielne vidí všetky zákazky a môže ich presunúť na iného technika, keď je niekto chorý.',
  'Súčiastky sa objednávajú pri príjme auta alebo až po súhlase zákazníka, podľa toho, ktorá možnosť',
  'je lacnejšia. Zákazky, ktoré sú hotové, sa archivujú; len vedúci môže archív meniť, technik iba číta.',
  'Každú hodinu sa pošle zákazníkom, ktorých auto je hotové, SMS; ak nie je doručená, pošle sa e-mail.',
].join('\n');
const PRD_CS = [
  '# Autoservis — požadavky',
  '',
  'Zákazník si přes web objedná termín servisu a vybere, které práce se mají udělat. Technik při',
  'příjmu auta zapíše stav tachometru a zjištěné závady; pokud je oprava dražší než odhad, musí zákazník',
  'souhlasit. Faktura se vystaví až po převzetí auta. Zákazník může termín zrušit nejpozději den předem,',
  'při pozdějším zrušení se účtuje poplatek. Údaje jsou uloženy podle zákona, který platí pro servisy.',
  'Vedoucí dílny vidí všechny zakázky a může je přesunout na jiného technika, když je někdo nemocný.',
  'Součástky se objednávají při příjmu auta nebo až po souhlasu zákazníka, podle toho, která možnost',
  'je levnější. Zakázky, které jsou hotové, se archivují; jen vedoucí může archiv měnit, technik jen čte.',
  'Každou hodinu se pošle zákazníkům, jejichž auto je hotové, SMS; pokud není doručena, pošle se e-mail.',
].join('\n');

describe('Slovak documents', () => {
  it('are told from Czech ones by their own function words', () => {
    expect(otherLanguage([PRD_SK])).toBe('sk');
    expect(otherLanguage([PRD_CS])).toBe('cs');
  });

  it('decide about options: "Zamietnuté", "Prijaté", "Odložené", "Zvážené alternatívy", "Neskoršie fázy"', () => {
    expect(cellScope('Zamietnuté')).toBe('rejected');
    expect(cellScope('Prijaté')).toBe('chosen');
    expect(cellScope('Odložené')).toBe('deferred');
    expect(cellScope('Fáza 2')).toBe('deferred');
    // "Plánované" (scheduled) is no deferral: a stack's "Plánované úlohy" run now.
    expect(cellScope('Plánované úlohy')).toBeNull();
    expect(headingScope('Zvážené alternatívy')).toBe('rejected');
    expect(headingScope('8. Neskoršie fázy')).toBe('deferred');
    expect(headingScope('7. Mimo rozsahu (prvá verzia)')).toBe('out-of-scope');
    expect(rejectsLabel(' — zamietnuté: vyššia cena za SMS.')).toBe(true);
    // The Czech words still decide as before.
    expect(cellScope('Zamítnuto')).toBe('rejected');
    expect(headingScope('Zvažované alternativy')).toBe('rejected');
  });

  it('a route table\'s access cells: "verejné", "prihlásený používateľ", roles joined by "alebo", "(len vlastné)"', () => {
    expect(readAccessCell('verejné')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('veřejné')).toEqual({ public: true, any: false, roles: [] });
    expect(readAccessCell('prihlásený používateľ')).toEqual({ public: false, any: true, roles: [] });
    expect(readAccessCell('technik alebo veduci')).toEqual({
      public: false,
      any: false,
      roles: ['technik', 'veduci'],
    });
    expect(readAccessCell('zakaznik (len vlastné)')).toEqual({
      public: false,
      any: false,
      roles: ['zakaznik'],
      own: ['zakaznik'],
    });
    expect(readAccessCell('zakaznik (jen vlastní)')).toMatchObject({ own: ['zakaznik'] });
  });
});

describe('a Slovak job table', () => {
  it('heads its columns "Úloha | Kedy | Čo robí" as Czech heads them "Úloha | Kdy | Co dělá"', () => {
    expect(JOB_SCHEDULE_COLUMN.test('Kedy')).toBe(true);
    expect(JOB_SCHEDULE_COLUMN.test('Kdy')).toBe(true);
    expect(JOB_DESCRIPTION_COLUMN.test('Čo robí')).toBe(true);
    expect(JOB_DESCRIPTION_COLUMN.test('Co dělá')).toBe(true);
  });

  it.each([
    ['každú minútu', '* * * * *'],
    ['každou minutu', '* * * * *'],
    ['každých 15 minút', '*/15 * * * *'],
    ['každých 15 minut', '*/15 * * * *'],
    ['každú hodinu', '0 * * * *'],
    ['denne o 02:00', '0 2 * * *'],
    ['každú noc o 03:30', '30 3 * * *'],
    ['denně v 02:00', '0 2 * * *'],
  ])('reads "%s" as %s', (cell, cron) => {
    expect(jobCron(cell)).toBe(cron);
  });
});

describe('a base path stated in a Slavic language', () => {
  it.each([
    ['sk', 'Všetky cesty sú pod `/api/v1`. Chyby sa vracajú ako problem+json.', '/api/v1'],
    ['cs', 'Všechny endpointy jsou pod `/api/v2`.', '/api/v2'],
    ['pl', 'Wszystkie ścieżki są pod `/api`.', '/api'],
    ['sk', 'Základná cesta: `/servis/api`', '/servis/api'],
  ])('%s: %s', (_l, text, path) => {
    expect(statedBasePath(text)).toBe(path);
  });

  it('near-miss: a route under a resource is no base path', () => {
    expect(statedBasePath('Zákazky technika sú v zozname pod tlačidlom „Moje“.')).toBeNull();
  });
});

describe('a request rate stated in Slovak or Czech', () => {
  const read = (t: string) => findMeasures(t).map((m) => [m.value, m.unit]);
  it.each([
    ['sk', 'API je obmedzené na 100 požiadaviek za minútu na jedného používateľa.', 100],
    ['cs', 'API je omezeno na 60 požadavků za minutu pro jednoho uživatele.', 60],
  ])('%s: %s', (_l, text, n) => {
    expect(read(text)).toEqual([[n, 'req/min']]);
  });
});

describe('NFR numbers stated in Slovak, Czech or Polish', { timeout: 60_000 }, () => {
  const params = async (nfr: string) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# Autoservis\n\n## Nefunkčné požiadavky\n\n${nfr}\n`,
      '/p/docs/architecture.md':
        '# Architektúra\n\nPostgreSQL 16.\n\n```sql\nCREATE TABLE zakazka (id BIGSERIAL PRIMARY KEY, cislo TEXT NOT NULL);\n```\n',
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    return (r.domain?.parameters ?? []).map((p) => `${p.key} ${p.value}`);
  };
  it.each([
    ['sk', '- NFR-1: Odozva API pod 300 ms (95. percentil).', 'nfr.latency'],
    ['cs', '- NFR-1: Odezva API méně než 300 ms (p95).', 'nfr.latency'],
    ['sk', '- NFR-2: Dostupnosť aspoň 99,5 % mesačne.', 'nfr.availability'],
    ['pl', '- NFR-2: Dostępność co najmniej 99,5 % miesięcznie.', 'nfr.availability'],
    ['sk', '- NFR-3: Faktúry sa uchovávajú 10 rokov.', 'retention'],
    ['cs', '- NFR-3: Faktury se uchovávají 10 let.', 'retention'],
    ['sk', '- NFR-4: API je obmedzené na 100 požiadaviek za minútu na jedného používateľa.', 'rate-limit'],
  ])('%s: %s', async (_l, nfr, key) => {
    expect((await params(nfr)).some((p) => p.startsWith(key))).toBe(true);
  });
});
