import { describe, expect, it } from 'vitest';
import { QUANTITY_KEYS } from '../../src/knowledge/quantity-keys.js';
import { subjectOf } from '../../src/reconcile/value-conflicts.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { translateText } from '../../src/render/markdown/derived-prose.js';
import { localiseText } from '../../src/report/diagnostics.js';

/**
 * What a stated quantity is about (`refresh token lifetime`, `response time target`) is written by
 * reconcile into conflict diagnostics and questions: every subject of the quantity vocabulary has a
 * wording in es, pt, fr and de, in the diagnostics and in the spec alike.
 */
const SUBJECTS = Object.keys(QUANTITY_KEYS).map((k) =>
  subjectOf(k.replace(/<\w+>$/, 'search-result')).replace(/: search result$/, ''),
);

describe('quantity subjects in the document language', () => {
  it.each(['es', 'pt', 'fr', 'de', 'it', 'nl'])('%s: every subject is translated', (lang) => {
    const phrases = catalogFor(lang).messages.derived as Record<string, string>;
    const left = SUBJECTS.filter((s) => translateText(s, phrases) === s);
    expect(left).toEqual([]);
  });

  it('inside a conflict diagnostic, the subject and its stated values follow the language', () => {
    const message =
      'refresh token lifetime: 30 days here, but 7 days in docs/prd.md:85; using 7 days (reconcile/precedence/prd-for-product-rules)';
    expect(localiseText(message, 'fr')).toBe(
      'durée de vie du jeton de rafraîchissement : 30 jours ici, mais 7 jours dans docs/prd.md:85 ; 7 jours est utilisé (reconcile/precedence/prd-for-product-rules)',
    );
    expect(
      localiseText(
        'response time target: search result: 3 seconds here, but 2 seconds in a.md:3; using 2 seconds (r)',
        'de',
      ),
    ).toMatch(/^Zielwert der Antwortzeit: hier search result/);
    expect(localiseText(message, 'en')).toBe(message);
  });
});
