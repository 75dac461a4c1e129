import { describe, expect, it } from 'vitest';
import { readAccessCell } from '../../src/read/access-words.js';
import { jobCron } from '../../src/read/job-words.js';

// Found on an unseen Norwegian trial (a sports club's volunteer shifts) and its English translation.

describe('the first day of every month', () => {
  it.each([
    ['en', 'first day of every month at 03:00'],
    ['en', 'on the first day of each month, 03:00'],
    ['nb', 'første dag i hver måned kl. 03:00'],
    ['sv', 'första dagen i varje månad kl. 03:00'],
    ['de', 'am ersten Tag jedes Monats um 03:00'],
    ['fr', 'le premier jour de chaque mois à 03:00'],
    ['es', 'el primer día de cada mes a las 03:00'],
    ['nl', 'de eerste dag van elke maand om 03:00'],
  ])('%s: "%s" runs at 03:00 on day 1', (_lang, cell) => expect(jobCron(cell)).toBe('0 3 1 * *'));

  it('near-miss: "the first day of the event" is no monthly schedule', () => {
    expect(jobCron('the first day of the event at 03:00')).toBeNull();
  });
});

describe('an access cell that lets everyone in', () => {
  it.each(['everyone', 'Everyone', 'everybody'])('"%s" is public', (cell) => {
    expect(readAccessCell(cell)).toEqual({ public: true, any: false, roles: [] });
  });
});
