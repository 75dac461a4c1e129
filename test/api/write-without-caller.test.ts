import { describe, expect, it } from 'vitest';
import { compiledProject } from '../helpers/compiled.js';

// Twenty-fourth round (operations), from moorline-en: FR-2 "A visitor creates a reservation for one
// boat and one berth" and FR-10 "The harbour office creates an annual contract for a berth holder, a
// berth and a season" gave a derived `POST /berths` that no role may call, beside the visitor's
// `POST /reservations` and the office's `POST /contracts` that serve those requirements. A create or
// edit a rule designed for nobody, whose requirements are each served by another operation of the
// same kind a role calls, is left out and named (rule `derive/no-write-without-caller`).
describe('a write designed for nobody is left out', { timeout: 180_000 }, () => {
  it('moorline: no POST /berths; every designed write has a caller', async () => {
    const spec = (await compiledProject('test/english/projects/moorline')).spec!;
    expect(spec.endpoints.some((e) => e.method === 'POST' && e.path.endsWith('/berths'))).toBe(false);
    expect(spec.suppressed).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        path: '/api/v1/berths',
        rule: 'derive/no-write-without-caller',
      }),
    );
    // What the requirements asked for stays, with its caller.
    expect(spec.endpoints.find((e) => e.operationId === 'createReservation')?.roles).toEqual(['visitor']);
    expect(spec.endpoints.find((e) => e.operationId === 'createContract')?.roles).toEqual(['office']);
  });
});
