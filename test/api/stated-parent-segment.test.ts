import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * Issue 13: a route table that serves an entity under its own word (`/orders` for `PurchaseOrder`)
 * gives that segment to the routes designed for the entity and for the children nested under it;
 * a segment formed from the entity's name (`/purchase-orders`) is a second name for the same records.
 */
const PRD = `# Purchasing — PRD

## Roles

| Role | What they do |
|---|---|
| Buyer | Raises purchase orders and their lines |
| Approver | Approves purchase orders |

## Stories

- **US-1** As a buyer, I want to raise a purchase order.
- **US-2** As a buyer, I want to add an order line to a purchase order.
- **US-3** As a buyer, I want to change the quantity of an order line.
- **US-4** As an approver, I want to approve a purchase order.
`;

const ARCH = `# Architecture

Authentication: JWT access tokens.

## API

| Method | Path | Purpose | Who |
|---|---|---|---|
| GET | /api/v1/orders | my purchase orders | buyer |
| POST | /api/v1/orders | raise a purchase order | buyer |
| POST | /api/v1/orders/{id}/approve | approve the purchase order | approver |

## Data

\`\`\`sql
CREATE TABLE users (id UUID PRIMARY KEY, email TEXT NOT NULL UNIQUE, role TEXT NOT NULL);
CREATE TABLE purchase_orders (id UUID PRIMARY KEY, buyer_id UUID NOT NULL REFERENCES users(id), status TEXT NOT NULL DEFAULT 'draft', supplier TEXT NOT NULL);
CREATE TABLE order_lines (id UUID PRIMARY KEY, purchase_order_id UUID NOT NULL REFERENCES purchase_orders(id) ON DELETE CASCADE, sku TEXT NOT NULL, quantity INTEGER NOT NULL);
\`\`\`
`;

describe('the stated segment of a parent', () => {
  it('nests the lines under /orders/{…}, as the route table names the orders', async () => {
    const host = memoryHost({ '/o/docs/prd.md': PRD, '/o/docs/architecture.md': ARCH });
    const r = await compile({ root: '/o', lang: 'en', verify: { skip: true } }, host);
    const paths = r.spec!.endpoints.map((e) => `${e.method} ${e.path}`);
    const lines = r.spec!.endpoints.filter((e) => e.entity === 'OrderLine');
    expect(lines.length, paths.join('\n')).toBeGreaterThan(0);
    for (const e of lines) expect(e.path).toMatch(/^\/api\/v1\/orders\/\{[^}]+\}\/order-lines/);
    expect(paths.filter((p) => p.includes('/purchase-orders'))).toEqual([]);
  });
});
