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

// A rule's error code the documents do not state was shown in the rules table like a stated one:
// every code the tool names cites the rule that named it; a stated code cites its line.
describe('the origin of a business rule’s error code', () => {
  it.each([
    [
      'en',
      'A volunteer can book at most 3 walks per week.',
      'Volunteers who already have 3 walks this week are rejected with WALK_LIMIT_REACHED.',
    ],
    [
      'pl',
      'Wolontariusz może zapisać się na najwyżej 3 spacery w tygodniu.',
      'Wolontariusz z 3 spacerami w tym tygodniu jest odrzucany z błędem WALK_LIMIT_REACHED.',
    ],
  ])('%s', async (_lang, derived, stated) => {
    const one = await run(`# PRD\n\n## Requirements\n\n- FR-1: ${derived}\n`, ROUTES);
    const rule = one.spec!.rules!.find((x) => x.text === derived)!;
    expect(rule.errorCode).not.toBeNull();
    expect(rule.errorCodeOrigin).toMatchObject({ kind: 'rule', rule: 'derive/domain-error-from-rule' });
    const two = await run(`# PRD\n\n## Requirements\n\n- FR-1: ${stated}\n`, ROUTES);
    const named = two.spec!.rules!.find((x) => x.errorCode === 'WALK_LIMIT_REACHED')!;
    expect(named.errorCodeOrigin).toMatchObject({ kind: 'source', file: 'docs/prd.md' });
  });
});
