import { describe, expect, it } from 'vitest';
import { emptyDomain } from '../../src/model/domain.js';
import { database, domainOf, entity, field, index, labDomain, relationship, todoDomain } from './fixtures.js';
import { deriveData, entityOf, fieldOf } from './helpers.js';

const ruleOf = (o: { kind: string; rule?: string }) => (o.kind === 'rule' ? o.rule : o.kind);

describe('data derive: what is stated is kept', () => {
  it('invents nothing when the documents define no entity', () => {
    const { spec } = deriveData(emptyDomain('Portal', 'fi'));
    expect(spec.entities).toEqual([]);
    expect(spec.relationships).toEqual([]);
    expect(spec.database.dialects).toEqual([]);
    expect(spec.database.indexes).toEqual([]);
  });

  it('keeps every stated table, column and index with its source line', () => {
    const domain = labDomain();
    const { spec } = deriveData(domain);
    expect(spec.entities.map((e) => e.table)).toEqual([
      'labs',
      'users',
      'patients',
      'orders',
      'order_items',
      'samples',
      'audit_logs',
    ]);
    const stated = spec.database.indexes.filter((i) => i.purpose === 'stated');
    expect(stated.map((i) => i.name)).toEqual([
      'idx_patients_mobile',
      'idx_orders_status',
      'idx_samples_barcode',
    ]);
    expect(stated.every((i) => i.origin.kind === 'source')).toBe(true);
    expect(fieldOf(spec, 'User', 'password_hash').origin).toEqual(domain.entities[1]!.fields[4]!.origin);
  });

  it('lets a stated ON DELETE win over the ownership rules', () => {
    const { spec } = deriveData(labDomain());
    const orderId = fieldOf(spec, 'OrderItem', 'order_id');
    expect(orderId.references).toEqual({ entity: 'Order', field: 'id', onDelete: 'cascade' });
    expect((orderId.inferred ?? []).some((i) => i.aspect === 'onDelete')).toBe(false);
  });
});

describe('data derive: ON DELETE by ownership', () => {
  const domain = () =>
    domainOf({
      entities: [
        entity('Customer', [field('id', 'uuid', { primaryKey: true })], { table: 'customers' }),
        entity('Country', [field('id', 'uuid', { primaryKey: true })], { table: 'countries' }),
        entity(
          'Order',
          [
            field('id', 'uuid', { primaryKey: true }),
            field('customer_id', 'uuid', { nullable: false, references: 'customers' }),
            field('coupon_country_id', 'uuid', { nullable: true, references: 'countries' }),
          ],
          { table: 'orders' },
        ),
        entity(
          'OrderItem',
          [
            field('id', 'uuid', { primaryKey: true }),
            field('order_id', 'uuid', { nullable: false, references: 'orders' }),
          ],
          { table: 'order_items' },
        ),
      ],
    });

  it('cascades from a parent to the part it owns', () => {
    const f = fieldOf(deriveData(domain()).spec, 'OrderItem', 'order_id');
    expect(f.references?.onDelete).toBe('cascade');
    expect((f.inferred ?? []).find((i) => i.aspect === 'onDelete')?.origin).toEqual({
      kind: 'rule',
      rule: 'derive/on-delete-cascade-owned-child',
    });
  });

  it('restricts deleting a shared row that others require', () => {
    const f = fieldOf(deriveData(domain()).spec, 'Order', 'customer_id');
    expect(f.references?.onDelete).toBe('restrict');
  });

  it('clears an optional link', () => {
    const f = fieldOf(deriveData(domain()).spec, 'Order', 'coupon_country_id');
    expect(f.references?.onDelete).toBe('set null');
  });

  it('cascades join rows from both sides', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity('Student', [field('id', 'integer', { primaryKey: true })], { table: 'students' }),
          entity('Course', [field('id', 'integer', { primaryKey: true })], { table: 'courses' }),
          entity(
            'Enrollment',
            [
              field('student_id', 'integer', { nullable: false, references: 'students' }),
              field('course_id', 'integer', { nullable: false, references: 'courses' }),
            ],
            { table: 'enrollments' },
          ),
        ],
      }),
    );
    const e = entityOf(spec, 'Enrollment');
    expect(e.joinTable).toBe(true);
    expect(e.primaryKey).toEqual(['student_id', 'course_id']);
    expect(e.fields.map((f) => f.references?.onDelete)).toEqual(['cascade', 'cascade']);
    expect(e.fields.some((f) => f.column === 'updated_at' || f.column === 'created_at')).toBe(false);
    expect(spec.relationships).toEqual([
      expect.objectContaining({ from: 'Student', to: 'Course', kind: 'many-to-many', through: 'Enrollment' }),
    ]);
  });
});

describe('data derive: keys and relationships from diagrams and prose', () => {
  const diagram = (kind: 'many-to-many' | 'one-to-many', through?: string) =>
    domainOf({
      entities: [
        entity(
          'Post',
          [field('id', 'uuid', { primaryKey: true }), field('title', 'string', { nullable: false })],
          { notation: 'mermaid' },
        ),
        entity('Tag', [field('label', 'string', { nullable: false })], { notation: 'mermaid' }),
        entity('Comment', [field('body', 'text')], { notation: 'bullets' }),
      ],
      relationships: [
        relationship('Post', kind === 'many-to-many' ? 'Tag' : 'Comment', kind, through ? { through } : {}),
      ],
    });

  it('adds a join table for a many-to-many with no table of its own', () => {
    const { spec } = deriveData(diagram('many-to-many'));
    const join = spec.entities.find((e) => e.joinTable);
    expect(join?.table).toBe('post_tags');
    expect(join?.primaryKey).toEqual(['post_id', 'tag_id']);
    expect(join?.origin).toMatchObject({ kind: 'rule', rule: 'derive/join-table-for-many-to-many' });
    expect(spec.relationships.find((r) => r.kind === 'many-to-many')).toMatchObject({
      through: join?.name,
      origin: expect.objectContaining({ kind: 'source' }),
    });
  });

  it('adds the foreign key a stated one-to-many needs, typed like the key it references', () => {
    const { spec } = deriveData(diagram('one-to-many'));
    const fk = fieldOf(spec, 'Comment', 'post_id');
    expect(fk.type.scalar).toBe('uuid');
    expect(fk.references).toMatchObject({ entity: 'Post', field: 'id' });
    expect(ruleOf(fk.origin)).toBe('derive/foreign-key-from-relationship');
  });

  it('reports, and does not patch, SQL DDL that lacks a stated relationship', () => {
    const { spec, codes } = deriveData(
      domainOf({
        entities: [
          entity('Invoice', [field('id', 'integer', { primaryKey: true })], { table: 'invoices' }),
          entity('Payment', [field('id', 'integer', { primaryKey: true })], { table: 'payments' }),
        ],
        relationships: [relationship('invoices', 'payments', 'one-to-many')],
      }),
    );
    expect(codes).toContain('data/relationship-without-key');
    expect(entityOf(spec, 'Payment').fields.some((f) => f.references)).toBe(false);
  });

  it('makes the key of a stated one-to-one unique', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity('User', [field('id', 'uuid', { primaryKey: true })], { notation: 'mermaid' }),
          entity('Profile', [field('bio', 'text')], { notation: 'mermaid' }),
        ],
        relationships: [relationship('User', 'Profile', 'one-to-one')],
      }),
    );
    expect(fieldOf(spec, 'Profile', 'user_id')).toMatchObject({
      unique: true,
      references: { entity: 'User' },
    });
    expect(spec.relationships[0]).toMatchObject({
      kind: 'one-to-one',
      foreignKey: { entity: 'Profile', column: 'user_id' },
    });
  });

  it('gives an entity without a key an id of the project convention', () => {
    const { spec } = deriveData(diagram('one-to-many'));
    const id = fieldOf(spec, 'Tag', 'id');
    expect(id).toMatchObject({
      primaryKey: true,
      readOnly: true,
      default: 'gen_random_uuid()',
      type: { scalar: 'uuid' },
    });
    expect(ruleOf(id.origin)).toBe('derive/add-primary-key');
    const serial = deriveData(todoDomain()).spec;
    expect(
      serial.entities.every((e) => e.joinTable || fieldOf(serial, e.name, 'id').type.scalar === 'integer'),
    ).toBe(true);
  });

  it('reads `<entity>_id` as a reference where the notation has no foreign-key syntax', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity('Author', [field('id', 'integer', { primaryKey: true })], { notation: 'typescript' }),
          entity(
            'Book',
            [field('id', 'integer', { primaryKey: true }), field('authorId', 'string', { nullable: false })],
            { notation: 'typescript' },
          ),
        ],
      }),
    );
    expect(fieldOf(spec, 'Book', 'author_id')).toMatchObject({
      type: { scalar: 'integer' },
      references: { entity: 'Author', field: 'id' },
    });
  });
});

describe('data derive: timestamps, tenancy, append-only, soft delete, enums', () => {
  const { spec } = deriveData(labDomain());

  it('adds created_at/updated_at by rule, but no updated_at on an append-only log', () => {
    expect(ruleOf(fieldOf(spec, 'Order', 'updated_at').origin)).toBe('derive/add-updated-at');
    expect(fieldOf(spec, 'Lab', 'created_at').origin.kind).toBe('source');
    const audit = entityOf(spec, 'AuditLog');
    expect(audit.appendOnly).toBe(true);
    expect(audit.fields.some((f) => f.column === 'updated_at')).toBe(false);
  });

  it('finds the tenant column on most tables and leaves the tenant table itself unscoped', () => {
    expect(spec.entities.filter((e) => e.tenantColumn === 'lab_id').length).toBe(6);
    expect(entityOf(spec, 'Lab').tenantColumn).toBeNull();
  });

  it('marks soft delete only where deleted_at is stated', () => {
    expect(spec.entities.filter((e) => e.softDelete).map((e) => e.name)).toEqual(['Patient']);
  });

  it('names inline enums by table and column, and keeps stated enum types', () => {
    expect(spec.database.enums.map((e) => e.name)).toEqual(['user_role', 'order_status']);
    expect(fieldOf(spec, 'Order', 'status')).toMatchObject({
      enumName: 'order_status',
      default: "'registered'",
    });
    expect(fieldOf(spec, 'User', 'role').enum).toEqual(['admin', 'technician', 'front_desk']);
  });

  it('marks secrets sensitive and keys read-only', () => {
    expect(fieldOf(spec, 'User', 'password_hash').sensitive).toBe(true);
    expect(fieldOf(spec, 'User', 'email').sensitive).toBe(false);
    expect(fieldOf(spec, 'User', 'id').readOnly).toBe(true);
    expect(fieldOf(spec, 'User', 'lab_id').readOnly).toBe(false);
  });

  it('puts the validation each type implies on the field', () => {
    const rules = (e: string, c: string) => (fieldOf(spec, e, c).validation ?? []).map((v) => v.rule);
    expect(rules('User', 'email')).toEqual(expect.arrayContaining(['format:email', 'maxLength:255']));
    expect(rules('User', 'mobile')).toEqual(
      expect.arrayContaining(['required', 'format:phone', 'maxLength:20']),
    );
    expect(rules('Order', 'status')).toContain('enum');
    expect(rules('Order', 'total')).toEqual(expect.arrayContaining(['required', 'range']));
    expect(rules('Order', 'created_at')).not.toContain('required');
  });
});

describe('data derive: system defaults', () => {
  it('lets the database fill keys and timestamps the documents name without saying how', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity(
            'Clinician',
            [field('id', 'uuid', { primaryKey: true }), field('createdAt', 'datetime', { nullable: false })],
            { notation: 'typescript' },
          ),
          entity('Room', [field('id', 'integer', { primaryKey: true })], { notation: 'typescript' }),
          entity('Bed', [field('id', 'integer', { primaryKey: true })], { notation: 'sql' }),
        ],
      }),
    );
    expect(fieldOf(spec, 'Clinician', 'id').default).toBe('gen_random_uuid()');
    expect(fieldOf(spec, 'Clinician', 'created_at')).toMatchObject({ default: 'now()', readOnly: true });
    expect(fieldOf(spec, 'Room', 'id').type.generated).toBe(true);
    // SQL DDL says exactly what the key is: an INTEGER PRIMARY KEY stays a plain integer.
    expect(fieldOf(spec, 'Bed', 'id').type.generated).toBeUndefined();
  });
});

describe('data derive: indexes by rule', () => {
  const { spec } = deriveData(labDomain());
  const idx = (entity: string) => spec.database.indexes.filter((i) => i.entity === entity);

  it('indexes every foreign key not already leading an index', () => {
    // orders(lab_id, status) is stated and already leads with lab_id.
    expect(
      idx('Order')
        .filter((i) => ruleOf(i.origin) === 'derive/index-every-foreign-key')
        .map((i) => i.columns),
    ).toEqual([['patient_id'], ['registered_by'], ['referring_doctor_id']]);
    // users(lab_id, mobile) is a unique constraint that already starts with lab_id.
    expect(idx('User').some((i) => i.columns.join() === 'lab_id')).toBe(false);
  });

  it('adds tenant + status and tenant + created_at composites where they apply', () => {
    expect(idx('Sample').find((i) => ruleOf(i.origin) === 'derive/index-tenant-status')?.columns).toEqual([
      'lab_id',
      'status',
    ]);
    // orders(lab_id, status) is stated: no second copy.
    expect(idx('Order').filter((i) => i.columns.join() === 'lab_id,status')).toHaveLength(1);
    expect(
      idx('AuditLog').find((i) => ruleOf(i.origin) === 'derive/index-tenant-created-at')?.columns,
    ).toEqual(['lab_id', 'created_at']);
  });

  it('lists unique constraints as indexes PostgreSQL builds itself, and indexes login lookups', () => {
    expect(idx('Lab').find((i) => i.columns.join() === 'slug')).toMatchObject({
      unique: true,
      constraint: 'unique',
    });
    expect(idx('User').find((i) => ruleOf(i.origin) === 'derive/index-lookup-field')?.columns).toEqual([
      'lab_id',
      'email',
    ]);
  });

  it('reports a stated index on a column that does not exist, and leaves it out', () => {
    const d = labDomain();
    d.indexes.push(index('orders', ['nope']));
    const { spec: s, codes } = deriveData(d);
    expect(codes).toContain('data/index-unknown-column');
    expect(s.database.indexes.some((i) => i.columns.includes('nope'))).toBe(false);
  });
});

describe('data derive: databases', () => {
  const one = (stack: ReturnType<typeof database>[]) =>
    deriveData(
      domainOf({ stack, entities: [entity('Note', [field('id', 'integer', { primaryKey: true })])] }),
    ).spec.database;

  it('uses the stated database, PostgreSQL by a named default otherwise', () => {
    expect(one([database('MongoDB Atlas')]).dialects).toEqual(['mongodb']);
    expect(one([database('MySQL 8')]).dialects).toEqual(['mysql']);
    expect(one([database('PostgreSQL'), database('SQLite (offline cache)')]).dialects).toEqual([
      'postgresql',
      'sqlite',
    ]);
    const none = one([]);
    expect(none.dialects).toEqual(['postgresql']);
    expect(none.origin).toEqual({ kind: 'default', rule: 'derive/default-database-postgresql' });
  });

  it('writes no schema for a database it has no dialect for, and says so', () => {
    const { spec, codes } = deriveData(
      domainOf({ stack: [database('DynamoDB')], entities: [entity('Note', [])] }),
    );
    expect(spec.database.dialects).toEqual([]);
    expect(codes).toContain('data/unsupported-database');
  });

  it('needs pg_trgm for a stated GIN index on text, with the trigram operator class', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity('Patient', [field('id', 'uuid', { primaryKey: true }), field('name', 'text')], {
            table: 'patients',
          }),
        ],
        indexes: [index('patients', ['name'], { method: 'gin' })],
      }),
    );
    expect(spec.database.extensions.map((x) => x.name)).toEqual(['pg_trgm']);
    expect(spec.database.indexes[0]?.opclasses).toEqual({ name: 'gin_trgm_ops' });
  });

  it("leaves a text key's client-made id (Prisma `String @default(uuid())`) to the application, with a note", () => {
    // The Thai trial's Prisma models drew six warnings "state it as a literal" for `uuid()` on String
    // ids: Prisma Client makes those ids and its own migration writes no column default.
    const { spec, codes } = deriveData(
      domainOf({
        entities: [entity('Stall', [field('id', 'string', { primaryKey: true, default: 'uuid()' })])],
      }),
    );
    expect(fieldOf(spec, 'Stall', 'id').default).toBeNull();
    expect(codes).not.toContain('data/default-not-portable');
    expect(codes).toContain('data/default-by-application');
  });

  it('drops a default that is not a value of the column and says so', () => {
    const { spec, codes } = deriveData(
      domainOf({
        entities: [
          entity('Job', [
            field('id', 'integer', { primaryKey: true }),
            field('runs', 'integer', { default: 'soon' }),
            field('state', 'enum', { enumValues: ['a', 'b'], default: "'c'" }),
          ]),
        ],
      }),
    );
    expect(fieldOf(spec, 'Job', 'runs').default).toBeNull();
    expect(fieldOf(spec, 'Job', 'state').default).toBeNull();
    expect(codes.filter((c) => c === 'data/default-not-portable')).toHaveLength(2);
  });
});

describe('data derive: a stated timestamp in any language replaces the default one', () => {
  const stated: [string, string, string][] = [
    ['es', 'creado_en', 'actualizado_en'],
    ['es', 'fecha_creacion', 'fecha_modificacion'],
    ['fr', 'cree_le', 'modifie_le'],
    ['de', 'erstellt_am', 'aktualisiert_am'],
    ['pt', 'criado_em', 'atualizado_em'],
    ['en', 'created_on', 'last_modified'],
  ];
  it.each(stated)('%s: %s / %s', (_lang, created, updated) => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity('Pedido', [
            field('id', 'uuid', { primaryKey: true, nullable: false }),
            field(created, 'datetime', { nullable: false }),
            field(updated, 'datetime', { nullable: false }),
          ]),
        ],
      }),
    );
    const columns = entityOf(spec, 'Pedido').fields.map((f) => f.column);
    expect(columns).not.toContain('created_at');
    expect(columns).not.toContain('updated_at');
    expect(fieldOf(spec, 'Pedido', created)).toMatchObject({ default: 'now()', readOnly: true });
  });

  it('an unrelated date column does not replace created_at', () => {
    const { spec } = deriveData(
      domainOf({
        entities: [
          entity('Factura', [field('id', 'uuid', { primaryKey: true }), field('fecha_vencimiento', 'date')]),
        ],
      }),
    );
    expect(entityOf(spec, 'Factura').fields.map((f) => f.column)).toContain('created_at');
  });
});
