import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { foreignSegments } from './prose.js';

/**
 * The completion report printed on the terminal, in the communication language: no English line of
 * the tool's own in a Spanish, Portuguese, French or German report (the security figures, decisions
 * and checklist included), checked by the same language test as the spec.
 */
const PROJECTS: Record<string, string> = {
  'clinic-booking': fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url)),
  gatic: corpusRoot('gatic'),
  vitrolib: corpusRoot('vitrolib'),
};

/** Report lines that carry no prose of ours: paths, coverage figures, names of the documents. */
const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the completion report in each language', { timeout: 120_000 }, () => {
  it('gatic (communication_language: Español) and vitrolib (French) report in their language', async () => {
    expect((await compiledProject(PROJECTS.gatic!)).report!.language).toBe('es');
    expect((await compiledProject(PROJECTS.vitrolib!)).report!.language).toBe('fr');
  });

  for (const [project, root] of Object.entries(PROJECTS))
    it(`${project}: no English prose of the tool's own in es, pt, fr, de`, async () => {
      const r = await compiledProject(root);
      const documents = plain(r.sources.documents.map((d) => d.text).join('\n'));
      const left: string[] = [];
      for (const language of ['es', 'pt', 'fr', 'de', 'it']) {
        const text = formatReport({ ...r.report!, language });
        for (const s of foreignSegments(text, language, 'en'))
          if (!documents.includes(plain(s))) left.push(`${language}: ${s}`);
      }
      expect(left).toEqual([]);
    });
});
