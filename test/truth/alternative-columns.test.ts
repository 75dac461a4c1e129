import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11 (decisions misread): a decision table whose "Alternatives considered" column (in any
// language read) lists the options that lost. An English trial's `| SMS | Twilio | MessageBird |`
// and `| Identity | Auth0 | Cognito (rejected …), Keycloak |` made MessageBird and Cognito
// integrations beside the chosen ones, and the notification service depended on SendGrid.

const TABLES: [string, string][] = [
  [
    'en',
    '| Decision | Choice | Alternatives considered | Rationale |\n|---|---|---|---|\n| Database | PostgreSQL 16 | MongoDB, DynamoDB | relational data |\n| SMS | Twilio | MessageBird | existing account |\n| E-mail | Postmark | SendGrid | deliverability |',
  ],
  [
    'es',
    '| Decisión | Elección | Alternativas consideradas | Motivo |\n|---|---|---|---|\n| Base de datos | PostgreSQL 16 | MongoDB, DynamoDB | datos relacionales |\n| SMS | Twilio | MessageBird | cuenta existente |\n| Correo | Postmark | SendGrid | entregabilidad |',
  ],
  [
    'fr',
    '| Décision | Choix | Alternatives envisagées | Raison |\n|---|---|---|---|\n| Base de données | PostgreSQL 16 | MongoDB, DynamoDB | données relationnelles |\n| SMS | Twilio | MessageBird | compte existant |\n| E-mail | Postmark | SendGrid | délivrabilité |',
  ],
  [
    'de',
    '| Entscheidung | Wahl | Betrachtete Alternativen | Begründung |\n|---|---|---|---|\n| Datenbank | PostgreSQL 16 | MongoDB, DynamoDB | relationale Daten |\n| SMS | Twilio | MessageBird | bestehendes Konto |\n| E-Mail | Postmark | SendGrid | Zustellbarkeit |',
  ],
  [
    'it',
    '| Decisione | Scelta | Alternative considerate | Motivo |\n|---|---|---|---|\n| Database | PostgreSQL 16 | MongoDB, DynamoDB | dati relazionali |\n| SMS | Twilio | MessageBird | account esistente |\n| E-mail | Postmark | SendGrid | consegna |',
  ],
];

describe('an alternatives column of a decision table', { timeout: 60_000 }, () => {
  it.each(TABLES)('%s: the options under it lost', async (_lang, table) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Members receive an SMS and an e-mail when their order ships.\n',
      '/p/docs/architecture.md': `# Architecture\n\n## Decisions\n\n${table}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, shipped_at timestamptz);\n\`\`\`\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const status = (name: RegExp) => spec.integrations.filter((i) => name.test(i.name)).map((i) => i.status);
    expect(status(/Twilio/)).toEqual(['chosen']);
    expect(status(/Postmark/)).toEqual(['chosen']);
    expect(status(/MessageBird/)).toEqual(['rejected']);
    expect(status(/SendGrid/)).toEqual(['rejected']);
    const lost = spec.reconciliation.decisions.map((r) => `${r.subject} ${r.status}`).join('; ');
    for (const name of ['MongoDB', 'DynamoDB', 'MessageBird', 'SendGrid'])
      expect(lost).toMatch(new RegExp(`${name}[^;]* rejected`));
  });
});
