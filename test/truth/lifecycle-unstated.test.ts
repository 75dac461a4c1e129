import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// The Polish shelter trial states "intake → available (after the vet check) → reserved (approved
// application) → adopted (signed contract)" and no endpoint or job makes these changes: the state
// machine said each was made by "the system (job)", a trigger nobody stated.
describe('a stated transition no operation or job makes', () => {
  it('says it is not stated, and the diagram gives it no label', async () => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/product/PRD.md': '# Requirements\n\n- FR-1: Staff admit animals.\n',
        '/p/docs/technical/architecture.md': [
          '# Data model',
          '',
          '## Animal',
          '',
          '| Field | Type | Rules |',
          '|---|---|---|',
          '| name | varchar(80) | required |',
          '| status | enum: intake, available, adopted | default intake |',
          '',
          '**Status transitions**: intake → available (after the vet check) → adopted (signed contract).',
          '',
        ].join('\n'),
      }),
    );
    const md = r.artifacts.find((a) => a.path.endsWith('backend-spec.md'))!.text;
    expect(md).toContain(
      '| `intake` | `available` | not stated: no operation or job of this design makes it |',
    );
    expect(md).toMatch(/ {2}intake --> available\n/);
    expect(md).not.toContain('the system (job)');
  });
});
