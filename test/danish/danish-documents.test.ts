import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';
import { statedBasePath } from '../../src/read/base-path-words.js';

// Trial 26: a Danish municipality's sports-hall booking service (.NET 8 minimal API + EF Core 8,
// PostgreSQL, Hangfire, MitID via Criipto and Microsoft Entra ID, Nets Easy). Danish was read
// through the Norwegian lexicon, but the stack table ("Lag | Teknologi | Version") was no stack
// table (Nets Easy, the e-mail service and the monitoring were lost), "logger ind med MitID" was no
// sign-in sentence, the jobs table's "Beskrivelse" column was not read (each job's purpose was its
// name), a stated purge citing its rule's id did not cover the retention's derived purge, a cache
// table gave no entry and most rule sentences ("skal være fyldt 18 år", "må ikke overlappe", "kan
// aflyses gratis indtil 48 timer før") were not rules. English and Swedish twins check the same.

const compileDocs = async (files: Record<string, string>): Promise<Spec> =>
  (await compile({ root: '/p', verify: { skip: true } }, memoryHost(files))).spec!;

const DA_STACK = `# Teknologistak

| Lag | Teknologi | Version | Bemærkning |
|---|---|---|---|
| Framework | ASP.NET Core | 8.0 | minimal API |
| Database | PostgreSQL | 16 | |
| Cache | Redis | 7 | |
| Baggrundsjob | Hangfire | 1.8 | |
| Betaling | Nets Easy | v1 | kort og MobilePay |
| E-mail | Azure Communication Services Email | — | kvitteringer |
| Overvågning | Application Insights | — | |
`;

const DA_PRD = `# PRD

## Roller

| Rolle | Systemrolle | Beskrivelse |
|---|---|---|
| Borger | \`borger\` | Logger ind med MitID og booker lokaler. |
| Medarbejder | \`medarbejder\` | Logger ind med Entra ID. |

## Forretningsregler

1. **FR-R1** En borger skal være fyldt 18 år for at booke.
2. **FR-R2** To bookinger i samme hal må ikke overlappe i tid.
3. **FR-R3** En booking kan aflyses gratis indtil 48 timer før starttidspunktet.
4. **FR-R4** Persondata om borgere slettes 12 måneder efter seneste booking (GDPR).
`;

const DA_ARCH = `# Arkitektur

Borgere logger ind med MitID gennem Criipto (OpenID Connect).

| Metode | Rute | Adgang | Beskrivelse |
|---|---|---|---|
| GET | \`/lokaler\` | offentlig | Liste over lokaler med takster |
| POST | \`/bookinger\` | borger | Book et lokale |

## Tilbagevendende job (Hangfire)

| Job | Cron | Beskrivelse |
|---|---|---|
| \`SletGamleBorgerdata\` | \`0 3 1 * *\` | Sletter borgerdata efter FR-R4 |
| \`SendPaamindelser\` | \`0 7 * * *\` | Sender påmindelse på e-mail 2 dage før en booking |

## Cache

| Nøgle | Indhold | TTL |
|---|---|---|
| \`lokaler:alle\` | Liste over lokaler med takster | 1 time |

\`\`\`sql
CREATE TABLE lokaler (id uuid PRIMARY KEY, navn varchar(100) NOT NULL);
CREATE TABLE bookinger (id uuid PRIMARY KEY, lokale_id uuid NOT NULL REFERENCES lokaler(id), start timestamptz NOT NULL);
\`\`\`
`;

const EN_ARCH = `# Architecture

| Method | Route | Access | Description |
|---|---|---|---|
| GET | \`/rooms\` | public | List of rooms with rates |
| POST | \`/bookings\` | citizen | Book a room |

## Recurring jobs

| Job | Cron | Description |
|---|---|---|
| \`CleanOldResidentRows\` | \`0 3 1 * *\` | Removes old rows per BR-4 |

## Cache

| Key | Content | TTL |
|---|---|---|
| \`rooms:all\` | List of rooms with rates | 10 minutes |

\`\`\`sql
CREATE TABLE rooms (id uuid PRIMARY KEY, name varchar(100) NOT NULL);
CREATE TABLE bookings (id uuid PRIMARY KEY, room_id uuid NOT NULL REFERENCES rooms(id), start timestamptz NOT NULL);
\`\`\`
`;

const EN_PRD = `# PRD

## Business rules

- **BR-4** Personal data about citizens is deleted 12 months after the latest booking (GDPR).
`;

const SV_ARCH = `# Arkitektur

Medlemmar loggar in med BankID.

## Bakgrundsjobb

| Jobb | Schema | Beskrivning |
|---|---|---|
| \`RensaGamla\` | \`0 3 * * *\` | Tar bort gamla bokningar |

## Cache

| Nyckel | Innehåll | TTL |
|---|---|---|
| \`banor:alla\` | Lista över banor | 5 minuter |

\`\`\`sql
CREATE TABLE banor (id uuid PRIMARY KEY, namn varchar(100) NOT NULL);
\`\`\`
`;

const SV_STACK = `# Teknikstack

| Lager | Teknologi | Version |
|---|---|---|
| Databas | PostgreSQL | 16 |
| Övervakning | Application Insights | — |
`;

describe('Danish planning documents', { timeout: 60_000 }, () => {
  it('reads the stack table, the sign-in, the jobs table, the cache table and the rules', async () => {
    const spec = await compileDocs({
      '/p/docs/prd.md': DA_PRD,
      '/p/docs/architecture.md': DA_ARCH,
      '/p/docs/tech-stack.md': DA_STACK,
    });
    // "Lag | Teknologi" is a stack table: its providers are integrations.
    const used = spec.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
    expect(used).toEqual(expect.arrayContaining(['Nets Easy', 'Azure Communication Services Email']));
    expect(used).toContain('Application Insights');
    // "logger ind med MitID gennem Criipto": a stated login method.
    expect(spec.auth?.socialProviders?.map((p) => p.value)).toContain('MitID');
    // The "Beskrivelse" column is each job's purpose.
    const job = (name: string) => spec.jobs.find((j) => j.name === name);
    expect(job('SendPaamindelser')?.purpose).toMatch(/^Sender påmindelse/);
    // The stated purge cites FR-R4: no second, derived purge of the same data.
    expect(spec.jobs.filter((j) => /^purge-/.test(j.name))).toEqual([]);
    // The cache table's row: its key, its lifetime ("1 time" is one hour) and the read it holds.
    const entry = spec.caching?.entries.find((e) => e.keyPattern === 'lokaler:alle');
    expect(entry?.ttlSeconds).toBe(3600);
    // The rule sentences are rules.
    const rule = (id: string) => spec.rules?.find((r) => r.requirements.includes(id));
    expect(rule('FR-R1')).toBeDefined();
    expect(rule('FR-R2')).toBeDefined();
    expect(rule('FR-R3')).toBeDefined();
  });

  it('English: a cache table is read and a purge citing the rule id covers its retention', async () => {
    const spec = await compileDocs({ '/p/docs/prd.md': EN_PRD, '/p/docs/architecture.md': EN_ARCH });
    const entry = spec.caching?.entries.find((e) => e.keyPattern === 'rooms:all');
    expect(entry?.ttlSeconds).toBe(600);
    expect(entry?.endpoint).toBe(spec.endpoints.find((e) => e.path === '/rooms')?.operationId);
    expect(spec.jobs.filter((j) => /^purge-/.test(j.name))).toEqual([]);
  });

  it('Swedish: the stack table, "loggar in med BankID", the "Beskrivning" column and a cache table', async () => {
    const spec = await compileDocs({
      '/p/docs/prd.md': '# PRD\n\n- **FK-01** Medlemmar bokar banor.\n',
      '/p/docs/architecture.md': SV_ARCH,
      '/p/docs/tech-stack.md': SV_STACK,
    });
    expect(spec.integrations.map((i) => i.name)).toContain('Application Insights');
    expect(spec.auth?.socialProviders?.map((p) => p.value)).toContain('BankID');
    expect(spec.jobs.find((j) => j.name === 'RensaGamla')?.purpose).toBe('Tar bort gamla bokningar');
    expect(spec.caching?.entries.find((e) => e.keyPattern === 'banor:alla')?.ttlSeconds).toBe(300);
  });

  const TABLE =
    '# Arkitektur\n\n```sql\nCREATE TABLE baner (id uuid PRIMARY KEY, navn varchar(100) NOT NULL);\n```\n';
  it('a payment method another chosen service carries is no integration of its own (da, en, nb)', async () => {
    const prd = (sentence: string) =>
      `# PRD\n\n## Krav\n\n- **FK-01** ${sentence}\n- **FK-02** Medlemmer booker baner.\n`;
    for (const sentence of [
      'Betaling med MobilePay sker gennem Nets Easy.',
      'The citizen pays with MobilePay through Nets Easy.',
      'Medlemmet betaler med MobilePay via Nets Easy.',
    ]) {
      const spec = await compileDocs({ '/p/docs/prd.md': prd(sentence), '/p/docs/architecture.md': TABLE });
      const used = spec.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
      expect(used, sentence).toEqual(['Nets Easy']);
      expect(
        spec.jobs.map((j) => j.name),
        sentence,
      ).not.toContain('process-vipps-mobilepay-webhook');
    }
    // Named alone, MobilePay is the integration.
    const alone = await compileDocs({
      '/p/docs/prd.md': prd('Borgeren betaler med MobilePay.'),
      '/p/docs/architecture.md': TABLE,
    });
    // Under the name the documents write (issue 11), not the catalogue's "Vipps MobilePay".
    expect(alone.integrations.filter((i) => i.status === 'chosen').map((i) => i.name)).toEqual(['MobilePay']);
  });

  it('reads "Alle ruter ligger under /api/v1" (da, nb) and "All routes are under /api/v1" as the base path', () => {
    expect(statedBasePath('Alle ruter ligger under `/api/v1`.')).toBe('/api/v1');
    expect(statedBasePath('Alle rutene ligger under /api/v2 i produksjon.')).toBe('/api/v2');
    expect(statedBasePath('All routes are under `/api/v1`.')).toBe('/api/v1');
    expect(statedBasePath('Routes are described under section 4.')).toBeNull();
    // A folder of the code the routes live in is no base path (billie-crm).
    expect(
      statedBasePath('New API routes under `src/app/api/conversations/` — follows `/api/ledger/` structure'),
    ).toBeNull();
  });

  it('an EF Core entity takes its table name from its DbSet property (da, en), a [Table] name still wins', async () => {
    const cs = (body: string) => `# Arkitektur\n\n\`\`\`csharp\n${body}\n\`\`\`\n`;
    const model = `public class Forening { [Key] public Guid Id { get; set; } [Required, MaxLength(200)] public string Navn { get; set; } = null!; }
public class Person { [Key] public Guid Id { get; set; } public DateTime Born { get; set; } }
[Table("hold")]
public class Hold { [Key] public Guid Id { get; set; } public string Navn { get; set; } = null!; }
public class AppDbContext : DbContext
{
    public DbSet<Forening> Foreninger => Set<Forening>();
    public DbSet<Person> Persons { get; set; } = null!;
    public DbSet<Hold> Holdene => Set<Hold>();
}`;
    const spec = await compileDocs({
      '/p/docs/prd.md': '# PRD\n\n- **FK-01** Foreninger booker haller.\n',
      '/p/docs/architecture.md': cs(model),
    });
    const table = (name: string) => spec.entities.find((e) => e.name === name)?.table;
    expect(table('Forening')).toBe('foreninger');
    expect(table('Person')).toBe('persons');
    expect(table('Hold')).toBe('hold');
  });

  it('an action segment its description opens with is that verb, not a plural sub-collection (da, nb)', async () => {
    const arch = `# Arkitektur

| Metode | Rute | Adgang | Beskrivelse |
|---|---|---|---|
| POST | \`/bookinger/{id}/aflys\` | borger | Aflys en booking |
| POST | \`/haller/{id}/laas\` | admin | Lås en hal i en periode |
| POST | \`/vakter/{id}/avlys\` | admin | Avlys en vakt |

\`\`\`sql
CREATE TABLE haller (id uuid PRIMARY KEY, navn varchar(100) NOT NULL);
CREATE TABLE bookinger (id uuid PRIMARY KEY, hal_id uuid NOT NULL REFERENCES haller(id));
CREATE TABLE vakter (id uuid PRIMARY KEY, navn varchar(100) NOT NULL);
\`\`\`
`;
    const spec = await compileDocs({
      '/p/docs/prd.md': '# PRD\n\n- **FK-01** Borgere booker haller.\n',
      '/p/docs/architecture.md': arch,
    });
    const op = (path: string) => spec.endpoints.find((e) => e.path.endsWith(path));
    expect(op('/aflys')?.operationId).toMatch(/^aflys/);
    expect(op('/laas')?.operationId).toMatch(/^laas/);
    expect(op('/avlys')?.operationId).toMatch(/^avlys/);
    expect(op('/aflys')?.responses.find((r) => r.status < 300)?.status).toBe(200);
  });
});
