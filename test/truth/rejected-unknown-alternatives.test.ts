import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: options a decision record sets aside under "Alternatives considered" ("- Azure Cosmos DB
// — fravalgt: …", "- Egne brugernavne og adgangskoder — fravalgt: …") or a list of rejected
// technologies ("- **Barion** — elvetve (ADR-003).") were missing from section 0 when the catalogue
// does not know the name: the verdict right after the dash rejects the option the item names, as
// written, whatever it is.
const CASES: [lang: string, adr: string, list: string, expected: string[]][] = [
  [
    'en',
    `### ADR-001: Database — PostgreSQL

**Status:** Accepted

**Decision:** We use PostgreSQL 16.

**Alternatives considered:**
- Azure Cosmos DB — rejected: bookings need transactions and overlap constraints.
- Own user names and passwords — rejected: a national e-ID is required for citizens.
- No message broker — unnecessary complexity for one server.
`,
    `## Rejected technologies

- **Barion** — rejected (ADR-003).
`,
    ['Azure Cosmos DB', 'Own user names and passwords', 'Barion'],
  ],
  [
    'da',
    `### ADR-001: Database — PostgreSQL

**Status:** Vedtaget

**Beslutning:** Vi bruger PostgreSQL 16.

**Alternativer overvejet:**
- Azure Cosmos DB — fravalgt: bookinger kræver transaktioner og tidsoverlap-constraints.
- Egne brugernavne og adgangskoder — fravalgt: MitID er krav for borgerrettede løsninger.
`,
    `## Fravalgte teknologier

- **Barion** — fravalgt (ADR-003).
`,
    ['Azure Cosmos DB', 'Egne brugernavne og adgangskoder', 'Barion'],
  ],
];

describe('a rejected alternative the catalogue does not know is still listed', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, adr, list, expected) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\nMembers book halls.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${adr}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n`,
      '/p/docs/tech-stack.md': `# Tech stack\n\n| Layer | Technology |\n|---|---|\n| Database | PostgreSQL 16 |\n\n${list}`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    if (!r.spec) throw new Error(JSON.stringify(r.diagnostics.slice(0, 3)));
    const rejected = r
      .spec!.reconciliation.decisions.filter((d) => d.status === 'rejected')
      .map((d) => d.subject);
    for (const name of expected) expect(rejected).toContain(name);
    expect(rejected).not.toContain('PostgreSQL');
    // A decision against something ("No message broker — unnecessary …") names no option set aside.
    expect(rejected.filter((n) => /broker/i.test(n))).toEqual([]);
  });
});
