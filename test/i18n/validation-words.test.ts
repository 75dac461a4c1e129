import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { validationSection } from '../../src/render/markdown/sections/06-validation.js';
import { foreignSegments } from './prose.js';

// Issue 11, section-6 English fragments: "Bereich precision 10, scale 2" (German) and "length >= 3"
// in every language: the field rules of a decimal column and of a CHECK on a text's length were
// English details. Each is worded by the catalog of the render language.

const WORDS: Record<string, RegExp> = {
  en: /precision 10, scale 2.*length >= 3|length >= 3.*precision 10, scale 2/s,
  es: /precisión 10, escala 2[\s\S]*longitud >= 3|longitud >= 3[\s\S]*precisión 10, escala 2/,
  pt: /precisão 10, escala 2[\s\S]*tamanho >= 3|tamanho >= 3[\s\S]*precisão 10, escala 2/,
  fr: /précision 10, échelle 2[\s\S]*longueur >= 3|longueur >= 3[\s\S]*précision 10, échelle 2/,
  de: /Genauigkeit 10, Nachkommastellen 2[\s\S]*Länge >= 3|Länge >= 3[\s\S]*Genauigkeit 10, Nachkommastellen 2/,
  it: /precisione 10, scala 2[\s\S]*lunghezza >= 3|lunghezza >= 3[\s\S]*precisione 10, scala 2/,
};

describe('section 6 field rules in the render language', { timeout: 60_000 }, () => {
  it('a decimal precision and a length check are worded in es, pt, fr, de, it', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n- FR1: A user can create an invoice.\n',
        '/p/docs/architecture.md': [
          '# Architecture',
          '',
          '- Database: PostgreSQL',
          '',
          '```sql',
          'CREATE TABLE invoices (',
          '  id uuid PRIMARY KEY,',
          '  title text NOT NULL CHECK (char_length(title) >= 3),',
          '  amount numeric(10,2) NOT NULL',
          ');',
          '```',
          '',
        ].join('\n'),
      }),
    );
    for (const [language, wording] of Object.entries(WORDS)) {
      const text =
        validationSection.render({ spec: r.spec!, t: catalogFor(language).messages } as never) ?? '';
      expect(text, language).toMatch(wording);
      if (language === 'en') continue;
      expect(text, language).not.toMatch(/\b(precision|scale|length) /);
      const table = text.split('\n').filter((l) => l.startsWith('| Invoice'));
      expect(table.flatMap((l) => foreignSegments(l, language, 'en'))).toEqual([]);
    }
  });
});
