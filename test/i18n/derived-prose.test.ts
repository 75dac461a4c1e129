import { describe, expect, it } from 'vitest';
import { translateClause, translateDerivedProse } from '../../src/render/markdown/derived-prose.js';

const PHRASES = {
  'retry after the time in {}': 'reintente pasado el tiempo indicado en {0}',
  '{} of {} foreign keys indexed': '{0} de {1} claves foráneas indexadas',
  'ratio of {} responses to all responses': 'proporción de respuestas {0} sobre el total',
  'outbound HTTP only to the integration hosts ({*})': 'HTTP saliente solo hacia ({0})',
  'minimum level from {} (debug, info, warn, error)': 'nivel mínimo según {0} (debug, info, warn, error)',
};

describe('derive clauses in the document language', () => {
  it('puts numbers, identifiers and code back in place, in any order', () => {
    expect(translateClause('retry after the time in Retry-After', PHRASES)).toBe(
      'reintente pasado el tiempo indicado en Retry-After',
    );
    expect(translateClause('14 of 14 foreign keys indexed', PHRASES)).toBe(
      '14 de 14 claves foráneas indexadas',
    );
    expect(translateClause('ratio of 5xx responses to all responses', PHRASES)).toBe(
      'proporción de respuestas 5xx sobre el total',
    );
  });

  it('free-text wildcards and a trailing citation', () => {
    expect(
      translateClause('outbound HTTP only to the integration hosts (Resend, Supabase Storage)', PHRASES),
    ).toBe('HTTP saliente solo hacia (Resend, Supabase Storage)');
    expect(
      translateClause(
        'minimum level from LOG_LEVEL (debug, info, warn, error) `default derive/json-logs`',
        PHRASES,
      ),
    ).toBe('nivel mínimo según LOG_LEVEL (debug, info, warn, error) `default derive/json-logs`');
  });

  it('leaves text without an entry, code fences and headings alone', () => {
    expect(translateClause('The patient may cancel up to 24 hours before', PHRASES)).toBe(
      'The patient may cancel up to 24 hours before',
    );
    const md = [
      '## retry after the time in Retry-After',
      '```',
      'retry after the time in Retry-After',
      '```',
      '| a | Too many requests; retry after the time in Retry-After |',
      '- 3 of 4 foreign keys indexed',
    ].join('\n');
    expect(translateDerivedProse(md, PHRASES).split('\n')).toEqual([
      '## retry after the time in Retry-After',
      '```',
      'retry after the time in Retry-After',
      '```',
      '| a | Too many requests; reintente pasado el tiempo indicado en Retry-After |',
      '- 3 de 4 claves foráneas indexadas',
    ]);
  });
});
