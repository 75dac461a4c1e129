import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';

// Issue 11: citizens sign in with MitID through Criipto, the staff with Microsoft Entra ID (hallbooking);
// customers with Bank iD, staff with Keycloak (sberka). Both providers issue bearer tokens, so the
// per-group table stayed empty and section 5 named one provider for every role. Groups whose stated
// providers differ are carried per group: which roles sign in with which provider.
const CASES: [lang: string, roles: [string, string, string], security: string][] = [
  [
    'en',
    ['Citizen', 'Caseworker', 'Hall inspector'],
    '- Citizens sign in with MitID via Criipto.\n- Staff (caseworkers, hall inspectors): Microsoft Entra ID, the municipality tenant.',
  ],
  [
    'da',
    ['Borger', 'Sagsbehandler', 'Halinspektør'],
    '- Borgere logger ind med MitID via Criipto.\n- Medarbejdere (sagsbehandlere, halinspektører): Microsoft Entra ID, kommunens tenant.',
  ],
];

describe('two identity providers for two groups of roles', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, [citizen, caseworker, inspector], security) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n| Role | What they do |\n|---|---|\n| ${citizen} | Books halls |\n| ${caseworker} | Approves clubs |\n| ${inspector} | Locks halls |\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Security\n\n${security}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const key = (label: string) => spec.roles.find((r) => r.label === label)!.name;
    const groups = (spec.auth!.perRole ?? []).map((g) => [[...g.roles].sort(), g.provider]);
    expect(groups).toEqual([
      [[key(citizen)], 'MitID via Criipto'],
      [[key(caseworker), key(inspector)].sort(), 'Entra ID'],
    ]);
  });
});
