import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../src/host.js';
import { compile } from '../../src/pipeline.js';
import { catalogFor } from '../../src/render/i18n/index.js';
import { authSection } from '../../src/render/markdown/sections/05-auth.js';

// Issue 11: moorline's visitors and berth holders sign in with a magic link, its staff with Google
// Workspace, and the API issues its own JWT after either sign-in. The spec showed one identity
// provider for every role and a "Sign-in verifies the credentials" step; sberka's citizens get the
// backend's own JWT after Bank iD while the staff keep Keycloak's tokens. Each group now has its way
// in and the issuer of its tokens; the lifecycle follows who issues them.
const CASES: [lang: string, roles: [string, string, string], security: string, provider: string][] = [
  [
    'en',
    ['Customer', 'Member', 'Planner'],
    'Customers and members sign in with a magic link sent by e-mail.\nEmployees (planner) sign in with Google Workspace.\nAfter sign-in the API issues a JWT access token valid for 15 minutes.',
    'Google Workspace',
  ],
  [
    'de',
    ['Kunde', 'Mitglied', 'Planer'],
    'Kunden und Mitglieder melden sich mit einem Anmeldelink per E-Mail an.\nMitarbeitende (Planer) melden sich über Keycloak an.\nNach der Anmeldung stellt der Server eigene Tokens aus, gültig 15 Minuten.',
    'Keycloak',
  ],
];

describe('groups of roles that sign in differently', { timeout: 120_000 }, () => {
  it.each(CASES)('%s', async (_lang, [customer, member, planner], security, provider) => {
    const host = memoryHost({
      '/p/docs/prd.md': `# PRD\n\n## Roles\n\n| Role | What they do |\n|---|---|\n| ${customer} | Books rooms |\n| ${member} | Books rooms |\n| ${planner} | Plans rooms |\n`,
      '/p/docs/architecture.md': `# Architecture\n\n## Security\n\n${security}\n\n## Data\n\n\`\`\`sql\nCREATE TABLE bookings (id uuid PRIMARY KEY, total numeric NOT NULL);\n\`\`\`\n`,
    });
    const spec = (await compile({ root: '/p', verify: { skip: true } }, host)).spec!;
    const key = (label: string) => spec.roles.find((r) => r.label === label)!.name;
    const groups = (spec.auth!.perRole ?? []).map((g) => ({
      roles: [...g.roles].sort(),
      way: g.method ?? g.provider,
      issuer: g.issuer?.value,
    }));
    expect(groups).toEqual([
      { roles: [key(customer), key(member)].sort(), way: 'magic-link', issuer: 'server' },
      { roles: [key(planner)], way: provider, issuer: 'server' },
    ]);
    const md = authSection.render({ spec, t: catalogFor('en').messages } as never)!;
    // The API issues the tokens after either sign-in: no credentials of its own are checked.
    expect(md).not.toContain('Sign-in verifies the credentials');
    expect(md).toContain('the API issues its own access token valid for 15 minutes');
    expect(md).toContain(`\`${key(planner)}\`: ${provider}`);
  });
});
