import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Trial 25: a Hungarian car-service chain (Java 21 + Spring Boot + JPA, PostgreSQL, Keycloak, OTP
// SimplePay, Mailgun, Twilio, Számlázz.hu). Hungarian had no lexicon: the stack table
// ("Réteg | Technológia | Verzió") was not a stack table, the roles table ("Szerepkör |
// Rendszerszerep | Leírás") gave no role (a proposed `user` role was granted every route), the route
// table's "Jogosultság" column was not read, "elvetve" / "elhalasztva" decided nothing, the payment
// and invoicing providers were missing and "Az API alap útvonala" (the API's base path) was an
// integration named "Az API". Hungarian is no naming language and has no catalog: an English spec.

const PRD = `# Termékkövetelmény-dokumentum

## Szerepkörök

| Szerepkör | Rendszerszerep | Leírás |
|---|---|---|
| Ügyfél | \`customer\` | Járműveket regisztrál, időpontot foglal, fizet. |
| Recepciós | \`receptionist\` | Kezeli a foglalásokat, munkalapot nyit. |
| Adminisztrátor | \`admin\` | Szervizeket és felhasználókat kezel. |

## Követelmények

- **FR-01** Az ügyfél regisztrálja a járművét rendszámmal.
- **FR-02** Az ügyfél bankkártyával fizet SimplePay-en keresztül.
`;

const ARCH = `# Architektúra

Az API alap útvonala: \`/api/v1\`.

## Döntések

### ADR-001: Adatbázis

- **Státusz:** Elfogadva
- **Döntés:** PostgreSQL 16.
- **Elvetett alternatíva:** MySQL 8 — elvetve, mert a csapat PostgreSQL-ben jártas.

### ADR-002: Üzenetsor

- **Státusz:** Elhalasztva
- **Döntés:** Az 1. fázisban nincs üzenetsor. A RabbitMQ bevezetését a 2. fázisban döntjük el.

## REST API

| Metódus | Útvonal | Leírás | Jogosultság |
|---|---|---|---|
| GET | \`/szervizek\` | Szervizek listája | nyilvános |
| POST | \`/jarmuvek\` | Jármű regisztrálása | customer |
| POST | \`/munkalapok\` | Munkalap nyitása | receptionist |
| DELETE | \`/idopontok/{id}\` | Foglalás lemondása | customer (saját), receptionist |

## Biztonság

- A hozzáférési token élettartama 5 perc, a frissítő tokené 30 perc. A tokeneket a Keycloak állítja ki.

## Ütemezett feladatok

| Feladat | Cron | Leírás |
|---|---|---|
| Időpont-emlékeztető | \`0 */15 * * * *\` | SMS a 24 órán belül kezdődő foglalásokhoz |
| Árajánlat-lejárat | \`0 0 2 * * *\` | A lejárt árajánlatok munkalapja lezárul |

## Adatmodell

\`\`\`sql
CREATE TABLE jarmuvek (id uuid PRIMARY KEY, rendszam varchar(10) NOT NULL UNIQUE);
CREATE TABLE munkalapok (id uuid PRIMARY KEY, jarmu_id uuid NOT NULL REFERENCES jarmuvek(id));
\`\`\`
`;

const STACK = `# Technológiai stack

| Réteg | Technológia | Verzió | Megjegyzés |
|---|---|---|---|
| Keretrendszer | Spring Boot | 3.3 | |
| Adatbázis | PostgreSQL | 16 | |
| Gyorsítótár | Redis | 7 | |
| Azonosítás | Keycloak | 25 | |
| Migráció | Flyway | 10 | |
| Fizetés | OTP SimplePay | v2 | |
| Számlázás | Számlázz.hu | Agent API | |
| E-mail | Mailgun | — | |

## Elvetett és elhalasztott technológiák

- **MySQL 8** — elvetve (ADR-001).
- **Azure AD B2C** — elvetve.
- **RabbitMQ** — elhalasztva a 2. fázisra.
`;

describe('Hungarian planning documents', { timeout: 60_000 }, () => {
  it('reads the stack, roles, route access, decisions and providers', async () => {
    const host = memoryHost({
      '/p/docs/prd.md': PRD,
      '/p/docs/architecture.md': ARCH,
      '/p/docs/tech-stack.md': STACK,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    // The stack table is read.
    expect(spec.decisions.map((d) => d.choice).join(' ')).toMatch(/Spring Boot/);
    expect(spec.caching?.store?.value ?? '').toMatch(/Redis/i);
    // The roles table.
    expect(spec.roles.map((r) => r.name).sort()).toEqual(['admin', 'customer', 'receptionist']);
    // The route table's access column.
    const cell = (method: string, path: string, role: string) => {
      const op = spec.endpoints.find((e) => e.method === method && e.path.endsWith(path))?.operationId;
      return spec.permissions?.rows.find((r) => r.operationId === op)?.access[role];
    };
    expect(cell('POST', '/munkalapok', 'receptionist')).toBe('allowed');
    expect(cell('POST', '/munkalapok', 'customer')).toBe('denied');
    expect(cell('DELETE', '/idopontok/{id}', 'customer')).toBe('own');
    // Decisions in Hungarian words.
    const lost = spec.reconciliation.decisions.map((r) => `${r.subject} ${r.status}`).join('; ');
    expect(lost).toMatch(/MySQL[^;]* rejected/);
    expect(lost).toMatch(/RabbitMQ[^;]* deferred/);
    // Token lifetimes in Hungarian units, issued by the identity provider.
    expect(spec.auth?.accessTokenTtlSeconds?.value).toBe(300);
    expect(spec.auth?.refreshTokenTtlSeconds?.value).toBe(1800);
    expect(spec.auth?.tokenIssuer?.value ?? 'provider').toBe('provider');
    // The scheduled jobs table and the migration tool.
    const crons = spec.jobs.map((j) => j.trigger).join(' ');
    expect(crons).toContain('*/15 * * * *');
    expect(crons).toContain('0 2 * * *');
    expect(spec.deployment?.migration?.tool).toBe('Flyway');
    // Providers by their Hungarian slots, and no article taken for a service.
    const names = spec.integrations.filter((i) => i.status === 'chosen').map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['Mailgun', 'OTP SimplePay', 'Számlázz.hu']));
    expect(spec.integrations.map((i) => i.name)).not.toContain('Az API');
  });
});
