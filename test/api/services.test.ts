import { describe, expect, it } from 'vitest';
import { apiStep } from '../../src/derive/api.js';
import { servicesStep } from '../../src/derive/services.js';
import { fromSource } from '../../src/model/origin.js';
import type { Spec } from '../../src/model/spec/index.js';
import { clinicDomain, clinicSpec, entity, field } from './fixtures.js';

function design(mutate?: (spec: Spec) => void) {
  const domain = clinicDomain();
  domain.integrations = [
    {
      provider: 'twilio',
      name: 'Twilio',
      context: 'sends SMS reminders',
      status: 'chosen',
      origin: fromSource('docs/architecture.md', 70),
    },
  ];
  const spec = clinicSpec();
  mutate?.(spec);
  const withApi = { ...spec, ...apiStep.derive({ domain, spec }).spec };
  return { ...withApi, ...servicesStep.derive({ domain, spec: withApi }).spec };
}

describe('derive/services', () => {
  it('makes one service per aggregate, with owned children inside their root', () => {
    const spec = design();
    const names = spec.services.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'ProjectService',
        'AppointmentService',
        'AuthenticationService',
        'NotificationService',
      ]),
    );
    expect(names).not.toContain('TaskService');
    const project = spec.services.find((s) => s.name === 'ProjectService')!;
    expect(project.methods.map((m) => m.name)).toEqual(
      expect.arrayContaining(['createProject', 'createTask', 'attachTaskLabel']),
    );
    expect(project.dependencies).toEqual(
      expect.arrayContaining(['ProjectRepository', 'TaskRepository', 'TaskLabelRepository']),
    );
  });

  it('links every endpoint to exactly one method', () => {
    const spec = design();
    const linked = spec.services.flatMap((s) => s.methods.flatMap((m) => m.endpoints));
    const expected = spec.endpoints.filter((e) => e.action !== 'health').map((e) => e.operationId);
    expect([...linked].sort()).toEqual([...expected].sort());
  });

  it('throws NotFound, Conflict on unique values and Validation from the endpoint statuses', () => {
    const label = design()
      .services.flatMap((s) => s.methods)
      .find((m) => m.name === 'createLabel')!;
    expect(label.throws.map((t) => t.error)).toEqual(['ValidationError', 'ForbiddenError', 'ConflictError']);
    expect(label.throws.find((t) => t.error === 'ConflictError')?.when).toContain('name');
    const get = design()
      .services.flatMap((s) => s.methods)
      .find((m) => m.name === 'getLabel')!;
    expect(get.throws.map((t) => t.error)).toContain('NotFoundError');
    expect(get.returns).toBe('Promise<Label>');
  });

  it('marks a state change that also appends to a history table as transactional', () => {
    const spec = design((s) => {
      s.entities.push(
        entity(
          'AppointmentEvent',
          'appointment_events',
          [
            field('id', 'uuid', { primaryKey: true }),
            field('appointmentId', 'uuid', {
              references: { entity: 'Appointment', field: 'id', onDelete: 'cascade' },
            }),
          ],
          { appendOnly: true },
        ),
      );
    });
    const cancel = spec.services.flatMap((s) => s.methods).find((m) => m.name === 'cancelAppointment')!;
    expect(cancel.transactional).toBe(true);
    expect(cancel.transaction?.origin).toMatchObject({
      rule: 'derive/transaction-state-change-with-history',
    });
    const plain = design()
      .services.flatMap((s) => s.methods)
      .find((m) => m.name === 'cancelAppointment')!;
    expect(plain.transactional).toBe(false);
  });

  it('adds a notification method per chosen channel provider, and no payment service without a provider', () => {
    const spec = design();
    const n = spec.services.find((s) => s.name === 'NotificationService')!;
    expect(n.methods.map((m) => m.name)).toEqual(['sendSms']);
    expect(n.dependencies).toEqual(['Twilio (integration)']);
    expect(spec.services.some((s) => s.name === 'PaymentService' && s.entity === null)).toBe(false);
  });
});

describe('integration services', () => {
  it('merge into the aggregate service of the same name instead of duplicating it', () => {
    const spec = design((s) => {
      s.entities.push(
        entity('Notification', 'notifications', [
          field('id', 'uuid', { primaryKey: true, readOnly: true }),
          field('body', 'text'),
        ]),
      );
    });
    const named = spec.services.filter((s) => s.name === 'NotificationService');
    expect(named).toHaveLength(1);
    expect(named[0]!.methods.map((m) => m.name)).toEqual(
      // Nothing asks to create notifications: the CRUD create is suppressed, the read stays.
      expect.arrayContaining(['getNotification', 'sendSms']),
    );
    expect(named[0]!.dependencies).toEqual(
      expect.arrayContaining(['NotificationRepository', 'Twilio (integration)']),
    );
  });
});
