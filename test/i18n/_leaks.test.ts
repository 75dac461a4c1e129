import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { catalogFor } from '../../src/render/i18n/index.js';
import { renderDocument } from '../../src/render/markdown/document.js';
import { corpusRoot } from '../corpus-path.js';
import { compiledProject } from '../helpers/compiled.js';
import { proseLines, score } from './prose.js';

const plain = (t: string) => t.toLowerCase().replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim();
it('leaks', async () => {
  const root = corpusRoot('labcore').replace(/labcore\/?$/, '');
  const roots = [fileURLToPath(new URL('../../examples/clinic-booking', import.meta.url)), ...readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => corpusRoot(d.name))];
  const out = new Map<string, string[]>();
  for (const r0 of roots) {
    const r = await compiledProject(r0);
    if (!r.spec) continue;
    const docs = plain(r.sources.documents.map((d) => d.text).join('\n'));
    const md = renderDocument({ spec: r.spec, t: catalogFor(process.env.LEAK_LANG ?? 'es').messages, checklist: r.checklist, verifications: r.verifications }).text;
    for (const { text } of proseLines(md))
      for (const part of text.startsWith('|') ? text.split('|') : [text])
        for (const clause of part.split(/<br>|; | — /)) {
          const c = clause.trim();
          const e = score(c, 'en');
          if (e >= 1 && e > score(c, process.env.LEAK_LANG ?? 'es') && !docs.includes(plain(c))) {
            out.set(c, [...(out.get(c) ?? []), r0.split('/').pop()!]);
          }
        }
  }
  writeFileSync('/tmp/lang/leaks.txt', [...out].map(([c, p]) => `${[...new Set(p)].join(',')}\t${c}`).sort().join('\n'));
}, 600_000);
