import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { statesRule } from '../../src/read/rule-words.js';

// Issue 11 (cwe-chatbot): acceptance criteria that state what the system can do ("The system can
// reliably identify direct mentions of specific CWE IDs (e.g. CWE-79) within user queries", "The
// system allows users to explore CWE relationships … (NFR25), verifiable through … testing") became
// business rules: the digits of CWE-79 and NFR25 were taken for a bound, "within the conversation"
// for a window, and "after submitting feedback" in the test method for an ordering. Only a statement
// with rule force (must, only, at most, never…) is a rule.

const CAPABILITIES: [lang: string, text: string][] = [
  [
    'en',
    'The system can reliably identify direct mentions of CWE IDs (e.g. "Tell me about CWE-79") within user queries.',
  ],
  [
    'en',
    'The system allows users to explore CWE relationships directly within the conversation (NFR25), verifiable by local testing after submitting feedback.',
  ],
  [
    'en',
    'The system handles unknown queries by responding with a polite message indicating it cannot fulfil the request (FR17).',
  ],
  [
    'es',
    'El sistema permite a los usuarios explorar relaciones dentro de la conversación (RNF25), verificable mediante pruebas locales después del despliegue.',
  ],
  [
    'pt',
    'O sistema permite aos usuários explorar relações dentro de uma conversa (RNF25), verificável por testes locais depois da implantação.',
  ],
  [
    'fr',
    "Le système permet aux utilisateurs d'explorer les relations dans les échanges (ENF25), vérifiable par des tests locaux après le déploiement.",
  ],
  [
    'de',
    'Das System erlaubt Nutzern, Beziehungen innerhalb des Gesprächs zu erkunden (NFA25), überprüfbar durch lokale Tests nach der Bereitstellung.',
  ],
  [
    'it',
    'Il sistema consente agli utenti di esplorare le relazioni entro la conversazione (RNF25), verificabile tramite test locali dopo il rilascio.',
  ],
];

const RULES: [lang: string, text: string][] = [
  ['en', 'A user can submit at most 5 files per query (FR6).'],
  ['en', 'Code snippets provided by the user must never leave the company domain (FR19).'],
  ['es', 'Un usuario puede enviar como máximo 5 archivos por consulta (RF6).'],
  ['pt', 'Um usuário pode enviar no máximo 5 arquivos por consulta (RF6).'],
  ['fr', 'Un utilisateur peut envoyer au plus 5 fichiers par requête (EF6).'],
  ['de', 'Ein Nutzer darf höchstens 5 Dateien pro Anfrage senden (FA6).'],
  ['it', 'Un utente può inviare al massimo 5 file per richiesta (RF6).'],
];

describe('a capability is not a business rule', () => {
  it.each(CAPABILITIES)('%s: "%s" states no rule', (_l, text) => {
    expect(statesRule(text)).toBe(false);
  });
  it.each(RULES)('%s: "%s" is a rule', (_l, text) => {
    expect(statesRule(text)).toBe(true);
  });

  it('acceptance criteria of capabilities give no rules; the bound one does', {
    timeout: 60_000,
  }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Story 2.1: Query matching\n\nAs a user, I want to ask about CWEs, so that I find them.\n\n### Acceptance Criteria\n\n1. **AC1:** ${CAPABILITIES[0]![1]}\n2. **AC2:** ${CAPABILITIES[1]![1]}\n3. **AC3:** ${RULES[0]![1]}\n`,
        '/p/docs/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE queries (id uuid PRIMARY KEY, text text NOT NULL);\n```\n',
      }),
    );
    const rules = (r.domain!.ruleStatements ?? []).map((s) => s.text);
    expect(rules.some((t) => /at most 5 files/.test(t))).toBe(true);
    expect(rules.some((t) => /CWE-79|explore CWE relationships/.test(t))).toBe(false);
  });
});
