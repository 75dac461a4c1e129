import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import type { Spec } from '../../src/model/spec/index.js';
import { compile } from '../../src/pipeline.js';

/**
 * UX-flow steps that name an action map to an operation, carried by the flow step (issue 13 item 1,
 * the example's "presses "Check in"", "block an afternoon off", "open "Reports""), in en, es, fr, de
 * and pt: a quoted button label is the action, the record the step names is what it acts on.
 */
const ARCH = `# Architecture

JWT bearer tokens.

## Data model

\`\`\`sql
CREATE TYPE user_role AS ENUM ('receptionist', 'clinician');
CREATE TYPE appointment_status AS ENUM ('booked', 'checked_in', 'completed');
CREATE TABLE users (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  email VARCHAR(255) NOT NULL UNIQUE,
  role user_role NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE appointments (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  clinician_id UUID NOT NULL REFERENCES users(id),
  status appointment_status NOT NULL DEFAULT 'booked',
  starts_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE time_offs (
  id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  clinician_id UUID NOT NULL REFERENCES users(id),
  starts_at TIMESTAMPTZ NOT NULL,
  ends_at TIMESTAMPTZ NOT NULL
);
\`\`\`
`;

const ROLES = '| Role | Description |\n|---|---|\n| receptionist | Front desk |\n| clinician | Clinician |\n';

/** [language, PRD story of blocking time, UX flow with a pressed button] */
const CASES: [string, string, string][] = [
  [
    'en',
    '- As a clinician, I want to block an afternoon off.',
    '## Flow 1: Arrival\n\n1. On arrival, the receptionist opens the appointment and presses "Check in".\n2. The system records the arrival time.\n',
  ],
  [
    'es',
    '- Como clinician, quiero bloquear una tarde libre.',
    '## Flujo 1: Llegada\n\n1. Al llegar el paciente, el receptionist abre la appointment y pulsa «Registrar llegada».\n2. El sistema guarda la hora de llegada.\n',
  ],
  [
    'fr',
    '- En tant que clinician, je veux bloquer un après-midi.',
    "## Parcours 1 : Arrivée\n\n1. Le receptionist ouvre l'appointment et clique sur « Enregistrer l'arrivée ».\n2. Le système enregistre l'heure d'arrivée.\n",
  ],
  [
    'de',
    '- Als clinician möchte ich einen Nachmittag blockieren.',
    '## Ablauf 1: Ankunft\n\n1. Der receptionist öffnet den appointment und klickt auf „Einchecken“.\n2. Das System speichert die Ankunftszeit.\n',
  ],
  [
    'pt',
    '- Como clinician, eu quero bloquear uma tarde.',
    '## Fluxo 1: Chegada\n\n1. O receptionist abre o appointment e clica em "Fazer check-in".\n2. O sistema grava a hora de chegada.\n',
  ],
];

async function generate(story: string, flow: string): Promise<Spec> {
  const host = memoryHost({
    '/w/docs/prd.md': `# PRD\n\n## Roles\n\n${ROLES}\n## User stories\n\n${story}\n`,
    '/w/docs/ux.md': `# UX\n\n${flow}`,
    '/w/docs/architecture.md': ARCH,
  });
  return (await compile({ root: '/w', verify: { skip: true } }, host)).spec!;
}

describe.each(CASES)('flow steps in %s', (_lang, story, flow) => {
  it('a pressed button is the step operation; blocking time off creates the blocked time', async () => {
    const s = await generate(story, flow);
    const step = s.flows![0]!.messages.find((m) => m.origin.kind === 'source' && m.origin.line === 5)!;
    expect(step.operation).toBe('checkInAppointment');
    expect(s.endpoints.find((e) => e.operationId === 'checkInAppointment')?.path).toMatch(
      /\/appointments\/\{id\}\/check-in$/,
    );
    const row = s.permissions!.rows.find((r) => r.operationId === 'checkInAppointment')!;
    expect(row.access.receptionist).not.toBe('denied');
    // The label is no new record: nothing creates an appointment from this flow.
    expect(s.stories!.find((t) => t.origin.kind === 'source' && t.origin.line === 5)?.operations).toEqual([
      'checkInAppointment',
    ]);
    // (French documents keep the table name `time_offs` whole: the entity is then `TimeOffs`.)
    const block = s.stories!.find((t) => t.actor === 'clinician');
    expect(block?.operations).toHaveLength(1);
    expect(block?.operations[0]).toMatch(/^createTimeOffs?$/);
  });
});

describe('the example project', () => {
  it('maps its flow steps that name an action to operations', async () => {
    const { fileURLToPath } = await import('node:url');
    const { nodeHost } = await import('../../src/host.js');
    const root = fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url));
    const s = (await compile({ root, verify: { skip: true } }, nodeHost())).spec!;
    const op = (file: string, line: number) =>
      s
        .flows!.flatMap((f) => f.messages)
        .find((m) => m.origin.kind === 'source' && m.origin.file.endsWith(file) && m.origin.line === line)
        ?.operation;
    expect(op('ux-spec.md', 12)).toBe('listSlots'); // "picks a slot" reads the slot search
    expect(op('ux-spec.md', 27)).toBe('checkInAppointment'); // presses "Check in"
    expect(op('ux-spec.md', 39)).toMatch(/^getReport/); // opens "Reports"
    const off = s.stories!.find((t) => t.action === 'block an afternoon off');
    expect(off?.operations).toEqual(['createTimeOff']);
  });
});
