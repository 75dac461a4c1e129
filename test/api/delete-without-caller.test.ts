import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Found by the Portuguese trial (lancheira): `DELETE /pedidos/{pedidoId}/item-pedidos/{id}` was
// designed (a criterion says an item is removed) while every role was denied it: an operation
// nobody may call. Rule derive/no-delete-without-caller leaves it out, named.

const project = (prd: string) =>
  memoryHost({
    '/p/docs/prd.md': prd,
    '/p/docs/architecture.md': `# Architecture

PostgreSQL 16.

\`\`\`sql
CREATE TABLE orders (id bigserial PRIMARY KEY, total_cents integer NOT NULL);
CREATE TABLE order_items (id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders(id), quantity integer NOT NULL);
\`\`\`
`,
  });

describe('rule derive/no-delete-without-caller', { timeout: 120_000 }, () => {
  it.each([
    [
      'en',
      `# PRD\n\n## Roles\n\n| Role | Description |\n|---|---|\n| customer | Places orders |\n| clerk | Hands orders out |\n\n## Requirements\n\n- FR-2: As a customer, I want to view my orders.\n\n### Story 1 — Orders (Priority: P1)\n\nAs a clerk, I want to hand orders out.\n\n**Acceptance criteria**:\n\n1. **Given** a paid order, **When** I try to remove an order item, **Then** the system refuses.\n`,
    ],
    [
      'pt',
      `# PRD\n\n## Papéis\n\n| Papel | Descrição |\n|---|---|\n| cliente | Faz pedidos |\n| atendente | Entrega pedidos |\n| gerente | Gerencia a loja |\n\n## Requisitos\n\n- FR-2: Como cliente, quero ver meus orders.\n\n### História 1 — Pedidos (Prioridade: P1)\n\nComo atendente, quero entregar os orders.\n\n**Critérios de aceitação**:\n\n1. **Dado** um order pago, **Quando** tento remover um order item, **Então** o sistema recusa.\n`,
    ],
  ])('%s: a delete every role is denied is left out, with its rule', async (_l, prd) => {
    const r = await compile({ root: '/p', verify: { skip: true } }, project(prd));
    const spec = r.spec!;
    const del = (p: string) => p.endsWith('/order-items/{id}') || p.endsWith('/items/{id}');
    expect(spec.endpoints.filter((e) => e.method === 'DELETE' && del(e.path))).toEqual([]);
    const left = (spec.suppressed ?? []).find((s) => s.method === 'DELETE' && del(s.path));
    expect(left?.rule).toBe('derive/no-delete-without-caller');
    // Nothing else refers to it: no matrix row, no service method.
    const ops = new Set(spec.endpoints.map((e) => e.operationId));
    expect(spec.permissions!.rows.every((row) => ops.has(row.operationId))).toBe(true);
    expect(
      (spec.services ?? []).flatMap((s) => s.methods).every((m) => m.endpoints.every((id) => ops.has(id))),
    ).toBe(true);
  });
});
