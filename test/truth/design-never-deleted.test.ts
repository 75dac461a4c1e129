import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { readCacheSentence } from '../../src/read/cache-words.js';

// Found on a Catalan trial: the architecture's data model said "Les entrades no s'esborren mai"
// (entries are never deleted), yet a purge job deleted them after their 10-year retention, since
// only a PRD's sentences were read as constraints. And its cache sentence ("es desen a Redis durant
// 60 segons; una reserva … n'invalida la clau") was no cache entry.
describe('a design document that says records are never deleted', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      'orders',
      'Orders are kept for 6 years for tax reasons.',
      'Orders are never deleted: a wrong order is cancelled with its reason.',
    ],
    [
      'ca',
      'comandes',
      'Les comandes es conserven 6 anys per obligació fiscal.',
      "Les comandes no s'esborren mai: una comanda errònia s'anul·la amb el motiu.",
    ],
  ])('%s: binds the jobs and the API as a PRD would', async (_l, table, kept, sentence) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Requirements\n\n- **FR-01** Staff record orders.\n\n## Business rules\n\n- **BR-01** ${kept}\n`,
        '/p/docs/architecture.md': `# Architecture\n\n## Data model\n\n\`\`\`sql\nCREATE TABLE ${table} (id bigserial PRIMARY KEY, total numeric(10,2) NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n\`\`\`\n\n${sentence}\n`,
      }),
    );
    const spec = r.spec!;
    expect(spec.jobs.map((j) => j.name).filter((n) => /purge/.test(n))).toEqual([]);
    expect(spec.endpoints.some((e) => e.method === 'DELETE' && e.path.includes(table))).toBe(false);
  });
});

describe('a Catalan cache sentence', () => {
  it('names its store, lifetime and the writes that clear it', () => {
    const c = readCacheSentence(
      "Els horaris de la biblioteca es desen a Redis durant 5 minuts; un canvi d'horari o un tancament n'invalida la clau.",
    );
    expect(c).toMatchObject({ store: 'Redis', ttlSeconds: 300 });
    expect(c!.invalidatedOn.map((e) => e.text)).toEqual(["canvi d'horari", 'tancament']);
  });
});
