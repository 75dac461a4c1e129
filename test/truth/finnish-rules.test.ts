import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { isRuleId, kindOfId } from '../../src/knowledge/requirement-ids.js';
import { compile } from '../../src/pipeline.js';
import { readRule, statesRule } from '../../src/read/rule-words.js';

// Found on a Finnish sauna-booking trial: its "Liiketoimintasäännöt" table (business rules, ids
// LS-01 … LS-07: liiketoimintasääntö) gave no business rule at all. "säännöt" is "sääntö" with its
// consonant gradated, the LS prefix was no rule id, and no Finnish force word was read.
describe('Finnish business rules', () => {
  it('LS- is a business rule id', () => {
    expect(isRuleId('LS-3')).toBe(true);
    expect(kindOfId('LS-03')).toBe('functional');
  });

  it.each([
    ['Lainaajalla voi olla enintään 5 lainaa kerrallaan.', 'limit'],
    ['Varauksen voi perua viimeistään 2 päivää ennen noutoa.', 'window'],
    ['Myöhästymismaksu on 0,50 € päivässä.', 'charge'],
    ['Palautettua lainaa ei poisteta, vaan sen tilaksi merkitään palautettu.', 'never'],
    ['Lainatiedot säilytetään 3 vuotta, minkä jälkeen ne poistetaan.', 'retention'],
  ])('%s is a rule (%s)', (text, kind) => {
    expect(statesRule(text)).toBe(true);
    expect(readRule(text).kind).toBe(kind);
  });

  it('near-miss: where data is kept is no rule', () => {
    expect(statesRule('Henkilötiedot säilytetään EU:n alueella.')).toBe(false);
  });

  it('a rules table under "Liiketoimintasäännöt" keeps its LS ids', { timeout: 60_000 }, async () => {
    const host = memoryHost({
      '/p/docs/prd.md': [
        '# Kirjasto — vaatimukset',
        '',
        '## Toiminnalliset vaatimukset',
        '',
        '- **TV-01** Lainaaja voi lainata kirjan.',
        '',
        '## Liiketoimintasäännöt',
        '',
        '| Tunnus | Sääntö |',
        '|---|---|',
        '| LS-01 | Lainaajalla voi olla enintään 5 lainaa kerrallaan. |',
        '| LS-02 | Myöhästymismaksu on 0,50 € päivässä. |',
        '',
      ].join('\n'),
      '/p/docs/architecture.md':
        '# Arkkitehtuuri\n\n```sql\nCREATE TABLE loans (id uuid PRIMARY KEY, book_title text NOT NULL);\n```\n',
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const ids = (spec.rules ?? []).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['LS-01', 'LS-02']));
  });
});
