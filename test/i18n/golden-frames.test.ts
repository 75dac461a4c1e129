import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../src/render/i18n/index.js';
import { translateText } from '../../src/render/markdown/derived-prose.js';
import { foreignSegments } from './prose.js';

/**
 * Every golden rendered in a language with a catalog other than English (es, pt, fr, de, it, nl) holds no
 * English frame: no segment of the tool's own prose scores as English (test/i18n/prose.ts). The
 * webhook verification of an uncatalogued provider ("the provider’s own verification scheme, not in the
 * catalogue", "client certificate (mutual TLS), as the documents state") was printed in English in
 * baanbaas-nl, condohub-it, lancheira-speckit-pt and rayon-kiro-fr. Languages without a catalog render in
 * English by design and are not checked.
 */
const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const CATALOGS = new Set(['es', 'pt', 'fr', 'de', 'it', 'nl']);

const goldens = readdirSync(CASES)
  .flatMap((name) => {
    try {
      const spec = readFileSync(`${CASES}${name}/expected/backend-spec/spec.json`, 'utf8');
      const language = /"language": "(\w+)"/.exec(spec)?.[1] ?? '';
      return CATALOGS.has(language) ? [[name, language] as const] : [];
    } catch {
      return [];
    }
  })
  .sort(([a], [b]) => (a < b ? -1 : 1));

describe('non-English goldens carry no English frame', () => {
  it('finds the goldens of every catalog language', () => {
    expect(new Set(goldens.map(([, l]) => l))).toEqual(CATALOGS);
  });

  it.each(goldens)('%s (%s)', (name, language) => {
    const md = readFileSync(`${CASES}${name}/expected/backend-spec.md`, 'utf8');
    expect(foreignSegments(md, language, 'en')).toEqual([]);
  });
});

describe('webhook verification frames in the catalogs', () => {
  // kilobersih-id states "Backend memverifikasi `signature_key` = SHA-512(…)": an uncatalogued provider's
  // stated verification is its sentence "(as the documents state)"; the frame is the language's.
  const stated =
    'Backend memverifikasi `signature_key` = SHA-512(order_id + status_code) (as the documents state)';
  it.each([
    ['pt', 'como os documentos indicam'],
    ['it', 'come indicano i documenti'],
    ['de', 'wie die Dokumente angeben'],
    ['es', 'como indican los documentos'],
    ['fr', 'comme l’indiquent les documents'],
    ['nl', 'zoals de documenten vermelden'],
  ])('%s', (language, frame) => {
    const phrases = catalogFor(language).messages.derived as Record<string, string>;
    const said = translateText(stated, phrases);
    expect(said).toContain('Backend memverifikasi `signature_key` = SHA-512(order_id + status_code)');
    expect(said).toContain(`(${frame})`);
    expect(translateText('client certificate (mutual TLS), as the documents state', phrases)).toContain(
      frame,
    );
    expect(translateText('an API key, as the documents state', phrases)).toContain(frame);
  });
});
