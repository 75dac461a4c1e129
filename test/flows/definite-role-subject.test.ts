import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { stepActor } from '../../src/read/step-actor-words.js';

// The Norwegian golden case dugnad-nb (test/norwegian/projects/dugnad) wrote its flow steps with the
// role in its definite form ("Forelderen logger inn", for the role "Forelder"): no step named a role,
// so "Flyt 1" got no sequence diagram. The statement layer now reads the step's actor.
describe('a flow step naming a role in its definite form is that role', () => {
  it.each([
    ['en', 'Role', 'System role', 'Parent', 'The parent signs in.', 'The parent signs up for a shift.'],
    ['nb', 'Rolle', 'Systemrolle', 'Forelder', 'Forelderen logger inn.', 'Forelderen melder seg på en vakt.'],
    ['sv', 'Roll', 'Systemroll', 'Kösökande', 'Kösökanden loggar in.', 'Kösökanden ställer sig i kön.'],
    [
      'da',
      'Rolle',
      'Systemrolle',
      'Forælder',
      'Forælderen logger ind.',
      'Forælderen melder sig til en vagt.',
    ],
  ])('%s', async (_lang, role, system, title, first, second) => {
    const r = await compile(
      { root: '/p', verify: { skip: true } },
      memoryHost({
        '/p/docs/prd.md': `# PRD\n\n## Roles\n\n| ${role} | ${system} | Description |\n|---|---|---|\n| ${title} | \`guardian\` | Signs up for shifts. |\n| Coordinator | \`coordinator\` | Plans events. |\n`,
        '/p/docs/architecture.md':
          '# Architecture\n\n```sql\nCREATE TABLE shifts (id uuid PRIMARY KEY, task text NOT NULL);\n```\n\n| Method | Path | Description |\n|---|---|---|\n| POST | /shifts/{id}/signup | Sign up |\n',
        '/p/docs/ux/flows.md': `# UX\n\n## Flow 1: Sign up\n\n1. ${first}\n2. ${second}\n`,
      }),
    );
    const flow = (r.spec!.flows ?? []).find((f) => f.name.startsWith('Flow 1'));
    expect(flow?.participants.find((p) => p.kind === 'role')?.ref).toBe('guardian');
  });

  it('reads definite and plural endings, never another word that starts with the title', () => {
    const roles = [
      { name: 'guardian', label: 'Forelder' },
      { name: 'applicant', label: 'Kösökande' },
      { name: 'forelder', label: 'Forelder' },
    ];
    expect(stepActor('Forelderen logger inn.', roles)).toEqual({ name: 'guardian', label: 'Forelder' });
    expect(stepActor('Kösökanden loggar in.', roles)?.name).toBe('applicant');
    expect(stepActor('Forelderforeningen møtes.', roles)).toBeNull();
    expect(stepActor('Vakten forelderen har overlapper.', roles)).toBeNull();
  });
});
