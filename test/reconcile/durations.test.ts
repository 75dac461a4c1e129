import { describe, expect, test } from 'vitest';
import { findMeasures, formatDuration, parseMeasure } from '../../src/knowledge/durations.js';

const DAY = 86400;

describe('parseMeasure', () => {
  test.each([
    ['7 days', 'duration', 7 * DAY],
    ['24h', 'duration', DAY],
    ['15 min', 'duration', 900],
    ['< 500ms', 'duration', 0.5],
    ['13 months', 'duration', 13 * 30 * DAY],
    ['Retained for 7 years minimum', 'duration', 7 * 365 * DAY],
    ['configurable, default 8 hours', 'duration', 8 * 3600],
    ['5 päivää', 'duration', 5 * DAY],
    ['3 días', 'duration', 3 * DAY],
    ['2 horas', 'duration', 7200],
    ['10 minuuttia', 'duration', 600],
    ['12kk', 'duration', 12 * 30 * DAY],
    ['tokens expire after seven days', 'duration', 7 * DAY],
    ['99.9%', 'percent', 99.9],
    ['≥99,9 %', 'percent', 99.9],
    ['2 MB each', 'size', 2 * 1024 * 1024],
    ['under 500 KB', 'size', 500 * 1024],
    ['30 requests/minute', 'rate', 30],
    ['100 requests per hour', 'rate', 100 / 60],
    ['100 requests per 15 minutes', 'rate', 100 / 15],
    ['5 attempts / 10 min', 'rate', 0.5],
    ['Up to 2,000', 'count', 2000],
    ['5-15 concurrent users', 'count', 15],
  ] as const)('%s', (text, dimension, value) => {
    const m = parseMeasure(text);
    expect(m?.dimension).toBe(dimension);
    expect(m?.value).toBeCloseTo(value, 3);
  });

  test('comparators and defaults are kept', () => {
    expect(parseMeasure('< 500ms')?.comparator).toBe('<');
    expect(parseMeasure('at least 10 users')?.comparator).toBe('>=');
    expect(parseMeasure('up to 5 images')?.comparator).toBe('<=');
    const m = parseMeasure('configurable session timeout (default 8 hours), maximum 24 hours');
    expect(m?.isDefault).toBe(true);
    expect(m?.value).toBe(8 * 3600);
  });

  test.each(['TLS 1.3', 'WCAG 2.1 AA', 'FR12', 'US-1.1', 'max 860px'])('no quantity in %s', (text) => {
    expect(findMeasures(text)).toEqual([]);
  });

  test('a lone letter after a space is not a unit', () => {
    expect(parseMeasure('5 m')?.dimension).toBe('count');
  });
});

test('formatDuration picks the largest exact unit', () => {
  expect(formatDuration(604800)).toBe('1 week');
  expect(formatDuration(8 * 3600)).toBe('8 hours');
  expect(formatDuration(5400)).toBe('90 minutes');
  expect(formatDuration(0.5)).toBe('500 ms');
});
