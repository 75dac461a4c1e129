import { beforeAll, describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/pipeline.js';
import { EXAMPLE } from '../foundation/corpus.js';
import { compiledProject } from '../helpers/compiled.js';

let result: CompileResult;
beforeAll(async () => {
  result = await compiledProject(EXAMPLE);
}, 240_000);

describe('clinic-booking example: roles the documents scope to "their own" records', () => {
  it('scopes patients and clinicians to their own appointments through the FK that leads to them', () => {
    const s = result.spec!;
    const list = s.endpoints.find((e) => e.entity === 'Appointment' && e.action === 'list')!;
    const row = s.permissions!.rows.find((r) => r.operationId === list.operationId)!;
    expect(row.access.patient).toBe('own');
    expect(row.reasons!.patient).toMatchObject({ kind: 'rule', rule: 'derive/authz-owner-only' });
    // Two ownership paths on one entity: each role takes the FK that leads to its own record.
    const paths = s
      .permissions!.ownership.filter((o) => o.entity === 'Appointment')
      .map((o) => [o.column, o.via?.entity]);
    expect(paths).toEqual([
      ['patient_id', 'Patient'],
      ['clinician_id', 'Clinician'],
    ]);
    expect(row.access.clinic_admin).not.toBe('denied');
  });
});
