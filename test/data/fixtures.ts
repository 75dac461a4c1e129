import type {
  Domain,
  EntityFact,
  FieldFact,
  FieldType,
  ForeignKey,
  IndexFact,
  RelationshipFact,
  StackChoice,
} from '../../src/model/domain.js';
import { emptyDomain } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';

/** Hand-built Domain facts for the data-layer tests (what the extractors produce). */

let line = 1;
const at = (file = 'docs/architecture.md') => fromSource(file, line++);

export function field(
  name: string,
  type: FieldType['scalar'] | FieldType,
  extra: Partial<Omit<FieldFact, 'references'>> & { references?: ForeignKey | string } = {},
): FieldFact {
  const { references, ...rest } = extra;
  const f: FieldFact = {
    name,
    type: typeof type === 'string' ? { scalar: type } : type,
    nullable: null,
    unique: false,
    primaryKey: false,
    origin: at(),
    ...rest,
  };
  if (typeof references === 'string') f.references = { entity: references, field: 'id' };
  else if (references) f.references = references;
  return f;
}

export function entity(name: string, fields: FieldFact[], extra: Partial<EntityFact> = {}): EntityFact {
  const origin = at();
  return {
    name,
    writtenAs: name,
    fields,
    uniques: [],
    checks: [],
    notation: 'sql',
    origin,
    seenIn: [origin],
    ...extra,
  };
}

export function relationship(
  from: string,
  to: string,
  kind: RelationshipFact['kind'],
  extra: Partial<RelationshipFact> = {},
): RelationshipFact {
  return { from, to, kind, notation: 'mermaid', origin: at(), ...extra };
}

export function index(entityName: string, columns: string[], extra: Partial<IndexFact> = {}): IndexFact {
  return { entity: entityName, columns, unique: false, origin: at(), ...extra };
}

export function database(value: string): StackChoice {
  return { concern: 'database', value, status: 'chosen', origin: at('docs/tech-stack.md') };
}

export function domainOf(parts: Partial<Domain>): Domain {
  return { ...emptyDomain('Fixture', 'en'), ...parts };
}

const uuidPk = () =>
  field(
    'id',
    { scalar: 'uuid', raw: 'UUID' },
    { primaryKey: true, nullable: false, default: 'gen_random_uuid()' },
  );
const ts = (name: string) =>
  field(name, { scalar: 'datetime', raw: 'TIMESTAMPTZ' }, { nullable: false, default: 'NOW()' });
const tenant = () =>
  field('lab_id', 'uuid', { nullable: false, references: { entity: 'labs', field: 'id' } });

/** A slice of labcore's database-schema.md: tenant table, enums, owned children, cycles-free FKs. */
export function labDomain(): Domain {
  return domainOf({
    stack: [database('PostgreSQL 16')],
    enums: [{ name: 'user_role', values: ['admin', 'technician', 'front_desk'], origin: at() }],
    entities: [
      entity(
        'Lab',
        [
          uuidPk(),
          field('name', { scalar: 'string', length: 255 }, { nullable: false }),
          field('slug', { scalar: 'string', length: 100 }, { nullable: false, unique: true }),
          field('max_users', 'integer', { nullable: false, default: '2' }),
          field('settings', { scalar: 'json', raw: 'JSONB' }, { nullable: false, default: "'{}'" }),
          ts('created_at'),
          ts('updated_at'),
        ],
        { table: 'labs', writtenAs: 'labs' },
      ),
      entity(
        'User',
        [
          uuidPk(),
          tenant(),
          field('email', { scalar: 'string', length: 255 }),
          field('mobile', { scalar: 'string', length: 20 }, { nullable: false }),
          field('password_hash', { scalar: 'string', length: 255 }, { nullable: false }),
          field(
            'role',
            { scalar: 'enum', raw: 'user_role' },
            { nullable: false, default: "'front_desk'", enumName: 'user_role' },
          ),
          ts('created_at'),
          ts('updated_at'),
        ],
        { table: 'users', writtenAs: 'users', uniques: [['lab_id', 'mobile']] },
      ),
      entity(
        'Patient',
        [
          uuidPk(),
          tenant(),
          field('patient_code', { scalar: 'string', length: 50 }, { nullable: false }),
          field('name', { scalar: 'string', length: 255 }, { nullable: false }),
          field('mobile', { scalar: 'string', length: 20 }, { nullable: false }),
          field('deleted_at', 'datetime', { nullable: true }),
        ],
        { table: 'patients', writtenAs: 'patients', uniques: [['lab_id', 'patient_code']] },
      ),
      entity(
        'Order',
        [
          uuidPk(),
          tenant(),
          field('patient_id', 'uuid', { nullable: false, references: 'patients' }),
          field('registered_by', 'uuid', { nullable: false, references: 'users' }),
          field('referring_doctor_id', 'uuid', { nullable: true, references: 'users' }),
          field('status', 'enum', {
            nullable: false,
            enumValues: ['registered', 'completed', 'cancelled'],
            default: "'registered'",
          }),
          field('total', { scalar: 'decimal', precision: 10, scale: 2 }, { nullable: false }),
        ],
        { table: 'orders', writtenAs: 'orders' },
      ),
      entity(
        'OrderItem',
        [
          uuidPk(),
          tenant(),
          field('order_id', 'uuid', {
            nullable: false,
            references: { entity: 'orders', field: 'id', onDelete: 'cascade' },
          }),
          field('price', { scalar: 'decimal', precision: 10, scale: 2 }, { nullable: false }),
        ],
        { table: 'order_items', writtenAs: 'order_items' },
      ),
      entity(
        'Sample',
        [
          uuidPk(),
          tenant(),
          field('order_id', 'uuid', { nullable: false, references: 'orders' }),
          field('barcode_data', { scalar: 'string', length: 100 }),
          field('status', 'string', { nullable: false }),
        ],
        { table: 'samples', writtenAs: 'samples' },
      ),
      entity(
        'AuditLog',
        [
          uuidPk(),
          tenant(),
          field('user_id', 'uuid', { nullable: false, references: 'users' }),
          field('action', { scalar: 'string', length: 50 }, { nullable: false }),
          field('ip_address', { scalar: 'string', raw: 'INET' }),
          ts('created_at'),
        ],
        { table: 'audit_logs', writtenAs: 'audit_logs' },
      ),
    ],
    indexes: [
      index('patients', ['lab_id', 'mobile'], { name: 'idx_patients_mobile' }),
      index('orders', ['lab_id', 'status'], { name: 'idx_orders_status' }),
      index('samples', ['barcode_data'], { name: 'idx_samples_barcode' }),
    ],
    relationships: [
      relationship('labs', 'users', 'one-to-many', { label: 'has' }),
      relationship('orders', 'order_items', 'one-to-many', { label: 'contains' }),
    ],
  });
}

/** bmad-todo-app's four tables: serial keys, a join table with a composite key, a partial index. */
export function todoDomain(): Domain {
  const serial = () =>
    field('id', { scalar: 'integer', raw: 'SERIAL', generated: true }, { primaryKey: true, nullable: false });
  return domainOf({
    stack: [database('PostgreSQL')],
    entities: [
      entity(
        'User',
        [
          serial(),
          field('email', 'text', { nullable: false, unique: true }),
          field('password_hash', 'text', { nullable: false }),
          ts('created_at'),
        ],
        { table: 'users' },
      ),
      entity(
        'Task',
        [
          serial(),
          field('user_id', 'integer', {
            nullable: false,
            references: { entity: 'users', field: 'id', onDelete: 'cascade' },
          }),
          field('title', 'text', { nullable: false }),
          field('is_completed', 'boolean', { nullable: false, default: 'FALSE' }),
          field('deadline', 'date', { nullable: true }),
          ts('created_at'),
          ts('updated_at'),
        ],
        { table: 'tasks' },
      ),
      entity(
        'Label',
        [
          serial(),
          field('user_id', 'integer', {
            nullable: false,
            references: { entity: 'users', field: 'id', onDelete: 'cascade' },
          }),
          field('name', 'text', { nullable: false }),
        ],
        { table: 'labels', uniques: [['user_id', 'name']] },
      ),
      entity(
        'TaskLabel',
        [
          field('task_id', 'integer', {
            nullable: false,
            references: { entity: 'tasks', field: 'id', onDelete: 'cascade' },
          }),
          field('label_id', 'integer', {
            nullable: false,
            references: { entity: 'labels', field: 'id', onDelete: 'cascade' },
          }),
        ],
        { table: 'task_labels', primaryKey: ['task_id', 'label_id'] },
      ),
      entity(
        'Subtask',
        [
          serial(),
          field('task_id', 'integer', { nullable: false, references: 'tasks' }),
          field('title', 'text', { nullable: false }),
        ],
        { table: 'subtasks' },
      ),
    ],
    indexes: [
      index('tasks', ['user_id'], { name: 'idx_tasks_user_id' }),
      index('tasks', ['user_id', 'deadline'], { name: 'idx_tasks_deadline', where: 'deadline IS NOT NULL' }),
    ],
  });
}
