import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Trial 25 (a Hungarian car-service chain, translated to English): "| Payments | OTP SimplePay | v2 |
// Barion rejected |" in a stack table with a Version column, and "OTP SimplePay (v2 API)" in the
// decision, made the chosen payment provider "planned (later phase)". "v2" in a Version column, or
// "v2 API" / "API v2", is the version of a product or of the provider's API, not a later release.

const CASES: [string, string, string][] = [
  [
    'en',
    '| Layer | Technology | Version | Note |\n|---|---|---|---|\n| Database | PostgreSQL | 16 | |\n| Payments | Stripe | v2 | Adyen rejected |\n| SMS | Twilio | — | |',
    '- **Decision:** Stripe (v2 API) for card payments.',
  ],
  [
    'es',
    '| Capa | Tecnología | Versión | Nota |\n|---|---|---|---|\n| Base de datos | PostgreSQL | 16 | |\n| Pagos | Stripe | v2 | Adyen rechazado |\n| SMS | Twilio | — | |',
    '- **Decisión:** Stripe (API v2) para pagos con tarjeta.',
  ],
  [
    'de',
    '| Schicht | Technologie | Version | Hinweis |\n|---|---|---|---|\n| Datenbank | PostgreSQL | 16 | |\n| Zahlungen | Stripe | v2 | Adyen abgelehnt |\n| SMS | Twilio | — | |',
    '- **Entscheidung:** Stripe (v2-API) für Kartenzahlungen.',
  ],
];

describe('an API or product version is not a later phase', { timeout: 60_000 }, () => {
  it.each(CASES)('%s: the provider with "v2" stays chosen', async (_lang, table, decision) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Customers pay their orders by card and get an SMS when it ships.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Payments\n\n${decision}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, paid_at timestamptz);\n\`\`\`\n`,
      '/p/docs/tech-stack.md': `# Tech stack\n\n${table}\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const status = (name: RegExp) => spec.integrations.filter((i) => name.test(i.name)).map((i) => i.status);
    expect(status(/Stripe/)).toEqual(['chosen']);
    const deferred = spec.reconciliation.decisions
      .filter((r) => r.status === 'deferred')
      .map((r) => r.subject);
    expect(deferred.join('; ')).not.toMatch(/Stripe|Decis|Entscheid|Pag|Zahlung/);
  });
});

// The same row with a provider no catalogue knows is read by the connected-systems reader, which
// took the "v2" cell for the row's status.
const UNKNOWN: [string, string][] = [
  [
    'en',
    '| Layer | Technology | Version | Note |\n|---|---|---|---|\n| Database | PostgreSQL | 16 | |\n| Payments | OTP SimplePay | v2 | Barion rejected |',
  ],
  [
    'hu',
    '| Réteg | Technológia | Verzió | Megjegyzés |\n|---|---|---|---|\n| Adatbázis | PostgreSQL | 16 | |\n| Fizetés | OTP SimplePay | v2 | Barion elutasítva |',
  ],
];

describe('an uncatalogued provider with a version', { timeout: 60_000 }, () => {
  it.each(UNKNOWN)('%s: is in use, not planned', async (_lang, table) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Customers pay their orders by card.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n## Data\n\n```sql\nCREATE TABLE orders (id uuid PRIMARY KEY, paid_at timestamptz);\n```\n',
      '/p/docs/tech-stack.md': `# Tech stack\n\n${table}\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    expect(spec.integrations.filter((i) => /SimplePay/.test(i.name)).map((i) => i.status)).toEqual([
      'chosen',
    ]);
  });
});
