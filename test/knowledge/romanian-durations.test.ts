import { describe, expect, it } from 'vitest';
import { findMeasures } from '../../src/knowledge/durations.js';

// gustarica-ro's "token-ul de reîmprospătare după 30 de zile" was not read: Romanian puts "de"
// between a number from 20 up and its unit, and its units were unknown (the 7-day default stood).
describe('Romanian durations', () => {
  it.each([
    ['token-ul de reîmprospătare după 30 de zile', 30 * 86400],
    ['comenzile neplătite în 20 de minute expiră', 20 * 60],
    ['copii de siguranță păstrate 35 de zile', 35 * 86400],
    ['rezervarea expiră după 1 oră', 3600],
    ['datele se păstrează 24 de luni', 24 * 30 * 86400],
  ])('%s', (text, seconds) => {
    const m = findMeasures(text).find((x) => x.dimension === 'duration');
    expect(m?.value).toBe(seconds);
  });

  it('guard: a "de" before a word that is no unit stays out of the measure ("30 de junio", "100 de lei")', () => {
    expect(findMeasures('el 30 de junio').some((m) => m.dimension === 'duration')).toBe(false);
    expect(findMeasures('costă 100 de lei').some((m) => m.dimension === 'duration')).toBe(false);
  });
});
