import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Brazilian spec-kit trial wrote "O sistema DEVE permitir que o responsável crie pedidos" and the
// main story's route was denied to every role: "the system shall allow X to V", the most common form
// of a PRD requirement, was read as no story in any language.
const run = (requirement: string, role: string, entity: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| ${role} | buys |\n| Admin | runs it |\n\n## Requirements\n\n- FR1: ${requirement}\n`,
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16.\n\n## Data model\n\n### ${entity}\n\n| Field | Type |\n|---|---|\n| id | uuid |\n| note | text |\n`,
    }),
  );

describe('the system allowing an actor to act is that actor’s story', () => {
  for (const [lang, requirement, role, entity] of [
    ['en', 'The system shall allow customers to create orders.', 'Customer', 'Order'],
    ['es', 'El sistema debe permitir al cliente crear pedidos.', 'Cliente', 'Pedido'],
    ['es', 'El sistema debe permitir que el cliente cree pedidos.', 'Cliente', 'Pedido'],
    ['pt', 'O sistema DEVE permitir que o responsável crie pedidos.', 'Responsável', 'Pedido'],
    ['fr', 'Le système doit permettre au client de créer des commandes.', 'Client', 'Commande'],
    ['it', 'Il sistema deve consentire al cliente di creare ordini.', 'Cliente', 'Ordine'],
  ] as const) {
    it(`${lang}: ${requirement}`, async () => {
      const r = await run(requirement, role, entity);
      const story = r.spec!.stories!.find((s) => s.requirements.includes('FR1'))!;
      expect(story.operations).toEqual([`create${entity}`]);
      const create = r.spec!.endpoints.find((e) => e.operationId === `create${entity}`)!;
      expect(create.roles).toContain(story.role);
    });
  }
  it('near-miss: a passive or the system itself is no actor', async () => {
    for (const requirement of [
      'The system shall allow orders to be exported nightly.',
      'The system shall allow the platform to retry failed payments.',
    ]) {
      const r = await run(requirement, 'Customer', 'Order');
      expect(r.spec!.stories?.some((s) => s.requirements.includes('FR1')) ?? false).toBe(false);
    }
  });
});
