import { describe, expect, it } from 'vitest';
import { entitySchemas } from '../../src/derive/api/schemas.js';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Twenty-fourth round (operations), from kilobersih-id: `OrderCreate` asked the customer for the
// outlet ("the system assigns the order to the nearest outlet"), the delivery fee (a stated rate per
// km), the order's unique code, the courier (who picks the order up) and the distance (between the
// pickup address and the outlet). Each leaves the create body by a named rule reading stated facts;
// what the customer chooses (the service, the address, the pickup slot) stays.

interface Case {
  assigns: string;
  fee: string;
}

const CASES: [string, Case][] = [
  [
    'en',
    {
      assigns:
        'FR-02: The system assigns the order to the nearest outlet within 10 km of the pickup address.',
      fee: 'BR-03: Delivery is free up to 5 km from the outlet; beyond 5 km the delivery fee is $2 per km.',
    },
  ],
  [
    'id',
    {
      assigns:
        'FR-02: Sistem menetapkan pesanan ke outlet terdekat dari alamat penjemputan dalam radius 10 km.',
      fee: 'BR-03: Ongkos antar-jemput gratis sampai 5 km dari outlet; di atas 5 km dikenakan Rp 2.000 per km.',
    },
  ],
];

function project(c: Case): Record<string, string> {
  return {
    '/p/docs/prd.md': `# PRD

## Requirements

- ${c.assigns}

## Business rules

- ${c.fee}
`,
    '/p/docs/architecture.md': `# Architecture

Roles: customer, courier, admin.

\`\`\`sql
CREATE TABLE outlets (id BIGSERIAL PRIMARY KEY, name text NOT NULL, latitude numeric(9,6) NOT NULL, longitude numeric(9,6) NOT NULL);
CREATE TABLE users (id BIGSERIAL PRIMARY KEY, email text NOT NULL UNIQUE, role text NOT NULL, outlet_id BIGINT REFERENCES outlets(id));
CREATE TABLE addresses (id BIGSERIAL PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id), street text NOT NULL, latitude numeric(9,6) NOT NULL, longitude numeric(9,6) NOT NULL);
CREATE TABLE services (id BIGSERIAL PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(20) NOT NULL UNIQUE,
  customer_id BIGINT NOT NULL REFERENCES users(id),
  outlet_id BIGINT NOT NULL REFERENCES outlets(id),
  service_id BIGINT NOT NULL REFERENCES services(id),
  address_id BIGINT NOT NULL REFERENCES addresses(id),
  courier_id BIGINT REFERENCES users(id),
  pickup_slot_start TIMESTAMPTZ NOT NULL,
  distance_km NUMERIC(5,1) NOT NULL,
  delivery_fee INT NOT NULL DEFAULT 0
);
\`\`\`

| Method | Path | Role | Description |
|---|---|---|---|
| POST | /orders | customer | orders |
| GET | /orders/{id} | customer, courier, admin | order |
| POST | /orders/{id}/pickup | courier | picked up |
| POST | /services | admin | services |
`,
  };
}

async function createBody(c: Case) {
  const r = await compile({ root: '/p', verify: { skip: true } }, memoryHost(project(c)));
  const spec = r.spec!;
  const schemas = entitySchemas(spec, 'offset');
  return Object.keys(schemas.OrderCreate?.properties ?? {});
}

describe('fields the system assigns or computes leave the create body', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, c) => {
    const body = await createBody(c);
    for (const f of ['outletId', 'deliveryFee', 'code', 'courierId', 'distanceKm'])
      expect(body).not.toContain(f);
    for (const f of ['serviceId', 'addressId', 'pickupSlotStart']) expect(body).toContain(f);
  });
});
