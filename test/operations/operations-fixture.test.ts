import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/** A small project written for these tests: Stripe, SendGrid, Redis, BullMQ, reminders, retention. */
const PRD = `# Clinic Booking PRD

## Functional Requirements

- FR1: Patients book an appointment with a doctor.
- FR2: The system sends an email reminder 24 hours before each appointment.
- FR3: Patients pay the booking fee by card through Stripe.

## Non-Functional Requirements

- NFR1: API responses within 300ms at p95.
- NFR2: Availability 99.9%.
- NFR3: Payment records are kept for 7 years.
- NFR4: The audit log is append-only and never deleted.
`;

const ARCH = `# Architecture

## Tech Stack

| Layer | Technology |
|---|---|
| Backend | Node.js + Express |
| Database | PostgreSQL 16 |
| ORM | Prisma |
| Cache | Redis |
| Jobs | BullMQ |
| Email | SendGrid |
| Payments | Stripe |

## Alternatives considered

- MongoDB: rejected, the data is relational.

## Data Model

\`\`\`sql
CREATE TABLE doctors (id uuid PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE appointments (id uuid PRIMARY KEY, doctor_id uuid NOT NULL REFERENCES doctors(id), starts_at timestamptz NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE payments (id uuid PRIMARY KEY, appointment_id uuid NOT NULL REFERENCES appointments(id), amount numeric(10,2) NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE audit_logs (id uuid PRIMARY KEY, action text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE appointment_types (id uuid PRIMARY KEY, name text NOT NULL);
\`\`\`
`;

async function run() {
  const host = memoryHost({ '/p/docs/prd.md': PRD, '/p/docs/architecture.md': ARCH });
  return compile({ root: '/p', verify: { skip: true } }, host);
}

describe('operations layer on a hand-written project', { timeout: 60_000 }, () => {
  it('gives Stripe its documented webhook signature scheme and SendGrid a delivery job', async () => {
    const r = await run();
    expect(r.ok).toBe(true);
    const stripe = r.spec!.integrations.find((i) => i.provider === 'stripe')!;
    expect(stripe.status).toBe('chosen');
    expect(stripe.webhooks[0]?.verification).toMatch(/Stripe-Signature.*HMAC-SHA256/);
    expect(stripe.env).toEqual(expect.arrayContaining(['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']));
    expect(stripe.idempotency).toMatch(/Idempotency-Key/);
    const names = r.spec!.jobs.map((j) => j.name);
    expect(names).toEqual(expect.arrayContaining(['process-stripe-webhook', 'deliver-email-sendgrid']));
  });

  it('runs jobs on the stated BullMQ with its failed set as dead letter', async () => {
    const r = await run();
    for (const j of r.spec!.jobs) {
      expect(j.runner.queue).toBe('BullMQ');
      expect(j.retry.deadLetter).toMatch(/BullMQ failed set/);
    }
  });

  it('derives the reminder and the retention purge from the stated numbers, and no audit purge', async () => {
    const r = await run();
    const jobs = r.spec!.jobs;
    const reminder = jobs.find((j) => j.name === 'send-appointment-reminder');
    expect(reminder?.inputs.join(' ')).toContain('1 day');
    expect(reminder?.steps[0]).toContain('appointments');
    expect(reminder?.steps[1]).toContain('SendGrid');
    const purge = jobs.find((j) => /^purge-payment/.test(j.name));
    expect(purge?.purpose).toContain('7 years');
    expect(purge?.steps[0]).toContain('from payments where created_at');
    expect(jobs.some((j) => /audit/.test(j.name))).toBe(false);
  });

  it('caches reference data in the stated Redis, invalidated by writes', async () => {
    const r = await run();
    const c = r.spec!.caching!;
    expect(c.store?.value).toBe('Redis');
    const types = c.entries.find((e) => e.name === 'appointment-type');
    expect(types?.invalidatedBy).toEqual([
      'AppointmentType.create',
      'AppointmentType.update',
      'AppointmentType.delete',
    ]);
    expect(r.spec!.deployment!.env.map((e) => e.name)).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'REDIS_URL']),
    );
  });

  it('alerts on the stated latency and availability, not on an invented number', async () => {
    const r = await run();
    const alerts = r.spec!.observability!.alerts;
    expect(alerts.some((a) => a.window === '1h' && a.threshold.includes('99.9'))).toBe(true);
    expect(alerts.some((a) => a.threshold.includes('0.3s'))).toBe(true);
    expect(alerts.some((a) => a.origin.kind === 'default')).toBe(false);
    expect(r.domain!.stack.find((s) => s.value === 'MongoDB')?.status).toBe('rejected');
  });
});
