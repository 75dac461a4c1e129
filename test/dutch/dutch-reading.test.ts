import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { dailyCron } from '../../src/knowledge/time-of-day.js';
import { compile } from '../../src/pipeline.js';
import { jobCron } from '../../src/read/job-words.js';
import { readSchedule } from '../../src/read/schedule-words.js';
import { clauseTermStatus, headingScope } from '../../src/read/status.js';

// A Dutch Kiro project (trial 7) came out with a rejected identity provider chosen ("Firebase
// Authentication — afgewezen" under "Afgewogen en afgewezen"), JWT designed although the stack says
// "geen JWT's", no roles from a `Rol | Wie | Wat ze doen` table, BullMQ replaced by a PostgreSQL job
// table, the Dutch job schedules left as written and the Redis cache entry with a default TTL.
describe('Dutch decisions, schedules, stack slots and cache sentences', () => {
  it('reads Dutch decision words in headings and clauses', () => {
    expect(headingScope('Afgewogen en afgewezen')).toBe('rejected');
    expect(headingScope('Buiten scope (v1)')).toBe('out-of-scope');
    expect(headingScope('Open vragen')).toBe('undecided');
    const text = 'Firebase Authentication — afgewezen: ledengegevens moeten in de EU blijven';
    expect(clauseTermStatus(text, 0, 'Firebase Authentication'.length)).toBe('rejected');
    const jwt = "Er zijn geen wachtwoorden en geen JWT's.";
    expect(clauseTermStatus(jwt, jwt.indexOf('JWT'), 3)).toBe('rejected');
    // "of" stays English: "instead of Redis" is not split as a Dutch "or".
    const en = 'We use Valkey instead of Redis.';
    expect(clauseTermStatus(en, en.indexOf('Redis'), 5)).toBe('rejected');
  });

  it('reads Dutch schedules as cron expressions', () => {
    expect(jobCron('elk kwartier')).toBe('*/15 * * * *');
    expect(jobCron('elke nacht om 03:00')).toBe('0 3 * * *');
    expect(jobCron('dagelijks om 09:00')).toBe('0 9 * * *');
    expect(jobCron('elke zondag om 04:00')).toBe('0 4 * * 0');
    expect(jobCron('elk uur')).toBe('0 * * * *');
    expect(readSchedule('De export draait elke 5 minuten')?.cron).toBe('*/5 * * * *');
    expect(dailyCron("De back-up draait 's nachts om 2 uur")).toBe('0 2 * * *');
    // A period, not a time: "om de 2 uur".
    expect(dailyCron('dagelijks, om de 2 uur')).toBeNull();
  });

  it('compiles a Dutch stack into its stated choices, roles, jobs and cache entry', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/product/PRD.md': `# PRD\n\n## Gebruikers\n\n| Rol | Wie | Wat ze doen |\n|---|---|---|\n| Lid | Spelend lid | Reserveert banen |\n| Beheerder | Bestuurslid | Beheert leden |\n\n## Requirements\n\n- FR1: Een lid reserveert een baan.\n`,
        '/p/docs/technical/tech-stack.md': `# Stack\n\n| Laag | Keuze | Toelichting |\n|---|---|---|\n| Backend | NestJS | REST |\n| Database | PostgreSQL 16 | |\n| Cache | Redis 7 | beschikbaarheid |\n| Achtergrondtaken | BullMQ op dezelfde Redis | herinneringen |\n\n## Afgewogen en afgewezen\n\n- **Firebase Authentication** — afgewezen: gegevens blijven in de EU.\n\n## Authenticatie\n\nInloggen gaat met een magic link die 15 minuten geldig is. Daarna krijgt de browser een sessiecookie (HttpOnly) die 30 dagen geldig blijft. Er zijn geen JWT's.\n`,
        '/p/docs/technical/architecture.md': `# Architectuur\n\n## Datamodel\n\n\`\`\`sql\nCREATE TABLE banen (id uuid PRIMARY KEY, naam text NOT NULL);\n\`\`\`\n\nDe beschikbaarheid wordt 60 seconden in Redis bewaard; elke reservering of blokkering maakt de cache ongeldig.\n\n## Achtergrondtaken\n\n| Taak | Wanneer | Wat |\n|---|---|---|\n| herinnering-versturen | elk kwartier | Stuurt herinneringen |\n| anonimiseren | elke zondag om 04:00 | Anonimiseert oude leden |\n`,
      }),
    );
    const spec = r.spec!;
    expect(spec.auth?.provider ?? null).toBeNull();
    expect(spec.auth?.strategy.value).toBe('session');
    expect(spec.auth?.sessionTimeoutSeconds?.value).toBe(30 * 86400);
    expect(spec.roles.map((x) => x.name)).toEqual(['lid', 'beheerder']);
    expect(spec.roles[0]?.description).toBe('Reserveert banen');
    const decisions = Object.fromEntries(spec.decisions.map((d) => [d.topic, d.choice]));
    expect(decisions['Background jobs']).toMatch(/^BullMQ/);
    expect(Object.fromEntries(spec.jobs.map((j) => [j.name, j.trigger]))).toMatchObject({
      'herinnering-versturen': expect.stringContaining('*/15 * * * *'),
      anonimiseren: expect.stringContaining('0 4 * * 0'),
    });
    const entry = spec.caching?.entries.find((e) => /beschikbaarheid/i.test(e.name));
    expect(entry).toMatchObject({ ttlSeconds: 60 });
  });
});

// The same trial's stories had no operation: Dutch puts the infinitive after its object ("een baan
// reserveren"), names plurals no rule reaches ("banen" for Baan, "leden" for Lid) and its route table
// says `Beschrijving` and `publiek`.
describe('Dutch stories and route tables', () => {
  const MODEL = `# Design\n\n\`\`\`typescript\n@Entity('banen')\nexport class Baan {\n  @PrimaryGeneratedColumn('uuid')\n  id: string;\n  @Column()\n  naam: string;\n}\n\n@Entity('reserveringen')\nexport class Reservering {\n  @PrimaryGeneratedColumn('uuid')\n  id: string;\n  @ManyToOne(() => Baan, { nullable: false })\n  baan: Baan;\n  @Column({ type: 'enum', enum: ['bevestigd', 'niet_verschenen'], default: 'bevestigd' })\n  status: string;\n}\n\n@Entity('magic_links')\nexport class MagicLink {\n  @PrimaryGeneratedColumn('uuid')\n  id: string;\n  @Column()\n  tokenHash: string;\n}\n\`\`\`\n\n## API\n\n| Methode | Pad | Wie | Beschrijving |\n|---|---|---|---|\n| POST | \`/api/auth/magic-link\` | publiek | Magic link aanvragen |\n| GET | \`/api/auth/callback\` | publiek | Link inwisselen voor een sessiecookie |\n| POST | \`/api/reserveringen/{id}/niet-verschenen\` | beheerder | No-show registreren |\n`;
  const PRD = `# Requirements\n\n## Gebruikers\n\n| Rol | Wie | Wat ze doen |\n|---|---|---|\n| Lid | Spelend lid | Reserveert banen |\n| Beheerder | Vrijwilliger | Beheert banen |\n\n### Requirement 1: Reserveren\n\n**User story:** Als lid wil ik een baan reserveren voor mezelf, zodat ik kan spelen.\n\n### Requirement 2: Banen zien\n\n**User story:** Als lid wil ik per dag zien welke banen vrij zijn.\n\n### Requirement 3: No-shows\n\n**User story:** Als beheerder wil ik een reservering als niet verschenen markeren, zodat no-shows worden geteld.\n\n### Requirement 4: Inloggen\n\n**User story:** Als lid wil ik inloggen zonder wachtwoord.\n`;

  it('reads the stories into operations on the stated routes and the stated plurals', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({ '/p/docs/product/PRD.md': PRD, '/p/docs/technical/architecture.md': MODEL }),
    );
    const spec = r.spec!;
    const paths = spec.endpoints.map((e) => `${e.method} ${e.path}`);
    // Derived routes follow the stated table plural, never an English plural of a Dutch word.
    expect(paths).toContain('GET /api/banen');
    expect(paths.some((p) => /baans|\/baan(?:\/|$)/.test(p))).toBe(false);
    // The stated route named after the status value is the story's action; no second `mark-…` route.
    expect(paths.filter((p) => /niet-verschenen/.test(p))).toEqual([
      'POST /api/reserveringen/{id}/niet-verschenen',
    ]);
    // A sign-in link is a credential: no list or read route for it.
    expect(paths.some((p) => /magic-links/.test(p))).toBe(false);
    const callback = spec.endpoints.find((e) => e.path === '/api/auth/callback');
    expect(callback).toBeDefined();
    const unserved = r.diagnostics
      .filter((d) => d.code === 'api/story-without-operation')
      .map((d) => d.message);
    expect(unserved).toEqual([]);
  });
});

// Kiro features number their requirements on their own: "Requirement 3" of the reservations feature
// was traced by the cancel endpoint and also listed under "Requirement 3" of the membership feature.
describe('requirement ids shared by several features', () => {
  it('traces each feature requirement only with items of its own feature', { timeout: 60_000 }, async () => {
    const files = {
      '/p/.kiro/specs/a/requirements.md':
        '# Requirements\n\n### Requirement 1: Boeken\n\n**User story:** Als lid wil ik een reservering aanmaken.\n',
      '/p/.kiro/specs/a/design.md':
        '# Design\n\n```sql\nCREATE TABLE reservering (id uuid PRIMARY KEY, status text NOT NULL);\nCREATE TABLE facturen (id uuid PRIMARY KEY, bedrag numeric NOT NULL);\n```\n',
      '/p/.kiro/specs/b/requirements.md':
        '# Requirements\n\n### Requirement 1: Facturen\n\n**User story:** Als lid wil ik mijn facturen bekijken.\n',
      '/p/.kiro/specs/b/design.md': '# Design\n\nFacturen per lid.\n',
    };
    const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(files));
    const traces = r.spec!.traceability.map((t) => [
      t.origin.kind === 'source' ? t.origin.file : '',
      t.items,
    ]);
    const a = traces.find(([f]) => f === '.kiro/specs/a/requirements.md')![1] as string[];
    const b = traces.find(([f]) => f === '.kiro/specs/b/requirements.md')![1] as string[];
    expect(a.some((i) => /Reservering/.test(i))).toBe(true);
    expect(a.some((i) => /Factu/.test(i))).toBe(false);
    expect(b.some((i) => /Factu/.test(i))).toBe(true);
    expect(b.some((i) => /Reservering/.test(i))).toBe(false);
  });
});

// Trial 7's stated limits were no rules: "Een lid MAG maximaal 2 openstaande reserveringen …",
// "Een les heeft maximaal 6 deelnemers", "Het e-mailadres van een lid is uniek" (rule-words.ts reads
// Dutch force words in English, as it reads Japanese ones).
describe('Dutch rule sentences', () => {
  it('reads bounds, uniqueness and stated codes, and leaves behaviour without a bound alone', async () => {
    const { readRule, statesRule } = await import('../../src/read/rule-words.js');
    expect(statesRule('Een les heeft maximaal 6 deelnemers.')).toBe(true);
    expect(readRule('Een les heeft maximaal 6 deelnemers.').kind).toBe('limit');
    expect(readRule('Het e-mailadres van een lid is uniek.').enforcement).toBe('db-constraint');
    const late = readRule(
      'ALS er minder dan 2 uur tot aanvang is DAN MOET het systeem de annulering weigeren met foutcode `TE_LAAT_GEANNULEERD`.',
    );
    expect(late).toMatchObject({ enforcement: 'service-check', statedCode: 'TE_LAAT_GEANNULEERD' });
    expect(
      readRule(
        'ALS een factuur 30 dagen na verzending niet betaald is DAN MOET het systeem een herinnering sturen.',
      ).enforcement,
    ).toBe('job');
    expect(
      statesRule('WANNEER een baan geblokkeerd is DAN MOET het systeem de blokkering met de reden tonen.'),
    ).toBe(false);
    // The same in English: a stated code makes a request check, and a validity is no time that passes.
    expect(
      readRule('WHEN less than 2 hours remain THE SYSTEM SHALL reject the cancellation with TOO_LATE.')
        .enforcement,
    ).toBe('service-check');
    expect(readRule('The system shall send a sign-in link valid for 15 minutes.').enforcement).not.toBe(
      'job',
    );
  });
});

describe('the reason a verdict after a label gives', () => {
  it('is the words after the verdict, in several languages', async () => {
    const { verdictReason } = await import('../../src/read/status.js');
    expect(verdictReason('— afgewezen: hogere kosten per iDEAL-betaling dan Mollie.')).toBe(
      'hogere kosten per iDEAL-betaling dan Mollie',
    );
    expect(verdictReason(': evaluated and rejected because banks charge per call')).toBe(
      'banks charge per call',
    );
    expect(verdictReason(': valutato e scartato: costi troppo alti')).toBe('costi troppo alti');
    expect(verdictReason('— rejected.')).toBeNull();
  });
});

describe('documents in Dutch', () => {
  it('get a Dutch spec and a note that says why', { timeout: 60_000 }, async () => {
    const text =
      '# PRD\n\nHet systeem moet een lid de eigen reserveringen laten zien. Een lid kan een baan reserveren voor een uur. Het lid ziet ook wat er niet kan. Deze app is voor onze club en wordt door leden gebruikt; geen wachtwoorden, het lid kan bij de baan zijn. Wij willen dat het werkt naar wens en het moet snel zijn. Een beheerder kan het beheren.\n\n- FR1: Een lid reserveert een baan.\n';
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/product/PRD.md': text,
        '/p/docs/technical/architecture.md': '# Architecture\n\nPostgreSQL.\n',
      }),
    );
    const note = r.diagnostics.find((d) => d.code === 'config/language-detected');
    expect(note?.message).toMatch(/the spec is written in nl, the language of the documents/);
    const spec = r.artifacts.find((f) => f.path.endsWith('backend-spec.md'))?.text ?? '';
    expect(spec).toContain('— Backendspecificatie');
    expect(spec).toContain('## 0. Afstemming van de bronnen');
    expect(spec).not.toContain('## 0. Source Reconciliation');
  });
});

// Trial 7's error table (`| LID_GEBLOKKEERD | 403 | Lid is geblokkeerd na no-shows |`) renamed the
// design's 403 code: every endpoint answered 403 `LID_GEBLOKKEERD`, as every 409 did `BAAN_BEZET`.
describe('a domain code in an error table', () => {
  it('is listed on its own, never as the code of its whole status', { timeout: 60_000 }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/product/PRD.md':
          '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| admin | Manages notes |\n| member | Reads notes |\n\n- FR1: An admin can create notes.\n- FR2: A member can view notes.\n',
        '/p/docs/technical/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE notes (id uuid PRIMARY KEY, body text NOT NULL);\n```\n\n## Errors\n\n| Code | HTTP | Meaning |\n|---|---|---|\n| `MEMBER_BLOCKED` | 403 | The member is blocked after no-shows |\n| `FORBIDDEN` | 403 | No permission |\n',
      }),
    );
    const codes = r.spec!.errors!.codes;
    expect(codes.find((c) => c.code === 'MEMBER_BLOCKED')?.endpoints ?? []).toEqual([]);
    // The design's 403 keeps answering the operations a role is denied.
    expect(codes.find((c) => c.status === 403 && c.endpoints.length > 0)?.code).toBe('FORBIDDEN');
    expect(codes.find((c) => c.code === 'FORBIDDEN')?.origin.kind).toBe('source');
  });
});
