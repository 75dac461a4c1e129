import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

const SCHEMA =
  '```sql\nCREATE TABLE animals (id BIGSERIAL PRIMARY KEY, name VARCHAR(80) NOT NULL, status VARCHAR(20) NOT NULL);\nCREATE TABLE walks (id BIGSERIAL PRIMARY KEY, animal_id BIGINT NOT NULL REFERENCES animals(id), starts_at TIMESTAMPTZ NOT NULL);\n```\n';
const run = (prd: string, arch: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}\n${arch}` }),
  );
const ROUTES =
  '## API\n\n| Method | Path | Description |\n|---|---|---|\n| GET | /api/animals | Public animal list |\n| POST | /api/walks | Book a walk |\n';

// The Polish trial (test/polish/projects/schronisko) cached its public animal list "unieważniana przy
// zmianie statusu zwierzęcia": the event named the Animal ("Zwierzę (Animal)") in the genitive, no
// write matched it, and the entry kept a `cache-without-invalidation` error.
describe('a cache event names its entity inflected', () => {
  it.each([
    [
      'en',
      '- **Animal**: an animal in the shelter.',
      'The public animal list is cached in Redis for 5 minutes and invalidated when an animal status changes.',
    ],
    [
      'pl',
      '- **Zwierzę (Animal)**: zwierzę w schronisku.',
      "Publiczna lista zwierząt jest cache'owana w Redis przez 5 minut i unieważniana przy zmianie statusu zwierzęcia.",
    ],
  ])('%s', async (_lang, entity, sentence) => {
    const r = await run(
      `# PRD\n\n## Key entities\n\n${entity}\n\n## Requirements\n\n- FR-1: A volunteer books a walk.\n`,
      `${ROUTES}\n## Cache\n\n${sentence}\n`,
    );
    const entry = r.spec!.caching!.entries.find((e) => e.origin.kind === 'source')!;
    expect(entry.invalidatedBy).toEqual(['Animal.update']);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('operations/cache-without-invalidation');
  });
});
