import { expect, test } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/** The examples, written as a new user would, run through the whole compiler. */
const PRD = `# Clinic PRD

## Functional Requirements

- **FR1:** Patients book appointments with a doctor
- **FR2:** Doctors write visit notes after each appointment
- **FR3:** Patients receive a reminder 24 hours before the appointment

## Order lifecycle

Appointment status: Requested, Confirmed, Checked In, Completed, No Show

## Security

- Access tokens expire after 7 days.
- Passwords must be at least 10 characters.

## Out of Scope

- Video consultations
`;

const ARCH = `# Architecture

## Data model

\`\`\`sql
CREATE TYPE appointment_status AS ENUM ('requested', 'confirmed', 'completed', 'cancelled');
CREATE TABLE appointments (
  id UUID PRIMARY KEY,
  patient_id UUID NOT NULL,
  status appointment_status NOT NULL DEFAULT 'requested',
  starts_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE patients (
  id UUID PRIMARY KEY,
  mobile VARCHAR(20) NOT NULL
);
\`\`\`

## ADR-001: Use RabbitMQ for jobs

Status: Superseded by ADR-003

## ADR-003: Use pg-boss for jobs

Status: Accepted
`;

const STACK = `# Tech Stack

| Concern | Choice |
|---|---|
| Database | PostgreSQL 16 |
| Auth | JWT, access token 30 days |
`;

test('a new project: every kind of finding, each citing both documents', async () => {
  const host = memoryHost({
    '/c/docs/product/PRD.md': PRD,
    '/c/docs/technical/architecture.md': ARCH,
    '/c/docs/technical/tech-stack.md': STACK,
  });
  const out = await compile({ root: '/c', verify: { skip: true } } as Parameters<typeof compile>[0], host);
  const r = out.spec!.reconciliation;
  const summary = r.conflicts.map((c) => [
    c.code,
    c.subject,
    c.sides.map((s) => `${s.at.file}:${s.at.line}`),
  ]);
  expect(summary).toContainEqual([
    'reconcile/value-conflict',
    'auth.access-token-ttl',
    // No architecture value: the PRD's number wins over the tech stack's (product rule, listed first).
    ['docs/product/PRD.md:15', 'docs/technical/tech-stack.md:6'],
  ]);
  expect(r.conflicts.find((c) => c.subject === 'auth.access-token-ttl')?.resolvedBy).toMatchObject({
    rule: 'reconcile/precedence/prd-for-product-rules',
  });
  expect(summary).toContainEqual([
    'reconcile/enum-mismatch',
    'appointment_status',
    ['docs/product/PRD.md:11', 'docs/technical/architecture.md:6'],
  ]);
  expect(r.conflicts.find((c) => c.code === 'reconcile/enum-mismatch')?.params?.missing).toBe(
    'Checked In, No Show',
  );
  expect(r.gaps.map((g) => [g.subject, g.detail])).toContainEqual(['Note', 'record:FR2']);
  expect(r.decisions.map((d) => [d.subject, d.status])).toEqual(
    expect.arrayContaining([
      ['ADR-001: Use RabbitMQ for jobs', 'superseded'],
      ['Video consultations', 'out-of-scope'],
    ]),
  );
  // FR2 names Appointment, but what it needs (notes) is modelled nowhere: not counted as traced.
  expect(out.spec!.traceability.find((t) => t.requirement === 'FR2')?.items).toEqual([]);
  const reminder = out.domain!.parameters.find((p) => p.key === 'reminder.appointment');
  expect(reminder?.value).toBe(86400);
  expect(out.domain!.parameters.find((p) => p.key === 'auth.password-min-length')?.value).toBe(10);
});
