import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diagnostics as de } from '../../src/render/i18n/de/diagnostics.js';
import type { DiagnosticCatalog } from '../../src/render/i18n/en/diagnostics.js';
import { diagnostics as es } from '../../src/render/i18n/es/diagnostics.js';
import { diagnostics as fr } from '../../src/render/i18n/fr/diagnostics.js';
import { diagnostics as it_ } from '../../src/render/i18n/it/diagnostics.js';
import { diagnostics as nl } from '../../src/render/i18n/nl/diagnostics.js';
import { diagnostics as pt } from '../../src/render/i18n/pt/diagnostics.js';
import { localiseDiagnostic } from '../../src/report/diagnostics.js';
import { diagSites } from './diag-sites.js';

/**
 * Every message and hint the code writes at a `diag(...)` call site of src/ has a template with a
 * translation in each catalog, also the ones the corpus never fires: a new wording without a
 * translation fails here, before a user in Lisbon or Lyon meets it in English.
 */
const sites = diagSites(fileURLToPath(new URL('../../src', import.meta.url)));

/** A wording with no words of its own (`{*}: {*}`, a tool's message quoted whole) has nothing to translate. */
const hasWords = (template: string) => /\p{L}{2,}/u.test(template.replaceAll('{*}', ''));

const CATALOGS: Record<string, DiagnosticCatalog> = { de, es, fr, it: it_, nl, pt };

/** Templates a language words as English does (`{0} — in: {1}` in German), as whole-text patterns. */
function sameAsEnglish(lang: string): RegExp[] {
  return Object.entries(CATALOGS[lang]!.texts)
    .filter(([en, local]) => local.replace(/\{\d+\}/g, '{*}') === en)
    .map(
      ([en]) =>
        new RegExp(
          `^${en
            .split('{*}')
            .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('.+?')}$`,
        ),
    );
}

describe('diagnostic call sites of src/', () => {
  it('are found with their messages and hints', () => {
    expect(sites.filter((s) => s.kind === 'message').length).toBeGreaterThan(120);
    expect(sites.filter((s) => s.kind === 'hint').length).toBeGreaterThan(50);
    expect(sites).toContainEqual(
      expect.objectContaining({
        code: 'io/busy',
        template: 'another backend-spec run is writing {*}; nothing was written',
      }),
    );
    // Both branches of a plural, each branch on the same condition together.
    const enumMismatch = sites.filter((s) => s.code === 'reconcile/enum-mismatch' && s.kind === 'message');
    expect(enumMismatch.map((s) => s.template).sort()).toEqual([
      'state {*} is not a value of {*} ({*}:{*})',
      'states {*} are not values of {*} ({*}:{*})',
    ]);
  });

  for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'nl'])
    it(`each literal wording meets a template translated in ${lang}`, () => {
      const english: string[] = [];
      const same = sameAsEnglish(lang);
      for (const s of sites) {
        if (!hasWords(s.template)) continue;
        const text = s.template.replaceAll('{*}', 'x_1');
        const d: Diagnostic =
          s.kind === 'message'
            ? { code: 'load/classified', severity: 'info', message: text }
            : { code: 'load/classified', severity: 'info', message: 'x_1', hint: text };
        const local = localiseDiagnostic(d, lang);
        if (same.some((p) => p.test(text))) continue;
        if ((s.kind === 'message' ? local.message : local.hint) === text)
          english.push(`${s.file}:${s.line} ${s.code} ${s.kind}: ${s.template}`);
      }
      expect([...new Set(english)]).toEqual([]);
    });
});
