import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Trial 25: under "## Rejected and postponed technologies" ("Elvetett és elhalasztott technológiák")
// the heading itself became a deferred option, and "- **MySQL 8** — rejected (ADR-001)." was
// "deferred"; an ADR's "- **Status:** Postponed" / "- **Státusz:** Elhalasztva" made an option named
// "Status".

const CASES: [string, string, string][] = [
  [
    'en',
    '## ADR-005: Message queue — postponed\n\n- **Status:** Postponed\n- **Decision:** no queue in phase 1.\n\n## Rejected and postponed technologies\n\n- **MySQL 8** — rejected (ADR-001).\n- **RabbitMQ** — postponed to phase 2 (ADR-005).\n',
    'Rejected and postponed',
  ],
  [
    'hu',
    '## ADR-005: Üzenetsor — elhalasztva\n\n- **Státusz:** Elhalasztva\n- **Döntés:** az 1. fázisban nincs üzenetsor.\n\n## Elvetett és elhalasztott technológiák\n\n- **MySQL 8** — elvetve (ADR-001).\n- **RabbitMQ** — elhalasztva a 2. fázisra (ADR-005).\n',
    'Elvetett és elhalasztott',
  ],
];

describe('a heading over rejected and postponed options', { timeout: 60_000 }, () => {
  it.each(CASES)('%s: each item keeps its own verdict', async (_l, section, heading) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Customers book appointments.\n',
      '/p/docs/architecture.md': `# Architecture\n\n${section}\n## Data\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY);\n\`\`\`\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const rows = spec.reconciliation.decisions.map((r) => `${r.subject} ${r.status}`);
    expect(rows.join('; ')).toMatch(/RabbitMQ[^;]* deferred/);
    expect(rows.join('; ')).not.toMatch(/MySQL[^;]* deferred/);
    expect(rows.join('; ')).not.toContain(heading);
    expect(rows.some((r) => /^(?:Status|Státusz|Decision|Döntés) /.test(r))).toBe(false);
  });
});
