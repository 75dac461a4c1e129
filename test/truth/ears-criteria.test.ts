import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 13 item 1 ("every acceptance criterion that names an actor and an action yields an
// operation"): Kiro's EARS criteria ("WHEN a patient cancels an appointment THE SYSTEM SHALL …")
// gave no story at all, so no operation carried their requirement. The trigger names a stated role
// and its action; the system's response is behaviour. A machine ("the payment provider") is no role.
const REQUIREMENTS = `# Requirements Document

## Requirements

### Requirement 1: Appointments

**User Story:** As a patient, I want to manage my visits, so that I see the doctor.

#### Acceptance Criteria

1. WHEN a patient cancels an appointment THE SYSTEM SHALL release the slot
2. WHEN a receptionist checks a patient in, THEN THE SYSTEM SHALL mark the appointment as checked in
3. WHEN the payment provider confirms a payment by webhook THE SYSTEM SHALL mark the deposit as paid
4. IF a clinician completes an appointment THEN THE SYSTEM SHALL record the completion time
`;

const DESIGN = `# Design Document

Roles: patient, receptionist, clinician.

\`\`\`sql
CREATE TABLE patients (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE appointments (id uuid PRIMARY KEY, patient_id uuid NOT NULL REFERENCES patients(id), starts_at timestamptz NOT NULL, status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'checked_in', 'completed')));
CREATE TABLE payments (id uuid PRIMARY KEY, appointment_id uuid NOT NULL REFERENCES appointments(id), status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid', 'failed')));
\`\`\`
`;

describe('EARS criteria with a role and an action', { timeout: 60_000 }, () => {
  it('yield the operations, carrying the requirement id', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/.kiro/specs/clinic/requirements.md': REQUIREMENTS,
        '/p/.kiro/specs/clinic/design.md': DESIGN,
      }),
    );
    const spec = r.spec!;
    const stories = (spec.stories ?? []).map((s) => [s.actor, s.action, s.operations]);
    expect(stories).toContainEqual(['patient', 'cancel an appointment', ['cancelAppointment']]);
    // The patient has no status; the appointment referring to them is checked in.
    expect(stories).toContainEqual(['receptionist', 'check a patient in', ['checkInAppointment']]);
    expect(stories).toContainEqual(['clinician', 'complete an appointment', ['completeAppointment']]);
    expect(stories.some(([actor]) => String(actor).includes('payment provider'))).toBe(false);
    for (const path of [
      '/appointments/{id}/cancel',
      '/appointments/{id}/check-in',
      '/appointments/{id}/complete',
    ])
      expect(spec.endpoints.find((e) => e.path.endsWith(path))?.requirements).toEqual(['Requirement 1']);
    expect(spec.endpoints.some((e) => e.path.includes('/patients/{id}/check-in'))).toBe(false);
  });
});
