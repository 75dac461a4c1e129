import fc from 'fast-check';
import type {
  Domain,
  EntityFact,
  FieldFact,
  IndexFact,
  RelationshipFact,
  ScalarType,
} from '../../src/model/domain.js';
import { emptyDomain } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';

/**
 * Random valid domain models, as any extractor might produce them: names that are SQL reserved
 * words or non-ASCII, every scalar type, stated and missing keys, references in cycles and to
 * themselves, many-to-many without join tables, enums, defaults good and bad, stated indexes.
 */
const RESERVED = [
  'user',
  'order',
  'group',
  'select',
  'table',
  'check',
  'default',
  'from',
  'values',
  'time',
  'index',
  'key',
  'primary',
  'limit',
  'offset',
  'type',
  'end',
  'desc',
  'all',
  'column',
];
const WORDS = [
  ...RESERVED,
  'note',
  'item',
  'status',
  'created_at',
  'id',
  'name',
  'email',
  'käyttäjä',
  'Order Line',
  'lab-id',
  '2fa',
  'x',
];
const SCALARS: ScalarType[] = [
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
  'time',
  'json',
  'binary',
  'enum',
  'email',
  'url',
  'phone',
  'array',
];
const at = fromSource('docs/model.md', 1);

const name = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/));

const defaultFor: Record<ScalarType, string[]> = {
  uuid: ['gen_random_uuid()', 'uuid()', "'not-a-uuid'"],
  string: ["'draft'", '"it\'s"', 'TRIM(x)'],
  text: ["'x'", "''"],
  integer: ['0', '42', "'7'", 'soon'],
  bigint: ['1'],
  decimal: ['0.00', '12.5'],
  float: ['1.5'],
  boolean: ['true', 'FALSE', '0'],
  date: ['now()', 'CURRENT_DATE', "'2024-01-31'"],
  datetime: ['NOW()', 'CURRENT_TIMESTAMP'],
  time: ['now()'],
  json: ["'{}'", '\'{"a":1}\'', "'{bad'"],
  binary: ["'x'"],
  enum: ["'a'", "'zz'", 'b'],
  email: ["'a@b.c'"],
  url: ["'https://x'"],
  phone: ["'+358'"],
  array: ["'{}'", "'[]'"],
};

const fieldArb = fc
  .record({
    name,
    scalar: fc.constantFrom(...SCALARS),
    nullable: fc.constantFrom<boolean | null>(true, false, null),
    unique: fc.boolean(),
    length: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    precision: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    withDefault: fc.boolean(),
    defaultPick: fc.nat(),
    items: fc.constantFrom<ScalarType>('uuid', 'string', 'integer', 'enum', 'json'),
  })
  .map((r): FieldFact => {
    const f: FieldFact = {
      name: r.name,
      type: { scalar: r.scalar },
      nullable: r.nullable,
      unique: r.unique,
      primaryKey: false,
      origin: at,
    };
    if (r.length && ['string', 'email', 'url', 'phone'].includes(r.scalar)) f.type.length = r.length;
    if (r.precision && r.scalar === 'decimal') {
      f.type.precision = r.precision;
      f.type.scale = Math.min(2, r.precision);
    }
    if (r.scalar === 'array') f.type.items = r.items;
    if (r.scalar === 'enum') f.enumValues = ['a', 'b', "o'k"];
    if (r.withDefault) {
      const options = defaultFor[r.scalar];
      f.default = options[r.defaultPick % options.length];
    }
    return f;
  });

const entityArb = fc.record({
  name,
  fields: fc.array(fieldArb, { maxLength: 6 }),
  key: fc.constantFrom('uuid', 'integer', 'serial', 'none'),
  notation: fc.constantFrom<EntityFact['notation']>('sql', 'typescript', 'mermaid', 'bullets'),
  refs: fc.array(
    fc.record({
      target: fc.nat(),
      nullable: fc.boolean(),
      onDelete: fc.constantFrom(undefined, 'cascade', 'set null', 'restrict'),
    }),
    { maxLength: 3 },
  ),
});

export const domainArb: fc.Arbitrary<Domain> = fc
  .record({
    entities: fc.array(entityArb, { minLength: 1, maxLength: 6 }),
    relationships: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        kind: fc.constantFrom<RelationshipFact['kind']>('one-to-one', 'one-to-many', 'many-to-many'),
      }),
      { maxLength: 3 },
    ),
    indexes: fc.array(
      fc.record({
        entity: fc.nat(),
        fields: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        unique: fc.boolean(),
        method: fc.constantFrom(undefined, 'gin', 'btree', 'hash'),
      }),
      { maxLength: 3 },
    ),
  })
  .map((r) => {
    const d = emptyDomain('Random', 'en');
    const names = r.entities.map((e, i) => `${e.name.replace(/^./, (c) => c.toUpperCase())}${i}`);
    d.entities = r.entities.map((e, i): EntityFact => {
      const fields = [...e.fields];
      if (e.key !== 'none')
        fields.unshift({
          name: 'id',
          type: e.key === 'uuid' ? { scalar: 'uuid' } : { scalar: 'integer', generated: e.key === 'serial' },
          nullable: false,
          unique: false,
          primaryKey: true,
          origin: at,
        });
      for (const [k, ref] of e.refs.entries()) {
        const target = names[ref.target % names.length]!;
        const fk: FieldFact = {
          name: `ref_${k}_id`,
          type: { scalar: 'string' },
          nullable: ref.nullable,
          unique: false,
          primaryKey: false,
          origin: at,
          references: { entity: target, field: 'id' },
        };
        if (ref.onDelete) fk.references!.onDelete = ref.onDelete as 'cascade';
        fields.push(fk);
      }
      return {
        name: names[i]!,
        writtenAs: e.name,
        fields,
        uniques: [],
        checks: [],
        notation: e.notation,
        origin: at,
        seenIn: [at],
      };
    });
    d.relationships = r.relationships.map((x) => ({
      from: names[x.from % names.length]!,
      to: names[x.to % names.length]!,
      kind: x.kind,
      notation: 'mermaid',
      origin: at,
    }));
    d.indexes = r.indexes.flatMap((x): IndexFact[] => {
      const e = d.entities[x.entity % d.entities.length]!;
      if (e.fields.length === 0) return [];
      const cols = [...new Set(x.fields.map((n) => e.fields[n % e.fields.length]!.name))];
      return [
        {
          entity: e.name,
          columns: cols,
          unique: x.unique,
          ...(x.method ? { method: x.method } : {}),
          origin: at,
        },
      ];
    });
    return d;
  });
