import { describe, expect, it } from 'vitest';
import { inflectedMentions } from '../../src/read/inflected-names.js';

// Nordic, German, Dutch and Hungarian write the thing a compound is of first: "vaktstart" is the
// start of a "vakt", "munkalapszámot" the number of a "munkalap". A model's own two-word name
// (`TerminySvozu`) joins its words by no grammar: read whole only.
describe('names inside compounds', () => {
  it('reads a compound that opens with a one-word name as that name', () => {
    const names = [{ entity: 'Shift', name: 'vakt' }];
    expect(inflectedMentions('Avmelding er ikke tillatt senere enn 72 timer før vaktstart.', names)).toEqual([
      'Shift',
    ]);
    expect(
      inflectedMentions('A munkalapszámot a rendszer adja.', [{ entity: 'Munkalap', name: 'munkalap' }]),
    ).toEqual(['Munkalap']);
    // Too short a name is no compound's first part.
    expect(inflectedMentions('lagleder', [{ entity: 'Team', name: 'lag' }])).toEqual([]);
  });

  it('reads a model name of two words whole only when asked', () => {
    const names = [{ entity: 'TerminySvozu', name: 'terminy svozu' }];
    const text = 'Každá adresa má nárok na 2 bezplatné svozy.';
    expect(inflectedMentions(text, names, { heads: false })).toEqual([]);
    expect(inflectedMentions('před termínem svozu', names, { heads: false })).toEqual([]);
    expect(inflectedMentions('pred terminem svozu', names, { heads: false })).toEqual(['TerminySvozu']);
  });
});
