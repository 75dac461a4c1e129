import { describe, expect, it } from 'vitest';
import { nonFunctionalRule, readRule } from '../../src/read/rule-words.js';

/**
 * A non-functional requirement that caps a page of a list ("20 items per page, at most 100") is a
 * business rule a request can break (validation), in en, es, pt, fr and de; a page-load time is not.
 */
describe('a stated page-size cap is a rule', () => {
  it.each([
    ['en', 'Lists show 20 items per page by default, at most 100'],
    ['es', 'Los listados muestran 20 elementos por página, como máximo 100'],
    ['pt', 'As listas mostram 20 itens por página, no máximo 100'],
    ['fr', 'Les listes affichent 20 éléments par page, au plus 100'],
    ['de', 'Listen zeigen 20 Einträge pro Seite, höchstens 100'],
  ])('%s', (_lang, text) => {
    expect(nonFunctionalRule(text)).toBe(true);
    expect(readRule(text).kind).toBe('limit');
  });

  it.each([
    ['a load time', 'Each page loads within 2 seconds'],
    ['a default alone', 'Lists show 20 items per page'],
  ])('not %s', (_what, text) => {
    expect(nonFunctionalRule(text)).toBe(false);
  });
});
