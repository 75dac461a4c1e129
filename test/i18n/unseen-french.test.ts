import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { renderDocument } from '../../src/render/markdown/document.js';
import { compiledProject } from '../helpers/compiled.js';
import { foreignSegments } from './prose.js';

/**
 * A planning set nobody on the project had seen before it was written for this test: a veterinary
 * clinic in French (PRD with EF-/ENF- ids, an architecture with a stack table, an ER diagram and an
 * ADR, a UX flow), with `documentation_language: "Français"`. The spec it compiles to is French
 * throughout: no English clause of the tool's own, French plurals for the derived names.
 */
const ROOT = fileURLToPath(new URL('./fixtures/clinique-veto', import.meta.url));

const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function nameWords(spec: NonNullable<CompileResult['spec']>): Set<string> {
  const out = new Set<string>();
  for (const e of spec.entities)
    for (const name of [e.name, e.table, ...e.fields.map((f) => f.name)])
      for (const w of name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^\p{L}]+/u))
        if (w) out.add(w);
  return out;
}

describe('an unseen French project (veterinary clinic)', { timeout: 120_000 }, () => {
  it('is written in French, with no English prose of the tool’s own', async () => {
    const r = await compiledProject(ROOT);
    expect(r.ok).toBe(true);
    const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
    expect(md).toContain('## 1. Modèles de données');
    const documents = ` ${plain(r.sources.documents.map((d) => d.text).join('\n'))} `;
    const leaks = foreignSegments(md, 'fr', 'en', nameWords(r.spec!)).filter(
      (s) => !documents.includes(` ${plain(s)} `),
    );
    expect(leaks).toEqual([]);
  });

  it('renders in es, pt and de without English prose either', async () => {
    const r = await compiledProject(ROOT);
    for (const lang of ['es', 'pt', 'de']) {
      const md = renderDocument({
        spec: r.spec!,
        t: catalogFor(lang).messages,
        checklist: r.checklist,
        verifications: r.verifications,
      }).text;
      expect(foreignSegments(md, lang, 'en', nameWords(r.spec!)), lang).toEqual([]);
    }
  });

  it('derives French table names and keeps the stated ones', async () => {
    const r = await compiledProject(ROOT);
    const tables = r.spec!.entities.map((e) => e.table).sort();
    expect(tables).toEqual([
      'animaux',
      'consultations',
      'factures',
      'paiements',
      'proprietaires',
      'rendez_vous',
      'vaccinations',
      'veterinaires',
    ]);
  });
});
