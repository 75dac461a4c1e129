import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { withNameLanguage } from '../../src/knowledge/name-language.js';
import { compile } from '../../src/pipeline.js';
import { readWrites } from '../../src/read/write-words.js';

// Issue 13 item 2 (CRUD only where something asks for it), read in one place (issue 11): the write
// verbs of a sentence are read by read/write-words.ts; derive/api/needs.ts only places entity names.
describe('the write words (read/write-words.ts)', () => {
  it.each([
    ['en', 'Register new brands in the catalogue.', 'create'],
    ['es', 'Registrar marcas nuevas en el catálogo.', 'create'],
    ['pt', 'Cadastrar marcas novas no catálogo.', 'create'],
    ['fr', 'Ajouter des marques au catalogue.', 'create'],
    ['de', 'Neue Marken anlegen.', 'create'],
    ['en', 'Edit a brand name.', 'update'],
    ['es', 'Modificar el nombre de una marca.', 'update'],
    ['pt', 'Atualizar o nome da marca.', 'update'],
    ['fr', 'Modifier le nom d’une marque.', 'update'],
    ['de', 'Den Markennamen bearbeiten.', 'update'],
  ] as const)('%s: "%s" asks to %s', (lang, text, kind) => {
    const r = withNameLanguage(lang, () => readWrites(text));
    expect(r.verbs.some((v) => v[kind])).toBe(true);
  });

  it('a German infinitive takes its object before it; "manage" asks for both', () => {
    const de = withNameLanguage('de', () => readWrites('Marken verwalten'));
    expect(de.verbs.find((v) => v.index === 7)).toMatchObject({
      create: true,
      update: true,
      objectFirst: true,
    });
  });

  it("marks what ends a verb's reach, and where an English noun phrase ends", () => {
    const text = 'Register a patient so that the lab can bill';
    const r = withNameLanguage('en', () => readWrites(text));
    expect(r.stops.map((i) => text.slice(i, i + 2))).toContain('so');
    const phrase = 'Configure report templates for the lab';
    const p = withNameLanguage('en', () => readWrites(phrase));
    // "report" is a modifier ("report templates"), "templates" heads the phrase.
    expect(p.phraseEnds).toContain(phrase.indexOf(' for'));
    expect(p.phraseEnds).not.toContain(phrase.indexOf(' templates'));
  });
});

/** A paragraph in the project's language, so the documents read as that language (name-language.ts). */
const INTRO: Record<string, string> = {
  en: 'The shop keeps a catalogue of the clothes it sells, with the brands and the colours of every product.',
  es: 'La tienda mantiene un catálogo de la ropa que vende, con las marcas y los colores de cada producto.',
  pt: 'A loja mantém um catálogo das roupas que vende, com as marcas e as cores de cada produto.',
  fr: 'La boutique tient un catalogue des vêtements qu’elle vend, avec les marques et les couleurs de chaque produit.',
  de: 'Das Geschäft führt einen Katalog der Kleidung, die es verkauft, mit den Marken und den Farben jedes Produkts.',
};

const PROJECTS: Record<
  string,
  { prd: string; brands: string; colours: string; brand: RegExp; colour: RegExp }
> = {
  en: {
    prd: 'Register new brands in the catalogue.',
    brands: 'brands',
    colours: 'colours',
    brand: /^Brand$/,
    colour: /^Colou?r$/,
  },
  es: {
    prd: 'Registrar marcas nuevas en el catálogo.',
    brands: 'marcas',
    colours: 'colores',
    brand: /^Marca$/,
    colour: /^Color$/,
  },
  pt: {
    prd: 'Cadastrar marcas novas no catálogo.',
    brands: 'marcas',
    colours: 'cores',
    brand: /^Marca$/,
    colour: /^Cor$/,
  },
  fr: {
    prd: 'Ajouter des marques au catalogue.',
    brands: 'marques',
    colours: 'couleurs',
    brand: /^Marque$/,
    colour: /^Couleur$/,
  },
  de: {
    prd: 'Neue Marken anlegen.',
    brands: 'marken',
    colours: 'farben',
    brand: /^Marken?$/,
    colour: /^Farben?$/,
  },
};

describe('a create stays where a sentence asks for it, in every language', { timeout: 60_000 }, () => {
  it.each(Object.keys(PROJECTS))('%s', async (lang) => {
    const p = PROJECTS[lang]!;
    const sql = `CREATE TABLE ${p.brands} (id uuid PRIMARY KEY, name text NOT NULL);\nCREATE TABLE ${p.colours} (id uuid PRIMARY KEY, name text NOT NULL);`;
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n${INTRO[lang]}\n\n## Functional Requirements\n\n- FR1: ${p.prd}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n\`\`\`sql\n${sql}\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const endpoints = r.spec!.endpoints ?? [];
    const suppressed = r.spec!.suppressed ?? [];
    expect(endpoints.some((e) => e.entity !== null && p.brand.test(e.entity) && e.method === 'POST')).toBe(
      true,
    );
    expect(
      suppressed.some(
        (s) =>
          s.entity !== null &&
          p.colour.test(s.entity) &&
          s.method === 'POST' &&
          s.rule === 'derive/no-write-without-requirement',
      ),
    ).toBe(true);
  });
});
