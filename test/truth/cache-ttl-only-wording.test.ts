import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// uley-bmad6-ru: "Список тарифов кэшируется в Redis на 15 минут" (the list of plans, which Plan's
// writes change) and buchfink-de's "Titeldetails" were printed "TTL expiry only (no entity of ours
// changes it)": the derivation had linked no write to the entry, it did not know that none changes
// it. A query entry with no linked write says what the derivation knows; the claim stays for a
// provider's response and for an entity nothing writes.
const CASES: [lang: string, sentence: string, wording: string][] = [
  ['en', 'The tariff list is cached in Redis for 15 minutes.', 'no write of the data model is linked to it'],
  [
    'de',
    'Die Tarifliste wird 15 Minuten in Redis gecacht.',
    'keine Schreiboperation des Datenmodells ist damit verknüpft',
  ],
];

describe('a cache entry says only what the derivation knows of its writers', { timeout: 120_000 }, () => {
  it.each(CASES)('%s: %s', async (lang, sentence, wording) => {
    const host = memoryHost({
      '/p/docs/prd.md': '# PRD\n\n## Goals\n\n- Plans.\n',
      '/p/docs/architecture.md': `# Architecture\n\nPostgreSQL 16, Redis 7.\n\n## Caching\n\n${sentence}\n\n\`\`\`sql\nCREATE TABLE plans (id uuid PRIMARY KEY, name text NOT NULL);\n\`\`\`\n`,
    });
    const r = await compile({ root: '/p', verify: { skip: true }, lang }, host);
    const entry = r.spec!.caching?.entries.find((e) => e.kind === 'query' && e.invalidatedBy.length === 0);
    expect(entry).toBeDefined();
    const md = r.artifacts[0]!.text;
    const row = md.split('\n').find((l) => l.startsWith(`| \`${entry!.name}\``));
    expect(row).toContain(wording);
  });
});
