import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// An unseen trial's route table stated `| POST | /api/v1/tools | Add a tool | admin |`, and a
// requirement "A volunteer records the return and marks the tool's condition" was mapped to
// `createTool`: the volunteer got the route the table gives the administrators only. The route table
// is the contract; a story's operation is read from its words.
const run = (prd: string, routes: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': prd,
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\nCREATE TABLE users (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL, role TEXT NOT NULL);\nCREATE TABLE invoices (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id), total INT NOT NULL);\n\`\`\`\n\n## API\n\n${routes}\n`,
    }),
  );

describe('a story against the callers a route table states', { timeout: 120_000 }, () => {
  it('en: the stated callers are kept, the story loses the route and the disagreement is said', async () => {
    const r = await run(
      '# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| customer | pays invoices |\n| treasurer | keeps the books |\n\n## Stories\n\n- **US-01:** As a treasurer, I want to download an invoice, so that I can file it.\n',
      '| Method | Path | Description | Role |\n|---|---|---|---|\n| GET | /invoices/{id} | Download an invoice | customer |',
    );
    const row = r.spec!.permissions!.rows.find((x) => x.operationId === 'getInvoice')!;
    expect(row.access.treasurer).toBe('denied');
    expect(r.diagnostics.map((d) => d.code)).toContain('security/story-beyond-route-access');
    expect(r.spec!.stories!.find((s) => s.id === 'US-01')?.operations).not.toContain('getInvoice');
  });

  it('fr: « En tant que trésorier, je veux télécharger une facture » against `| … | cycliste |`', async () => {
    const r = await run(
      '# PRD\n\n## Rôles\n\n| Rôle | Description |\n|---|---|\n| cycliste | paie ses factures |\n| trésorier | tient les comptes |\n\n## Récits\n\n- **US-01 :** En tant que trésorier, je veux télécharger une facture, afin de la classer.\n',
      '| Méthode | Chemin | Description | Rôle |\n|---|---|---|---|\n| GET | /invoices/{id} | Télécharger une facture | cycliste |',
    );
    const row = r.spec!.permissions!.rows.find((x) => x.operationId === 'getInvoice')!;
    expect(row.access.trésorier).toBe('denied');
    expect(row.access.cycliste).not.toBe('denied');
  });
});
