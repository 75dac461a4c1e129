import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SpecEntity } from '../../src/model/spec/data.js';
import { compiledProject } from '../helpers/compiled.js';

// Two planning projects whose data model is stated only in backend code: a FastAPI service with
// SQLAlchemy 2.0 models (plus Pydantic request/response shapes and a service class beside them) and
// a Go service with GORM/sqlx structs (plus a repository, a service, a request and a server struct).

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const col = (e: SpecEntity | undefined, column: string) => e?.fields.find((f) => f.column === column);

describe('a FastAPI + SQLAlchemy 2.0 project', async () => {
  const result = await compiledProject(fixture('fastapi-sqlalchemy'));
  const spec = result.spec!;
  const byName = (n: string) => spec.entities.find((e) => e.name === n);

  it('has the ORM classes as its entities, not the API shapes, the service or the settings', () => {
    expect(spec.entities.map((e) => e.name).sort()).toEqual(['Appointment', 'Clinic', 'Vet']);
    expect(spec.entities.map((e) => e.table).sort()).toEqual(['appointments', 'clinics', 'vets']);
  });

  it('keeps the stated types, lengths, nullability and keys', () => {
    const clinic = byName('Clinic');
    expect(clinic!.primaryKey).toEqual(['id']);
    expect(col(clinic, 'id')!.type).toMatchObject({ scalar: 'integer', generated: true });
    expect(col(clinic, 'name')).toMatchObject({
      unique: true,
      nullable: false,
      type: { scalar: 'string', length: 120 },
    });
    expect(col(clinic, 'phone')).toMatchObject({ nullable: true, type: { length: 32 } });
    expect(col(clinic, 'vets')).toBeUndefined();
    const appt = byName('Appointment');
    expect(col(appt, 'id')!.type.scalar).toBe('uuid');
    expect(col(appt, 'starts_at')).toMatchObject({ nullable: false, type: { scalar: 'datetime' } });
    expect(col(appt, 'fee')!.type).toMatchObject({ scalar: 'decimal', precision: 10, scale: 2 });
    expect(col(appt, 'notes')).toMatchObject({ nullable: true, type: { scalar: 'text' } });
    expect(appt!.uniques.map((u) => u.columns)).toEqual([['vet_id', 'starts_at']]);
    expect(col(byName('Vet'), 'bio')).toMatchObject({ nullable: true });
  });

  it('reads the enum and types the column by it', () => {
    expect(spec.database.enums.map((e) => e.values)).toContainEqual(['pending', 'confirmed', 'cancelled']);
    expect(col(byName('Appointment'), 'status')).toMatchObject({
      enum: ['pending', 'confirmed', 'cancelled'],
      default: "'pending'",
    });
  });

  it('turns the stated foreign keys into relationships, with the stated ON DELETE', () => {
    expect(col(byName('Vet'), 'clinic_id')!.references).toMatchObject({
      entity: 'Clinic',
      onDelete: 'cascade',
    });
    expect(col(byName('Appointment'), 'vet_id')!.references).toMatchObject({ entity: 'Vet' });
    const rels = spec.relationships.map((r) => `${r.from}->${r.to}:${r.kind}`).sort();
    expect(rels).toEqual(['Clinic->Vet:one-to-many', 'Vet->Appointment:one-to-many']);
  });
});

describe('a Go + GORM project', async () => {
  const result = await compiledProject(fixture('go-gorm'));
  const spec = result.spec!;
  const byName = (n: string) => spec.entities.find((e) => e.name === n);

  it('has the model structs as its entities, not the repository, service, request or server', () => {
    expect(spec.entities.map((e) => e.name).sort()).toEqual(['Team', 'Ticket', 'User']);
  });

  it('keeps tags, pointers and gorm.Model columns', () => {
    const team = byName('Team');
    expect(team!.fields.map((f) => f.column)).toEqual(
      expect.arrayContaining(['id', 'created_at', 'updated_at', 'deleted_at', 'name']),
    );
    expect(col(team, 'name')).toMatchObject({ unique: true, nullable: false, type: { length: 100 } });
    expect(col(team, 'users')).toBeUndefined();
    const user = byName('User');
    expect(user!.primaryKey).toEqual(['id']);
    expect(col(user, 'id')).toMatchObject({ default: 'gen_random_uuid()', type: { scalar: 'uuid' } });
    expect(col(user, 'email')).toMatchObject({
      unique: true,
      nullable: false,
      type: { scalar: 'email', length: 255 },
    });
    expect(col(user, 'nickname')).toMatchObject({ nullable: true, type: { length: 40 } });
    expect(col(user, 'team')).toBeUndefined();
    const ticket = byName('Ticket');
    expect(col(ticket, 'id')).toMatchObject({
      primaryKey: true,
      type: { scalar: 'bigint', generated: true },
    });
    expect(col(ticket, 'title')).toMatchObject({ nullable: false, type: { length: 120 } });
    expect(col(ticket, 'closed_at')).toMatchObject({ nullable: true, type: { scalar: 'datetime' } });
    expect(col(ticket, 'labels')!.type).toMatchObject({ scalar: 'array', items: 'text' });
    expect(col(ticket, 'internal')).toBeUndefined();
  });

  it('reads the typed-constant enum', () => {
    expect(col(byName('Ticket'), 'status')).toMatchObject({ enum: ['open', 'closed'] });
  });

  it('relates `TeamID` and `UserID` to their entities by the named foreign-key rule', () => {
    expect(col(byName('User'), 'team_id')!.references).toMatchObject({ entity: 'Team' });
    expect(col(byName('Ticket'), 'user_id')!.references).toMatchObject({ entity: 'User' });
    const rels = spec.relationships.map((r) => `${r.from}->${r.to}`).sort();
    expect(rels).toEqual(['Team->User', 'User->Ticket']);
  });
});
