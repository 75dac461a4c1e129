import { describe, expect, it } from 'vitest';
import { dailyCron } from '../../src/knowledge/time-of-day.js';
import { readCacheSentence } from '../../src/read/cache-words.js';
import { statesRule } from '../../src/read/rule-words.js';

// Found by the Portuguese trial (lancheira): "A consulta pública do cardápio DEVE ser cacheada por 10
// minutos" was a business rule with a validation error (a cache lifetime is no rule a request can
// break), and "toda madrugada às 3h" was no schedule. A modal with its infinitive before the cache
// participle states a cache entry, in six languages; "every small hours" is a daily period.

const CACHED: [string, string, string, number][] = [
  [
    'pt',
    'A consulta pública do cardápio DEVE ser cacheada por 10 minutos.',
    'consulta pública do cardápio',
    600,
  ],
  [
    'es',
    'El catálogo público de productos debe ser cacheado durante 5 minutos.',
    'catálogo público de productos',
    300,
  ],
  [
    'fr',
    'La liste publique des menus doit être mise en cache pendant 10 minutes.',
    'liste publique des menus',
    600,
  ],
  ['it', 'Il listino pubblico deve essere memorizzato nella cache per 15 minuti.', 'listino pubblico', 900],
  ['nl', 'De openbare menukaart moet 10 minuten gecachet worden.', 'openbare menukaart', 600],
  ['en', 'The public menu shall be cached for 10 minutes.', 'public menu', 600],
];

describe('a cache lifetime stated with a modal is a cache entry, not a rule', () => {
  it.each(CACHED)('%s: %s', (_lang, sentence, subject, ttl) => {
    const read = readCacheSentence(sentence);
    expect(read?.subject).toBe(subject);
    expect(read?.ttlSeconds).toBe(ttl);
    expect(statesRule(sentence)).toBe(false);
  });

  it('a rule beside a cache word stays a rule', () => {
    expect(statesRule('Um pedido DEVE ter no máximo 4 itens.')).toBe(true);
    expect(readCacheSentence('Um pedido DEVE ter no máximo 4 itens.')).toBeNull();
  });
});

describe('a daily period of the small hours', () => {
  it.each([
    ['toda madrugada às 3h', '0 3 * * *'],
    ['todas as madrugadas às 2h30', '30 2 * * *'],
    ['todas las madrugadas a las 4', '0 4 * * *'],
    ['cada madrugada a las 5:15', '15 5 * * *'],
  ])('%s', (text, cron) => {
    expect(dailyCron(text)).toBe(cron);
  });
});
