import { describe, expect, it } from 'vitest';
import type { SpecEntity } from '../../src/model/spec/data.js';
import { entityNamed } from '../../src/render/entity-named.js';

const entity = (name: string, table: string) => ({ name, table }) as unknown as SpecEntity;

describe('entityNamed', () => {
  it('gives what a scan for the first entity of the name gives, also after the list grew', () => {
    const entities = [entity('Order', 'orders'), entity('Item', 'items'), entity('Order', 'orders_2')];
    const spec = { entities };
    for (const name of ['Order', 'Item', 'Missing'])
      expect(entityNamed(spec, name)).toBe(entities.find((e) => e.name === name));
    entities.push(entity('Invoice', 'invoices'));
    expect(entityNamed(spec, 'Invoice')?.table).toBe('invoices');
    expect(entityNamed(spec, 'Order')?.table).toBe('orders');
  });
});
