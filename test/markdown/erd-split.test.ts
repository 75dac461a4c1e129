import { describe, expect, test } from 'vitest';
import { emptySpec, type Spec } from '../../src/model/spec/index.js';
import { AREA_LIMIT, crossAreaKeys, erdAreas, renderAreaErd } from '../../src/render/erd.js';
import { entity, field } from '../api/fixtures.js';

/** How a large model is cut into area diagrams: at its hub, the same way every run. */
const key = (name: string, target: string) =>
  field(name, 'uuid', { references: { entity: target, field: 'id', onDelete: 'cascade' } });
const id = () => field('id', 'uuid', { primaryKey: true });

/** A tenant every table points at, two aggregates of 9 (a root and 8 children) and 2 loose tables. */
function model(): Spec {
  const spec = emptySpec({ name: 'split', language: 'en', description: null }, []);
  const aggregate = (root: string) => [
    entity(root, `${root.toLowerCase()}s`, [id(), key('tenantId', 'Tenant')]),
    ...Array.from({ length: 8 }, (_, i) =>
      entity(`${root}Part${i}`, `${root.toLowerCase()}_parts_${i}`, [
        id(),
        key('tenantId', 'Tenant'),
        key(`${root.toLowerCase()}Id`, root),
      ]),
    ),
  ];
  spec.entities = [
    entity('Tenant', 'tenants', [id()]),
    ...aggregate('Order'),
    ...aggregate('Invoice'),
    entity('Setting', 'settings', [id()]),
    entity('Flag', 'flags', [id()]),
  ];
  return spec;
}

describe('ER areas', () => {
  test('a 21-entity model splits at the tenant into its aggregates, none over the limit', () => {
    const areas = erdAreas(model());
    expect(areas.map((a) => [a.root.name, a.entities.length])).toEqual([
      ['Tenant', 12],
      ['Invoice', 9],
    ]);
    for (const a of areas) expect(a.entities.length).toBeLessThanOrEqual(AREA_LIMIT);
    // Every entity in exactly one area.
    const all = areas.flatMap((a) => a.entities.map((e) => e.name)).sort();
    expect(all).toEqual(
      model()
        .entities.map((e) => e.name)
        .sort(),
    );
  });

  test('keys leaving an area are listed, not drawn', () => {
    const spec = model();
    const [, invoices] = erdAreas(spec);
    const diagram = renderAreaErd(spec, invoices!);
    expect(diagram).toContain('invoices ||--o{ invoice_parts_0 : "invoice_id"');
    expect(diagram).not.toContain('tenants');
    expect(crossAreaKeys(spec, invoices!).map(([c, f, p]) => `${c.table}.${f.column}→${p.name}`)).toContain(
      'invoices.tenant_id→Tenant',
    );
  });

  test('the same model gives the same areas, whatever the run', () => {
    expect(JSON.stringify(erdAreas(model()))).toBe(JSON.stringify(erdAreas(model())));
  });

  test('a model within the limit is one diagram, loose tables drawn as bare boxes', () => {
    const spec = model();
    spec.entities = spec.entities.slice(0, 10).concat(spec.entities.slice(-2));
    const areas = erdAreas(spec);
    expect(areas).toHaveLength(1);
    expect(renderAreaErd(spec, areas[0]!)).toMatch(/^ {2}settings$/m);
  });
});
