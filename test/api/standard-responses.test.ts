import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/model/spec/api.js';
import { conventionsOf, standardRows } from '../../src/render/markdown/sections/api/compact.js';

// A Polish spec-kit trial's contract gave one operation `'422': Błąd walidacji lub limit 2 otwartych
// wniosków`; the standard-responses table, "what each status means, declared once", then said every
// 422 of the API meant "the limit of 2 open applications".
const endpoint = (id: string, responses: [number, string][]): Endpoint =>
  ({
    operationId: id,
    responses: responses.map(([status, description]) => ({ status, description, schema: null })),
  }) as unknown as Endpoint;

describe('the standard meaning of a status', () => {
  it('is never one endpoint’s own wording', () => {
    const conv = conventionsOf(
      [
        endpoint('createApplication', [[422, 'Validation error or the limit of 2 open applications']]),
        endpoint('listAnimals', [[401, 'Missing or invalid credentials.']]),
      ],
      [],
    );
    expect(conv.meaning.has(422)).toBe(false);
    expect(standardRows(conv)).toEqual([['401', 'Missing or invalid credentials.', '']]);
  });
  it('is a wording endpoints share, or the design’s own wording', () => {
    const conv = conventionsOf(
      [
        endpoint('a', [[409, 'Slot taken']]),
        endpoint('b', [[409, 'Slot taken']]),
        endpoint('c', [[400, 'The request is malformed or fails validation.']]),
      ],
      [],
    );
    expect(conv.meaning.get(409)).toBe('Slot taken');
    expect(conv.meaning.get(400)).toBe('The request is malformed or fails validation.');
  });
});
