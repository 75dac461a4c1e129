import { describe, expect, it } from 'vitest';
import { parseMeasure } from '../../src/knowledge/durations.js';

// Italian units ("24 ore", "7 giorni", "10 anni") were not durations.
describe('Italian duration units', () => {
  it.each([
    ['15 minuti', 900],
    ['24 ore', 86400],
    ['7 giorni', 604800],
    ['24 mesi', 24 * 30 * 86400],
    ['10 anni', 10 * 365 * 86400],
  ])('%s', (text, seconds) => {
    expect(parseMeasure(`conservati per ${text}`, 'duration')?.value).toBe(seconds);
  });

  it('an Italian comparator bounds the value', () => {
    expect(parseMeasure('al massimo 90 minuti', 'duration')?.value).toBe(5400);
  });
});
