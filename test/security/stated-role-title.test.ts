import { describe, expect, it } from 'vitest';
import { resolveRoles } from '../../src/derive/security/roles.js';
import { doc, extractSecurity } from './helpers.js';

// The Norwegian golden case dugnad-nb (test/norwegian/projects/dugnad) stated "| Lagleder |
// `team_lead` | … |" and an enum `['guardian', 'team_lead', …]`: the longest mixed-case label won,
// so the role was "Team Lead" (made from the code), not the title the roles table states.
describe('a title stated beside a role code beats the label made from the code', () => {
  it.each([
    ['en', 'Role', 'System role', 'Description', 'Captain', 'Leads one team.'],
    ['nb', 'Rolle', 'Systemrolle', 'Beskrivelse', 'Lagleder', 'Leder for ett lag.'],
    ['de', 'Rolle', 'Systemrolle', 'Beschreibung', 'Teamleiter', 'Leitet ein Team.'],
  ])('%s', (_lang, role, system, description, title, text) => {
    const domain = extractSecurity([
      doc(
        'docs/prd.md',
        'prd',
        `# PRD\n\n## Roles\n\n| ${role} | ${system} | ${description} |\n|---|---|---|\n| ${title} | \`team_lead\` | ${text} |\n| Guardian | \`guardian\` | Parent. |\n`,
      ),
      doc(
        'docs/architecture.md',
        'architecture',
        "# Architecture\n\n```js\nrole: { type: String, enum: ['guardian', 'team_lead'] },\n```\n",
      ),
    ]);
    const { roles } = resolveRoles(domain);
    expect(roles.find((r) => r.name === 'team_lead')?.label).toBe(title);
    // Near-miss: a code stated with no title keeps the label made from it.
    const bare = extractSecurity([
      doc(
        'docs/architecture.md',
        'architecture',
        "# Architecture\n\n```js\nrole: { type: String, enum: ['guardian', 'team_lead'] },\n```\n",
      ),
    ]);
    expect(resolveRoles(bare).roles.find((r) => r.name === 'team_lead')?.label).toBe('Team Lead');
  });
});
