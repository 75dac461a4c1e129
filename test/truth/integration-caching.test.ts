import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: a statement that asks to cache integration responses is carried into section 10, citing
// it; without one, only catalogued lookups (maps) are cached; never payments, identity or messages.
const DATA = `## Data\n\n\`\`\`sql\nCREATE TABLE companies (id uuid PRIMARY KEY, name text NOT NULL);\n\`\`\`\n`;
const STACK = `## Integrations\n\n| Integration | Purpose |\n|---|---|\n| Registry API | company lookups |\n| Stripe | payments |\n`;

async function entries(arch: string) {
  const host = memoryHost({
    '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR1: Users look up companies.\n',
    '/p/docs/architecture.md': `# Architecture\n\n${DATA}\n${STACK}\n${arch}\n`,
  });
  const r = await compile({ root: '/p', verify: { skip: true } }, host);
  return (r.spec!.caching?.entries ?? []).filter((e) => e.kind === 'external');
}

describe('caching of integration responses, when a statement asks for it', { timeout: 60_000 }, () => {
  it.each([
    [
      'en',
      '## Reliability\n\n| Concern | Approach |\n|---|---|\n| Integrations | retries, circuit breakers, caching |\n',
    ],
    ['es', '## Fiabilidad\n\n- Las respuestas de las integraciones externas se guardan en caché.\n'],
    ['fr', '## Fiabilité\n\n- Les réponses des intégrations sont mises en cache.\n'],
    ['de', '## Zuverlässigkeit\n\n- Antworten externer Schnittstellen werden im Cache gehalten.\n'],
    ['pt', '## Confiabilidade\n\n- As respostas das integrações ficam em cache.\n'],
  ])('%s: the lookup API is cached, the payment provider never', async (_lang, arch) => {
    const found = await entries(arch);
    expect(found.map((e) => e.name)).toEqual(['registry-api-response']);
    expect(found[0]!.origin).toMatchObject({ kind: 'rule', rule: 'derive/cache-stated-external' });
  });
  it.each([
    ['negated', '## Reliability\n\n- No caching of integration responses: data must be fresh.\n'],
    ['negated (pt)', '## Integrações\n\n- Cache das respostas das integrações não é necessário.\n'],
    ['deferred', '## Phase 2\n\n- Caching of integration responses.\n'],
    ['about our own API', '## Performance\n\n- Dashboard queries are cached for 60 seconds.\n'],
    ['silent', ''],
  ])('near-miss (%s): no external entry', async (_name, arch) => {
    expect(await entries(arch)).toEqual([]);
  });
});
