import { describe, expect, it } from 'vitest';
import { inflectedForm } from '../../src/knowledge/inflect.js';
import { inflectedMentions } from '../../src/read/inflected-names.js';

// Found on a Finnish sauna-booking trial: a stated name declined with its consonant weakened
// ("sääntö" → "säännöt") was not that name. Finnish consonant gradation weakens the consonant
// that opens a name's last syllable in most cases.
describe('Finnish consonant gradation', () => {
  it.each([
    ['pöydän', 'pöytä'],
    ['tunnin', 'tunti'],
    ['lipun', 'lippu'],
    ['lippua', 'lippu'],
    ['kaupassa', 'kauppa'],
    ['säännöt', 'sääntö'],
    ['jalan', 'jalka'],
    ['kuvan', 'kuva'],
  ])('%s is a form of %s', (word, name) => expect(inflectedForm(word, name)).toBe(true));

  it.each([
    ['tunnelma', 'tunti'],
    ['lipasto', 'lippu'],
  ])('near-miss: %s is no form of %s', (word, name) => expect(inflectedForm(word, name)).toBe(false));

  it('a rule naming a ticket by its weak stem names the ticket', () => {
    expect(
      inflectedMentions('Lipun voi perua viimeistään 24 tuntia ennen esitystä.', [
        { entity: 'Ticket', name: 'Lippu' },
        { entity: 'Show', name: 'Esitys' },
      ]),
    ).toEqual(['Ticket', 'Show']);
  });
});
