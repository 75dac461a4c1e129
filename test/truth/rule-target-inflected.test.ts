import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

const SCHEMA =
  '```sql\nCREATE TABLE animals (id BIGSERIAL PRIMARY KEY, name VARCHAR(80) NOT NULL, status VARCHAR(20) NOT NULL);\nCREATE TABLE adoption_applications (id BIGSERIAL PRIMARY KEY, animal_id BIGINT NOT NULL REFERENCES animals(id), status VARCHAR(20) NOT NULL);\n```\n';
const run = (prd: string) =>
  compile(
    { root: '/p', verify: { skip: true } },
    memoryHost({ '/p/docs/prd.md': prd, '/p/docs/architecture.md': `# Architecture\n\n${SCHEMA}` }),
  );

// The Polish trial (test/polish/projects/schronisko) glossed its English model names in its Key
// Entities ("Wniosek adopcyjny (AdoptionApplication)") and wrote its rules with those names declined
// ("najwyżej 2 otwarte wnioski", "Zwierzęta nigdy nie są usuwane"): no name matched as written and
// the rules table said "—" for what each rule constrains.
describe('a business rule names its entity by a stated name, inflected', () => {
  it.each([
    [
      'en',
      '- **Application (AdoptionApplication)**: a candidate’s request for one animal.\n- **Pet (Animal)**: an animal in the shelter.',
      'A candidate may have at most 2 open applications at a time.',
      'Pets are never deleted; after adoption they are archived.',
    ],
    [
      'pl',
      '- **Wniosek adopcyjny (AdoptionApplication)**: wniosek kandydata dla jednego zwierzęcia.\n- **Zwierzę (Animal)**: zwierzę w schronisku.',
      'Kandydat może mieć najwyżej 2 otwarte wnioski jednocześnie.',
      'Zwierzęta nigdy nie są usuwane z systemu; po adopcji są archiwizowane.',
    ],
  ])('%s', async (_lang, entities, limit, never) => {
    const r = await run(
      `# PRD\n\n## Key entities\n\n${entities}\n\n## Requirements\n\n- FR-1: ${limit}\n- FR-2: ${never}\n`,
    );
    const of = (req: string) => r.spec!.rules!.find((x) => x.requirements.includes(req) || x.id === req);
    expect(of('FR-1')?.entity).toBe('AdoptionApplication');
    expect(of('FR-2')?.entity).toBe('Animal');
  });
});
