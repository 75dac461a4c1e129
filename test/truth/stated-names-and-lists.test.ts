import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { talksOfProviderEvents } from '../../src/read/provider-words.js';

const project = (files: Record<string, string>) =>
  compile({ root: '/p', verify: { skip: true } }, memoryHost(files));

// The Italian trial: `CREATE TABLE visite` became the entity `Visite` and the route `/visiti/{id}`
// (the plural formed again from the table's own word). A stated table in the documents' language is
// the route segment.
describe('a stated table names the route segment', () => {
  it.each([
    ['it', 'visite', 'La segreteria può vedere le visite.', 'Segreteria'],
    ['es', 'cliente', 'El administrador puede ver los clientes.', 'Administrador'],
    [
      'pt',
      'consulta',
      'O recepcionista pode ver as consultas dos pacientes. A consulta é marcada pelo paciente e confirmada pela clínica.',
      'Recepcionista',
    ],
  ])('%s: CREATE TABLE %s', async (_l, table, story, role) => {
    const r = await project({
      '/p/docs/prd.md': `# PRD\n\n| Ruolo / Rol / Papel | Descr |\n|---|---|\n| ${role} | x |\n\n- **FR1**: ${story}\n`,
      '/p/docs/architecture.md': `# Arch\n\n\`\`\`sql\nCREATE TABLE ${table} (id uuid PRIMARY KEY, nome text NOT NULL);\n\`\`\`\n`,
    });
    const paths = [...new Set(r.spec!.endpoints.filter((e) => e.entity !== null).map((e) => e.path))];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.split('/')).toContain(table);
  });

  it('near-miss: an English singular table keeps its regular plural', async () => {
    const r = await project({
      '/p/docs/prd.md': '# PRD\n\n- **FR1**: Users can list invoices.\n',
      '/p/docs/architecture.md':
        '# Arch\n\n```sql\nCREATE TABLE invoice (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n',
    });
    expect(r.spec!.endpoints.some((e) => e.path.endsWith('/invoices'))).toBe(true);
  });
});

// The Italian trial: the written contract states GET and POST /visite (no derived GET or PATCH
// /visite/{id} is added beside it), yet "spostare una visita" brought a PATCH /visite/{id} back
// through the story operations: the verb opened the reschedule and was read as an edit too.
describe('a state verb is that action only', () => {
  it('it: "spostare le visite" is the reschedule, with no PATCH beside the contract', async () => {
    const r = await project({
      '/p/docs/prd.md': [
        '# PRD',
        '',
        '| Ruolo | Descrizione |',
        '|---|---|',
        '| Segreteria | gestisce le visite |',
        '',
        '- **FR3**: La segreteria può spostare le visite di qualsiasi proprietario.',
        '',
      ].join('\n'),
      '/p/docs/architecture.md': `# Architettura\n\n\`\`\`sql\nCREATE TABLE visite (id uuid PRIMARY KEY, inizio timestamptz NOT NULL);\n\`\`\`\n\n## API\n\n\`\`\`yaml\nopenapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /visite:\n    get:\n      summary: Elenco visite\n      responses:\n        '200': { description: Elenco }\n    post:\n      summary: Prenota una visita\n      responses:\n        '201': { description: Prenotata }\n  /visite/{id}/annulla:\n    post:\n      summary: Annulla una visita\n      responses:\n        '200': { description: Annullata }\n\`\`\`\n`,
    });
    const routes = r.spec!.endpoints.map((e) => `${e.method} ${e.path}`);
    expect(routes).not.toContain('PATCH /visite/{id}');
    const fr3 = r.spec!.stories!.find((s) => s.id === 'FR3')!;
    const ops = r.spec!.endpoints.filter((e) => fr3.operations.includes(e.operationId));
    expect(ops.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /visite/{id}/reschedule']);
  });
});

describe('an elided or contracted article before the role', () => {
  it('fr: "En tant qu’administrateur" (typographic apostrophe) is a story of the administrator', async () => {
    const r = await project({
      '/p/docs/prd.md': [
        '# PRD',
        '',
        '## Rôles',
        '',
        '| Rôle | Description |',
        '|---|---|',
        '| Administrateur | gère les comptes |',
        '',
        '## Histoires',
        '',
        '- En tant qu’administrateur, je veux désactiver un compte.',
        '',
      ].join('\n'),
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE comptes (id serial PRIMARY KEY, nom text NOT NULL);\n```\n',
    });
    const story = r.spec!.stories!.find((s) => s.action.includes('désactiver'));
    expect(story?.actor).toBe('administrateur');
    expect(story?.operations.length).toBeGreaterThan(0);
  });

  it('it: "da parte dell’utente" names the actor of an action noun', async () => {
    const r = await project({
      '/p/docs/prd.md': [
        '# PRD',
        '',
        '## Ruoli',
        '',
        '| Ruolo | Descrizione |',
        '|---|---|',
        '| Utente | prenota |',
        '',
        '## Requisiti',
        '',
        "- **FR3**: Annullamento della prenotazione da parte dell'utente.",
        '',
      ].join('\n'),
      '/p/docs/architecture.md':
        "# Architettura\n\n```sql\nCREATE TABLE prenotazioni (id serial PRIMARY KEY, stato text NOT NULL DEFAULT 'attiva');\n```\n",
    });
    const fr3 = r.spec!.stories!.find((s) => s.id === 'FR3')!;
    expect(fr3.actor).toBe('utente');
    const op = r.spec!.endpoints.find((e) => fr3.operations.includes(e.operationId))!;
    expect(op.path).toMatch(/\/prenotazioni\/\{id\}\/cancel$/);
    expect(op.roles).toContain('utente');
  });
});

describe('a provider sentence’s event words are read in the statement layer', () => {
  it.each([
    ['en', 'Resend sends a webhook when a message bounces.'],
    ['es', 'Twilio informa el estado de entrega de cada SMS.'],
    ['fr', 'Brevo renvoie le statut de livraison de chaque e-mail.'],
    ['de', 'sipgate meldet den Zustellstatus jeder SMS.'],
    ['pt', 'A Zenvia informa o status de entrega de cada SMS.'],
    ['it', 'Skebby comunica lo stato di consegna di ogni SMS.'],
  ])('%s: %s', (_l, text) => {
    expect(talksOfProviderEvents(text)).toBe(true);
  });
  it('near-miss: a sentence about sending only', () => {
    expect(talksOfProviderEvents('SMS werden über die API von sipgate versendet.')).toBe(false);
  });
});
