import { type Domain, emptyDomain, type Requirement } from '../../src/model/domain.js';
import { fromSource } from '../../src/model/origin.js';
import type { SpecEntity, SpecField } from '../../src/model/spec/data.js';
import { emptySpec, type Spec } from '../../src/model/spec/index.js';
import { readSentences } from './readings.js';

/** Hand-built data models for the api rules (the data step's output shape). */

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export function field(
  name: string,
  scalar: SpecField['type']['scalar'],
  extra: Partial<SpecField> = {},
): SpecField {
  return {
    name,
    column: snake(name),
    type: { scalar },
    nullable: false,
    unique: false,
    primaryKey: false,
    default: null,
    enum: null,
    enumName: null,
    references: null,
    check: null,
    sensitive: false,
    readOnly: false,
    description: null,
    origin: fromSource('docs/architecture.md', 10),
    ...extra,
  };
}

const id = () => field('id', 'uuid', { primaryKey: true, readOnly: true, default: 'gen_random_uuid()' });
const stamps = () => [
  field('createdAt', 'datetime', { readOnly: true, default: 'now()' }),
  field('updatedAt', 'datetime', { readOnly: true, default: 'now()' }),
];
const fk = (name: string, entity: string, onDelete = 'cascade', nullable = false) =>
  field(name, 'uuid', { references: { entity, field: 'id', onDelete }, nullable });

export function entity(
  name: string,
  table: string,
  fields: SpecField[],
  extra: Partial<SpecEntity> = {},
): SpecEntity {
  return {
    name,
    table,
    description: null,
    fields,
    primaryKey: ['id'],
    uniques: [],
    checks: [],
    softDelete: false,
    tenantColumn: null,
    appendOnly: false,
    joinTable: false,
    notation: 'sql',
    origin: fromSource('docs/architecture.md', 20),
    seenIn: [],
    ...extra,
  };
}

export function clinicSpec(): Spec {
  const spec = emptySpec({ name: 'clinic', language: 'en', description: null }, []);
  spec.entities = [
    entity('User', 'users', [
      id(),
      field('email', 'email', { unique: true, type: { scalar: 'email', length: 255 } }),
      field('passwordHash', 'string', { sensitive: true }),
      field('name', 'string'),
      ...stamps(),
    ]),
    entity('Project', 'projects', [
      id(),
      fk('ownerId', 'User', 'restrict'),
      field('name', 'string', { type: { scalar: 'string', length: 120 } }),
      ...stamps(),
    ]),
    entity('Task', 'tasks', [
      id(),
      fk('projectId', 'Project'),
      field('title', 'string'),
      field('status', 'enum', { enum: ['open', 'done'] }),
      ...stamps(),
    ]),
    entity('Label', 'labels', [id(), field('name', 'string', { unique: true }), ...stamps()]),
    entity('TaskLabel', 'task_labels', [fk('taskId', 'Task'), fk('labelId', 'Label')], {
      joinTable: true,
      primaryKey: ['task_id', 'label_id'],
    }),
    entity('Appointment', 'appointments', [
      id(),
      fk('patientId', 'User', 'restrict'),
      field('startsAt', 'datetime'),
      field('status', 'enum', { enum: ['scheduled', 'cancelled', 'completed'] }),
      field('cancellationReason', 'text', { nullable: true }),
      field('cancelledAt', 'datetime', { nullable: true }),
      ...stamps(),
    ]),
    entity(
      'AuditLog',
      'audit_logs',
      [id(), field('action', 'string'), field('createdAt', 'datetime', { readOnly: true })],
      { appendOnly: true },
    ),
    entity(
      'Payment',
      'payments',
      [
        id(),
        fk('appointmentId', 'Appointment', 'restrict'),
        field('amount', 'decimal', { type: { scalar: 'decimal', precision: 10, scale: 2 } }),
        field('createdAt', 'datetime', { readOnly: true }),
      ],
      { appendOnly: true },
    ),
    entity('RefreshToken', 'refresh_tokens', [
      id(),
      fk('userId', 'User'),
      field('tokenHash', 'string', { sensitive: true }),
    ]),
  ];
  spec.database.indexes = [
    {
      name: 'idx_appointments_starts_at',
      entity: 'Appointment',
      columns: ['starts_at'],
      unique: false,
      method: null,
      where: null,
      purpose: 'lookup',
      origin: fromSource('docs/architecture.md', 40),
    },
  ];
  return spec;
}

export function req(id: string, text: string, line = 5): Requirement {
  return { id, kind: 'functional', text, origin: fromSource('docs/prd.md', line) };
}

export function clinicDomain(): Domain {
  const d = emptyDomain('clinic', 'en');
  d.requirements = [
    req('FR1', 'Patients can book an appointment with a doctor.', 5),
    req('FR2', 'Patients can cancel an appointment up to 24 hours before it starts.', 6),
    req('FR3', 'Staff can search appointments by patient name.', 7),
    req('FR4', 'Users can sign up with email and password.', 8),
    req('FR5', 'Users can reset their password via an emailed link.', 9),
    // CRUD exists only where a requirement asks for it (derive/no-write-without-requirement).
    req('FR6', 'Users can create, edit and view their projects.', 10),
    req('FR7', 'Users can add tasks and edit tasks in a project.', 11),
    req('FR8', 'Users can create labels and rename labels.', 13),
    req('FR10', 'Patients can record payments for their appointments.', 14),
    req('FR11', 'Staff can edit appointments and view the audit log.', 15),
  ];
  d.securityFacts = [
    { kind: 'strategy', value: 'jwt', text: 'JWT', origin: fromSource('docs/architecture.md', 50) },
    {
      kind: 'refresh-token',
      text: 'Refresh token | opaque, 7 days',
      origin: fromSource('docs/architecture.md', 51),
    },
  ];
  // What extract reads from the sentences once (stories, constraints, write verbs).
  return readSentences(d);
}
