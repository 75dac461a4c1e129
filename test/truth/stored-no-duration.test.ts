import { describe, expect, it } from 'vitest';
import { readRule } from '../../src/read/rule-words.js';

// Found on a Swedish allotment trial: "Personnummer lagras krypterat och visas aldrig i sin helhet"
// (stored encrypted, never shown in full) was read as a duration rule ("lagras" is "retained") and
// given `REQUEST_EXPIRED`, though the sentence states no time at all.
describe('a stored-how sentence names no duration', () => {
  it.each([
    ['sv', 'Kortnummer lagras krypterat och visas aldrig i sin helhet i kvitton.'],
    ['en', 'Card numbers are retained encrypted and never shown in full on receipts.'],
  ])('%s: is no duration rule and raises no expiry', (_l, text) => {
    const r = readRule(text);
    expect(r.kind).not.toBe('duration');
  });

  it('near-miss: a hold with its time stays a duration', () => {
    expect(readRule('A reserved seat is held for 15 minutes.').kind).toBe('duration');
  });
});
