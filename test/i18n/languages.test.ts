import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/pipeline.js';
import { LANGUAGES } from '../../src/render/i18n/index.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { renderedIn } from '../helpers/rendered.js';
import { foreignSegments } from './prose.js';

/**
 * The example and four corpus projects (English, Spanish, French documents; gatic is Spanish prose
 * only) rendered in each of the five languages, checked by test/i18n/prose.ts: a prose segment (a
 * line, a table cell, a clause) counts as written in another language when it carries two of that
 * language's function words, or two of the words only its catalog uses, and more of them than of the
 * expected language's. Text the documents state (requirement statements, stated purposes, labels) is
 * quoted as written, so a foreign segment found in the documents is fine; anything else is the tool's
 * own prose. The project's own names (entities, tables, fields) never count.
 */
const PROJECTS: Record<string, string> = {
  'clinic-booking': fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url)),
  labcore: corpusRoot('labcore'),
  armentum: corpusRoot('armentum'),
  vitrolib: corpusRoot('vitrolib'),
  gatic: corpusRoot('gatic'),
};

/** Letters and spaces only, lower case: how segments are looked up in the documents and the spec. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** `checks` → `check`, `marks` → `mark`: the tool writes a document's verb in its base form. */
const stem = (word: string) => (word.length > 3 ? word.replace(/(?:es|s|ed)$/, '') : word);

/**
 * The haystack with every word stemmed, between spaces: made once per haystack (a project's whole
 * documents), not once per segment looked up in it.
 */
const stemmedCache = new Map<string, string>();
function stemmed(haystack: string): string {
  let text = stemmedCache.get(haystack);
  if (text === undefined) {
    text = ` ${haystack.split(' ').map(stem).join(' ')} `;
    stemmedCache.set(haystack, text);
  }
  return text;
}

/**
 * True when the segment is document text: a run of six words of it occurs in `haystack` (already
 * `plain`), or all of it when shorter, word stems compared; or it is a verb and a name of two
 * words that both occur in the documents (`Confirm sample`, a story's own operation).
 */
function quoted(segment: string, haystack: string): boolean {
  // A label before a colon (`latency target: Tiempo de respuesta`) is ours; what follows may be quoted.
  const after = segment.split(': ').slice(1).join(': ');
  if (after.split(' ').length >= 3 && quoted(after, haystack)) return true;
  // A quote cut short (`según política de...`) ends in a partial word.
  const whole = /(?:\.\.\.|…)$/.test(segment.trim())
    ? segment.trim().replace(/\S*(?:\.\.\.|…)$/, '')
    : segment;
  const words = plain(whole).split(' ').filter(Boolean).map(stem);
  const text = stemmed(haystack);
  if (words.length <= 2) return words.every((w) => text.includes(` ${w} `));
  if (words.length < 6) return text.includes(` ${words.join(' ')} `);
  for (let i = 0; i + 6 <= words.length; i++)
    if (text.includes(` ${words.slice(i, i + 6).join(' ')} `)) return true;
  return false;
}

/** Words of the project's own names (entities, tables, fields): `ResultValue` → result, value. */
function nameWords(spec: NonNullable<CompileResult['spec']>): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    for (const w of name
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^\p{L}]+/u))
      if (w) out.add(w);
  };
  for (const e of spec.entities) {
    add(e.name);
    add(e.table);
    for (const f of e.fields) add(f.name);
  }
  return out;
}

interface Rendered {
  documents: string;
  names: Set<string>;
  specText: string;
  /** The spec in one language, rendered when a test first reads it (test/helpers/rendered.ts). */
  in: (lang: string) => string;
}

const rendered = new Map<string, Rendered>();

/**
 * English segments of a project's spec in `lang`, computed once: the per-language test and the
 * all-languages test below read the same segments (each filters them its own way).
 */
const english = new Map<string, string[]>();
function englishSegments(project: string, lang: string): string[] {
  const key = `${project}/${lang}`;
  let out = english.get(key);
  if (!out) {
    const r = rendered.get(project)!;
    out = foreignSegments(r.in(lang), lang, 'en', r.names);
    english.set(key, out);
  }
  return out;
}

beforeAll(async () => {
  for (const [name, root] of Object.entries(PROJECTS)) {
    const r: CompileResult = await compiledProject(root);
    expect(r.ok, name).toBe(true);
    rendered.set(name, {
      documents: plain(r.sources.documents.map((d) => d.text).join('\n')),
      names: nameWords(r.spec!),
      specText: plain(JSON.stringify({ spec: r.spec, checklist: r.checklist })),
      in: (lang) => renderedIn(r, lang),
    });
  }
  // The hook waits for the other worker's compiles (test/helpers/compiled.ts) and the renders are made
  // by the tests that read them: CPU-bound work that a machine shared by many stretches to minutes
  // of wall time (this hook timed out at 240 s under load when it rendered all 30), not a hang.
}, 600_000);

describe('the spec in each language', { timeout: 300_000 }, () => {
  it('has the seven catalogs', () => expect(LANGUAGES).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']));

  for (const project of Object.keys(PROJECTS))
    for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'nl'])
      it(`${project} in ${lang}: no English prose of the tool's own`, () => {
        const r = rendered.get(project)!;
        // Prose: English segments are either quoted from the documents or Spec text a derive rule
        // wrote; none may come from the renderers or the catalog.
        const leaks = englishSegments(project, lang).filter(
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
      for (const lang of ['es', 'pt', 'fr', 'de', 'it', 'nl'])
        for (const s of englishSegments(project, lang).filter((s) => !quoted(s, r.documents)))
          left.push(`${project}/${lang}: ${s}`);
    expect(left).toEqual([]);
  });

  for (const project of Object.keys(PROJECTS))
    it(`${project} in en: no Spanish, Portuguese, French or German prose of the tool's own`, () => {
      const r = rendered.get(project)!;
      const md = r.in('en');
      for (const foreign of ['es', 'pt', 'fr', 'de', 'it', 'nl']) {
        const leaks = foreignSegments(md, 'en', foreign, r.names).filter((s) => !quoted(s, r.documents));
        expect(leaks, foreign).toEqual([]);
      }
    });
});

describe('every corpus project in Spanish', { timeout: 600_000 }, () => {
  it('has no English prose of the tool’s own (documents of eight languages, phrasebook gaps named)', async () => {
    const root = corpusRoot('labcore').replace(/labcore\/?$/, '');
    const left: string[] = [];
    for (const project of readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)) {
      // The projects rendered above (the same compile, the same catalog): their Spanish spec is read
      // from there instead of rendered again (a render in another language costs seconds).
      const known = Object.keys(PROJECTS).find((name) => PROJECTS[name] === corpusRoot(project));
      if (known && rendered.has(known)) {
        for (const s of englishSegments(known, 'es').filter(
          (s) => !quoted(s, rendered.get(known)!.documents),
        ))
          left.push(`${project}: ${s}`);
        continue;
      }
      const r = await compiledProject(corpusRoot(project));
      if (!r.spec) continue;
      const documents = plain(r.sources.documents.map((d) => d.text).join('\n'));
      const md = renderedIn(r, 'es');
      for (const s of foreignSegments(md, 'es', 'en', nameWords(r.spec)).filter((s) => !quoted(s, documents)))
        left.push(`${project}: ${s}`);
    }
    expect(left).toEqual([]);
  });
});
