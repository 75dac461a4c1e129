import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

const SCHEMA =
  '```sql\nCREATE TABLE members (id BIGSERIAL PRIMARY KEY, name VARCHAR(80) NOT NULL);\nCREATE TABLE invoices (id BIGSERIAL PRIMARY KEY, member_id BIGINT NOT NULL REFERENCES members(id), amount INTEGER NOT NULL);\n```\n';

// The Swedish trial (test/swedish/projects/odla) cached "Lista över lediga lotter": no endpoint served
// it and no entity was it, and its key came out `lista-över-lediga-lotter:{id}`, an id a list does
// not have. An entry the design cannot map keeps its name as its key and asks for the rest.
describe('a stated cache entry no endpoint serves gets no invented key', () => {
  it.each([
    ['en', 'The weather summary is cached in Redis for 10 minutes.', 'weather-summary'],
    ['sv', 'Vädersammanfattningen cachas i Redis i 10 minuter.', 'vädersammanfattningen'],
  ])('%s', async (_lang, sentence, name) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': '# PRD\n\n## Requirements\n\n- FR-1: A member can see their invoices.\n',
        '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n## Cache\n\n${sentence}\n`,
      }),
    );
    const entry = r.spec!.caching!.entries.find((e) => e.origin.kind === 'source')!;
    expect(entry.name).toBe(name);
    expect(entry.keyPattern).not.toContain('{id}');
    expect(entry.unmapped).toBe(true);
    expect(r.spec!.questions?.map((q) => q.id)).toContain(`caching/key/${name}`);
  });
});
