import { afterEach, describe, expect, it, vi } from 'vitest';
import { mentionPattern } from '../../src/derive/api/naming.js';
import { wholeMention } from '../../src/derive/api/story-operations.js';
import type { NameLanguage } from '../../src/knowledge/inflect.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';

// A story's entity is its first whole mention (story-operations.ts wholeMention): the mention
// pattern's own first match when it is whole, else the next one through the pattern's global twin.
// The twin is another compile of a case-insensitive pattern of accent classes per entity, made only
// when a first match is a part ("report templates"), never for the thousands of stories that name
// their entity plainly (issue 19).

/** The reference: every match of the pattern, the first one that is no part of another name. */
function reference(name: string, text: string): { index: number; text: string } | null {
  const re = mentionPattern(name);
  for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`))) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (/^\s+(?:templates?|layouts?|formats?|settings)\b/iu.test(after)) continue;
    if (
      /(?:\b(?:plantillas?|formatos?|dise[ñn]os?|modelos?|layouts?|mod[eè]les?|mises? en page|vorlagen?|layouts?)\s+(?:de(?:l| la| los| las)?|do|da|dos|das|du|des|d['’]|für(?: die| den| das)?)\s*)$/iu.test(
        before,
      )
    )
      continue;
    if (/(?:^|[^\p{L}])(?:per|por cada|pour chaque|par|pro|je)\s+$/iu.test(before)) continue;
    return { index: m.index, text: m[0] };
  }
  return null;
}

const CASES: { language: NameLanguage; name: string; texts: string[] }[] = [
  {
    language: 'en',
    name: 'Report',
    texts: [
      'As an analyst I can export reports',
      'edit report templates, then publish the report',
      'one row per report, then open a report',
      'report templates only',
      'no mention here',
    ],
  },
  {
    language: 'es',
    name: 'Informe',
    texts: ['editar plantillas de informe y luego ver el informe', 'ver los informes', 'nada'],
  },
  {
    language: 'fr',
    name: 'Rapport',
    texts: [
      'modifier les modèles de rapport puis ouvrir un rapport',
      'une ligne pour chaque rapport',
      'rien',
    ],
  },
  {
    language: 'de',
    name: 'Bericht',
    texts: ['Vorlagen für Berichte bearbeiten, dann den Bericht öffnen', 'Berichte anzeigen', 'nichts'],
  },
];

describe('whole mention', () => {
  afterEach(() => vi.restoreAllMocks());

  for (const c of CASES)
    it(`finds the first whole mention, past the parts (${c.language})`, () => {
      withNameLanguage(c.language, () => {
        for (const text of c.texts) {
          const m = wholeMention(mentionPattern(c.name), text);
          expect(m ? { index: m.index, text: m[0] } : null, text).toEqual(reference(c.name, text));
        }
      });
    });

  it('builds no global twin for a text whose first mention is whole', () => {
    withNameLanguage('en', () => {
      const re = mentionPattern('ShipmentLabel');
      const Original = RegExp;
      const built = vi
        .spyOn(globalThis, 'RegExp')
        // biome-ignore lint/complexity/useArrowFunction: `new RegExp(...)` constructs the spy; an arrow cannot be.
        .mockImplementation(function (source: string | RegExp, flags?: string) {
          return new Original(source, flags);
        } as never);
      expect(wholeMention(re, 'An operator can print shipment labels')?.index).toBe(22);
      expect(wholeMention(re, 'Nothing is shipped')).toBeNull();
      expect(built).not.toHaveBeenCalled();
      // A first match that is a part does build it, once, and finds the whole one after it.
      expect(wholeMention(re, 'shipment label templates, then a shipment label')?.index).toBe(33);
      expect(built).toHaveBeenCalledTimes(1);
    });
  });
});
