import { describe, expect, it } from 'vitest';
import { apiStep } from '../../src/derive/api.js';
import { fromSource } from '../../src/model/origin.js';
import type { Spec } from '../../src/model/spec/index.js';
import { clinicDomain, clinicSpec, entity, field, req } from './fixtures.js';
import { readSentences } from './readings.js';

/**
 * Rules `derive/no-write-without-requirement` and `derive/no-list-without-requirement`: a derived
 * create, update or list exists only where a requirement, story or flow step asks for it.
 */
type Domain = ReturnType<typeof clinicDomain>;

function derive(mutate?: (d: Domain, s: Spec) => void) {
  const domain = clinicDomain();
  const spec = clinicSpec();
  spec.entities.push(
    entity('Brand', 'brands', [
      field('id', 'uuid', { primaryKey: true, readOnly: true }),
      field('name', 'string', { unique: true }),
    ]),
  );
  mutate?.(domain, spec);
  const out = apiStep.derive({ domain: readSentences(domain), spec }).spec;
  const ops = (out.endpoints ?? []).filter((e) => e.entity === 'Brand').map((e) => e.operationId);
  const dropped = (out.suppressed ?? []).filter((x) => x.entity === 'Brand');
  return { ops, dropped, out };
}

describe('CRUD only where something asks for it', () => {
  it('suppresses create, update and list of an entity nothing names, each with its rule', () => {
    const { ops, dropped } = derive();
    expect(ops).toEqual(['getBrand']);
    expect(dropped.map((d) => `${d.method} ${d.rule}`).sort()).toEqual([
      'DELETE derive/no-delete-without-requirement',
      'GET derive/no-list-without-requirement',
      'PATCH derive/no-write-without-requirement',
      'POST derive/no-write-without-requirement',
    ]);
  });

  it('keeps the list when a requirement names the entity, writes only when one asks to write', () => {
    const { ops } = derive((d) =>
      d.requirements.push(req('FR20', 'Each product shows its brand on the catalogue page.', 20)),
    );
    expect(ops.sort()).toEqual(['getBrand', 'listBrands']);
  });

  it.each([
    ['en', 'Admins can manage brands.'],
    ['es', 'El administrador puede gestionar las brands del catálogo.'],
    ['pt', 'O administrador pode gerenciar as brands.'],
    ['fr', "L'administrateur peut gérer les brands."],
    ['de', 'Der Admin kann Brands verwalten.'],
  ])('reads "manage" in %s as a need to create and change', (_lang, text) => {
    const { ops } = derive((d) => d.requirements.push(req('FR21', text, 21)));
    expect(ops).toEqual(expect.arrayContaining(['createBrand', 'updateBrand', 'listBrands']));
  });

  it('reads the object of the verb, not a name further on in the sentence', () => {
    const { ops } = derive((d) =>
      d.requirements.push(
        req('FR22', 'Staff can create appointments so that the brand team sees demand.', 22),
        req('FR23', 'Price changes do not affect past brands.', 23),
      ),
    );
    expect(ops).not.toContain('createBrand');
    expect(ops).not.toContain('updateBrand');
  });

  it('reads a name that modifies another noun as no object ("configure brand templates")', () => {
    const modifier = derive((d) =>
      d.requirements.push(
        req('FR24', 'As a lab admin, I want to configure brand templates and set up brand colours.', 24),
      ),
    );
    expect(modifier.ops).not.toContain('createBrand');
    expect(modifier.ops).not.toContain('updateBrand');
    expect(modifier.dropped.find((x) => x.method === 'PATCH')?.rule).toBe(
      'derive/no-write-without-requirement',
    );
    // The head of its phrase, or followed by words that only say "its data", it is the object.
    for (const text of ['Admins configure brand details.', 'Admins edit brands, prices and logos.']) {
      const { ops } = derive((d) => d.requirements.push(req('FR25', text, 25)));
      expect(ops, text).toContain('updateBrand');
    }
  });

  it('reads flow steps too', () => {
    const { ops } = derive((d) =>
      d.flows.push({
        name: 'Catalogue upkeep',
        steps: [
          { text: 'The editor adds a new brand from the catalogue screen.', origin: fromSource('ux.md', 4) },
        ],
        origin: fromSource('ux.md', 3),
      }),
    );
    expect(ops).toContain('createBrand');
  });

  it('keeps an owned child written through its parent, and what a stated route list covers', () => {
    // Task is owned by Project; Project keeps its writes (FR6), so its tasks keep theirs without FR7.
    const { out } = derive((d) => {
      d.requirements = d.requirements.filter((r) => r.id !== 'FR7');
    });
    const tasks = (out.endpoints ?? []).filter((e) => e.entity === 'Task').map((e) => e.operationId);
    expect(tasks).toEqual(expect.arrayContaining(['createTask', 'updateTask', 'listTasks']));
    const listed = derive((d) => {
      d.statedEndpoints.push({
        method: 'GET',
        path: '/api/v1/brands',
        description: 'List brands',
        origin: fromSource('docs/api.md', 5),
      });
    });
    expect(listed.ops).toContain('listBrands');
  });
});
