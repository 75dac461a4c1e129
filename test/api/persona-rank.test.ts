import { describe, expect, it } from 'vitest';
import { matchPersona } from '../../src/derive/security/roles.js';
import { fromSource } from '../../src/model/origin.js';
import type { RoleSpec } from '../../src/model/spec/security.js';

/**
 * A story actor named by a senior-rank word ("lab supervisor", "jefe de laboratorio", "Teamleiter")
 * that names no stated role is the one stated role whose name carries such a word (labcore's
 * `SENIOR_TECH`); with none or several such roles the actor stays unresolved.
 */
const role = (name: string, label: string): RoleSpec =>
  ({ name, label, description: null, inherits: [], level: null, origin: fromSource('a.md', 1) }) as RoleSpec;
const LAB = [
  role('admin', 'Admin'),
  role('pathologist', 'Pathologist'),
  role('senior_tech', 'Senior Technician'),
  role('technician', 'Technician'),
  role('front_desk', 'Front Desk'),
];

describe('senior-rank actors', () => {
  it.each([
    ['en', 'lab supervisor'],
    ['es', 'jefe de laboratorio'],
    ['pt', 'supervisora do laboratório'],
    ['fr', 'superviseur du laboratoire'],
    ['de', 'Leiter des Labors'],
  ])('%s: "%s" is the stated senior role', (_lang, actor) => {
    expect(matchPersona(actor, LAB)).toBe('senior_tech');
  });

  it('decides nothing with no senior role or with two', () => {
    expect(
      matchPersona(
        'lab supervisor',
        LAB.filter((r) => r.name !== 'senior_tech'),
      ),
    ).toBeNull();
    expect(matchPersona('lab supervisor', [...LAB, role('lead_nurse', 'Lead Nurse')])).toBeNull();
  });

  it('a stated match still wins over rank', () => {
    expect(matchPersona('senior technician', LAB)).toBe('senior_tech');
    expect(matchPersona('front desk supervisor', LAB)).toBe('front_desk');
  });
});
