import { beforeAll, describe, expect, test } from 'vitest';
import { prepareExtractors } from '../../src/extract/prepare.js';
import type { SourceDocument } from '../../src/model/sources.js';
import { reconcile } from '../../src/reconcile/index.js';
import { doc, domainOf } from './helpers.js';

beforeAll(() => prepareExtractors([doc('x.md', 'data-model', '```sql\nCREATE TABLE t (id int);\n```')]));

function findings(...docs: SourceDocument[]) {
  const out = reconcile(domainOf(...docs), { documents: docs.map((d) => ({ path: d.path, kind: d.kind })) });
  return out.reconciliation.conflicts;
}

const schemaWithJoin = doc(
  'docs/database-schema.md',
  'data-model',
  [
    '# Schema',
    '```sql',
    'CREATE TABLE courses (id uuid PRIMARY KEY, title text NOT NULL);',
    'CREATE TABLE students (id uuid PRIMARY KEY, name text NOT NULL);',
    'CREATE TABLE course_students (',
    '  course_id uuid NOT NULL REFERENCES courses(id),',
    '  student_id uuid NOT NULL REFERENCES students(id),',
    '  PRIMARY KEY (course_id, student_id)',
    ');',
    '```',
  ].join('\n'),
);

describe('cardinality vs keys', () => {
  test('a 1:N drawing where a join table links the two: reported, the keys win', () => {
    const drawing = doc(
      'docs/architecture.md',
      'architecture',
      ['# Data', '```mermaid', 'erDiagram', '  COURSE ||--o{ STUDENT : enrols', '```'].join('\n'),
    );
    const conflicts = findings(schemaWithJoin, drawing).filter(
      (c) => c.code === 'reconcile/cardinality-mismatch',
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.sides.map((s) => `${s.at.file}:${s.at.line}`)).toEqual([
      'docs/architecture.md:4',
      'docs/database-schema.md:6',
    ]);
    expect(conflicts[0]!.params).toMatchObject({ stated: '1:N', keyed: 'M:N', via: 'CourseStudent' });
  });

  test('an M:N drawing where one table holds a plain foreign key to the other: reported', () => {
    const schema = doc(
      'docs/esquema.md',
      'data-model',
      [
        '# Esquema',
        '```sql',
        'CREATE TABLE clientes (id uuid PRIMARY KEY);',
        'CREATE TABLE pedidos (id uuid PRIMARY KEY, cliente_id uuid NOT NULL REFERENCES clientes(id));',
        '```',
      ].join('\n'),
    );
    const drawing = doc(
      'docs/arquitectura.md',
      'architecture',
      ['# Modelo', '```mermaid', 'erDiagram', '  CLIENTE }o--o{ PEDIDO : realiza', '```'].join('\n'),
    );
    const conflicts = findings(schema, drawing).filter((c) => c.code === 'reconcile/cardinality-mismatch');
    expect(conflicts.map((c) => c.params)).toEqual([
      { stated: 'M:N', keyed: '1:N', via: 'Pedido.cliente_id' },
    ]);
  });

  test('near misses: a drawing that agrees with the keys, and a join entity that carries data', () => {
    const agrees = doc(
      'docs/architecture.md',
      'architecture',
      ['# Data', '```mermaid', 'erDiagram', '  COURSE }o--o{ STUDENT : enrols', '```'].join('\n'),
    );
    expect(
      findings(schemaWithJoin, agrees).filter((c) => c.code === 'reconcile/cardinality-mismatch'),
    ).toEqual([]);
    const withData = doc(
      'docs/database-schema.md',
      'data-model',
      [
        '```sql',
        'CREATE TABLE courses (id uuid PRIMARY KEY);',
        'CREATE TABLE students (id uuid PRIMARY KEY);',
        'CREATE TABLE enrolments (id uuid PRIMARY KEY, course_id uuid NOT NULL REFERENCES courses(id), student_id uuid NOT NULL REFERENCES students(id), grade text);',
        '```',
      ].join('\n'),
    );
    const drawing = doc(
      'docs/architecture.md',
      'architecture',
      [
        '```mermaid',
        'erDiagram',
        '  COURSE ||--o{ ENROLMENT : has',
        '  STUDENT ||--o{ ENROLMENT : has',
        '```',
      ].join('\n'),
    );
    expect(findings(withData, drawing).filter((c) => c.code === 'reconcile/cardinality-mismatch')).toEqual(
      [],
    );
  });
});

const roleEnum = (file: string, values: string) =>
  doc(
    file,
    'data-model',
    ['# Schema', '```sql', `CREATE TYPE user_role AS ENUM (${values});`, '```'].join('\n'),
  );

describe('roles vs the role enum', () => {
  test('a persona of the PRD with no enum value: reported; spelling and plural differences are not', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      [
        '# PRD',
        '## Personas',
        '| Role | Description |',
        '|---|---|',
        '| Patient | books appointments |',
        '| Receptionist | manages the day |',
        '| Clinic Admins | configures the clinic |',
      ].join('\n'),
    );
    const conflicts = findings(
      prd,
      roleEnum('docs/schema.md', "'patient', 'clinic_admin', 'clinician'"),
    ).filter((c) => c.code === 'reconcile/role-mismatch');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.params).toEqual({ enum: 'user_role', missing: 'Receptionist' });
    expect(conflicts[0]!.sides[1]!.at).toEqual({ file: 'docs/schema.md', line: 3 });
  });

  test('Spanish roles: administrador matches admin, a visitor is not a role, a missing one is reported', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      [
        '# Requisitos',
        '## Roles',
        '| Rol | Descripción |',
        '|---|---|',
        '| Administrador | gestiona el coro |',
        '| Director | dirige los ensayos |',
        '| Corista | asiste a los ensayos |',
        '| Visitante | consulta la agenda pública |',
      ].join('\n'),
    );
    const conflicts = findings(prd, roleEnum('docs/esquema.md', "'admin', 'director'")).filter(
      (c) => c.code === 'reconcile/role-mismatch',
    );
    expect(conflicts.map((c) => c.params)).toEqual([{ enum: 'user_role', missing: 'Corista' }]);
  });

  test('a title qualified by its scope is the enum value of its title word (es, en, fr)', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      [
        '# Requisitos',
        '## Usuarios',
        '| Rol | Qué hace |',
        '|---|---|',
        '| Administrador | gestiona almacenes |',
        '| Coordinador de almacén | recibe donaciones |',
        '| Warehouse volunteer | hands out parcels |',
        "| Responsable d'atelier | ouvre les créneaux |",
        '| Tesorero | cobra las cuotas |',
      ].join('\n'),
    );
    const conflicts = findings(
      prd,
      roleEnum('docs/esquema.md', "'administrador', 'coordinador', 'volunteer', 'responsable'"),
    ).filter((c) => c.code === 'reconcile/role-mismatch');
    expect(conflicts.map((c) => c.params)).toEqual([{ enum: 'user_role', missing: 'Tesorero' }]);
  });

  test('near miss: a title naming two values of the enum is still reported', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      [
        '# PRD',
        '## Roles',
        '| Role | Description |',
        '|---|---|',
        '| Admin | runs it |',
        '| Volunteer coordinator | plans shifts |',
      ].join('\n'),
    );
    const conflicts = findings(prd, roleEnum('docs/schema.md', "'admin', 'volunteer', 'coordinator'")).filter(
      (c) => c.code === 'reconcile/role-mismatch',
    );
    expect(conflicts.map((c) => c.params)).toEqual([{ enum: 'user_role', missing: 'Volunteer coordinator' }]);
  });

  test('near miss: a list that shares no value with the enum is not compared', () => {
    const prd = doc(
      'docs/prd.md',
      'prd',
      [
        '# PRD',
        '## Roles',
        '| Role | Description |',
        '|---|---|',
        '| Buyer | buys |',
        '| Seller | sells |',
      ].join('\n'),
    );
    expect(
      findings(prd, roleEnum('docs/schema.md', "'owner', 'member'")).filter(
        (c) => c.code === 'reconcile/role-mismatch',
      ),
    ).toEqual([]);
  });
});
