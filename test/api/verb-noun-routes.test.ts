import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

/**
 * "aprovar o cardápio antes da publicação" with `/cardapios/{id}/aprovacao` and `/publicacao` stated:
 * the route named by the noun of the story's own verb serves it, not the one another noun of the
 * sentence names (lancheira's História 3). Fixtures in pt, es, fr, en, de, written for this test.
 */
const CASES: [string, string, string, string, string][] = [
  [
    'pt',
    'Como nutricionista, quero aprovar o cardápio antes da publicação.',
    'cardapios',
    'aprovacao',
    'publicacao',
  ],
  [
    'es',
    'Como nutricionista, quiero aprobar el menú antes de la publicación.',
    'menus',
    'aprobacion',
    'publicacion',
  ],
  [
    'fr',
    'En tant que nutritionniste, je veux approuver le menu avant sa publication.',
    'menus',
    'approbation',
    'publication',
  ],
  [
    'en',
    'As a nutritionist, I want to approve the menu before its publication.',
    'menus',
    'approval',
    'publication',
  ],
  [
    'de',
    'Als Ernährungsberaterin möchte ich den Speiseplan vor der Veröffentlichung genehmigen.',
    'speiseplaene',
    'genehmigung',
    'veroeffentlichung',
  ],
];

describe('the noun of the story verb names its route', () => {
  it.each(CASES)('%s: %s', { timeout: 60_000 }, async (lang, story, collection, approve, publish) => {
    const host = memoryHost({
      '/p/.bmad/config.yaml': `project_name: canteen\ndocumentation_language: ${lang}\n`,
      '/p/docs/prd.md': `# PRD\n\n## User stories\n\n### Story 3\n\n${story}\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Endpoints\n\n| Method | Route | Who | Description |\n|---|---|---|---|\n| POST | /api/${collection}/:id/${approve} | nutritionist | Approve |\n| POST | /api/${collection}/:id/${publish} | operator | Publish |\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true } }, host);
    const approval = r.spec!.endpoints.find((e) => e.path.endsWith(`/${approve}`))!;
    const trace = r.spec!.stories!.find((s) => s.action.length > 0)!;
    expect(trace.operations).toEqual([approval.operationId]);
  });
});
