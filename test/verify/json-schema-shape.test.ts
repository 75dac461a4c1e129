import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Artifact } from '../../src/render/types.js';
import { checkSchemas } from '../../src/verify/json-schema.js';
import { fileShape, schemaShape } from '../../src/verify/schema-shape.js';

/**
 * Issue 19: Ajv compiled one validator per schema (4,752 at 1,000 entities), most of them the same
 * checks under other titles, descriptions and examples. One compile per shape; every schema still
 * checked against the meta-schema and every example against its own schema, with the same messages.
 */

const entity = (i: number, extra: Record<string, unknown> = {}) => ({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `E${i}.schema.json`,
  title: `E${i}`,
  description: `Entity number ${i}.`,
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid', readOnly: true, description: `Column e${i}.id.` },
    name: { type: 'string', maxLength: 120, default: '' },
  },
  required: ['id', 'name'],
  additionalProperties: false,
  examples: [{ id: '3f2b8c1e-5d4a-4b7e-9c21-000000000001', name: `n${i}` }],
  ...extra,
});

const file = (schema: unknown, name = (schema as { $id: string }).$id): Artifact =>
  ({ path: `backend-spec/schemas/${name}`, text: JSON.stringify(schema, null, 2) }) as Artifact;

/** Ajv's own code generation (the step that shared shapes skip), counted. */
function countCompiles() {
  const proto = Ajv2020.prototype as unknown as { _compileSchemaEnv: (...a: unknown[]) => unknown };
  return vi.spyOn(proto, '_compileSchemaEnv');
}

afterEach(() => vi.restoreAllMocks());

describe('json-schema verifier: one compile per shape', () => {
  it('compiles schema files that differ only in annotations once, and checks every example', async () => {
    const spy = countCompiles();
    const files = Array.from({ length: 20 }, (_, i) => file(entity(i)));
    const result = await checkSchemas(files, null);
    expect(result.problems).toEqual([]);
    expect(result.fileExamples).toBe(20);
    // The meta-schema's own validator, then one entity shape (20 without sharing).
    expect(spy.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('reports an example of a shared shape against its own file, with the message of its own compile', async () => {
    const bad = entity(2, { examples: [{ id: 'not-a-uuid', name: 'x'.repeat(121) }] });
    const result = await checkSchemas([file(entity(1)), file(bad)], null);
    const alone = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    const ajvFormats = (await import('ajv-formats')).default as unknown as (a: unknown) => void;
    ajvFormats(alone);
    const validate = alone.compile(bad);
    validate(bad.examples[0]);
    expect(result.problems).toEqual([
      {
        artifact: 'backend-spec/schemas/E2.schema.json',
        where: 'E2.schema.json example 1',
        kind: 'example',
        message: alone.errorsText(validate.errors),
      },
    ]);
  });

  it('still checks a shared file against the meta-schema and refuses an $id taken twice', async () => {
    const result = await checkSchemas(
      [
        file(entity(1)),
        file(entity(2, { description: 5 })),
        file(entity(1, { title: 'again' }), 'Again.schema.json'),
      ],
      null,
    );
    expect(result.problems.map((p) => [p.where, p.kind, p.message])).toEqual([
      ['E2.schema.json', 'compile', 'schema is invalid: data/description must be string'],
      ['Again.schema.json', 'compile', 'schema with key or id "E1.schema.json" already exists'],
    ]);
    expect(result.fileExamples).toBe(1);
  });

  it('compiles components of one shape once, and still each example against its own', async () => {
    const spy = countCompiles();
    const component = (i: number, example: unknown) => ({
      type: 'object',
      description: `C${i}`,
      properties: { n: { type: 'integer', minimum: 0 } },
      required: ['n'],
      examples: [example],
    });
    const schemas = Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [`C${i}`, component(i, { n: i === 7 ? -1 : i })]),
    );
    const openapi = { path: 'backend-spec/openapi.yaml', text: '', data: { components: { schemas } } };
    const result = await checkSchemas([], openapi as unknown as Artifact);
    expect(result.components).toBe(10);
    expect(result.componentExamples).toBe(10);
    expect(result.problems).toEqual([
      {
        artifact: 'backend-spec/openapi.yaml',
        where: '#/components/schemas/C7 example 1',
        kind: 'example',
        message: 'data/n must be >= 0',
      },
    ]);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(3);
  });
});

describe('schemaShape', () => {
  it('leaves out annotation values only where a schema is, never property names or values', () => {
    const a = {
      type: 'object',
      title: 'A',
      properties: { description: { type: 'string', description: 'x' } },
      required: ['description'],
    };
    const b = { ...a, title: 'B', properties: { description: { type: 'string', description: 'y' } } };
    const c = { ...a, properties: { title: { type: 'string' } }, required: ['title'] };
    expect(schemaShape(a)).toBe(schemaShape(b));
    expect(schemaShape(a)).not.toBe(schemaShape(c));
    expect(schemaShape({ enum: [{ title: 1 }] })).not.toBe(schemaShape({ enum: [{ title: 2 }] }));
    expect(schemaShape({ const: 'description' })).not.toBe(schemaShape({ const: 'title' }));
  });

  it('keeps a file with references or without its own $id to itself', () => {
    const withRef = { $id: 'A.schema.json', properties: { b: { $ref: 'B.schema.json' } } };
    expect(fileShape(JSON.stringify(withRef), withRef)).toBeNull();
    const noId = { type: 'string' };
    expect(fileShape(JSON.stringify(noId), noId)).toBeNull();
    const a = { $id: 'A.schema.json', type: 'string' };
    const b = { $id: 'B.schema.json', type: 'string', title: 'B' };
    expect(fileShape(JSON.stringify(a), a)).toBe(fileShape(JSON.stringify(b), b));
  });
});
