import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompileResult } from '../../src/pipeline.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { renderedIn } from '../helpers/rendered.js';

/**
 * Words the renderers used to print as the model holds them (a considered cache store's status, a
 * cache entry's kind, a grant's actions, a latency target's measure) in the spec's language; the
 * error titles, which stay English as the API returns them, said so once in that language.
 */
let labcore: CompileResult;
let clinic: CompileResult;
beforeAll(async () => {
  labcore = await compiledProject(corpusRoot('labcore'));
  clinic = await compiledProject(fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url)));
}, 120_000);

/** The shared render of a shared compile (test/helpers/rendered.ts): clinic in en and fr is read twice. */
const render = renderedIn;

const section = (md: string, n: number) => {
  const start = md.search(new RegExp(`^## ${n}\\. `, 'm'));
  const end = md.slice(start + 1).search(/^## /m);
  return md.slice(start, end < 0 ? undefined : start + 1 + end);
};

describe('section words in the spec language', { timeout: 60_000 }, () => {
  it('section 10: a considered store’s status and an entry’s kind', () => {
    const es = section(render(labcore, 'es'), 10);
    expect(es).toMatch(/Vercel KV \(mencionado, /);
    expect(es).toMatch(/Redis \(descartado, /);
    expect(es).toMatch(/\| `test-definition` \| filas de entidad \|/);
    expect(es).not.toMatch(/\((?:mentioned|rejected), |\| entity \|/);
    const de = section(render(labcore, 'de'), 10);
    expect(de).toMatch(/Redis \(verworfen, /);
    // English stays as it was.
    const en = section(render(labcore, 'en'), 10);
    expect(en).toMatch(/Redis \(rejected, /);
    expect(en).toMatch(/\| `test-definition` \| entity \|/);
  });

  it('section 7: error titles stay English, quoted, and the spec says why once', () => {
    for (const [lang, note] of [
      ['es', 'Los títulos se dejan en inglés a propósito'],
      ['pt', 'Os títulos ficam em inglês de propósito'],
      ['fr', 'Les titres restent en anglais à dessein'],
      ['de', 'Die Titel bleiben absichtlich englisch'],
    ] as const) {
      const md = render(clinic, lang);
      expect(md.split(note).length - 1, lang).toBe(1);
      expect(section(md, 7)).toMatch(/\| 409 \| `USER_EMAIL_TAKEN` \| [“„]Already exists[”“] \|/);
    }
    const en = render(clinic, 'en');
    expect(en).not.toMatch(/titles stay|in English on purpose/);
    expect(section(en, 7)).toMatch(/\| 409 \| `USER_EMAIL_TAKEN` \| Already exists \|/);
  });

  it('section 5: the granted actions; section 12: rate limits and latency measures', () => {
    const fr = render(clinic, 'fr');
    expect(section(fr, 5)).toMatch(/\| `receptionist` \| Patient \| créer, lire \|/);
    const perf = section(fr, 12);
    expect(perf).toMatch(/\| 300 par minute et par utilisateur \(par défaut\)/);
    expect(perf).toMatch(/mesuré en p95 \(alerte de la section 11\)/);
    expect(perf).not.toMatch(/measured as|per minute per/);
    expect(section(render(clinic, 'en'), 5)).toMatch(/\| `receptionist` \| Patient \| create, read \|/);
  });
});
