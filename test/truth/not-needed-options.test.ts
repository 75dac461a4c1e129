import { describe, expect, it } from 'vitest';
import { clauseTermStatus } from '../../src/read/status.js';

// buchfink-de review: "Eine eigene Suchmaschine (Elasticsearch) ist nicht nötig; wir prüfen sie erst
// in Phase 2" put Elasticsearch in section 8 as a chosen integration. "not needed" beside an option,
// in any language, is a verdict against it now.
const CASES: [sentence: string, name: string][] = [
  [
    'Eine eigene Suchmaschine (Elasticsearch) ist nicht nötig; wir prüfen sie erst in Phase 2.',
    'Elasticsearch',
  ],
  ['Elasticsearch ist nicht erforderlich.', 'Elasticsearch'],
  ['A separate search engine (Elasticsearch) is not needed for now.', 'Elasticsearch'],
  ['Elasticsearch no es necesario en el MVP.', 'Elasticsearch'],
  ['Elasticsearch não é necessário no MVP.', 'Elasticsearch'],
  ["Elasticsearch n'est pas nécessaire pour le MVP.", 'Elasticsearch'],
  ['Elasticsearch non è necessario per il MVP.', 'Elasticsearch'],
  ['Elasticsearch is niet nodig voor de MVP.', 'Elasticsearch'],
];

describe('an option that is not needed is not chosen', () => {
  it.each(CASES)('%s', (sentence, name) => {
    const clause = sentence.split(';')[0]!;
    expect(clauseTermStatus(clause, clause.indexOf(name), name.length)).toBe('rejected');
  });

  it('a needed option stays neutral', () => {
    const clause = 'Elasticsearch ist für die Volltextsuche nötig.';
    expect(clauseTermStatus(clause, 0, 'Elasticsearch'.length)).toBeNull();
  });
});
