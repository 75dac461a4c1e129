import { describe, expect, it } from 'vitest';
import { derivedProseTranslator, translateDerivedProse } from '../../src/render/markdown/derived-prose.js';
import { footnoteRules, ruleFootnoter } from '../../src/render/markdown/rule-origins.js';
import { stamp, stampPieces, stampStatus } from '../../src/render/markdown/stamp.js';

// backend-spec.md is rendered section by section and never held as one string (issue 19): each step
// over the pieces must give exactly what the same step gives over the pieces joined by blank lines.

const PHRASES = {
  'retry after the time in {}': 'reintente pasado el tiempo indicado en {0}',
  '{} of {} foreign keys indexed': '{0} de {1} claves foráneas indexadas',
};

describe('backend-spec.md in pieces', () => {
  it('translates pieces as their join: a code fence opened in one piece holds in the next', () => {
    const pieces = [
      '## A\n\n- 3 of 4 foreign keys indexed\n\n```sql',
      '-- retry after the time in Retry-After\n```\n\nretry after the time in Retry-After',
      '| a | retry after the time in X |',
    ];
    const say = derivedProseTranslator(PHRASES);
    const joined = translateDerivedProse(pieces.join('\n\n'), PHRASES);
    expect(pieces.map(say).join('\n\n')).toBe(joined);
    // The fence of the first piece keeps the comment of the second in SQL, untranslated.
    expect(joined).toContain('-- retry after the time in Retry-After');
    expect(joined).toContain('claves foráneas');
  });

  it('labels rule citations across pieces in order of first appearance, as over the join', () => {
    const ids = ['derive/a', 'derive/a-b', 'derive/c'];
    const pieces = [
      'uses `rule derive/c` then derive/a',
      '`default derive/a-b` and derive/c again',
      'nothing here; derive/unknown stays',
      '`derive/a`',
    ];
    const footnoter = ruleFootnoter(ids);
    const cited = pieces.map(footnoter.cite).join('\n\n');
    const whole = footnoteRules(pieces.join('\n\n'), ids);
    expect(cited).toBe(whole.text);
    expect(footnoter.labels).toEqual(whole.labels);
    expect(footnoter.labels).toEqual(['derive/c', 'derive/a', 'derive/a-b']);
    // Ids that are not paths take the pattern path: the same equivalence.
    const odd = ['weird id', 'derive/c'];
    const f2 = ruleFootnoter(odd);
    const joined = 'a weird id\n\nrule derive/c';
    expect(['a weird id', 'rule derive/c'].map(f2.cite).join('\n\n')).toBe(footnoteRules(joined, odd).text);
  });

  it('stamps the pieces as bytes: the same bytes, size and lines as stamping the joined text', () => {
    const pieces = ['# Título → ünïcode', '\n\n', '| a | b — c |\n|---|---|', '\n\n', 'emoji 🦀 end', '\n'];
    const text = stamp(pieces.join(''));
    const stamped = stampPieces(pieces);
    expect(stamped.bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(stamped.chars).toBe(text.length);
    expect(stamped.lines).toBe(text.split('\n').length - 1);
    expect(stampStatus(stamped.bytes.toString('utf8'))).toBe('generated');
  });
});
