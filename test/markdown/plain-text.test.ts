import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/markdown/parse.js';

describe('plainText', () => {
  it.each([
    ['**Order**: id', 'Order: id'],
    ['*emphasis* and _also_', 'emphasis and also'],
    ['__strong__ word', 'strong word'],
    ['`gen_random_uuid()` default', 'gen_random_uuid() default'],
    ['rate_card_items and snake_case_names', 'rate_card_items and snake_case_names'],
    ['a [link](http://x.y) here', 'a link here'],
    ['<b>html</b> tags', 'html tags'],
  ])('%s → %s', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});
