import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiStep } from '../../src/derive/api.js';
import { servicesStep } from '../../src/derive/services.js';
import { emptyDomain } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import type { SpecEntity } from '../../src/model/spec/data.js';
import { emptySpec } from '../../src/model/spec/index.js';
import { buildOpenApi } from '../../src/render/openapi/document.js';
import { entity, field } from './fixtures.js';

const NAMES = [
  'User',
  'Project',
  'Task',
  'Invoice',
  'Payment',
  'AuditLog',
  'Category',
  'Comment',
  'Order',
  'OrderItem',
  'Session',
];
const SCALARS = [
  'uuid',
  'string',
  'text',
  'integer',
  'bigint',
  'decimal',
  'float',
  'boolean',
  'date',
  'datetime',
  'json',
  'email',
  'array',
] as const;

/** Random but well-formed data models: entities with random fields, FKs between them, random flags. */
const model = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 7 }).chain((names) =>
  fc
    .tuple(
      ...names.map(() =>
        fc.record({
          fields: fc.array(
            fc.record({
              scalar: fc.constantFrom(...SCALARS),
              nullable: fc.boolean(),
              unique: fc.boolean(),
              status: fc.boolean(),
            }),
            { maxLength: 5 },
          ),
          refs: fc.array(
            fc.record({ to: fc.constantFrom(...names), nullable: fc.boolean(), cascade: fc.boolean() }),
            { maxLength: 2 },
          ),
          appendOnly: fc.boolean(),
          join: fc.boolean(),
        }),
      ),
    )
    .map((shapes) =>
      shapes.map((s, i): SpecEntity => {
        const name = names[i]!;
        const fields = [
          field('id', 'uuid', { primaryKey: true, readOnly: true }),
          ...s.fields.map((f, j) =>
            f.status
              ? field(`status${j}`, 'enum', { enum: ['open', 'cancelled', 'approved'], nullable: f.nullable })
              : field(`f${j}`, f.scalar, {
                  nullable: f.nullable,
                  unique: f.unique,
                  type: { scalar: f.scalar, items: 'string' },
                }),
          ),
          ...s.refs.map((r, j) =>
            field(`ref${j}Id`, 'uuid', {
              nullable: r.nullable,
              references: { entity: r.to, field: 'id', onDelete: r.cascade ? 'cascade' : 'restrict' },
            }),
          ),
        ];
        return entity(name, `${name.toLowerCase()}s`, fields, {
          appendOnly: s.appendOnly,
          joinTable: s.join && s.refs.length >= 2,
        });
      }),
    ),
);

describe('api derivation on random data models', () => {
  it('never crashes and always yields unique operationIds, declared path parameters and resolvable refs', () => {
    fc.assert(
      fc.property(model, fc.boolean(), (entities, stated) => {
        const spec = { ...emptySpec({ name: 'p', language: 'en', description: null }, []), entities };
        const domain = emptyDomain('p', 'en');
        domain.requirements = [
          {
            id: 'FR1',
            kind: 'functional',
            text: 'Managers can cancel or approve orders and search tasks.',
            origin: fromSource('prd.md', 3),
          },
        ];
        if (stated)
          domain.statedEndpoints = [
            { method: 'GET', path: '/api/tasks/:id', origin: fromSource('a.md', 1) },
            { method: 'POST', path: '/api/orders/{id}/cancel', origin: fromSource('a.md', 2) },
          ];
        const withApi = { ...spec, ...apiStep.derive({ domain, spec }).spec };
        const full = { ...withApi, ...servicesStep.derive({ domain, spec: withApi }).spec };
        const ids = full.endpoints.map((e) => e.operationId);
        expect(new Set(ids).size).toBe(ids.length);
        const routes = full.endpoints.map((e) => `${e.method} ${e.path.replace(/\{[^}]+\}/g, '{}')}`);
        expect(new Set(routes).size).toBe(routes.length);
        for (const e of full.endpoints) {
          const keys = e.parameters.map((p) => `${p.in}:${p.name}`);
          expect(new Set(keys).size, `${e.method} ${e.path}`).toBe(keys.length);
        }
        for (const e of full.endpoints)
          for (const m of e.path.matchAll(/\{([^}]+)\}/g))
            expect(e.parameters.some((p) => p.in === 'path' && p.name === m[1])).toBe(true);
        const doc = buildOpenApi(full);
        if (full.endpoints.length === 0) return;
        const schemas = (doc!.components as { schemas: Record<string, unknown> }).schemas;
        for (const m of JSON.stringify(doc).matchAll(/#\/components\/schemas\/(\w+)/g))
          expect(schemas[m[1]!]).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });
});

describe('openapi.yaml on random data models', () => {
  it('passes the Redocly recommended ruleset with zero errors', async () => {
    const { openapiArtifact } = await import('../../src/render/openapi.js');
    const { lintOpenApi } = await import('../../src/verify/openapi.js');
    await fc.assert(
      fc.asyncProperty(model, async (entities) => {
        const spec = { ...emptySpec({ name: 'p', language: 'en', description: null }, []), entities };
        const full = { ...spec, ...apiStep.derive({ domain: emptyDomain('p', 'en'), spec }).spec };
        const [doc] = openapiArtifact.render(full);
        if (!doc) return;
        const { problems } = await lintOpenApi(doc.text);
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      }),
      { numRuns: 8 },
    );
  });
});
