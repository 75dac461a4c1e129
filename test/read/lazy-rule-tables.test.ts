import { describe, expect, it, vi } from 'vitest';
import { EXAMPLE } from '../foundation/corpus.js';

/**
 * The rule tables of the languages read by rewriting their force words into English (Czech, Dutch,
 * Greek, Indonesian, Japanese, Norwegian, Polish, Swedish, Turkish, Vietnamese, Chinese) are built
 * on the first text in that language, not at module load (issue 19): V8 parses every pattern when it
 * is created, so each table built for nothing cost every run its patterns' parse. Fresh modules
 * (the pool shares modules across test files), so no earlier test has built a table already.
 */
describe('language rule tables', { timeout: 120_000 }, () => {
  it('an English project builds none of them; a Norwegian and a Czech sentence build theirs only', async () => {
    vi.resetModules();
    const { compile } = await import('../../src/pipeline.js');
    const { nodeHost } = await import('../../src/host.js');
    const { builtRuleTables } = await import('../../src/read/force-words.js');
    const { readRule } = await import('../../src/read/rule-words.js');

    const result = await compile({ root: EXAMPLE, verify: { skip: true } }, nodeHost());
    expect(result.ok).toBe(true);
    expect(builtRuleTables()).toEqual([]);

    // The rules apply where their language is written (test/norwegian, test/czech read what they say).
    readRule('Et medlem kan ikke reservere mer enn 2 båter, og en reservasjon varer høyst 4 timer.');
    expect(builtRuleTables()).toEqual(['NORWEGIAN']);
    readRule(
      'Rezervace musí být zrušena nejpozději 24 hodin před začátkem a člen nesmí mít víc než 2 rezervace.',
    );
    expect(builtRuleTables()).toEqual(['CZECH', 'NORWEGIAN']);
  });
});
