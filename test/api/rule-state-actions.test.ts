import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

// Business rules, stated error codes and stories tied to the operations they are about (issue 13):
// each case read from the project's own documents.

describe('corpus and trial projects', () => {
  it('bmad-todo-app BR-02 ("does not automatically complete the parent task") raises no error', {
    timeout: 120_000,
  }, async () => {
    const r = await compiledProject(corpusRoot('bmad-todo-app'));
    const rule = r.spec!.rules!.find((x) => x.text.startsWith('Completing all subtasks'))!;
    expect(rule).toMatchObject({ enforcement: 'behaviour', errorCode: null });
    const complete = r.spec!.services.flatMap((s) => s.methods).find((m) => m.name === 'completeTask')!;
    expect(complete.throws.map((t) => t.error)).not.toContain('TASK_NOT_ALLOWED');
  });

  it('labcore: "Deactivate tests that the lab does not offer" constrains the test definition', {
    timeout: 120_000,
  }, async () => {
    const r = await compiledProject(corpusRoot('labcore'));
    const rule = r.spec!.rules!.find((x) => x.text.startsWith('Deactivate tests'))!;
    expect(rule.entity).toBe('TestDefinition');
    expect(rule.operations).toEqual(['deactivateTestDefinition']);
    // "that the lab does not offer" says which tests; deactivating one is never refused for it.
    expect(rule).toMatchObject({ enforcement: 'behaviour', errorCode: null });
  });

  it('condohub-it: a code whose clause names the record state belongs to the actions that change it', {
    timeout: 120_000,
  }, async () => {
    const r = await compiledProject('test/italian/projects/condohub');
    const code = (c: string) => r.spec!.errors!.codes.find((x) => x.code === c)!;
    // "una segnalazione chiusa non può essere riaperta": closing it and setting its status.
    expect(code('SEGNALAZIONE_CHIUSA').endpoints.sort()).toEqual(['chiudiSegnalazione', 'statoSegnalazione']);
    // "una rata già pagata non può essere pagata di nuovo": paying it.
    expect(code('RATA_GIA_PAGATA').endpoints).toEqual(['pagamentoRata']);
    // FR8 "… ogni rata non pagata": a reminder of an unpaid instalment, not its payment.
    const pay = r.spec!.endpoints.find((e) => e.operationId === 'pagamentoRata')!;
    expect(pay.requirements).not.toContain('FR8');
  });
});

/** A fair with a lifecycle, a stated time before it opens, and one requirement in `lang`. */
function fair(lang: string, requirement: string, closed: string, table = 'fairs') {
  return memoryHost({
    '/p/.bmad/config.yaml': `project_name: fair\ndocumentation_language: ${lang}\n`,
    '/p/docs/prd.md': `# PRD\n\n## Functional requirements\n\n- FR-1: ${requirement}\n- FR-2: A coordinator can list the fairs.\n`,
    '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n\`\`\`sql\nCREATE TYPE fair_status AS ENUM ('planned', 'open', '${closed}');\nCREATE TABLE ${table} (id uuid PRIMARY KEY, opens_at timestamptz NOT NULL, status fair_status NOT NULL DEFAULT 'planned');\n\`\`\`\n`,
  });
}

describe('a state change the system makes at a stated time is a job, not a route', () => {
  it.each([
    ['pt', 'O sistema DEVE fechar as feiras 12 horas antes da abertura.', 'fechada', 'feiras'],
    ['en', 'The system must close each fair 12 hours before it opens.', 'closed', 'fairs'],
    ['es', 'El sistema debe cerrar cada feria 12 horas antes de su apertura.', 'cerrada', 'ferias'],
    ['fr', "Le système doit fermer chaque foire 12 heures avant l'ouverture.", 'fermée', 'foires'],
    ['de', 'Das System muss jede Messe 12 Stunden vor der Öffnung schließen.', 'geschlossen', 'messen'],
    ['it', "Il sistema deve chiudere ogni fiera 12 ore prima dell'apertura.", 'chiusa', 'fiere'],
  ])('%s: %s', { timeout: 60_000 }, async (lang, requirement, closed, table) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, fair(lang, requirement, closed, table));
    const closing = r.spec!.endpoints.filter((e) => e.requirements.includes('FR-1'));
    expect(closing.map((e) => e.operationId)).toEqual([]);
    const rule = r.spec!.rules!.find((x) => x.requirements.includes('FR-1'));
    if (rule) expect(rule).toMatchObject({ enforcement: 'job', operations: [], errorCode: null });
  });

  it('a person who closes the fair still gets the route', { timeout: 60_000 }, async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      fair('en', 'A coordinator can close a fair 12 hours before it opens.', 'closed'),
    );
    expect(r.spec!.endpoints.filter((e) => e.requirements.includes('FR-1')).map((e) => e.path)).toEqual([
      '/api/v1/fairs/{id}/close',
    ]);
  });
});

/** Orders with a stated route table: the consumer's own list and the producer's pick-up mark. */
function pickUp(lang: string, story: string, rows: string) {
  return memoryHost({
    '/p/.bmad/config.yaml': `project_name: shop\ndocumentation_language: ${lang}\n`,
    '/p/docs/prd.md': `# PRD\n\n## Users\n\n| Role | Description |\n|---|---|\n| producer | sells |\n| consumer | buys |\n\n## Stories\n\n${story}\n`,
    '/p/docs/architecture.md': `# Architecture\n\n## API\n\n| Method | Route | Who | Description |\n|---|---|---|---|\n${rows}\n\n## Data model\n\n\`\`\`sql\nCREATE TABLE orders (id uuid PRIMARY KEY, consumer_id uuid NOT NULL, status text NOT NULL);\n\`\`\`\n`,
  });
}

describe('the verb of a "when" clause is not the story\'s action', () => {
  it.each([
    [
      'pt',
      'Como producer, quero marcar o pedido como retirado quando o consumer busca a sacola.',
      '| GET | /orders/mine | consumer | pedidos do consumer |\n| POST | /orders/{id}/pickup | producer | marca como retirado |',
    ],
    [
      'en',
      'As a producer, I want to mark the order as collected when the consumer searches for the bag.',
      '| GET | /orders/mine | consumer | orders of the consumer |\n| POST | /orders/{id}/pickup | producer | mark as collected |',
    ],
  ])('%s: %s', { timeout: 60_000 }, async (lang, story, rows) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, pickUp(lang, story, rows));
    const ops = r.spec!.stories!.flatMap((s) => s.operations);
    expect(ops).not.toContain('getOrderMine');
    expect(ops.some((o) => /pickup/i.test(o))).toBe(true);
  });
});
