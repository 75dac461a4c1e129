import { describe, expect, it } from 'vitest';
import { intentsOf } from '../../src/read/story-words.js';

/**
 * Issue 13: Spanish and Portuguese "anular" is a story's cancel ("anular mi inscripción", "anular a
 * matrícula"), as "cancelar" is; an invoice's "anular" stays its void.
 */
describe('"anular" as a story verb', () => {
  it('es, pt: cancels the record', () => {
    for (const t of ['anular mi inscripción a la clase', 'anular una cita', 'anular a matrícula'])
      expect(intentsOf(t), t).toContainEqual(expect.objectContaining({ kind: 'state', verb: 'cancel' }));
  });
  it('an invoice is voided, not cancelled', () => {
    const i = intentsOf('anular la factura emitida por error');
    expect(i).toContainEqual(expect.objectContaining({ kind: 'state', verb: 'void' }));
    expect(i.some((x) => x.kind === 'state' && x.verb === 'cancel')).toBe(false);
  });
});
