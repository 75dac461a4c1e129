import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// skladka-uk (issue 13) stated `/api/v1/requests` for its `AidRequest` (table `aid_requests`): the
// stated routes became a `Requests` resource of no entity beside a derived `AidRequests` one. A
// stated collection that names no entity is the one entity whose compound name ends in it. The
// fixture is a Dutch webshop's, in other words, with English entity names.
const PRD = [
  '# PRD — webwinkel',
  '',
  '## Functionele eisen',
  '',
  '- **FR-001**: Een klant plaatst een bestelling en kan zijn bestellingen bekijken.',
  '',
].join('\n');

const ARCH = (tables: string, extraRoute = '') =>
  [
    '# Architectuur',
    '',
    '## Datamodel',
    '',
    '```sql',
    'CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE);',
    tables,
    '```',
    '',
    '## API',
    '',
    '| Methode | Pad | Beschrijving |',
    '|---|---|---|',
    '| GET | /api/orders | eigen bestellingen |',
    '| POST | /api/orders | bestelling plaatsen |',
    '| GET | /api/orders/{id} | één bestelling |',
    extraRoute,
    '',
  ].join('\n');

const PURCHASE =
  'CREATE TABLE purchase_orders (id BIGSERIAL PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers(id), total NUMERIC(10,2) NOT NULL);';
const SALES =
  'CREATE TABLE sales_orders (id BIGSERIAL PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers(id), total NUMERIC(10,2) NOT NULL);';

async function endpoints(tables: string, extraRoute = '') {
  const host = memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH(tables, extraRoute) });
  return (await compile({ root: '/p', verify: { skip: true } }, host)).spec!.endpoints;
}

describe('a stated collection named by the last word of one entity', { timeout: 60_000 }, () => {
  it('is that entity: one resource, no second one under the derived path', async () => {
    const eps = await endpoints(PURCHASE);
    const orders = eps.filter((e) => e.path.startsWith('/api/orders'));
    expect(orders.map((e) => e.entity)).toEqual(['PurchaseOrder', 'PurchaseOrder', 'PurchaseOrder']);
    expect(eps.filter((e) => e.path.includes('purchase-orders'))).toEqual([]);
    expect(eps.find((e) => e.method === 'POST' && e.path === '/api/orders')?.operationId).toBe(
      'createPurchaseOrder',
    );
  });

  it('is no entity when two compounds end in it', async () => {
    const eps = await endpoints(`${PURCHASE}\n${SALES}`);
    const orders = eps.filter((e) => e.path.startsWith('/api/orders'));
    expect(orders.length).toBe(3);
    expect(orders.every((e) => e.entity === null)).toBe(true);
  });

  it('is no entity when another stated route names the entity by its own name', async () => {
    const eps = await endpoints(PURCHASE, '| GET | /api/purchase-orders/{id} | inkooporder |');
    const orders = eps.filter((e) => e.path.startsWith('/api/orders'));
    expect(orders.every((e) => e.entity === null)).toBe(true);
  });
});
