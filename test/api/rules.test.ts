import { describe, expect, it } from 'vitest';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';

/**
 * The business-rules table carries every numbered rule these documents state (read by hand; the
 * ids are the requirements that state them), and every lifecycle enum has its state diagram.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const PROJECTS: [name: string, root: string, rules: string[]][] = [
  [
    'clinic-booking (example)',
    `${ROOT}examples/clinic-booking`,
    [
      'FR-02',
      'FR-03',
      'FR-04',
      'FR-06',
      'FR-07',
      'FR-08',
      'FR-09',
      'FR-10',
      'FR-11',
      'FR-13',
      'FR-18',
      'NFR-03',
      'NFR-05',
      'NFR-06',
      'NFR-07',
      'NFR-09',
    ],
  ],
  ['labcore', corpusRoot('labcore'), ['US-1.1', 'US-1.4', 'US-4.4', 'US-7.1', 'US-8.2']],
  ['bmad-todo-app', corpusRoot('bmad-todo-app'), ['FR19', 'FR20']],
  ['gatic', corpusRoot('gatic'), ['FR11', 'FR27', 'FR29', 'FR34']],
];

describe.each(PROJECTS)('business rules of %s', (_name, root, ids) => {
  it('lists every stated rule with its source, enforcement and error code; one state diagram per lifecycle enum', async () => {
    const r = await compiledProject(root);
    const s = r.spec!;
    const rules = s.rules ?? [];
    for (const id of ids) {
      const rule = rules.find((x) => x.requirements.includes(id));
      expect(rule, id).toBeDefined();
      expect(rule!.origin.kind).toBe('source');
      // A job, an audit entry written with the change and a side effect ruled out raise no domain error.
      if (['job', 'audit-trail', 'behaviour'].includes(rule!.enforcement))
        expect(rule!.errorCode, id).toBeNull();
      else expect(rule!.errorCode, id).toMatch(/^[A-Z][A-Z0-9_]+$/);
    }
    const enums = s.entities.flatMap((e) =>
      e.fields
        .filter(
          (f) =>
            f.enum && f.enum.length > 1 && /^(status|state|stage|phase|\w+_status|\w+Status)$/.test(f.name),
        )
        .map((f) => `${e.name}.${f.name}`),
    );
    expect((s.lifecycles ?? []).map((c) => `${c.entity}.${c.field}`).sort()).toEqual(enums.sort());
    const md = r.artifacts[0]!.text;
    for (const c of s.lifecycles ?? []) {
      expect(md).toContain(`**${c.entity}** — \`${c.entity}.${c.field}\``);
    }
    expect(md.split('stateDiagram-v2').length - 1).toBe((s.lifecycles ?? []).length);
  }, 60_000);
});

describe('clinic-booking lifecycle', () => {
  it('draws the transitions the architecture states, with who makes each', async () => {
    const r = await compiledProject(`${ROOT}examples/clinic-booking`);
    const appt = r.spec!.lifecycles!.find((c) => c.entity === 'Appointment')!;
    const edges = appt.transitions.map((t) => `${t.from}->${t.to}:${t.trigger}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'held->booked:job',
        'held->cancelled:job',
        'booked->checked_in:checkInAppointment',
        'checked_in->completed:completeAppointment',
        'booked->cancelled:cancelAppointment',
        'booked->no_show:job',
      ]),
    );
    const checkIn = appt.transitions.find((t) => t.trigger === 'checkInAppointment')!;
    expect(checkIn.roles).toContain('receptionist');
    expect(checkIn.roles).not.toContain('patient');
    const rule = r.spec!.rules!.find((x) => x.requirements.includes('FR-10'))!;
    expect(rule).toMatchObject({
      kind: 'unique',
      enforcement: 'db-constraint',
      errorCode: 'APPOINTMENT_OVERLAP',
    });
    expect(r.spec!.rules!.find((x) => x.requirements.includes('FR-06'))!.errorCode).toBe('SLOT_UNAVAILABLE');
  }, 60_000);
});
