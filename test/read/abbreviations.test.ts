import { describe, expect, it } from 'vitest';
import { textUnits } from '../../src/extract/security/units.js';
import { parseMarkdown } from '../../src/markdown/parse.js';
import { sentencesOf } from '../../src/read/segment.js';
import { docFrom } from '../extract-data/corpus-helpers.js';

const units = (text: string) =>
  textUnits(parseMarkdown(docFrom('docs/prd.md', text)))
    .filter((u) => u.source === 'prose')
    .map((u) => u.text);

// A German trial: "GR-08: … nach der letzten erlaubten Ausleihe (z. B. 26) erschöpft; …" was cut at
// "(z." in the rules table, because the rule reader split sentences with its own shorter list.
describe('an abbreviation ends no sentence, for every reader', () => {
  it.each([
    ['de', 'Eine Lizenz ist nach der letzten Ausleihe (z. B. 26) erschöpft. Sie wird deaktiviert.'],
    ['de', 'Ein Konto wird deaktiviert, d. h. Nicht gelöscht. Danach folgt nichts.'],
    ['es', 'Una licencia se agota tras el último préstamo (p. ej. 26) permitido. Se desactiva.'],
    ['fr', 'Une licence est épuisée après le dernier prêt (p. ex. 26) autorisé. Elle est désactivée.'],
    ['en', 'A licence is exhausted after the last loan (e.g. 26) allowed. It is deactivated.'],
    ['pt', 'Uma licença se esgota após o último empréstimo (p. ex. 26) permitido. Ela é desativada.'],
  ])('%s: two sentences, the first whole', (_lang, text) => {
    const expected = sentencesOf(text).map((s) => s.text);
    expect(expected).toHaveLength(2);
    expect(units(`## Geschäftsregeln\n\n- ${text}\n`)).toEqual(expected);
  });
});
