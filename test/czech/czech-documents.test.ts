import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { verbalNoun } from '../../src/knowledge/inflect.js';
import { otherLanguage } from '../../src/knowledge/name-language.js';
import { compile } from '../../src/pipeline.js';
import { jobCron } from '../../src/read/job-words.js';
import { isRejectionSentence } from '../../src/read/status.js';

// A Czech trial (a town's bulky-waste pickup orders: Kotlin + Ktor + Exposed, PostgreSQL 16, JobRunr,
// Bank iD and Keycloak, Comgate, Ecomail, SMSbrána.cz, three ADRs) compiled to a spec with no
// database ("none: the documents describe no stored data"), no endpoint, no job, no rule and no
// data model; Stripe and Twilio, both rejected in the ADRs, were the only payment and SMS providers.
// Czech is no naming language and has no catalog: an English spec.
const PRD =
  '# PRD: Sběrka\n\n## Kontext\n\nMěsto dnes přijímá objednávky svozu telefonicky a e-mailem. Občan si vybere termín svozu ve svém okrsku, popíše odpad a případně zaplatí poplatek. Dispečer pak z objednávek sestaví trasy pro posádky a řidič potvrzuje vyzvednutí. Každá objednávka je vidět v přehledu a lze ji zrušit nejpozději den před svozem.\n';
const run = (arch: string, prd = PRD, extra: Record<string, string> = {}) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architektura\n\n${arch}`,
      ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`/p/docs/${k}`, v])),
    }),
  );

const EXPOSED = `## Datový model

\`\`\`kotlin
object Okrsky : UUIDTable("okrsky") {
    val nazev = varchar("nazev", 100).uniqueIndex()
    val popis = text("popis").nullable()
}

object Objednavky : UUIDTable("objednavky") {
    val okrsek = reference("okrsek_id", Okrsky, onDelete = ReferenceOption.CASCADE)
    val stav = enumerationByName("stav", 30, StavObjednavky::class) // NOVA, POTVRZENA, ZRUSENA
    val objemM3 = decimal("objem_m3", 4, 1)
    val kapacita = integer("kapacita").default(12)
    val datum = date("datum")
    init { uniqueIndex(okrsek, datum) }
}
\`\`\`
`;

describe('Czech documents', { timeout: 120_000 }, () => {
  it('are told apart by their own words, not taken for Polish or Portuguese', () => {
    const prd = readFileSync(new URL('./projects/sberka/docs/prd.md', import.meta.url), 'utf8');
    expect(otherLanguage([prd])).toBe('cs');
  });

  it('an option closed by a bare verdict ("Zamítnuto.", "Rejected.") is rejected, in cs and en', async () => {
    expect(isRejectionSentence('Zamítnuto.')).toBe(true);
    expect(isRejectionSentence('Zamítnuto kvůli ceně.')).toBe(true);
    expect(isRejectionSentence('Rejected because of cost.')).toBe(true);
    expect(isRejectionSentence('Declined payments are retried 3 times.')).toBe(false);
    for (const arch of [
      '## Platební brána\n\nZvažovali jsme:\n\n- **Stripe** — dobré API, ale výplaty v EUR. Zamítnuto.\n- **Comgate** — české platby a vratky přes API.\n\n**Rozhodnutí:** Comgate.\n',
      '## Payment gateway\n\nWe considered:\n\n- **Stripe** — good API, but payouts in EUR. Rejected.\n- **Comgate** — Czech payments and refunds by API.\n\n**Decision:** Comgate.\n',
    ]) {
      const r = await run(arch);
      const stripe = r.spec!.integrations.filter((i) => i.name === 'Stripe').map((i) => i.status);
      expect(stripe).toEqual(['rejected']);
      expect(r.spec!.services.flatMap((s) => s.dependencies ?? [])).not.toContain('Stripe (integration)');
      // Comgate is catalogued: its API reference is given, not left to the provider.
      expect(r.spec!.integrations.find((i) => i.name === 'Comgate')?.docs).toMatch(/comgate\.cz/);
    }
  });

  it('an option under "Zvažované možnosti" that says "Zamítnuto" is a rejected decision, named or not', async () => {
    const r = await run(
      '## Zvažované možnosti\n\n1. **Vlastní registrace e-mailem a heslem** — nejjednodušší, ale neověří totožnost. Zamítnuto.\n2. **Bank iD** — ověřené jméno a adresa.\n',
    );
    const rejected = (r.spec!.reconciliation?.decisions ?? []).filter((d) => d.status === 'rejected');
    expect(rejected.map((d) => d.subject)).toContain('Vlastní registrace e-mailem a heslem');
  });

  it('a Czech stack table states the database, framework and scheduler', async () => {
    const r = await run(
      '## Stack\n\n| Oblast | Volba | Poznámka |\n|---|---|---|\n| Databáze | PostgreSQL 16 | zálohy denně |\n| Webový framework | Ktor 3 | REST |\n| Plánované úlohy | JobRunr | v procesu backendu |\n| Platební brána | Comgate | karty |\n',
    );
    const chosen = r.domain!.stack.filter((x) => x.status === 'chosen').map((x) => `${x.concern}:${x.value}`);
    // "Plánované" (scheduled) is no deferral: JobRunr runs the jobs now.
    expect(chosen).toEqual(
      expect.arrayContaining(['database:PostgreSQL', 'framework:Ktor 3', 'queue:JobRunr']),
    );
    expect(r.spec!.integrations.map((i) => i.name)).toContain('Comgate');
  });

  it('"Nepoužíváme: Redis (není potřeba cache ani fronta)" decides there is no cache', async () => {
    const r = await run('## Stack\n\nNepoužíváme: Redis (není potřeba cache ani fronta), Kubernetes.\n');
    expect(JSON.stringify(r.spec!.decisions)).toContain('no cache (stated)');
  });

  it('a route table headed "Metoda | Cesta | Role | Popis" is read with its callers', async () => {
    const r = await run(
      '## API\n\n| Metoda | Cesta | Role | Popis |\n|---|---|---|---|\n| GET | `/kalendar?okrsek={id}` | veřejné | volné termíny okrsku |\n| POST | `/objednavky/{id}/zruseni` | Občan (vlastní), Dispečer | zrušení objednávky |\n',
      `${PRD}\n## Role\n\n| Role | Kdo to je | Co smí |\n|---|---|---|\n| Občan | obyvatel města | zakládat a rušit vlastní objednávky |\n| Dispečer | zaměstnanec technických služeb | sestavovat trasy |\n`,
    );
    // "Co smí" (what they may do) is the roles table's description column.
    expect(r.spec!.roles.find((x) => x.name === 'občan')?.description).toMatch(/zakládat a rušit/);
    const calendar = r.spec!.endpoints.find((e) => e.path === '/kalendar');
    expect(calendar?.authenticated).toBe(false);
    expect(calendar?.summary).toMatch(/volné termíny/);
    const cancel = r.spec!.endpoints.find((e) => e.path === '/objednavky/{id}/zruseni');
    expect(cancel?.roles.slice().sort()).toEqual(['dispečer', 'občan']);
  });

  it('a route table caller limited "(own)" / "(vlastní)" reaches only its own records, in cs and en', async () => {
    for (const [cell, roles] of [
      [
        'Občan (vlastní), Dispečer',
        '| Role | Kdo |\n|---|---|\n| Občan | obyvatel |\n| Dispečer | zaměstnanec |\n',
      ],
      [
        'Citizen (own), Dispatcher',
        '| Role | Who |\n|---|---|\n| Citizen | resident |\n| Dispatcher | staff |\n',
      ],
    ] as const) {
      const r = await run(
        `## API\n\n| Metoda | Cesta | Role | Popis |\n|---|---|---|---|\n| POST | \`/objednavky/{id}/zruseni\` | ${cell} | zrušení |\n`,
        `${PRD}\n## Role\n\n${roles}`,
      );
      const op = r.spec!.endpoints.find((e) => e.path === '/objednavky/{id}/zruseni')?.operationId;
      const row = r.spec!.permissions?.rows.find((m) => m.operationId === op);
      const access = Object.values(row?.access ?? {}).sort();
      expect(access).toEqual(['allowed', 'own']);
    }
  });

  it('a job table "Úloha | Kdy | Co dělá" states its jobs and their Czech schedules', async () => {
    expect(jobCron('každých 15 minut')).toBe('*/15 * * * *');
    expect(jobCron('denně v 18:00')).toBe('0 18 * * *');
    const r = await run(
      '## Plánované úlohy\n\n| Úloha | Kdy | Co dělá |\n|---|---|---|\n| `zrus-nezaplacene` | každých 15 minut | zruší nezaplacené objednávky starší 48 hodin |\n| `sms-pripominky` | denně v 18:00 | pošle SMS připomínky |\n',
    );
    const jobs = Object.fromEntries(r.spec!.jobs.map((j) => [j.name, j.trigger]));
    expect(jobs['zrus-nezaplacene']).toBe('*/15 * * * *');
    expect(jobs['sms-pripominky']).toBe('0 18 * * *');
  });

  it('Czech business rules state their limits, lead times and retention', async () => {
    const r = await run(
      '',
      `${PRD}\n## Obchodní pravidla\n\n- **BR-03** Jedna objednávka smí obsahovat nejvýše 6 m³ odpadu.\n- **BR-05** Objednávku je nutné založit nejpozději 3 pracovní dny před termínem svozu.\n- **BR-09** Jeden občan smí mít současně nejvýše 3 aktivní objednávky.\n`,
    );
    const kinds = Object.fromEntries((r.spec!.rules ?? []).map((x) => [x.id, x.kind]));
    // As the English "at least 3 working days before the pickup date" reads.
    expect(kinds).toMatchObject({ 'BR-03': 'limit', 'BR-05': 'minimum', 'BR-09': 'limit' });
  });

  it('"obnovovací token s platností 14 dní" is the refresh token lifetime', async () => {
    const r = await run(
      '## Přihlašování\n\nBackend po přihlášení vydá vlastní JWT s platností 30 minut a obnovovací token s platností 14 dní.\n',
    );
    expect(r.spec!.auth!.accessTokenTtlSeconds?.value).toBe(1800);
    expect(r.spec!.auth!.refreshTokenTtlSeconds?.value).toBe(14 * 86400);
  });

  it('Kotlin Exposed table objects are the data model; Czech table names are the route plurals', async () => {
    // The whole PRD: the documents must read as Czech for their table names to be the plurals.
    const r = await run(
      EXPOSED,
      readFileSync(new URL('./projects/sberka/docs/prd.md', import.meta.url), 'utf8'),
    );
    const byTable = Object.fromEntries(r.spec!.entities.map((e) => [e.table, e]));
    expect(Object.keys(byTable).sort()).toEqual(['objednavky', 'okrsky']);
    const o = byTable.objednavky!;
    const field = (n: string) => o.fields.find((f) => f.name === n || f.column === n);
    expect(field('okrsek_id')?.references).toMatchObject({ entity: 'Okrsky', onDelete: 'cascade' });
    expect(field('objem_m3')?.type).toMatchObject({ scalar: 'decimal', precision: 4, scale: 1 });
    expect(String(field('kapacita')?.default)).toBe('12');
    expect(field('stav')?.enum).toEqual(['NOVA', 'POTVRZENA', 'ZRUSENA']);
    expect(o.uniques.map((u) => u.columns)).toEqual([['okrsek_id', 'datum']]);
    expect(byTable.okrsky!.fields.find((f) => f.name === 'popis' || f.column === 'popis')?.nullable).toBe(
      true,
    );
    const paths = r.spec!.endpoints.map((e) => e.path);
    expect(paths.some((p) => p.includes('/objednavky'))).toBe(true);
    expect(paths.some((p) => /objednavkies|okrskies/.test(p))).toBe(false);
  });

  it('stories "Jako <role> chci …, abych …" are read, the verb found after its object, and mapped to the stated routes', async () => {
    // A sports club's, not the trial's: other roles, other records, other verbs.
    const arch = `## Datový model

\`\`\`sql
CREATE TABLE clenove (id BIGSERIAL PRIMARY KEY, jmeno TEXT NOT NULL);
CREATE TABLE lekce (id BIGSERIAL PRIMARY KEY, nazev TEXT NOT NULL, stav TEXT NOT NULL);
CREATE TABLE rezervace (id BIGSERIAL PRIMARY KEY, clen_id BIGINT NOT NULL REFERENCES clenove(id), lekce_id BIGINT NOT NULL REFERENCES lekce(id));
\`\`\`

## API

| Metoda | Cesta | Role | Popis |
|---|---|---|---|
| GET | /lekce | člen | rozvrh lekcí |
| POST | /rezervace | člen | vytvoření rezervace |
| POST | /rezervace/{id}/zruseni | člen | zrušení rezervace |
| POST | /lekce/{id}/schvaleni | trenér | schválení lekce |
`;
    const prd = `${PRD}\n## Role\n\n| Role | Popis |\n|---|---|\n| Člen | rezervuje lekce |\n| Trenér | vede lekce |\n\n## Uživatelské příběhy\n\n- Jako člen chci svou rezervaci zrušit, abych uvolnil místo pro ostatní.\n- Jako trenér bych chtěl novou lekci schválit, abychom ji mohli nabídnout.\n`;
    const r = await run(arch, prd);
    const ops = (part: string) =>
      (r.spec!.stories ?? []).find((s) => s.action.includes(part))?.operations ?? [];
    expect((r.spec!.stories ?? []).map((s) => s.action)).toEqual(
      expect.arrayContaining(['svou rezervaci zrušit', 'novou lekci schválit']),
    );
    const route = (id: string) => {
      const e = r.spec!.endpoints.find((x) => x.operationId === id);
      return `${e?.method} ${e?.path}`;
    };
    expect(ops('rezervaci zrušit').map(route)).toEqual(['POST /rezervace/{id}/zruseni']);
    expect(ops('lekci schválit').map(route)).toEqual(['POST /lekce/{id}/schvaleni']);
  });

  it('a Czech or Polish verbal noun is the noun of its infinitive, a consonant alternating; an English verb makes none', () => {
    expect(verbalNoun('zrušit', 'zruseni')).toBe(true);
    expect(verbalNoun('potvrdit', 'potvrzeni')).toBe(true);
    expect(verbalNoun('uzavřít', 'uzavreni')).toBe(true);
    expect(verbalNoun('vyzvednout', 'vyzvednuti')).toBe(true);
    expect(verbalNoun('zatwierdzić', 'zatwierdzenie')).toBe(true);
    expect(verbalNoun('zrušit', 'zrusky')).toBe(false);
    expect(verbalNoun('submit', 'submission')).toBe(false);
    expect(verbalNoun('export', 'exports')).toBe(false);
  });
});
