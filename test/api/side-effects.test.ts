import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * A stated side effect ("when an appointment is confirmed, an email is sent via Resend") is listed on
 * the service method of that operation with its source, in spec.json and section 4; a sentence that
 * states none, a negated one, or one about another action adds nothing.
 */
const SQL = `\`\`\`sql
CREATE TYPE appointment_status AS ENUM ('requested', 'confirmed', 'cancelled');
CREATE TABLE users (id UUID PRIMARY KEY DEFAULT gen_random_uuid(), email VARCHAR(255) NOT NULL UNIQUE);
CREATE TABLE appointments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id UUID NOT NULL REFERENCES users(id),
  status appointment_status NOT NULL DEFAULT 'requested',
  starts_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
\`\`\``;
const PRD =
  '# PRD\n\n## Functional requirements\n\n- FR-1: Patients create appointments.\n- FR-2: Staff confirm or cancel appointments.\n';

async function generate(text: string) {
  const arch = `# Architecture\n\nJWT bearer tokens. Email through Resend.\n\n## Data model\n\n${SQL}\n\n## Flows\n\n${text}\n`;
  const host = memoryHost({ '/w/docs/prd.md': PRD, '/w/docs/architecture.md': arch });
  const r = await compile({ root: '/w', verify: { skip: true } }, host);
  const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
  const methods = r.spec!.services.flatMap((s) => s.methods);
  return { methods, md, arch };
}

/** [language, sentence, method, kind, via] */
const STATED: [string, string, string, string, string | null][] = [
  [
    'en',
    'When an appointment is confirmed, an email is sent via Resend.',
    'confirmAppointment',
    'email',
    'Resend',
  ],
  [
    'en (effect first)',
    'A reminder job is enqueued after an appointment is created.',
    'createAppointment',
    'job',
    null,
  ],
  [
    'es',
    'Cuando se cancela una appointment, se envía un correo a través de Resend.',
    'cancelAppointment',
    'email',
    'Resend',
  ],
  [
    'pt',
    'Quando uma appointment é confirmada, um e-mail é enviado pelo Resend.',
    'confirmAppointment',
    'email',
    'Resend',
  ],
  ['fr', 'Lorsqu’un appointment est annulé, un événement est émis.', 'cancelAppointment', 'event', null],
  [
    'de',
    'Sobald ein Appointment bestätigt wird, wird eine E-Mail versendet (über Resend).',
    'confirmAppointment',
    'email',
    'Resend',
  ],
];

describe.each(STATED)('a side effect stated in %s', (_lang, sentence, method, kind, via) => {
  it('is listed on that method only, with its source, in section 4', async () => {
    const { methods, md, arch } = await generate(sentence);
    const m = methods.find((x) => x.name === method)!;
    const line = arch.split('\n').findIndex((l) => l.includes(sentence)) + 1;
    expect(m.sideEffects).toEqual([
      expect.objectContaining({
        kind,
        via,
        origin: expect.objectContaining({ file: 'docs/architecture.md', line }),
      }),
    ]);
    const others = methods.filter((x) => x.name !== method && x.sideEffects);
    expect(others.map((x) => x.name)).toEqual([]);
    expect(md).toContain(`\`AppointmentService.${method}\``);
    expect(md).toContain(`\`docs/architecture.md:${line}\``);
  });
});

const NONE: [string, string][] = [
  ['no statement', 'Patients book from the calendar.'],
  ['negated', 'When an appointment is confirmed, no email is sent.'],
  ['another action', 'When a user signs up, a welcome email is sent via Resend.'],
  ['deferred', '## Later phases\n\n- When an appointment is confirmed, an SMS is sent (phase 2).'],
];

describe.each(NONE)('no side effect (%s)', (_what, text) => {
  it('lists none', async () => {
    const { methods, md } = await generate(text);
    expect(methods.filter((m) => m.sideEffects && /Appointment/.test(m.name)).map((m) => m.name)).toEqual([]);
    expect(md).not.toContain('besides its writes');
  });
});
