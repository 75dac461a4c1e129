import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Spanish golden despensa: the route list states `POST /api/entregas` ("Registra una entrega",
// with the lots each product leaves from) and no route of `entrega_items`, yet nested CRUD
// `/api/entregas/{entregaId}/entrega-items` was designed beside it (lancheira: `/pedidos/{pedidoId}/
// item-pedidos`, callable by no role). A stated route list is authoritative: the lines are written
// through the parent's stated route.
const files = (routes: string): Record<string, string> => ({
  '/p/docs/prd.md': '# PRD\n\n- FR1: A clerk registers an order with its lines (product and quantity).\n',
  '/p/docs/architecture.md': `# Architecture

Data is stored in PostgreSQL. Roles: clerk.

\`\`\`sql
CREATE TABLE orders (id bigserial PRIMARY KEY, placed_on date NOT NULL);
CREATE TABLE order_lines (id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders(id) ON DELETE CASCADE, product text NOT NULL, quantity int NOT NULL);
\`\`\`
${routes}`,
});

describe('an owned child of a parent a stated route list covers', { timeout: 60_000 }, () => {
  it('gets no nested CRUD beside the stated routes', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost(
        files(`
## API

| Method | Path | Who | Description |
|---|---|---|---|
| POST | /orders | clerk | Registers an order with its lines |
| GET | /orders/{id} | clerk | One order with its lines |
| GET | /orders | clerk | The orders of the day |
`),
      ),
    );
    const paths = r.spec!.endpoints.map((e) => `${e.method} ${e.path}`);
    // No list, create or update of the lines (a read of one line by id stays, as for every entity).
    expect(paths.filter((p) => /lines/.test(p) && !/^GET .*\{id\}$/.test(p))).toEqual([]);
    expect(paths).toContain('POST /orders');
  });
});
