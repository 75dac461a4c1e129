import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/pipeline.js';
import { catalogFor, LANGUAGES } from '../../src/render/i18n/index.js';
import { renderDocument } from '../../src/render/markdown/document.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { foreignSegments } from './prose.js';

/**
 * The example and three corpus projects (English, Spanish, French documents) rendered in each of the
 * five languages. A prose segment (a line, or a table cell) counts as written in another language when
 * it carries at least three of that language's function words and more of them than of the expected
 * language's. Text the documents state (requirement statements, stated purposes) is quoted as written,
 * so a foreign segment found in the documents is fine; anything else is the tool's own prose.
 */
const PROJECTS: Record<string, string> = {
  'clinic-booking': fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url)),
  labcore: corpusRoot('labcore'),
  armentum: corpusRoot('armentum'),
  vitrolib: corpusRoot('vitrolib'),
};

/** Letters and spaces only, lower case: how segments are looked up in the documents and the spec. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** True when a run of six words of the segment occurs in `haystack` (already `plain`). */
function quoted(segment: string, haystack: string): boolean {
  const words = plain(segment).split(' ').filter(Boolean);
  if (words.length < 6) return haystack.includes(words.join(' '));
  for (let i = 0; i + 6 <= words.length; i++)
    if (haystack.includes(words.slice(i, i + 6).join(' '))) return true;
  return false;
}

interface Rendered {
  documents: string;
  specText: string;
  byLanguage: Map<string, string>;
}

const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  for (const [name, root] of Object.entries(PROJECTS)) {
    const r: CompileResult = await compiledProject(root);
    expect(r.ok, name).toBe(true);
    const byLanguage = new Map<string, string>();
    for (const lang of LANGUAGES)
      byLanguage.set(
        lang,
        renderDocument({
          spec: r.spec!,
          t: catalogFor(lang).messages,
          checklist: r.checklist,
          verifications: r.verifications,
        }).text,
      );
    rendered.set(name, {
      documents: plain(r.sources.documents.map((d) => d.text).join('\n')),
      specText: plain(JSON.stringify({ spec: r.spec, checklist: r.checklist })),
      byLanguage,
    });
  }
}, 240_000);

describe('the spec in each language', { timeout: 60_000 }, () => {
  it('has the five catalogs', () => expect(LANGUAGES).toEqual(['de', 'en', 'es', 'fr', 'pt']));

  for (const project of Object.keys(PROJECTS))
    for (const lang of ['es', 'pt', 'fr', 'de'])
      it(`${project} in ${lang}: no English prose of the tool's own`, () => {
        const r = rendered.get(project)!;
        const md = r.byLanguage.get(lang)!;
        // Prose: English segments are either quoted from the documents or Spec text a derive rule
        // wrote; none may come from the renderers or the catalog.
        const leaks = foreignSegments(md, lang, 'en').filter(
          (s) => !quoted(s, r.documents) && !quoted(s, r.specText),
        );
        expect(leaks).toEqual([]);
      });

  it('no English prose at all in the non-English specs, derive text included', () => {
    // Every English segment left is either quoted from the documents or a gap in the phrasebook
    // (src/render/i18n/en/derived.ts): none may remain. Before issue 16's last round the ceilings
    // were clinic-booking 10, labcore 17, armentum 6, vitrolib 15 per language.
    const left: string[] = [];
    for (const [project, r] of rendered)
      for (const lang of ['es', 'pt', 'fr', 'de'])
        for (const s of foreignSegments(r.byLanguage.get(lang)!, lang, 'en').filter(
          (s) => !quoted(s, r.documents),
        ))
          left.push(`${project}/${lang}: ${s}`);
    expect(left).toEqual([]);
  });

  for (const project of Object.keys(PROJECTS))
    it(`${project} in en: no Spanish, Portuguese, French or German prose of the tool's own`, () => {
      const r = rendered.get(project)!;
      const md = r.byLanguage.get('en')!;
      for (const foreign of ['es', 'pt', 'fr', 'de']) {
        const leaks = foreignSegments(md, 'en', foreign).filter((s) => !quoted(s, r.documents));
        expect(leaks, foreign).toEqual([]);
      }
    });
});

describe('every corpus project in Spanish', { timeout: 300_000 }, () => {
  it('has no English prose of the tool’s own (documents of eight languages, phrasebook gaps named)', async () => {
    const root = corpusRoot('labcore').replace(/labcore\/?$/, '');
    const left: string[] = [];
    for (const project of readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)) {
      const r = await compiledProject(corpusRoot(project));
      if (!r.spec) continue;
      const documents = plain(r.sources.documents.map((d) => d.text).join('\n'));
      const md = renderDocument({
        spec: r.spec,
        t: catalogFor('es').messages,
        checklist: r.checklist,
        verifications: r.verifications,
      }).text;
      for (const s of foreignSegments(md, 'es', 'en').filter((s) => !quoted(s, documents)))
        left.push(`${project}: ${s}`);
    }
    expect(left).toEqual([]);
  });
});
