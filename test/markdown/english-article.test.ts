import { describe, expect, test } from 'vitest';
import { indefiniteArticle } from '../../src/knowledge/english-article.js';

describe('English indefinite article by sound', () => {
  test.each([
    ['user', 'a'],
    ['unique key', 'a'],
    ['UUID', 'a'],
    ['uuid', 'a'],
    ['one-time code', 'a'],
    ['European address', 'a'],
    ['URL', 'a'],
    ['hour', 'an'],
    ['SQL view', 'an'],
    ['HTTP call', 'an'],
    ['API key', 'an'],
    ['appointment', 'an'],
    ['update', 'an'],
    ['undo', 'an'],
    ['invoice', 'an'],
    ['patient', 'a'],
  ])('%s → %s', (word, article) => expect(indefiniteArticle(word)).toBe(article));
});
