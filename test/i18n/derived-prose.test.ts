import { describe, expect, it } from 'vitest';
import { DERIVED_PHRASES } from '../../src/render/i18n/en/derived.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import {
  translateClause,
  translateDerivedProse,
  translateText,
} from '../../src/render/markdown/derived-prose.js';

const PHRASES = {
  'retry after the time in {}': 'reintente pasado el tiempo indicado en {0}',
  '{} of {} foreign keys indexed': '{0} de {1} claves foráneas indexadas',
  'ratio of {} responses to all responses': 'proporción de respuestas {0} sobre el total',
  'outbound HTTP only to the integration hosts ({*})': 'HTTP saliente solo hacia ({0})',
  'minimum level from {} (debug, info, warn, error)': 'nivel mínimo según {0} (debug, info, warn, error)',
};

describe('derive clauses in the document language', () => {
  it('a state action keeps its verb, in the language; an unknown verb stays the action name in code', () => {
    const say = (lang: string, text: string) =>
      translateText(text, catalogFor(lang).messages.derived as Record<string, string>);
    const reject = '`rejectSample` — Reject a sample (status → rejected)';
    expect(say('es', reject)).toBe('`rejectSample` — Rechazar sample (status → rejected)');
    expect(say('pt', reject)).toBe('`rejectSample` — Rejeitar sample (status → rejected)');
    expect(say('fr', reject)).toBe('`rejectSample` — Rejeter sample (status → rejected)');
    expect(say('de', reject)).toBe('`rejectSample` — sample ablehnen (status → rejected)');
    expect(say('es', 'Check In an appointment (state → checked_in)')).toBe(
      'Registrar la entrada de appointment (state → checked_in)',
    );
    expect(say('fr', 'Frobnicate a widget (status → frobnicated)')).toBe(
      '`frobnicate` widget (status → frobnicated)',
    );
    expect(say('en', reject)).toBe(reject);
  });

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

describe('every phrasebook key is reachable', () => {
  /** A clause the key stands for: `{}` an identifier, `{*}` free text, `{name}` an entity name. */
  const sample = (key: string) =>
    key.replaceAll('{*}', 'alpha beta').replaceAll('{name}', 'Order').replaceAll('{}', 'x_1');

  it('a clause written from each key is translated in es, pt, fr and de', () => {
    const dead: string[] = [];
    for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'nl']) {
      const phrases = catalogFor(lang).messages.derived;
      for (const key of DERIVED_PHRASES) {
        // Words the language shares with English (`Hosting`, `Injection`) need no translation.
        if (phrases[key].replace(/\{\d+\}/g, '{}') === key) continue;
        const clause = sample(key);
        if (translateClause(clause, phrases) === clause) dead.push(`${lang}: ${key}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('keys holding identifiers of their own (signed-in, PDF, CI) match only those words', () => {
    const es = catalogFor('es').messages.derived;
    expect(translateClause('The dashboard of the signed-in user', es)).not.toBe(
      'The dashboard of the signed-in user',
    );
    expect(
      translateClause(
        'Render the PDF documents the requirements name within the stated < 3 seconds target',
        es,
      ),
    ).toContain(' 3 ');
    // Another word where the key has its own identifier: no entry.
    expect(
      translateClause(
        'Render the XLSX documents the requirements name within the stated < 3 seconds target',
        es,
      ),
    ).toBe('Render the XLSX documents the requirements name within the stated < 3 seconds target');
  });

  it('a clause inside parentheses stays whole, free text is translated in turn, a bold lead is kept', () => {
    const es = catalogFor('es').messages.derived;
    expect(
      translateText(
        '1. /webhooks/stripe verifies the signature (Stripe-Signature header: HMAC-SHA256 of "{timestamp}.{raw body}" with the endpoint secret (whsec_…); reject if older than 5 minutes), stores the event with a unique event id and answers 2xx at once',
        es,
      ),
    ).toBe(
      '1. /webhooks/stripe verifica la firma (cabecera Stripe-Signature: HMAC-SHA256 de "{timestamp}.{raw body}" con el secreto del endpoint (whsec_…); rechazar si tiene más de 5 minutos), guarda el evento con un id de evento único y responde 2xx de inmediato',
    );
    expect(
      translateText(
        '**Propuesto — no consta en los documentos:** no cache store is stated: in-process LRU cache per instance (lost on restart, not shared), 1 entries',
        es,
      ),
    ).toBe(
      '**Propuesto — no consta en los documentos:** no se indica almacén de caché: caché LRU in-process por instancia (se pierde al reiniciar, no se comparte), 1 entradas',
    );
  });
});

describe('free text never swallows a list marker or a second clause', () => {
  const PHRASES = {
    '{*} account and credentials ({*})': 'cuenta y credenciales de {0} ({1})',
    'Never block a request on error reporting (see {})': 'Nunca bloquear una petición (ver {0})',
    '{*} database reachable through DATABASE_URL': 'base de datos {0} accesible mediante DATABASE_URL',
    'backup taken before migrating': 'copia de seguridad antes de migrar',
  };

  it('keeps `- ` outside a key that starts with free text', () => {
    expect(translateText('- PostgreSQL database reachable through DATABASE_URL', PHRASES)).toBe(
      '- base de datos PostgreSQL accesible mediante DATABASE_URL',
    );
  });

  it('translates two clauses apart when free text would run over `; ` into the next', () => {
    expect(
      translateText(
        '- Sentry account and credentials (SENTRY_DSN); Never block a request on error reporting (see X_Y)',
        PHRASES,
      ),
    ).toBe('- cuenta y credenciales de Sentry (SENTRY_DSN); Nunca bloquear una petición (ver X_Y)');
    expect(
      translateText(
        'PostgreSQL database reachable through DATABASE_URL; backup taken before migrating',
        PHRASES,
      ),
    ).toBe('base de datos PostgreSQL accesible mediante DATABASE_URL; copia de seguridad antes de migrar');
  });
});
