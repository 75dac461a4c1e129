import { describe, expect, it } from 'vitest';
import { bookedObject, bookingRecord } from '../../src/read/story-words.js';

// Issue 13, found on alet-tr: "bir matkabı hafta sonu için rezerve etmek istiyorum" (reserve a drill
// for the weekend) named no record: Turkish puts the booking verb last, as German and Dutch do.

const entities = [
  { name: 'Tool', words: 'tool' },
  { name: 'Reservation', words: 'reservation' },
];

describe('a booking verb written last', () => {
  it('tr: the booking record is made, whatever is booked', () => {
    expect(bookedObject('bir matkabı hafta sonu için rezerve etmek istiyorum')).toBe(
      'bir matkabı hafta sonu için',
    );
    expect(bookingRecord('bir matkabı hafta sonu için rezerve etmek istiyorum', entities)).toBe(
      'Reservation',
    );
  });

  it('en: the same story with the verb first, as before', () => {
    expect(bookingRecord('reserve a drill for the weekend', entities)).toBe('Reservation');
    expect(bookingRecord('iade etmek istiyorum', entities)).toBeNull();
  });
});
