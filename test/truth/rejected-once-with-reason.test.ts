import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { parentheticalReason } from '../../src/read/reason-words.js';

// Issue 11 (spec-kit trial in Brazilian Portuguese): "**Alternativas consideradas**: Auth0 (custo por
// usuário ativo), Firebase Auth." listed "Firebase Auth" and "Firebase Authentication" as two rejected
// options (the integration kept the written name, the stack the catalogue's), and the reason in
// parentheses was dropped. One product is listed once, under the catalogue's name, with the reason
// its parenthesis states.

const CASES: [lang: string, decision: string, alternatives: string, authReason: string, dbReason: string][] =
  [
    ['en', 'Decision', 'Alternatives considered', 'cost per active user', 'no simple transactions'],
    ['es', 'Decisión', 'Alternativas consideradas', 'costo por usuario activo', 'sin transacciones simples'],
    ['pt', 'Decisão', 'Alternativas consideradas', 'custo por usuário ativo', 'sem transações simples'],
    [
      'fr',
      'Décision',
      'Alternatives envisagées',
      'coût par utilisateur actif',
      'pas de transactions simples',
    ],
    [
      'de',
      'Entscheidung',
      'Betrachtete Alternativen',
      'Kosten pro aktivem Nutzer',
      'keine einfachen Transaktionen',
    ],
    ['it', 'Decisione', 'Alternative considerate', 'costo per utente attivo', 'niente transazioni semplici'],
  ];

describe('a rejected option is listed once, with the reason its parenthesis states', {
  timeout: 120_000,
}, () => {
  it.each(CASES)('%s', async (_l, decision, alternatives, authReason, dbReason) => {
    const research = `# Research\n\n## Database\n\n**${decision}**: PostgreSQL 16.\n**${alternatives}**: MongoDB (${dbReason}).\n\n## Authentication\n\n**${decision}**: Keycloak.\n**${alternatives}**: Auth0 (${authReason}), Firebase Auth.\n`;
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n- FR1: Customers place orders.\n',
      '/p/docs/architecture.md':
        '# Architecture\n\n```sql\nCREATE TABLE orders (id uuid PRIMARY KEY, total numeric NOT NULL);\n```\n',
      '/p/docs/research.md': research,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const decisions = r.spec!.reconciliation.decisions ?? [];
    const subjects = decisions.map((d) => d.subject);
    expect(subjects.filter((s) => /firebase/i.test(s))).toEqual(['Firebase Authentication']);
    expect(decisions.find((d) => d.subject === 'Auth0')).toMatchObject({
      status: 'rejected',
      detail: authReason,
    });
    expect(decisions.find((d) => d.subject === 'MongoDB')?.detail).toBe(dbReason);
    // Firebase Auth states no reason: none is made up.
    expect(decisions.find((d) => d.subject === 'Firebase Authentication')?.detail).toBe('');
    const auth0 = r.spec!.integrations.find((i) => i.provider === 'auth0');
    expect(auth0?.status).toBe('rejected');
    expect(auth0?.purpose).toContain(authReason);
  });

  it.each([
    ['(v6)', null],
    ['(16.2)', null],
    ['(SES)', null],
    ['(Neon)', null],
    ['(e.g. Atlas, DocumentDB)', null],
    ['(z. B. Atlas)', null],
    ['(via sql.js/wa-sqlite)?', null],
    ['(com réplicas de leitura)', null],
    [' (custo por leitura no catálogo), Zenvia', 'custo por leitura no catálogo'],
    ['(too expensive)', 'too expensive'],
  ])('the parenthesis %s gives %s', (after, reason) => {
    expect(parentheticalReason(after)).toBe(reason);
  });
});
